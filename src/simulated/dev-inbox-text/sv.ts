import type { DevInboxText } from './en';

export const sv: DevInboxText = {
  heading: 'Utvecklarinkorg',
  intro:
    'Det som en riktig användarpool skulle ha skickat via e-post eller sms. Den här simulerade användarpoolen körs i din webbläsare; ingenting skickas.',
  empty: 'Inget har skickats än.',
  clear: 'Rensa meddelanden',
  to: 'till',
  code: 'Kod',
  medium: { EMAIL: 'E-post', SMS: 'Sms' },
  purpose: {
    signUp: 'bekräftelse av registrering',
    mfa: 'inloggningskod',
    forgotPassword: 'återställning av lösenord',
  },
  accounts: 'Demokonton',
  accountsIntro: 'Förinlagda användare. Lösenord och autentiseringshemligheter är offentliga: det här är en demo.',
  email: 'E-postadress',
  password: 'Lösenord',
  phone: 'Telefon',
  secret: 'Autentiseringshemlighet',
  currentCode: 'Aktuell kod',
  secondsLeft: (seconds: number) => `byts om ${seconds} s`,
  kinds: {
    sms: 'MFA via sms',
    selectMfa: 'TOTP och sms, ingen preferens: välj faktor',
    totp: 'MFA via TOTP',
    emailOtp: 'MFA via e-post (scenariot email-otp)',
    noMfa: 'Ingen MFA än: ställer in en när MFA krävs',
    newPassword: 'Skapad av en administratör: tillfälligt lösenord, måste välja ett nytt',
    unconfirmed: 'Registrerad, aldrig bekräftad',
  },
  scenario: 'Scenario',
  scenarios: 'Byt scenario (laddar om sidan; poolen börjar tom förutom demokontona)',
};

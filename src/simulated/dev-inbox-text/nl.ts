import type { DevInboxText } from './en';

export const nl: DevInboxText = {
  heading: 'Ontwikkelaarsinbox',
  intro:
    'Wat een echte gebruikersgroep per e-mail of sms zou hebben verstuurd. Deze gesimuleerde gebruikersgroep draait in je browser; er wordt niets verstuurd.',
  empty: 'Nog niets verstuurd.',
  clear: 'Berichten wissen',
  to: 'aan',
  code: 'Code',
  medium: { EMAIL: 'E-mail', SMS: 'Sms' },
  purpose: {
    signUp: 'bevestiging van aanmelding',
    mfa: 'inlogcode',
    forgotPassword: 'wachtwoordherstel',
  },
  accounts: 'Demo-accounts',
  accountsIntro: 'Vooraf aangemaakte gebruikers. Wachtwoorden en authenticatorgeheimen zijn openbaar: dit is een demo.',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  phone: 'Telefoon',
  secret: 'Authenticatorgeheim',
  currentCode: 'Huidige code',
  secondsLeft: (seconds: number) => `verandert over ${seconds} s`,
  kinds: {
    sms: 'MFA via sms',
    selectMfa: 'TOTP en sms, geen voorkeur: kies de factor',
    totp: 'MFA via TOTP',
    emailOtp: 'MFA via e-mail (scenario email-otp)',
    noMfa: 'Nog geen MFA: stelt die in als MFA verplicht is',
    newPassword: 'Aangemaakt door een beheerder: tijdelijk wachtwoord, moet een nieuw kiezen',
    unconfirmed: 'Aangemeld, nooit bevestigd',
  },
  scenario: 'Scenario',
  scenarios: 'Scenario wisselen (laadt de pagina opnieuw; de groep begint leeg, op de demo-accounts na)',
};

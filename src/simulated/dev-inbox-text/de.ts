import type { DevInboxText } from './en';

export const de: DevInboxText = {
  heading: 'Entwicklungs-Posteingang',
  intro:
    'Was ein echter Benutzerpool per E-Mail oder SMS gesendet hätte. Dieser simulierte Benutzerpool läuft in Ihrem Browser; es wird nichts gesendet.',
  empty: 'Noch nichts gesendet.',
  clear: 'Nachrichten löschen',
  to: 'an',
  code: 'Code',
  medium: { EMAIL: 'E-Mail', SMS: 'SMS' },
  purpose: {
    signUp: 'Bestätigung der Registrierung',
    mfa: 'Anmeldecode',
    forgotPassword: 'Zurücksetzen des Passworts',
  },
  accounts: 'Demokonten',
  accountsIntro: 'Vorab angelegte Benutzer. Passwörter und Authenticator-Geheimnisse sind öffentlich: Dies ist eine Demo.',
  email: 'E-Mail-Adresse',
  password: 'Passwort',
  phone: 'Telefon',
  secret: 'Authenticator-Geheimnis',
  currentCode: 'Aktueller Code',
  secondsLeft: (seconds: number) => `ändert sich in ${seconds} s`,
  kinds: {
    sms: 'MFA per SMS',
    selectMfa: 'TOTP und SMS, keine Präferenz: Faktor wählen',
    totp: 'MFA per TOTP',
    emailOtp: 'MFA per E-Mail (Szenario email-otp)',
    noMfa: 'Noch keine MFA: richtet sie ein, wenn MFA verlangt wird',
    newPassword: 'Von einem Admin erstellt: temporäres Passwort, muss ein neues wählen',
    unconfirmed: 'Registriert, nie bestätigt',
  },
  scenario: 'Szenario',
  scenarios: 'Szenario wechseln (lädt die Seite neu; der Pool beginnt leer bis auf die Demokonten)',
};

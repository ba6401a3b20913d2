import type { DevInboxText } from './en';

export const it: DevInboxText = {
  heading: 'Casella di posta di sviluppo',
  intro:
    'Ciò che un vero pool di utenti avrebbe inviato per email o SMS. Questo pool di utenti simulato funziona nel tuo browser; non viene inviato nulla.',
  empty: 'Ancora nessun invio.',
  clear: 'Cancella i messaggi',
  to: 'a',
  code: 'Codice',
  medium: { EMAIL: 'Email', SMS: 'SMS' },
  purpose: {
    signUp: 'conferma della registrazione',
    mfa: 'codice di accesso',
    forgotPassword: 'ripristino della password',
  },
  accounts: 'Account demo',
  accountsIntro: 'Utenti precaricati. Password e segreti dell’autenticatore sono pubblici: è una demo.',
  email: 'Email',
  password: 'Password',
  phone: 'Telefono',
  secret: 'Segreto dell’autenticatore',
  currentCode: 'Codice attuale',
  secondsLeft: (seconds: number) => `cambia tra ${seconds} s`,
  kinds: {
    sms: 'MFA via SMS',
    selectMfa: 'TOTP e SMS, nessuna preferenza: scegliere il fattore',
    totp: 'MFA via TOTP',
    emailOtp: 'MFA via email (scenario email-otp)',
    noMfa: 'Ancora senza MFA: la configura quando la MFA è obbligatoria',
    newPassword: 'Creato da un amministratore: password temporanea, deve sceglierne una nuova',
    unconfirmed: 'Registrato, mai confermato',
  },
  scenario: 'Scenario',
  scenarios: 'Cambia scenario (ricarica la pagina; il pool riparte vuoto, tranne gli account demo)',
};

import type { DevInboxText } from './en';

export const pl: DevInboxText = {
  heading: 'Skrzynka deweloperska',
  intro:
    'To, co prawdziwa pula użytkowników wysłałaby e-mailem lub SMS-em. Ta symulowana pula użytkowników działa w Twojej przeglądarce; nic nie jest wysyłane.',
  empty: 'Jeszcze nic nie wysłano.',
  clear: 'Wyczyść wiadomości',
  to: 'do',
  code: 'Kod',
  medium: { EMAIL: 'E-mail', SMS: 'SMS' },
  purpose: {
    signUp: 'potwierdzenie rejestracji',
    mfa: 'kod logowania',
    forgotPassword: 'resetowanie hasła',
  },
  accounts: 'Konta demonstracyjne',
  accountsIntro: 'Wstępnie utworzeni użytkownicy. Hasła i klucze tajne aplikacji uwierzytelniającej są jawne: to tylko demonstracja.',
  email: 'E-mail',
  password: 'Hasło',
  phone: 'Telefon',
  secret: 'Klucz tajny aplikacji uwierzytelniającej',
  currentCode: 'Bieżący kod',
  secondsLeft: (seconds: number) => `zmiana za ${seconds} s`,
  kinds: {
    sms: 'MFA przez SMS',
    selectMfa: 'TOTP i SMS, bez preferencji: wybór metody',
    totp: 'MFA przez TOTP',
    emailOtp: 'MFA przez e-mail (scenariusz email-otp)',
    noMfa: 'Jeszcze bez MFA: konfiguruje je, gdy MFA jest wymagane',
    newPassword: 'Utworzone przez administratora: hasło tymczasowe, trzeba wybrać nowe',
    unconfirmed: 'Zarejestrowane, nigdy niepotwierdzone',
  },
  scenario: 'Scenariusz',
  scenarios: 'Zmień scenariusz (przeładowuje stronę; pula startuje pusta, poza kontami demonstracyjnymi)',
};

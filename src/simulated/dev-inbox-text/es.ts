import type { DevInboxText } from './en';

export const es: DevInboxText = {
  heading: 'Bandeja de entrada de desarrollo',
  intro:
    'Lo que un grupo de usuarios real habría enviado por correo electrónico o SMS. Este grupo de usuarios simulado se ejecuta en tu navegador; no se envía nada.',
  empty: 'Todavía no se envió nada.',
  clear: 'Borrar mensajes',
  to: 'a',
  code: 'Código',
  medium: { EMAIL: 'Correo electrónico', SMS: 'SMS' },
  purpose: {
    signUp: 'confirmación de registro',
    mfa: 'código de inicio de sesión',
    forgotPassword: 'restablecimiento de contraseña',
  },
  accounts: 'Cuentas de demostración',
  accountsIntro: 'Usuarios precargados. Las contraseñas y los secretos de autenticación son públicos: es una demostración.',
  email: 'Correo electrónico',
  password: 'Contraseña',
  phone: 'Teléfono',
  secret: 'Secreto de autenticación',
  currentCode: 'Código actual',
  secondsLeft: (seconds: number) => `cambia en ${seconds} s`,
  kinds: {
    sms: 'MFA por SMS',
    selectMfa: 'TOTP y SMS, sin preferencia: elegir el factor',
    totp: 'MFA por TOTP',
    emailOtp: 'MFA por correo electrónico (escenario email-otp)',
    noMfa: 'Aún sin MFA: la configura cuando se exige MFA',
    newPassword: 'Creado por un administrador: contraseña temporal, debe elegir una nueva',
    unconfirmed: 'Registrado, nunca confirmado',
  },
  scenario: 'Escenario',
  scenarios: 'Cambiar de escenario (recarga la página; el grupo empieza vacío salvo las cuentas de demostración)',
};

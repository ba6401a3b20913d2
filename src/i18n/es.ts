/**
 * Español. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const es: Dictionary = {
  lang: 'es',
  languageName: 'Español',
  languagePicker: 'Idioma',
  appName: 'Inicio de sesión',
  simulatedBanner:
    'Grupo de usuarios simulado: nada sale de este navegador y los códigos aparecen en la bandeja de entrada de desarrollo.',
  busy: 'Espera un momento…',
  retry: 'Volver a intentarlo',
  back: 'Volver al inicio de sesión',
  backToAccount: 'Volver a tu cuenta',
  backToHome: 'Volver',
  offline:
    'No pudimos conectar con el servicio de inicio de sesión. Revisa tu conexión y vuelve a intentarlo; lo que escribiste se conserva.',

  fields: {
    email: 'Correo electrónico',
    password: 'Contraseña',
    newPassword: 'Contraseña nueva',
    code: 'Código de verificación',
    codeHint: '6 dígitos',
    currentPassword: 'Contraseña actual',
    showPassword: 'Mostrar contraseña',
    hidePassword: 'Ocultar contraseña',
    identifier: {
      email: 'Correo electrónico',
      phone: 'Número de teléfono',
      username: 'Nombre de usuario',
      emailOrPhone: 'Correo electrónico o número de teléfono',
      usernameOrEmail: 'Nombre de usuario o correo electrónico',
      usernameOrPhone: 'Nombre de usuario o número de teléfono',
      usernameEmailOrPhone: 'Nombre de usuario, correo electrónico o número de teléfono',
      usernameOrPreferred: 'Nombre de usuario o nombre de usuario preferido',
      usernamePreferredOrEmail: 'Nombre de usuario, nombre de usuario preferido o correo electrónico',
      usernamePreferredOrPhone: 'Nombre de usuario, nombre de usuario preferido o número de teléfono',
      usernamePreferredEmailOrPhone: 'Nombre de usuario, nombre de usuario preferido, correo electrónico o número de teléfono',
    },
    phoneHint: 'Empieza con + y el código del país, p. ej., +44 7700 900123',
  },

  signIn: {
    heading: 'Iniciar sesión',
    submit: 'Iniciar sesión',
    noAccount: '¿No tienes una cuenta?',
    toSignUp: 'Crear una cuenta',
    forgot: '¿Olvidaste tu contraseña?',
    continue: 'Continuar',
    withPasskey: 'Iniciar sesión con una llave de acceso',
  },

  code: {
    resend: 'Enviar un código nuevo',
    resendIn: (seconds: number) => `Podrás pedir un código nuevo en ${seconds} s`,
  },

  signUp: {
    heading: 'Crea tu cuenta',
    submit: 'Crear cuenta',
    haveAccount: '¿Ya tienes una cuenta?',
    toSignIn: 'Iniciar sesión',
    rulesHeading: 'Tu contraseña necesita',
    optional: (label: string) => `${label} (opcional)`,
  },

  attributes: {
    name: 'Nombre completo',
    given_name: 'Nombre',
    family_name: 'Apellidos',
    middle_name: 'Segundo nombre',
    nickname: 'Apodo',
    preferred_username: 'Nombre de usuario preferido',
    profile: 'Página de perfil (URL)',
    picture: 'Imagen (URL)',
    website: 'Sitio web',
    gender: 'Género',
    birthdate: 'Fecha de nacimiento',
    zoneinfo: 'Zona horaria (p. ej., Europe/Paris)',
    locale: 'Idioma (p. ej., es-ES, en-GB)',
    address: 'Dirección',
    email: 'Correo electrónico',
    phone_number: 'Número de teléfono',
  },

  confirmSignUp: {
    heading: 'Confirma tu correo electrónico',
    headingPhone: 'Confirma tu número de teléfono',
    sentTo: (destination: string) =>
      `Enviamos un código de 6 dígitos a ${destination}. Ingrésalo para confirmar tu cuenta.`,
    sentSomewhere: 'Enviamos un código de 6 dígitos a tu correo electrónico. Ingrésalo para confirmar tu cuenta.',
    sentByText: (destination: string) =>
      `Enviamos un código de 6 dígitos por SMS a ${destination}. Introdúcelo para confirmar tu cuenta.`,
    submit: 'Confirmar',
  },

  forgotPassword: {
    heading: 'Restablece tu contraseña',
    intro:
      'Ingresa el correo electrónico de tu cuenta y te enviaremos un código para que elijas una contraseña nueva.',
    introAny: 'Introduce el dato con el que inicias sesión y te enviaremos un código para elegir una contraseña nueva.',
    submit: 'Enviar código',
  },

  resetPassword: {
    heading: 'Elige una contraseña nueva',
    sentTo: (destination: string) =>
      `Enviamos un código de 6 dígitos a ${destination}. Ingrésalo junto con tu contraseña nueva.`,
    sentSomewhere: 'Te enviamos un código de 6 dígitos. Ingrésalo junto con tu contraseña nueva.',
    sentByText: (destination: string) =>
      `Enviamos un código de 6 dígitos por SMS a ${destination}. Ingrésalo junto con tu contraseña nueva.`,
    ifEmailed: 'Si alguna cuenta coincide con lo que escribiste, el código ya va en camino a su correo electrónico.',
    ifTexted: 'Si alguna cuenta coincide con lo que escribiste, el código ya va en camino por SMS a su número de teléfono.',
    ifSent: 'Si alguna cuenta coincide con lo que escribiste, el código ya va en camino.',
    submit: 'Restablecer contraseña e iniciar sesión',
  },

  newPassword: {
    heading: 'Elige tu contraseña',
    intro: 'Tu cuenta se creó con una contraseña temporal. Elige una propia para continuar.',
    attributesHeading: 'También necesitamos',
    submit: 'Guardar y continuar',
  },

  totpSetup: {
    heading: 'Configura tu app de autenticación',
    intro:
      'Tu cuenta necesita un segundo paso al iniciar sesión. Agrega tu cuenta a una app de autenticación como Google Authenticator, Microsoft Authenticator, 1Password o Authy.',
    scan: 'Escanea este código QR con la app.',
    qrAlt: (account: string) => `Código QR que agrega ${account} a una app de autenticación`,
    manual: '¿No puedes escanearlo? Ingresa esta clave de configuración en la app:',
    secretLabel: 'Clave de configuración',
    copy: 'Copiar clave',
    copied: 'Copiada',
    copyFailed: 'Selecciona la clave y cópiala manualmente',
    openInApp: 'Abrir en una app de autenticación de este dispositivo',
    enterCode: 'Luego, ingresa el código de 6 dígitos que muestra la app.',
    deviceName: 'Nombre de este autenticador (opcional)',
    deviceNamePlaceholder: 'Mi teléfono',
    submit: 'Verificar y finalizar',
    preparing: 'Preparando tu clave de configuración…',
    verified: 'Tu app de autenticación está verificada. Solo falta el último paso del inicio de sesión.',
    enabling: 'Código aceptado. Activando…',
    notTurnedOn:
      'Tu código se aceptó, pero la app de autenticación aún no está activada en tu cuenta. Vuelve a intentarlo: no necesitas un código nuevo.',
  },

  mfaSetupChoice: {
    heading: 'Agrega un segundo paso',
    intro: 'Tu cuenta necesita un segundo paso al iniciar sesión. Elige uno.',
    emailOnly: 'Tu cuenta necesita un segundo paso al iniciar sesión: un código que te enviamos por correo electrónico.',
    emailTo: (email: string) => `Los códigos se envían a ${email}.`,
    sending: 'Enviando un código…',
  },

  totpChallenge: {
    heading: 'Ingresa el código de tu app de autenticación',
    intro: 'Abre tu app de autenticación e ingresa el código de 6 dígitos de esta cuenta.',
    device: (name: string) => `Autenticador: ${name}`,
    submit: 'Verificar',
  },

  emailChallenge: {
    heading: 'Ingresa el código que te enviamos por correo',
    sentTo: (destination: string) => `Enviamos un código de 6 dígitos a ${destination}.`,
    sentSomewhere: 'Enviamos un código de 6 dígitos a tu correo electrónico.',
    submit: 'Verificar',
  },

  smsChallenge: {
    heading: 'Ingresa el código que te enviamos por SMS',
    sentTo: (destination: string) => `Enviamos un código de 6 dígitos al ${destination}.`,
    sentSomewhere: 'Enviamos un código de 6 dígitos a tu teléfono.',
    submit: 'Verificar',
  },

  selectMfaType: {
    heading: 'Elige cómo verificar tu identidad',
    intro: 'Tu cuenta tiene más de un segundo paso. Elige uno para este inicio de sesión.',
    options: {
      SOFTWARE_TOKEN_MFA: 'App de autenticación',
      SMS_MFA: 'Mensaje de texto (SMS)',
      EMAIL_OTP: 'Correo electrónico',
    },
  },

  signedIn: {
    heading: 'Iniciaste sesión',
    as: (email: string) => `Sesión iniciada como ${email}`,
    account: 'Cuenta y seguridad',
    signOut: 'Cerrar sesión',
    signOutEverywhere: 'Cerrar sesión en todos los dispositivos',
    reconnecting:
      'Reconectando… En este momento no podemos conectar con el servicio de inicio de sesión para renovar tu sesión. Tu sesión sigue abierta y seguimos intentándolo.',
    nav: 'Tu cuenta',
    home: 'Inicio',
    profile: 'Perfil',
    profileIntro: 'Mira lo que la API del sitio sabe de ti: la página de perfil se lo pregunta con tu sesión.',
  },

  profile: {
    heading: 'Tu perfil',
    intro: 'Lo que respondió la API del sitio cuando esta página le preguntó quién eres, con tu sesión.',
    loading: 'Consultando la API…',
    sub: 'ID de usuario',
    username: 'Nombre de usuario',
    groups: 'Grupos',
    noGroups: 'Ninguno',
    tokenExpiresAt: 'Tu sesión es válida hasta',
    servedAt: 'Respondido a las',
    refused: 'La API no aceptó tu sesión. Cierra sesión y vuelve a iniciarla.',
    failed: (status: number) => `La API no pudo responder (error ${status}). Vuelve a intentarlo en un momento.`,
    unreachable: 'No pudimos conectar con la API. Revisa tu conexión y vuelve a intentarlo.',
  },

  account: {
    heading: 'Cuenta y seguridad',
    mfaHeading: 'Verificación en dos pasos',
    mfaIntro: 'Un segundo paso al iniciar sesión mantiene tu cuenta segura aunque se filtre tu contraseña.',
    loading: 'Cargando tu configuración…',
    on: 'Activado',
    off: 'Desactivado',
    preferred: 'Se usa primero',
    setUpTotp: 'Configurar una app de autenticación',
    replaceTotp: 'Cambiar a otra app de autenticación',
    verifiedNotOn: 'Aún no activado',
    turnOnTotp: 'Activar la app de autenticación',
    smsByPhone:
      'Los códigos se envían a tu número de teléfono, como exige este sitio; no se pueden desactivar aquí.',
    requiredOnly: 'Este sitio exige un segundo paso, así que no puedes desactivar el único que tienes.',
    turnOff: (factor: string) => `Desactivar “${factor}”`,
    prefer: (factor: string) => `Usar primero “${factor}”`,
    passwordHeading: 'Contraseña',
    changePassword: 'Cambiar contraseña',
  },

  changePassword: {
    heading: 'Cambia tu contraseña',
    submit: 'Cambiar contraseña',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `Tiempo restante para completar este paso: ${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired:
      'Pasó demasiado tiempo, así que el inicio de sesión se canceló por tu seguridad. Vuelve a iniciar sesión.',
    sessionUsed:
      'Ese paso del inicio de sesión ya se había usado (quizá justo antes de que se cortara la conexión), así que no se puede enviar de nuevo. Vuelve a iniciar sesión.',
    codeResent: 'Enviamos un código nuevo. Los códigos enviados antes ya no funcionan.',
    accountConfirmed: 'Tu cuenta está confirmada. Inicia sesión.',
    alreadyConfirmed: 'Esta cuenta ya está confirmada. Inicia sesión.',
    confirmBeforeSignIn: 'Tu cuenta aún no está confirmada. Te enviamos un código nuevo.',
    resetCodeSent: 'Si alguna cuenta usa este correo electrónico, el código ya va en camino.',
    passwordChanged: 'Se cambió tu contraseña.',
    totpEnabled: 'Tu app de autenticación está configurada. La usarás la próxima vez que inicies sesión.',
    mfaUpdated: 'Se guardó tu configuración de verificación en dos pasos.',
    sessionEnded: 'Tu sesión terminó. Vuelve a iniciar sesión.',
    sessionRevoked:
      'Se cerró tu sesión en todos los dispositivos, desde otro dispositivo o por parte del administrador del sitio. Vuelve a iniciar sesión.',
    sessionNotRenewed:
      'No pudimos renovar tu sesión, así que se cerró. Vuelve a iniciar sesión; si sigue pasando, avísale al soporte del sitio.',
    signedOut: 'Cerraste sesión.',
    signedOutEverywhere: 'Cerraste sesión en todos tus dispositivos.',
    signedOutElsewhere: 'Cerraste sesión en otra pestaña de este sitio.',
    passkeyAdded: 'Se agregó tu llave de acceso. La próxima vez podrás iniciar sesión con ella.',
    passkeyDeleted: 'Se eliminó la llave de acceso.',
  },

  passwordRules: {
    length: (min: number) => `Al menos ${min} caracteres`,
    uppercase: () => 'Una letra mayúscula',
    lowercase: () => 'Una letra minúscula',
    number: () => 'Un número',
    symbol: () => 'Un símbolo, como ! @ # o ?',
    spaces: () => 'Sin espacios al principio ni al final',
  },

  problems: {
    required: 'Completa este campo.',
    emailFormat: 'Ingresa una dirección de correo electrónico como name@example.com.',
    emailTooLong: 'Una dirección de correo electrónico puede tener como máximo 128 caracteres.',
    phoneFormat: 'Introduce el número con + y el código del país, como +44 7700 900123.',
    usernameFormat: 'Un nombre de usuario no puede contener espacios.',
    usernameTooLong: 'Un nombre de usuario puede tener como máximo 128 caracteres.',
    usernameLooksLikeEmail:
      'Elige un nombre de usuario que no sea una dirección de correo electrónico: tu correo se pide más abajo.',
    usernameLooksLikePhone:
      'Elige un nombre de usuario que no sea un número de teléfono: tu número se pide más abajo.',
    birthdateFormat: 'Introduce una fecha como 1990-05-17 (año, mes, día).',
    attributeTooLong: 'Esto puede tener como máximo 2048 caracteres.',
    weakPassword: 'Esta contraseña no cumple las reglas que aparecen abajo.',
    passwordTooLong: 'Una contraseña puede tener como máximo 256 caracteres.',
    codeFormat: 'Ingresa los 6 dígitos del código.',
    wrongCredentials: 'El correo electrónico o la contraseña no son correctos. Revisa ambos y vuelve a intentarlo.',
    userNotFound:
      'No encontramos ninguna cuenta con este correo electrónico. Revisa si tiene errores de escritura o crea una cuenta.',
    wrongCurrentPassword: 'Tu contraseña actual no es correcta.',
    userNotConfirmed: 'Tu cuenta aún no está confirmada.',
    usernameExists: 'Ya existe una cuenta con este correo electrónico. ¿Quieres iniciar sesión?',
    invalidPassword: 'Esta contraseña no cumple las reglas.',
    invalidEmail: 'Ingresa una dirección de correo electrónico como name@example.com.',
    codeMismatch: 'Ese código no es correcto. Revísalo y vuelve a intentarlo.',
    expiredCode: 'Ese código venció. Pide uno nuevo.',
    totpCodeReused: 'Ese código ya se usó. Espera a que la app muestre uno nuevo.',
    alreadyConfirmed: 'Esta cuenta ya está confirmada.',
    userDisabled: 'Esta cuenta está inhabilitada. Comunícate con el soporte del sitio.',
    passwordResetRequired: 'Debes restablecer tu contraseña antes de poder iniciar sesión.',
    cannotResetPassword: 'La contraseña de esta cuenta no se puede restablecer aquí.',
    mfaNotSetUp: 'Primero termina de configurar la app de autenticación.',
    sessionExpired: 'Pasó demasiado tiempo. Vuelve a iniciar sesión.',
    signedOut: 'Se cerró tu sesión. Vuelve a iniciar sesión.',
    passwordAttemptsExceeded: 'Demasiados intentos fallidos. Espera unos minutos y vuelve a intentarlo.',
    limitExceeded: 'Demasiados intentos por ahora. Espera un rato (hasta una hora) y vuelve a intentarlo.',
    tooManyRequests: 'El servicio está ocupado. Espera unos segundos y vuelve a intentarlo.',
    tooManyFailedAttempts: 'Demasiados códigos incorrectos. Espera un rato y luego pide un código nuevo.',
    network:
      'No pudimos conectar con el servicio de inicio de sesión. Revisa tu conexión y vuelve a intentarlo; lo que escribiste se conserva.',
    serviceError: 'El servicio de inicio de sesión tuvo un problema. Vuelve a intentarlo en un momento.',
    clientHasSecret:
      'Este sitio está mal configurado: su cliente de aplicación de Cognito tiene un secreto de cliente, que una app de navegador no puede usar. El operador del sitio debe crear un cliente de aplicación sin secreto y asignar su ID a VITE_COGNITO_CLIENT_ID.',
    userPasswordAuthDisabled:
      'Este sitio está mal configurado: su cliente de aplicación de Cognito no permite iniciar sesión con contraseña. El operador del sitio debe activar ALLOW_USER_PASSWORD_AUTH en los flujos de autenticación del cliente de aplicación.',
    unknownClient:
      'Este sitio está mal configurado: Cognito no reconoce su cliente de aplicación. El operador del sitio debe revisar VITE_COGNITO_CLIENT_ID y la región en VITE_COGNITO_USER_POOL_ID.',
    softwareTokenMfaNotEnabled:
      'Este sitio está mal configurado: las apps de autenticación no están activadas en su grupo de usuarios. El operador del sitio debe habilitar la MFA con TOTP (token de software) en la configuración de inicio de sesión del grupo de usuarios.',
    unsupportedChallenge:
      'Tu cuenta necesita un paso de inicio de sesión que esta página no admite. Comunícate con el soporte del sitio.',
    blockedBySecurity:
      'Por la seguridad de tu cuenta, se bloqueó esta solicitud. Volver a intentarlo ahora no servirá: restablece tu contraseña o comunícate con el soporte del sitio.',
    temporaryPasswordExpired:
      'Tu contraseña temporal venció. Pídele al administrador del sitio que te envíe una nueva.',
    compromisedPassword:
      'Esta contraseña apareció en una filtración de datos en otro lugar, así que no se puede usar aquí. Elige otra.',
    passwordReused: 'Ya usaste esta contraseña antes. Elige una que no hayas usado recientemente.',
    lambdaRefused:
      'Las comprobaciones propias de este sitio no lo aceptaron. Si crees que es un error, comunícate con el soporte del sitio.',
    lambdaFailed:
      'Las comprobaciones propias de este sitio no pudieron terminar. Vuelve a intentarlo en un momento; si sigue pasando, comunícate con el soporte del sitio.',
    sessionRevoked: 'Se cerró tu sesión en todos los dispositivos. Vuelve a iniciar sesión.',
    refreshTokenInvalid: 'Tu sesión no se puede renovar. Vuelve a iniciar sesión.',
    autoVerifyOff:
      'Este sitio está mal configurado: su grupo de usuarios no envía códigos de confirmación. El operador del sitio debe activar la verificación del correo electrónico (atributo verificado automáticamente: email) en el grupo de usuarios.',
    emailNotUsername:
      'Este sitio está mal configurado: su grupo de usuarios no acepta como nombre de usuario lo que pide esta página (por ejemplo, un correo electrónico que allí es solo un alias, o un número de teléfono donde los nombres de usuario son correos). El operador del sitio debe configurar VITE_COGNITO_SIGN_IN_WITH con aquello con lo que el grupo de usuarios permite iniciar sesión.',
    signUpAttributesRequired:
      'Este sitio está mal configurado: su grupo de usuarios exige en el registro datos que esta página no pide. El operador del sitio debe indicarlos en VITE_COGNITO_SIGN_UP_ATTRIBUTES o hacerlos opcionales en el grupo de usuarios.',
    poolCannotDeliver:
      'Este sitio está mal configurado: su grupo de usuarios no tiene permiso para enviar correos electrónicos ni mensajes de texto. El operador del sitio debe corregir la configuración de correo electrónico (SES) o de SMS (rol de SNS) del grupo.',
    poolMisconfigured:
      'Este sitio está mal configurado: Cognito considera que la configuración de su grupo de usuarios no es válida. El operador del sitio debe revisar la configuración del grupo de usuarios.',
    smsSetupNeedsPhone:
      'Tu cuenta no tiene número de teléfono y este sitio solo envía códigos por mensaje de texto. Pídele al operador del sitio que agregue tu número o que active las apps de autenticación o los códigos por correo electrónico.',
    invalidParameter: 'No se aceptó algo de la solicitud. Revisa lo que escribiste y vuelve a intentarlo.',
    passkeyCancelled:
      'Se cerró la solicitud de la llave de acceso, o este dispositivo no tiene una llave de acceso para este sitio. Vuelve a intentarlo o inicia sesión de otra forma.',
    passkeyExists: 'Este dispositivo ya tiene una llave de acceso para tu cuenta.',
    passkeyWrongDomain:
      'No se pueden usar llaves de acceso en esta página. Para el operador del sitio: el id. de usuario de confianza (relying party) de las llaves de acceso del grupo de usuarios debe ser el dominio de esta página o un dominio principal de este.',
    passkeyUnsupported:
      'Este navegador no puede usar llaves de acceso. Inicia sesión de otra forma o usa un navegador compatible con ellas.',
    passkeyRefused: 'No se aceptó esa llave de acceso. Vuelve a intentarlo o usa otra llave de acceso.',
    passkeysOff:
      'Este sitio está mal configurado: las llaves de acceso no están activadas en su grupo de usuarios. El operador del sitio debe permitir la llave de acceso como primer factor y configurar el id. de usuario de confianza (relying party) de las llaves de acceso del grupo.',
    featureNotInPlan:
      'Este sitio está mal configurado: el plan de funciones de su grupo de usuarios no incluye esta forma de iniciar sesión. El operador del sitio debe pasar el grupo de usuarios al plan Essentials o Plus.',
    userAuthDisabled:
      'Este sitio está mal configurado: su cliente de aplicación de Cognito no permite iniciar sesión eligiendo el método. El operador del sitio debe activar ALLOW_USER_AUTH en los flujos de autenticación del cliente de aplicación.',
    signUpSessionExpired:
      'Pasó demasiado tiempo para iniciar tu sesión directamente. Vuelve a escribir el código para confirmar tu cuenta; después elegirás cómo iniciar sesión.',
    unknown: 'Algo salió mal. Vuelve a intentarlo.',
  },

  problemsNotByEmail: {
    wrongCredentials: 'Los datos de inicio de sesión o la contraseña no son correctos. Revisa ambos y vuelve a intentarlo.',
    userNotFound: 'No encontramos ninguna cuenta con estos datos. Revisa si tienen errores de escritura o crea una cuenta.',
    usernameExists: 'Ya existe una cuenta con estos datos. ¿Quieres iniciar sesión?',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled:
        'El aviso de la llave de acceso se cerró o caducó, así que no se agregó ninguna. Vuelve a intentarlo o elige «Ahora no».',
      passkeyExists:
        'Este dispositivo ya tiene una llave de acceso para tu cuenta, así que no se agregó otra. Elige «Ahora no» para continuar, o vuelve a intentarlo con otro dispositivo o llave de seguridad.',
      passkeyWrongDomain:
        'No se pueden usar llaves de acceso en esta página. Para el operador del sitio: el id. de usuario de confianza (relying party) de las llaves de acceso del grupo de usuarios debe ser el dominio de esta página o un dominio principal de este. Elige «Ahora no» para continuar.',
      passkeyUnsupported:
        'Este navegador no puede crear llaves de acceso, así que no se agregó ninguna. Elige «Ahora no» para continuar; puedes agregar una más tarde desde tu cuenta en un navegador compatible.',
      passkeyRefused:
        'El servicio de inicio de sesión no aceptó la nueva llave de acceso, así que no se agregó. Vuelve a intentarlo o elige «Ahora no».',
      passkeysOff:
        'Este sitio está mal configurado: las llaves de acceso no están activadas en su grupo de usuarios. El operador del sitio debe permitir la llave de acceso como primer factor y configurar el id. de usuario de confianza (relying party) de las llaves de acceso del grupo. Elige «Ahora no» para continuar.',
      featureNotInPlan:
        'Este sitio está mal configurado: el plan de funciones de su grupo de usuarios no incluye esta forma de iniciar sesión. El operador del sitio debe pasar el grupo de usuarios al plan Essentials o Plus. Elige «Ahora no» para continuar.',
      network:
        'No pudimos conectar con el servicio de inicio de sesión, así que no se agregó ninguna llave de acceso. Comprueba tu conexión e vuelve a intentarlo de nuevo, o elige «Ahora no».',
      serviceError:
        'El servicio de inicio de sesión tuvo un problema, así que no se agregó ninguna llave de acceso. Vuelve a intentarlo en un momento o elige «Ahora no».',
      invalidParameter:
        'El servicio de inicio de sesión no aceptó la solicitud, así que no se agregó ninguna llave de acceso. Vuelve a intentarlo o elige «Ahora no».',
      unknown: 'Algo salió mal, así que no se agregó ninguna llave de acceso. Vuelve a intentarlo o elige «Ahora no».',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `Este sitio no lo aceptó: ${reason}`,
    contactSupport: (contact: string) => `Soporte: ${contact}`,
  },

  selectChallenge: {
    heading: 'Elige cómo iniciar sesión',
    as: (email: string) => `Iniciando sesión como ${email}.`,
    options: {
      WEB_AUTHN: 'Usar una llave de acceso',
      EMAIL_OTP: 'Enviarme un código por correo',
      SMS_OTP: 'Enviarme un código por SMS',
      PASSWORD: 'Iniciar sesión con tu contraseña',
    },
    none: 'Esta página no ofrece ninguna forma de entrar que tenga tu cuenta. Comunícate con el soporte del sitio.',
  },
  passkeySignIn: {
    heading: 'Iniciar sesión con tu llave de acceso',
    waiting: 'Sigue las indicaciones del navegador para usar tu llave de acceso.',
    retry: 'Volver a intentar con la llave de acceso',
    otherWay: 'Iniciar sesión de otra forma',
  },
  passkeyOffer: {
    heading: 'Inicia sesión más rápido la próxima vez con una llave de acceso',
    intro: 'Usa tu huella digital, tu rostro o el bloqueo de pantalla en lugar de tu contraseña. Puedes quitar la llave de acceso cuando quieras desde tu cuenta.',
    notNow: 'Ahora no',
    checking: 'Iniciando sesión…',
  },
  passkeys: {
    heading: 'Llaves de acceso',
    intro: 'Una llave de acceso te permite iniciar sesión con tu huella digital, tu rostro o el bloqueo de pantalla en lugar de una contraseña.',
    manage: 'Administrar llaves de acceso',
    loading: 'Cargando tus llaves de acceso…',
    none: 'Todavía no tienes llaves de acceso.',
    add: 'Agregar una llave de acceso',
    creating: 'Sigue las indicaciones del navegador para crear la llave de acceso.',
    unnamed: 'Llave de acceso',
    added: (date: string) => `Agregada el ${date}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'Con el bloqueo de pantalla de un dispositivo' : attachment === 'cross-platform' ? 'Llave de seguridad o teléfono' : 'Autenticador',
    delete: (name: string) => `Eliminar ${name}`,
    confirmDelete: (name: string) => `¿Eliminar “${name}”? Ya no podrás iniciar sesión con ella.`,
    confirm: 'Eliminar llave de acceso',
    cancel: 'Conservarla',
  },

  config: {
    heading: 'Esta app no está configurada correctamente',
    intro: 'Define estas variables de compilación (por ejemplo, en .env.local) y vuelve a compilar:',
    problems: {
      missingPoolId: () =>
        'Falta VITE_COGNITO_USER_POOL_ID: asígnale el ID de tu grupo de usuarios, como eu-west-1_AbCdEf123.',
      missingClientId: () => 'Falta VITE_COGNITO_CLIENT_ID: asígnale el ID de un cliente de aplicación sin secreto.',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID “${'value' in p ? p.value : ''}” no es un ID de grupo de usuarios: tiene la forma eu-west-1_AbCdEf123 (región, guion bajo, ID).`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID “${'value' in p ? p.value : ''}” no es un ID de cliente de aplicación: cópialo de la página del cliente de aplicación en la consola de Cognito.`,
      badRegion: (p) => `VITE_COGNITO_REGION “${'value' in p ? p.value : ''}” no es una región como eu-west-1.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION es ${p.region}, pero el grupo de usuarios está en ${p.poolRegion}: quita VITE_COGNITO_REGION o haz que coincidan.`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT “${'value' in p ? p.value : ''}” no es una URL http(s) como http://localhost:9229/.`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES “${'value' in p ? p.value : ''}” debe ser un número entero de minutos entre 3 y 15, igual que la duración de la sesión del flujo de autenticación del cliente de aplicación.`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY “${'value' in p ? p.value : ''}” no es una política de contraseñas: enumera las reglas del grupo de usuarios separadas por comas, min=<6 a 99> y cualquiera de upper, lower, number, symbol, p. ej., min=12,upper,lower,number,symbol.`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED “${'value' in p ? p.value : ''}” debe ser true (el grupo de usuarios exige MFA) o false.`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}” debe indicar con qué se inicia sesión, separado por comas y cada uno una vez: email, phone, username, preferred_username (p. ej., username,email para nombres de usuario con el correo como alias).`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}” debe indicar atributos separados por comas, cada uno una vez: los estándar por su nombre (name, given_name, birthdate, …), los personalizados con una etiqueta (custom:team=Team); añade ? tras el nombre para uno opcional.`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}” incluye preferred_username sin username: el nombre de usuario preferido es un alias de un grupo con nombres de usuario (--alias-attributes preferred_username), así que incluye también username, p. ej., username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}” incluye preferred_username, que VITE_COGNITO_SIGN_IN_WITH convierte en alias: Cognito solo acepta un nombre de usuario preferido como alias una vez confirmada la cuenta, no al registrarse. Quita preferred_username de VITE_COGNITO_SIGN_UP_ATTRIBUTES.`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY “${'value' in p ? p.value : ''}” debe ser true (solo los administradores crean usuarios) o false.`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS “${'value' in p ? p.value : ''}” no es una lista de primeros factores: indica cualquiera de password, passkey, email, sms, separados por comas y cada uno una sola vez, p. ej., password,passkey,email.`,
    },
  },
};

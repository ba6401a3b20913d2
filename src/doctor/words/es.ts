import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: 'Diagnóstico del grupo de usuarios',
  intro: 'Esta página comprueba cómo están configurados el grupo de usuarios de Cognito y el cliente de aplicación de este sitio, a partir de lo que Cognito responde a un navegador.',
  harmless:
    'Envía dos solicitudes que Cognito rechaza: un inicio de sesión con un nombre de usuario que no puede existir y una actualización de token con algo que no es un token. No se crea ninguna cuenta, no se envía nada a nadie y no se usa ninguna API de administración.',
  running: 'Consultando a Cognito…',
  runAgain: 'Volver a comprobar',
  language: 'Idioma',
  status: { pass: 'Correcto', problem: 'Problema', unknown: 'No se sabe' },
  findings: {
    endpoint: {
      title: 'Punto de enlace de Cognito accesible',
      answered: (p) => `Cognito respondió desde ${p.endpoint} y el navegador dejó que la página leyera la respuesta (CORS).`,
      notCognito: (p) => `En ${p.endpoint} respondió algo que no es Cognito: un proxy, un portal cautivo o un VITE_COGNITO_ENDPOINT incorrecto.`,
      noAnswer: (p) =>
        `No hay respuesta de ${p.endpoint}: este equipo no tiene conexión, el host es incorrecto o el punto de enlace no permite este origen (CORS). Cognito permite todos los orígenes; un emulador puede que no.`,
      blockedByCsp: (p) => `El navegador no envió las solicitudes: la Content-Security-Policy de esta página no permite ${p.endpoint} (ver abajo).`,
    },
    csp: {
      title: 'La Content-Security-Policy permite el punto de enlace',
      allows: (p) => `connect-src permite ${p.endpoint}.`,
      blocks: (p) => `connect-src (o default-src) no permite ${p.endpoint}: todos los inicios de sesión fallarán. Envía este encabezado:`,
      violated: (p) => `El navegador bloqueó una solicitud a ${p.endpoint} por la política de esta página: todos los inicios de sesión fallarán. Envía este encabezado:`,
      none: () => 'La página se sirve sin Content-Security-Policy. Funciona, pero sin la protección que esta da contra scripts inyectados. Envía este encabezado:',
      unread: () => 'La página no pudo leer la política con la que se sirve. Comprueba que envíe este encabezado:',
    },
    client: {
      title: 'El cliente de aplicación existe',
      found: (p) => `Cognito conoce el cliente de aplicación ${p.clientId} en ${p.region}.`,
      notFound: (p) =>
        `Cognito respondió que el cliente de aplicación ${p.clientId} no existe en ${p.region}: el ID del cliente o la región del grupo son incorrectos. Busca el cliente, o crea uno, y luego define VITE_COGNITO_CLIENT_ID y vuelve a compilar:`,
      unknown: () => 'Las respuestas de Cognito no lo indicaron.',
    },
    pool: {
      title: 'El cliente de aplicación pertenece al grupo de usuarios',
      notProbed: (p) =>
        `El ID de grupo ${p.userPoolId} indica la región (${p.region}). Un navegador no puede comprobar que el cliente pertenezca a este grupo: las solicitudes de inicio de sesión solo nombran el cliente. Compruébalo con:`,
    },
    secret: {
      title: 'El cliente de aplicación no tiene secreto',
      none: () => 'El cliente aceptó un inicio de sesión sin hash del secreto.',
      hasSecret: (p) =>
        `El cliente de aplicación ${p.clientId} tiene un secreto de cliente, que una aplicación de navegador no puede guardar. Un secreto no se puede quitar de un cliente: crea un cliente sin secreto, define VITE_COGNITO_CLIENT_ID con el ID que muestra y vuelve a compilar:`,
      unknown: () => 'Las respuestas de Cognito no lo indicaron.',
    },
    passwordAuth: {
      title: 'Inicio de sesión con contraseña permitido (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'El cliente permite USER_PASSWORD_AUTH.',
      off: () => 'El cliente no permite USER_PASSWORD_AUTH: nadie puede iniciar sesión. Actívalo:',
      behindSecret: () => 'Cognito se detuvo en el secreto de cliente antes de indicarlo.',
      unknown: () => 'Las respuestas de Cognito no lo indicaron.',
    },
    refresh: {
      title: 'Actualización de tokens permitida (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'El cliente permite REFRESH_TOKEN_AUTH, que esta página usa para mantener la sesión iniciada.',
      off: () =>
        'El cliente rechaza REFRESH_TOKEN_AUTH (está desactivado, o está activada la rotación de tokens de actualización, que esta página no usa): las sesiones se cierran cuando vencen los tokens, a la hora de forma predeterminada. Actívalo:',
      behindSecret: () => 'Cognito se detuvo en el secreto de cliente antes de indicarlo.',
      unknown: () => 'Las respuestas de Cognito no lo indicaron.',
    },
    userExistence: {
      title: 'Protección de existencia de usuarios (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: un correo electrónico desconocido recibe “Incorrect username or password.” (NotAuthorizedException), igual que una contraseña incorrecta, y al restablecer se dice que el código va en camino. Nadie puede saber con esta página quién tiene una cuenta.',
      enabledByTrigger: () =>
        'ENABLED: Cognito ejecutó el desencadenador de autenticación previa para un usuario que no existe, lo que solo hace con esta protección activada.',
      legacy: () =>
        'LEGACY: Cognito responde a un correo electrónico desconocido con UserNotFoundException, así que cualquiera puede averiguar qué correos tienen cuenta. Esta página sigue mostrando un correo o una contraseña incorrectos al iniciar sesión, pero sus pantallas de restablecimiento y confirmación dicen “No encontramos ninguna cuenta con este correo electrónico.” Para ocultarlo:',
      unknown: () => 'Las respuestas de Cognito no lo indicaron.',
    },
    trigger: {
      title: 'Desencadenadores de Lambda',
      refused: () =>
        'Un desencadenador de Lambda rechazó el inicio de sesión de un usuario que no existe, o falló (su respuesta está abajo). Con PreventUserExistenceErrors en ENABLED, el desencadenador de autenticación previa también se ejecuta para usuarios desconocidos, con userNotFound en true; si el desencadenador les devuelve el evento sin cambios, Cognito responde “Incorrect username or password.” como siempre. La corrección va en el código del desencadenador.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client devuelve a su valor predeterminado cada ajuste que no recibe (duración de los tokens, atributos, ajustes de OAuth y más). Lee primero los ajustes actuales del cliente con ${describe} y agrega los que necesites.`,
    newClient: 'El nuevo cliente tiene los ajustes que esta página necesita.',
    check: 'Muestra los ajustes del cliente; no cambia nada.',
    header: 'Envíalo desde el hosting (README, “Content-Security-Policy”), con el punto de enlace del grupo en connect-src.',
  },
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar: selecciona el texto',
  answers: {
    heading: 'Lo que respondió Cognito',
    signIn: 'Inicio de sesión de un usuario que no puede existir (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'Actualización con algo que no es un token (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'Aceptada',
    noAnswer: 'Sin respuesta',
    notCognito: (status) => `HTTP ${status}, no es el JSON de Cognito`,
  },
};

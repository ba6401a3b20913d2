import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: 'Diagnos av användarpoolen',
  intro: 'Den här sidan kontrollerar hur webbplatsens Cognito-användarpool och appklient är inställda, utifrån vad Cognito svarar en webbläsare.',
  harmless:
    'Den skickar två förfrågningar som Cognito avvisar: en inloggning med ett användarnamn som inte kan finnas och en tokenförnyelse med något som inte är en token. Inget konto skapas, ingenting skickas till någon och inget administratörs-API används.',
  running: 'Frågar Cognito…',
  runAgain: 'Kontrollera igen',
  language: 'Språk',
  status: { pass: 'Godkänt', problem: 'Problem', unknown: 'Går inte att avgöra' },
  findings: {
    endpoint: {
      title: 'Cognitos slutpunkt nås',
      answered: (p) => `Cognito svarade från ${p.endpoint}, och webbläsaren lät sidan läsa svaret (CORS).`,
      notCognito: (p) => `Något som inte är Cognito svarade på ${p.endpoint}: en proxy, en inloggningsportal för nätverket eller en felaktig VITE_COGNITO_ENDPOINT.`,
      noAnswer: (p) =>
        `Inget svar från ${p.endpoint}: datorn är offline, värden är fel eller slutpunkten tillåter inte det här ursprunget (CORS). Cognito tillåter alla ursprung; en emulator kanske inte gör det.`,
      blockedByCsp: (p) => `Webbläsaren skickade inte förfrågningarna: sidans Content-Security-Policy tillåter inte ${p.endpoint} (se nedan).`,
    },
    csp: {
      title: 'Content-Security-Policy tillåter slutpunkten',
      allows: (p) => `connect-src tillåter ${p.endpoint}.`,
      blocks: (p) => `connect-src (eller default-src) tillåter inte ${p.endpoint}: varje inloggning misslyckas. Skicka det här huvudet:`,
      violated: (p) => `Webbläsaren blockerade en förfrågan till ${p.endpoint} enligt sidans policy: varje inloggning misslyckas. Skicka det här huvudet:`,
      none: () => 'Sidan levereras utan Content-Security-Policy. Den fungerar, men utan det skydd den ger mot injicerade skript. Skicka det här huvudet:',
      unread: () => 'Sidan kunde inte läsa den policy den levereras med. Kontrollera att den skickar det här huvudet:',
    },
    client: {
      title: 'Appklienten finns',
      found: (p) => `Cognito känner till appklienten ${p.clientId} i ${p.region}.`,
      notFound: (p) =>
        `Cognito svarade att appklienten ${p.clientId} inte finns i ${p.region}: klient-id:t eller poolens region är fel. Hitta klienten, eller skapa en, ange sedan VITE_COGNITO_CLIENT_ID och bygg om:`,
      unknown: () => 'Cognitos svar sa inget om det.',
    },
    pool: {
      title: 'Appklienten hör till användarpoolen',
      notProbed: (p) =>
        `Pool-id:t ${p.userPoolId} anger regionen (${p.region}). En webbläsare kan inte kontrollera att klienten hör till den här poolen: inloggningsförfrågningar anger bara klienten. Kontrollera med:`,
    },
    secret: {
      title: 'Appklienten har ingen hemlighet',
      none: () => 'Klienten tog emot en inloggning utan hemlighetshash.',
      hasSecret: (p) =>
        `Appklienten ${p.clientId} har en klienthemlighet, som en webbläsarapp inte kan hålla hemlig. En hemlighet kan inte tas bort från en klient: skapa en klient utan hemlighet, ange VITE_COGNITO_CLIENT_ID till det id den skriver ut och bygg om:`,
      unknown: () => 'Cognitos svar sa inget om det.',
    },
    passwordAuth: {
      title: 'Inloggning med lösenord tillåten (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'Klienten tillåter USER_PASSWORD_AUTH.',
      off: () => 'Klienten tillåter inte USER_PASSWORD_AUTH: ingen kan logga in. Slå på det:',
      behindSecret: () => 'Cognito stannade vid klienthemligheten innan det sa något om det.',
      unknown: () => 'Cognitos svar sa inget om det.',
    },
    refresh: {
      title: 'Tokenförnyelse tillåten (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'Klienten tillåter REFRESH_TOKEN_AUTH, som sidan använder för att hålla användare inloggade.',
      off: () =>
        'Klienten avvisar REFRESH_TOKEN_AUTH (det är avstängt, eller rotation av uppdateringstoken är påslagen, vilket sidan inte använder): användare loggas ut när deras token går ut, som standard efter en timme. Slå på det:',
      behindSecret: () => 'Cognito stannade vid klienthemligheten innan det sa något om det.',
      unknown: () => 'Cognitos svar sa inget om det.',
    },
    userExistence: {
      title: 'Skydd mot att avslöja användare (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: en okänd e-postadress får ”Incorrect username or password.” (NotAuthorizedException), precis som ett fel lösenord, och vid återställning heter det att en kod är på väg. Ingen kan ta reda på via den här sidan vem som har ett konto.',
      enabledByTrigger: () =>
        'ENABLED: Cognito körde utlösaren före autentisering för en användare som inte finns, vilket det bara gör när skyddet är påslaget.',
      legacy: () =>
        'LEGACY: Cognito svarar på en okänd e-postadress med UserNotFoundException, så vem som helst kan ta reda på vilka e-postadresser som har konton. Den här sidan visar fortfarande fel e-postadress eller lösenord vid inloggning, men dess skärmar för återställning och bekräftelse säger ”Vi hittade inget konto med den här e-postadressen.” För att dölja det:',
      unknown: () => 'Cognitos svar sa inget om det.',
    },
    trigger: {
      title: 'Lambda-utlösare',
      refused: () =>
        'En Lambda-utlösare avvisade inloggningen för en användare som inte finns, eller misslyckades (svaret finns nedan). Med PreventUserExistenceErrors satt till ENABLED körs utlösaren före autentisering även för okända användare, med userNotFound satt till true; en utlösare som lämnar tillbaka händelsen oförändrad för dem låter Cognito svara ”Incorrect username or password.” som vanligt. Åtgärden görs i utlösarens kod.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client återställer varje inställning den inte får till standardvärdet (tokenlivslängder, attribut, OAuth-inställningar med mera). Läs först klientens nuvarande inställningar med ${describe} och lägg till dem du förlitar dig på.`,
    newClient: 'Den nya klienten får de inställningar sidan behöver.',
    check: 'Visar klientens inställningar; ändrar ingenting.',
    header: 'Skicka det från värden (README, ”Content-Security-Policy”), med poolens slutpunkt i connect-src.',
  },
  copy: 'Kopiera',
  copied: 'Kopierat',
  copyFailed: 'Det gick inte att kopiera: markera texten i stället',
  answers: {
    heading: 'Vad Cognito svarade',
    signIn: 'Inloggning för en användare som inte kan finnas (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'Förnyelse med något som inte är en token (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'Godtogs',
    noAnswer: 'Inget svar',
    notCognito: (status) => `HTTP ${status}, inte Cognitos JSON`,
  },
};

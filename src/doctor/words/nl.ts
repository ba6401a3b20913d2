import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: 'Diagnose van de gebruikersgroep',
  intro: 'Deze pagina controleert hoe de Cognito-gebruikersgroep en de app-client van deze site zijn ingesteld, aan de hand van wat Cognito een browser antwoordt.',
  harmless:
    'Ze stuurt twee verzoeken die Cognito weigert: een inlogpoging met een gebruikersnaam die niet kan bestaan, en een tokenvernieuwing met iets wat geen token is. Er wordt geen account gemaakt, niets naar iemand verstuurd en geen beheer-API gebruikt.',
  running: 'Cognito wordt gevraagd…',
  runAgain: 'Opnieuw controleren',
  language: 'Taal',
  status: { pass: 'In orde', problem: 'Probleem', unknown: 'Niet te zeggen' },
  findings: {
    endpoint: {
      title: 'Cognito-eindpunt bereikbaar',
      answered: (p) => `Cognito antwoordde vanaf ${p.endpoint} en de browser liet de pagina het antwoord lezen (CORS).`,
      notCognito: (p) => `Op ${p.endpoint} antwoordde iets wat niet Cognito is: een proxy, een captive portal of een verkeerde VITE_COGNITO_ENDPOINT.`,
      noAnswer: (p) =>
        `Geen antwoord van ${p.endpoint}: deze computer is offline, de host is verkeerd, of het eindpunt staat deze oorsprong niet toe (CORS). Cognito zelf staat elke oorsprong toe; een emulator misschien niet.`,
      blockedByCsp: (p) => `De browser heeft de verzoeken niet verstuurd: de Content-Security-Policy van deze pagina staat ${p.endpoint} niet toe (zie hieronder).`,
    },
    csp: {
      title: 'Content-Security-Policy staat het eindpunt toe',
      allows: (p) => `connect-src staat ${p.endpoint} toe.`,
      blocks: (p) => `connect-src (of default-src) staat ${p.endpoint} niet toe: elke inlogpoging mislukt. Stuur deze header mee:`,
      violated: (p) => `De browser heeft een verzoek aan ${p.endpoint} geblokkeerd op grond van het beleid van deze pagina: elke inlogpoging mislukt. Stuur deze header mee:`,
      none: () => 'De pagina wordt zonder Content-Security-Policy geserveerd. Ze werkt, maar zonder de bescherming die die biedt tegen geïnjecteerde scripts. Stuur deze header mee:',
      unread: () => 'De pagina kon het beleid waarmee ze wordt geserveerd niet lezen. Controleer of deze header wordt meegestuurd:',
    },
    client: {
      title: 'App-client bestaat',
      found: (p) => `Cognito kent de app-client ${p.clientId} in ${p.region}.`,
      notFound: (p) =>
        `Cognito antwoordde dat de app-client ${p.clientId} niet bestaat in ${p.region}: de client-ID of de regio van de groep klopt niet. Zoek de client op, of maak er een, stel dan VITE_COGNITO_CLIENT_ID in en bouw opnieuw:`,
      unknown: () => 'De antwoorden van Cognito zeiden het niet.',
    },
    pool: {
      title: 'App-client hoort bij de gebruikersgroep',
      notProbed: (p) =>
        `De groeps-ID ${p.userPoolId} geeft de regio (${p.region}). Een browser kan niet controleren of de client bij deze groep hoort: inlogverzoeken noemen alleen de client. Controleer het met:`,
    },
    secret: {
      title: 'App-client heeft geen geheim',
      none: () => 'De client accepteerde een inlogpoging zonder geheime hash.',
      hasSecret: (p) =>
        `De app-client ${p.clientId} heeft een clientgeheim, dat een browserapp niet geheim kan houden. Een geheim kan niet uit een client worden verwijderd: maak een client zonder geheim, stel VITE_COGNITO_CLIENT_ID in op de ID die hij toont en bouw opnieuw:`,
      unknown: () => 'De antwoorden van Cognito zeiden het niet.',
    },
    passwordAuth: {
      title: 'Inloggen met wachtwoord toegestaan (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'De client staat USER_PASSWORD_AUTH toe.',
      off: () => 'De client staat USER_PASSWORD_AUTH niet toe: niemand kan inloggen. Zet het aan:',
      behindSecret: () => 'Cognito stopte bij het clientgeheim voordat het dit zei.',
      unknown: () => 'De antwoorden van Cognito zeiden het niet.',
    },
    refresh: {
      title: 'Tokenvernieuwing toegestaan (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'De client staat REFRESH_TOKEN_AUTH toe, waarmee deze pagina mensen ingelogd houdt.',
      off: () =>
        'De client weigert REFRESH_TOKEN_AUTH (het staat uit, of rotatie van vernieuwingstokens staat aan, wat deze pagina niet gebruikt): mensen worden uitgelogd als hun tokens verlopen, standaard na een uur. Zet het aan:',
      behindSecret: () => 'Cognito stopte bij het clientgeheim voordat het dit zei.',
      unknown: () => 'De antwoorden van Cognito zeiden het niet.',
    },
    userExistence: {
      title: 'Bescherming tegen het onthullen van gebruikers (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: een onbekend e-mailadres krijgt “Incorrect username or password.” (NotAuthorizedException), net als een verkeerd wachtwoord, en bij een wachtwoordreset heet het dat er een code onderweg is. Niemand kan via deze pagina te weten komen wie een account heeft.',
      enabledByTrigger: () =>
        'ENABLED: Cognito voerde de pre-authenticatietrigger uit voor een gebruiker die niet bestaat, wat het alleen doet als deze bescherming aanstaat.',
      legacy: () =>
        'LEGACY: Cognito beantwoordt een onbekend e-mailadres met UserNotFoundException, zodat iedereen kan achterhalen welke e-mailadressen een account hebben. Deze pagina meldt bij het inloggen nog steeds een verkeerd e-mailadres of wachtwoord, maar de schermen voor resetten en bevestigen zeggen “We hebben geen account met dit e-mailadres gevonden.” Om dat te verbergen:',
      unknown: () => 'De antwoorden van Cognito zeiden het niet.',
    },
    trigger: {
      title: 'Lambda-triggers',
      refused: () =>
        'Een Lambda-trigger heeft de inlogpoging van een gebruiker die niet bestaat geweigerd, of is mislukt (het antwoord staat hieronder). Met PreventUserExistenceErrors op ENABLED draait de pre-authenticatietrigger ook voor onbekende gebruikers, met userNotFound op true; een trigger die de gebeurtenis voor hen ongewijzigd teruggeeft, laat Cognito zoals gewoonlijk “Incorrect username or password.” antwoorden. De oplossing zit in de code van de trigger.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client zet elke instelling die het niet meekrijgt terug op de standaardwaarde (geldigheidsduur van tokens, kenmerken, OAuth-instellingen en meer). Lees eerst de huidige instellingen van de client met ${describe} en voeg toe waar je op rekent.`,
    newClient: 'De nieuwe client krijgt de instellingen die deze pagina nodig heeft.',
    check: 'Toont de instellingen van de client; verandert niets.',
    header: 'Stuur hem mee vanaf de host (README, “Content-Security-Policy”), met het eindpunt van de groep in connect-src.',
  },
  copy: 'Kopiëren',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren mislukt: selecteer de tekst',
  answers: {
    heading: 'Wat Cognito antwoordde',
    signIn: 'Inlogpoging van een gebruiker die niet kan bestaan (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'Vernieuwing met iets wat geen token is (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'Geaccepteerd',
    noAnswer: 'Geen antwoord',
    notCognito: (status) => `HTTP ${status}, niet de JSON van Cognito`,
  },
};

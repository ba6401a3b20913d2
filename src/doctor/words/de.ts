import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: 'Benutzerpool-Diagnose',
  intro: 'Diese Seite prüft anhand der Antworten, die Cognito einem Browser gibt, wie der Cognito-Benutzerpool und der App-Client dieser Website eingerichtet sind.',
  harmless:
    'Sie sendet zwei Anfragen, die Cognito ablehnt: eine Anmeldung mit einem Benutzernamen, den es nicht geben kann, und eine Token-Aktualisierung mit etwas, das kein Token ist. Es wird kein Konto erstellt, niemandem etwas gesendet und keine Admin-API verwendet.',
  running: 'Cognito wird gefragt…',
  runAgain: 'Erneut prüfen',
  language: 'Sprache',
  status: { pass: 'In Ordnung', problem: 'Problem', unknown: 'Nicht feststellbar' },
  findings: {
    endpoint: {
      title: 'Cognito-Endpunkt erreichbar',
      answered: (p) => `Cognito hat von ${p.endpoint} geantwortet, und der Browser hat die Seite die Antwort lesen lassen (CORS).`,
      notCognito: (p) => `Unter ${p.endpoint} hat etwas anderes als Cognito geantwortet: ein Proxy, ein Captive Portal oder ein falscher VITE_COGNITO_ENDPOINT.`,
      noAnswer: (p) =>
        `Keine Antwort von ${p.endpoint}: Dieser Computer ist offline, der Host ist falsch, oder der Endpunkt erlaubt diesen Ursprung nicht (CORS). Cognito selbst erlaubt jeden Ursprung, ein Emulator vielleicht nicht.`,
      blockedByCsp: (p) => `Der Browser hat die Anfragen nicht gesendet: Die Content-Security-Policy dieser Seite erlaubt ${p.endpoint} nicht (siehe unten).`,
    },
    csp: {
      title: 'Content-Security-Policy erlaubt den Endpunkt',
      allows: (p) => `connect-src erlaubt ${p.endpoint}.`,
      blocks: (p) => `connect-src (oder default-src) erlaubt ${p.endpoint} nicht: Jede Anmeldung schlägt fehl. Senden Sie diesen Header:`,
      violated: (p) => `Der Browser hat eine Anfrage an ${p.endpoint} aufgrund der Richtlinie dieser Seite blockiert: Jede Anmeldung schlägt fehl. Senden Sie diesen Header:`,
      none: () => 'Die Seite wird ohne Content-Security-Policy ausgeliefert. Sie funktioniert, aber ohne den Schutz, den diese vor eingeschleusten Skripten bietet. Senden Sie diesen Header:',
      unread: () => 'Die Seite konnte die Richtlinie, mit der sie ausgeliefert wird, nicht lesen. Prüfen Sie, ob sie diesen Header sendet:',
    },
    client: {
      title: 'App-Client existiert',
      found: (p) => `Cognito kennt den App-Client ${p.clientId} in ${p.region}.`,
      notFound: (p) =>
        `Cognito hat geantwortet, dass der App-Client ${p.clientId} in ${p.region} nicht existiert: Die Client-ID oder die Region des Pools ist falsch. Suchen Sie den Client oder erstellen Sie einen, setzen Sie dann VITE_COGNITO_CLIENT_ID und bauen Sie neu:`,
      unknown: () => 'Die Antworten von Cognito haben es nicht verraten.',
    },
    pool: {
      title: 'App-Client gehört zum Benutzerpool',
      notProbed: (p) =>
        `Die Pool-ID ${p.userPoolId} nennt die Region (${p.region}). Ein Browser kann nicht prüfen, ob der Client zu diesem Pool gehört: Anmeldeanfragen nennen nur den Client. Prüfen Sie es mit:`,
    },
    secret: {
      title: 'App-Client hat kein Geheimnis',
      none: () => 'Der Client hat eine Anmeldung ohne Secret-Hash angenommen.',
      hasSecret: (p) =>
        `Der App-Client ${p.clientId} hat einen geheimen Clientschlüssel, den eine Browser-App nicht geheim halten kann. Ein Geheimnis lässt sich nicht aus einem Client entfernen: Erstellen Sie einen Client ohne, setzen Sie VITE_COGNITO_CLIENT_ID auf die ausgegebene ID und bauen Sie neu:`,
      unknown: () => 'Die Antworten von Cognito haben es nicht verraten.',
    },
    passwordAuth: {
      title: 'Anmeldung mit Passwort erlaubt (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'Der Client erlaubt USER_PASSWORD_AUTH.',
      off: () => 'Der Client erlaubt USER_PASSWORD_AUTH nicht: Niemand kann sich anmelden. Schalten Sie es ein:',
      behindSecret: () => 'Cognito hat beim geheimen Clientschlüssel angehalten, bevor es das verraten hat.',
      unknown: () => 'Die Antworten von Cognito haben es nicht verraten.',
    },
    refresh: {
      title: 'Token-Aktualisierung erlaubt (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'Der Client erlaubt REFRESH_TOKEN_AUTH, womit diese Seite Personen angemeldet hält.',
      off: () =>
        'Der Client lehnt REFRESH_TOKEN_AUTH ab (es ist ausgeschaltet, oder die Rotation von Aktualisierungstokens ist eingeschaltet, die diese Seite nicht verwendet): Personen werden abgemeldet, wenn ihre Tokens ablaufen, standardmäßig nach einer Stunde. Schalten Sie es ein:',
      behindSecret: () => 'Cognito hat beim geheimen Clientschlüssel angehalten, bevor es das verraten hat.',
      unknown: () => 'Die Antworten von Cognito haben es nicht verraten.',
    },
    userExistence: {
      title: 'Schutz vor Benutzerexistenz-Fehlern (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: Eine unbekannte E-Mail-Adresse erhält „Incorrect username or password.“ (NotAuthorizedException) wie ein falsches Passwort, und für das Zurücksetzen heißt es, ein Code sei unterwegs. Niemand kann über diese Seite herausfinden, wer ein Konto hat.',
      enabledByTrigger: () =>
        'ENABLED: Cognito hat den Pre-Authentication-Trigger für einen Benutzer ausgeführt, den es nicht gibt, was es nur mit eingeschaltetem Schutz tut.',
      legacy: () =>
        'LEGACY: Cognito beantwortet eine unbekannte E-Mail-Adresse mit UserNotFoundException, sodass jeder herausfinden kann, welche E-Mail-Adressen ein Konto haben. Diese Seite meldet bei der Anmeldung weiterhin eine falsche E-Mail-Adresse oder ein falsches Passwort, aber ihre Seiten zum Zurücksetzen und Bestätigen sagen „Wir haben kein Konto mit dieser E-Mail-Adresse gefunden.“ So verbergen Sie es:',
      unknown: () => 'Die Antworten von Cognito haben es nicht verraten.',
    },
    trigger: {
      title: 'Lambda-Trigger',
      refused: () =>
        'Ein Lambda-Trigger hat die Anmeldung eines Benutzers, den es nicht gibt, abgelehnt oder ist dabei gescheitert (seine Antwort steht unten). Mit PreventUserExistenceErrors auf ENABLED läuft der Pre-Authentication-Trigger auch für unbekannte Benutzer, mit userNotFound auf true; ein Trigger, der ihnen das Ereignis unverändert zurückgibt, lässt Cognito wie gewohnt „Incorrect username or password.“ antworten. Die Korrektur gehört in den Code des Triggers.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client setzt jede Einstellung, die es nicht erhält, auf ihren Standardwert zurück (Token-Gültigkeitsdauern, Attribute, OAuth-Einstellungen und mehr). Lesen Sie zuerst die aktuellen Einstellungen des Clients mit ${describe} und ergänzen Sie alle, auf die Sie angewiesen sind.`,
    newClient: 'Der neue Client erhält die Einstellungen, die diese Seite braucht.',
    check: 'Zeigt die Einstellungen des Clients; ändert nichts.',
    header: 'Senden Sie ihn vom Host aus (README, „Content-Security-Policy“), mit dem Endpunkt des Pools in connect-src.',
  },
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen: Markieren Sie stattdessen den Text',
  answers: {
    heading: 'Was Cognito geantwortet hat',
    signIn: 'Anmeldung eines Benutzers, den es nicht geben kann (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'Aktualisierung mit etwas, das kein Token ist (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'Angenommen',
    noAnswer: 'Keine Antwort',
    notCognito: (status) => `HTTP ${status}, nicht das JSON von Cognito`,
  },
};

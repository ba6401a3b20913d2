import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: 'Diagnosi del pool di utenti',
  intro: 'Questa pagina verifica come sono configurati il pool di utenti Cognito e il client dell’app di questo sito, in base a ciò che Cognito risponde a un browser.',
  harmless:
    'Invia due richieste che Cognito rifiuta: un accesso con un nome utente che non può esistere e un aggiornamento del token con qualcosa che non è un token. Non viene creato alcun account, non viene inviato nulla a nessuno e non si usa alcuna API di amministrazione.',
  running: 'Interrogazione di Cognito…',
  runAgain: 'Verifica di nuovo',
  language: 'Lingua',
  status: { pass: 'OK', problem: 'Problema', unknown: 'Non determinabile' },
  findings: {
    endpoint: {
      title: 'Endpoint di Cognito raggiungibile',
      answered: (p) => `Cognito ha risposto da ${p.endpoint} e il browser ha lasciato leggere la risposta alla pagina (CORS).`,
      notCognito: (p) => `A ${p.endpoint} ha risposto qualcosa che non è Cognito: un proxy, un captive portal o un VITE_COGNITO_ENDPOINT sbagliato.`,
      noAnswer: (p) =>
        `Nessuna risposta da ${p.endpoint}: questo computer è offline, l’host è sbagliato o l’endpoint non consente questa origine (CORS). Cognito consente ogni origine; un emulatore potrebbe non farlo.`,
      blockedByCsp: (p) => `Il browser non ha inviato le richieste: la Content-Security-Policy di questa pagina non consente ${p.endpoint} (vedi sotto).`,
    },
    csp: {
      title: 'La Content-Security-Policy consente l’endpoint',
      allows: (p) => `connect-src consente ${p.endpoint}.`,
      blocks: (p) => `connect-src (o default-src) non consente ${p.endpoint}: ogni accesso fallirà. Invia questa intestazione:`,
      violated: (p) => `Il browser ha bloccato una richiesta a ${p.endpoint} in base alla policy di questa pagina: ogni accesso fallirà. Invia questa intestazione:`,
      none: () => 'La pagina viene servita senza Content-Security-Policy. Funziona, ma senza la protezione che offre contro gli script iniettati. Invia questa intestazione:',
      unread: () => 'La pagina non è riuscita a leggere la policy con cui viene servita. Verifica che invii questa intestazione:',
    },
    client: {
      title: 'Il client dell’app esiste',
      found: (p) => `Cognito conosce il client dell’app ${p.clientId} in ${p.region}.`,
      notFound: (p) =>
        `Cognito ha risposto che il client dell’app ${p.clientId} non esiste in ${p.region}: l’ID del client o la regione del pool è sbagliato. Trova il client, o creane uno, poi imposta VITE_COGNITO_CLIENT_ID e ricompila:`,
      unknown: () => 'Le risposte di Cognito non lo hanno detto.',
    },
    pool: {
      title: 'Il client dell’app appartiene al pool di utenti',
      notProbed: (p) =>
        `L’ID del pool ${p.userPoolId} indica la regione (${p.region}). Un browser non può verificare che il client appartenga a questo pool: le richieste di accesso indicano solo il client. Verifica con:`,
    },
    secret: {
      title: 'Il client dell’app non ha un segreto',
      none: () => 'Il client ha accettato un accesso senza hash del segreto.',
      hasSecret: (p) =>
        `Il client dell’app ${p.clientId} ha un segreto client, che un’app nel browser non può custodire. Un segreto non si può rimuovere da un client: crea un client senza segreto, imposta VITE_COGNITO_CLIENT_ID sull’ID che stampa e ricompila:`,
      unknown: () => 'Le risposte di Cognito non lo hanno detto.',
    },
    passwordAuth: {
      title: 'Accesso con password consentito (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'Il client consente USER_PASSWORD_AUTH.',
      off: () => 'Il client non consente USER_PASSWORD_AUTH: nessuno può accedere. Attivalo:',
      behindSecret: () => 'Cognito si è fermato al segreto client prima di dirlo.',
      unknown: () => 'Le risposte di Cognito non lo hanno detto.',
    },
    refresh: {
      title: 'Aggiornamento dei token consentito (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'Il client consente REFRESH_TOKEN_AUTH, che questa pagina usa per mantenere l’accesso.',
      off: () =>
        'Il client rifiuta REFRESH_TOKEN_AUTH (è disattivato, oppure è attiva la rotazione dei token di aggiornamento, che questa pagina non usa): le persone vengono disconnesse alla scadenza dei token, dopo un’ora per impostazione predefinita. Attivalo:',
      behindSecret: () => 'Cognito si è fermato al segreto client prima di dirlo.',
      unknown: () => 'Le risposte di Cognito non lo hanno detto.',
    },
    userExistence: {
      title: 'Protezione dell’esistenza degli utenti (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: un indirizzo email sconosciuto riceve «Incorrect username or password.» (NotAuthorizedException), come una password sbagliata, e per il ripristino si dice che il codice è in arrivo. Nessuno può scoprire da questa pagina chi ha un account.',
      enabledByTrigger: () =>
        'ENABLED: Cognito ha eseguito il trigger di pre-autenticazione per un utente che non esiste, cosa che fa solo con questa protezione attiva.',
      legacy: () =>
        'LEGACY: Cognito risponde a un indirizzo email sconosciuto con UserNotFoundException, quindi chiunque può scoprire quali indirizzi hanno un account. Questa pagina mostra comunque email o password errate all’accesso, ma le sue schermate di ripristino e conferma dicono «Non abbiamo trovato nessun account con questo indirizzo email.» Per nasconderlo:',
      unknown: () => 'Le risposte di Cognito non lo hanno detto.',
    },
    trigger: {
      title: 'Trigger Lambda',
      refused: () =>
        'Un trigger Lambda ha rifiutato l’accesso di un utente che non esiste, oppure non è riuscito (la sua risposta è sotto). Con PreventUserExistenceErrors su ENABLED, il trigger di pre-autenticazione viene eseguito anche per gli utenti sconosciuti, con userNotFound a true; un trigger che restituisce loro l’evento invariato lascia rispondere Cognito «Incorrect username or password.» come al solito. La correzione va nel codice del trigger.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client riporta al valore predefinito ogni impostazione che non riceve (durata dei token, attributi, impostazioni OAuth e altro). Leggi prima le impostazioni attuali del client con ${describe} e aggiungi quelle su cui fai affidamento.`,
    newClient: 'Il nuovo client riceve le impostazioni di cui questa pagina ha bisogno.',
    check: 'Mostra le impostazioni del client; non cambia nulla.',
    header: 'Inviala dall’hosting (README, «Content-Security-Policy»), con l’endpoint del pool in connect-src.',
  },
  copy: 'Copia',
  copied: 'Copiato',
  copyFailed: 'Copia non riuscita: seleziona il testo',
  answers: {
    heading: 'Cosa ha risposto Cognito',
    signIn: 'Accesso di un utente che non può esistere (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'Aggiornamento con qualcosa che non è un token (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'Accettata',
    noAnswer: 'Nessuna risposta',
    notCognito: (status) => `HTTP ${status}, non il JSON di Cognito`,
  },
};

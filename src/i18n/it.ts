/**
 * Italiano. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const it: Dictionary = {
  lang: 'it',
  languageName: 'Italiano',
  languagePicker: 'Lingua',
  appName: 'Accesso',
  simulatedBanner:
    'Pool di utenti simulato: niente esce da questo browser e i codici compaiono nella casella di posta di sviluppo.',
  busy: 'Attendi…',
  retry: 'Riprova',
  back: 'Torna all’accesso',
  backToAccount: 'Torna al tuo account',
  backToHome: 'Indietro',
  offline:
    'Impossibile raggiungere il servizio di accesso. Controlla la connessione e riprova; ciò che hai digitato viene conservato.',

  fields: {
    email: 'Indirizzo email',
    password: 'Password',
    newPassword: 'Nuova password',
    code: 'Codice di verifica',
    codeHint: '6 cifre',
    currentPassword: 'Password attuale',
    showPassword: 'Mostra password',
    hidePassword: 'Nascondi password',
    identifier: {
      email: 'Indirizzo email',
      phone: 'Numero di telefono',
      username: 'Nome utente',
      emailOrPhone: 'Indirizzo email o numero di telefono',
      usernameOrEmail: 'Nome utente o indirizzo email',
      usernameOrPhone: 'Nome utente o numero di telefono',
      usernameEmailOrPhone: 'Nome utente, indirizzo email o numero di telefono',
      usernameOrPreferred: 'Nome utente o nome utente preferito',
      usernamePreferredOrEmail: 'Nome utente, nome utente preferito o indirizzo email',
      usernamePreferredOrPhone: 'Nome utente, nome utente preferito o numero di telefono',
      usernamePreferredEmailOrPhone: 'Nome utente, nome utente preferito, indirizzo email o numero di telefono',
    },
    phoneHint: 'Inizia con + e il prefisso internazionale, ad es. +44 7700 900123',
  },

  signIn: {
    heading: 'Accedi',
    submit: 'Accedi',
    noAccount: 'Non hai un account?',
    toSignUp: 'Crea un account',
    forgot: 'Hai dimenticato la password?',
    continue: 'Continua',
    withPasskey: 'Accedi con una passkey',
  },

  code: {
    resend: 'Invia un nuovo codice',
    resendIn: (seconds: number) => `Potrai richiedere un nuovo codice tra ${seconds} s`,
  },

  signUp: {
    heading: 'Crea il tuo account',
    submit: 'Crea account',
    haveAccount: 'Hai già un account?',
    toSignIn: 'Accedi',
    rulesHeading: 'La password deve contenere',
    optional: (label: string) => `${label} (facoltativo)`,
  },

  attributes: {
    name: 'Nome e cognome',
    given_name: 'Nome',
    family_name: 'Cognome',
    middle_name: 'Secondo nome',
    nickname: 'Soprannome',
    preferred_username: 'Nome utente preferito',
    profile: 'Pagina del profilo (URL)',
    picture: 'Immagine (URL)',
    website: 'Sito web',
    gender: 'Genere',
    birthdate: 'Data di nascita',
    zoneinfo: 'Fuso orario (ad es. Europe/Paris)',
    locale: 'Lingua (ad es. it-IT, en-GB)',
    address: 'Indirizzo',
    email: 'Indirizzo email',
    phone_number: 'Numero di telefono',
  },

  confirmSignUp: {
    heading: 'Conferma il tuo indirizzo email',
    headingPhone: 'Conferma il tuo numero di telefono',
    sentTo: (destination: string) =>
      `Abbiamo inviato un codice di 6 cifre a ${destination}. Inseriscilo per confermare il tuo account.`,
    sentSomewhere:
      'Abbiamo inviato un codice di 6 cifre al tuo indirizzo email. Inseriscilo per confermare il tuo account.',
    sentByText: (destination: string) =>
      `Abbiamo inviato un codice di 6 cifre via SMS a ${destination}. Inseriscilo per confermare il tuo account.`,
    submit: 'Conferma',
  },

  forgotPassword: {
    heading: 'Reimposta la password',
    intro:
      'Inserisci l’indirizzo email del tuo account e ti invieremo un codice per scegliere una nuova password.',
    introAny: 'Inserisci il dato con cui accedi e ti invieremo un codice per scegliere una nuova password.',
    submit: 'Invia codice',
  },

  resetPassword: {
    heading: 'Scegli una nuova password',
    sentTo: (destination: string) =>
      `Abbiamo inviato un codice di 6 cifre a ${destination}. Inseriscilo insieme alla nuova password.`,
    sentSomewhere: 'Ti abbiamo inviato un codice di 6 cifre. Inseriscilo insieme alla nuova password.',
    sentByText: (destination: string) =>
      `Abbiamo inviato un codice di 6 cifre via SMS a ${destination}. Inseriscilo insieme alla nuova password.`,
    ifEmailed: 'Se un account corrisponde a quanto hai inserito, un codice è in arrivo al suo indirizzo email.',
    ifTexted: 'Se un account corrisponde a quanto hai inserito, un codice è in arrivo via SMS al suo numero di telefono.',
    ifSent: 'Se un account corrisponde a quanto hai inserito, un codice è in arrivo.',
    submit: 'Reimposta la password e accedi',
  },

  newPassword: {
    heading: 'Scegli la tua password',
    intro: 'Il tuo account è stato creato con una password temporanea. Scegline una tua per continuare.',
    attributesHeading: 'Ci servono anche',
    submit: 'Salva e continua',
  },

  totpSetup: {
    heading: 'Configura l’app di autenticazione',
    intro:
      'Il tuo account richiede un secondo passaggio all’accesso. Aggiungi il tuo account a un’app di autenticazione come Google Authenticator, Microsoft Authenticator, 1Password o Authy.',
    scan: 'Scansiona questo codice QR con l’app.',
    qrAlt: (account: string) => `Codice QR che aggiunge ${account} a un’app di autenticazione`,
    manual: 'Non riesci a scansionarlo? Inserisci invece questa chiave di configurazione nell’app:',
    secretLabel: 'Chiave di configurazione',
    copy: 'Copia chiave',
    copied: 'Copiata',
    copyFailed: 'Seleziona la chiave e copiala manualmente',
    openInApp: 'Apri in un’app di autenticazione su questo dispositivo',
    enterCode: 'Poi inserisci il codice di 6 cifre mostrato dall’app.',
    deviceName: 'Nome di questo autenticatore (facoltativo)',
    deviceNamePlaceholder: 'Il mio telefono',
    submit: 'Verifica e termina',
    preparing: 'Preparazione della chiave di configurazione…',
    verified: 'La tua app di autenticazione è verificata. Manca solo l’ultimo passaggio dell’accesso.',
    enabling: 'Codice accettato. Attivazione in corso…',
    notTurnedOn:
      'Il codice è stato accettato, ma l’app di autenticazione non è ancora attiva per il tuo account. Riprova: non serve un nuovo codice.',
  },

  mfaSetupChoice: {
    heading: 'Aggiungi un secondo passaggio',
    intro: 'Il tuo account richiede un secondo passaggio all’accesso. Scegline uno.',
    emailOnly: 'Il tuo account richiede un secondo passaggio all’accesso: un codice che ti inviamo via email.',
    emailTo: (email: string) => `I codici vengono inviati a ${email}.`,
    sending: 'Invio del codice…',
  },

  totpChallenge: {
    heading: 'Inserisci il codice dell’app di autenticazione',
    intro: 'Apri l’app di autenticazione e inserisci il codice di 6 cifre per questo account.',
    device: (name: string) => `Autenticatore: ${name}`,
    submit: 'Verifica',
  },

  emailChallenge: {
    heading: 'Inserisci il codice che ti abbiamo inviato via email',
    sentTo: (destination: string) => `Abbiamo inviato un codice di 6 cifre a ${destination}.`,
    sentSomewhere: 'Abbiamo inviato un codice di 6 cifre al tuo indirizzo email.',
    submit: 'Verifica',
  },

  smsChallenge: {
    heading: 'Inserisci il codice che ti abbiamo inviato via SMS',
    sentTo: (destination: string) => `Abbiamo inviato un codice di 6 cifre al numero ${destination}.`,
    sentSomewhere: 'Abbiamo inviato un codice di 6 cifre al tuo telefono.',
    submit: 'Verifica',
  },

  selectMfaType: {
    heading: 'Scegli come verificare la tua identità',
    intro: 'Il tuo account ha più di un secondo passaggio. Scegline uno per questo accesso.',
    options: {
      SOFTWARE_TOKEN_MFA: 'App di autenticazione',
      SMS_MFA: 'Messaggio di testo (SMS)',
      EMAIL_OTP: 'Codice via email',
    },
  },

  signedIn: {
    heading: 'Accesso effettuato',
    as: (email: string) => `Accesso effettuato come ${email}`,
    account: 'Account e sicurezza',
    signOut: 'Esci',
    signOutEverywhere: 'Esci da tutti i dispositivi',
    reconnecting:
      'Riconnessione in corso… Al momento non riusciamo a raggiungere il servizio di accesso per rinnovare la sessione. La sessione resta attiva e continuiamo a riprovare.',
    nav: 'Il tuo account',
    home: 'Home page',
    profile: 'Profilo',
    profileIntro: 'Scopri cosa sa di te l’API del sito: la pagina del profilo lo chiede con il tuo accesso.',
  },

  profile: {
    heading: 'Il tuo profilo',
    intro: 'Cosa ha risposto l’API del sito quando questa pagina le ha chiesto chi sei, con il tuo accesso.',
    loading: 'Interrogazione dell’API…',
    sub: 'ID utente',
    username: 'Nome utente',
    groups: 'Gruppi',
    noGroups: 'Nessuno',
    tokenExpiresAt: 'Il tuo accesso è valido fino a',
    servedAt: 'Risposta delle',
    refused: 'L’API non ha accettato il tuo accesso. Esci e accedi di nuovo.',
    failed: (status: number) => `L’API non ha potuto rispondere (errore ${status}). Riprova tra un momento.`,
    unreachable: 'Non siamo riusciti a raggiungere l’API. Controlla la connessione e riprova.',
  },

  account: {
    heading: 'Account e sicurezza',
    mfaHeading: 'Verifica in due passaggi',
    mfaIntro: 'Un secondo passaggio all’accesso protegge il tuo account anche se la password viene divulgata.',
    loading: 'Caricamento delle impostazioni…',
    on: 'Attivo',
    off: 'Disattivato',
    preferred: 'Usato per primo',
    setUpTotp: 'Configura un’app di autenticazione',
    replaceTotp: 'Passa a un’altra app di autenticazione',
    verifiedNotOn: 'Non ancora attivo',
    turnOnTotp: 'Attiva l’app di autenticazione',
    smsByPhone:
      'I codici vengono inviati al tuo numero di telefono, come richiesto da questo sito; qui non è possibile disattivarli.',
    requiredOnly: 'Questo sito richiede un secondo passaggio, quindi non puoi disattivare l’unico che hai.',
    turnOff: (factor: string) => `Disattiva «${factor}»`,
    prefer: (factor: string) => `Usa per primo «${factor}»`,
    passwordHeading: 'Password',
    changePassword: 'Cambia password',
  },

  changePassword: {
    heading: 'Cambia la password',
    submit: 'Cambia password',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `Tempo rimasto per completare questo passaggio: ${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired:
      'Ci è voluto troppo tempo, quindi l’accesso è stato annullato per la tua sicurezza. Accedi di nuovo.',
    sessionUsed:
      'Quel passaggio dell’accesso era già stato usato (forse subito prima che la connessione si interrompesse), quindi non può essere inviato di nuovo. Accedi di nuovo.',
    codeResent: 'Abbiamo inviato un nuovo codice. I codici inviati prima non funzionano più.',
    accountConfirmed: 'Il tuo account è confermato. Accedi.',
    alreadyConfirmed: 'Questo account è già confermato. Accedi.',
    confirmBeforeSignIn: 'Il tuo account non è ancora confermato. Ti abbiamo inviato un nuovo codice.',
    resetCodeSent: 'Se un account usa questo indirizzo email, un codice è in arrivo.',
    passwordChanged: 'La password è stata cambiata.',
    totpEnabled: 'La tua app di autenticazione è configurata. La userai al prossimo accesso.',
    mfaUpdated: 'Le impostazioni della verifica in due passaggi sono state salvate.',
    sessionEnded: 'La sessione è terminata. Accedi di nuovo.',
    sessionRevoked:
      'La sessione è stata chiusa su tutti i dispositivi, da un altro dispositivo o dall’amministratore del sito. Accedi di nuovo.',
    sessionNotRenewed:
      'Non è stato possibile rinnovare la sessione, quindi è stata chiusa. Accedi di nuovo; se continua a succedere, contatta l’assistenza del sito.',
    signedOut: 'Disconnessione effettuata.',
    signedOutEverywhere: 'Disconnessione effettuata su tutti i tuoi dispositivi.',
    signedOutElsewhere: 'Sei uscito in un’altra scheda di questo sito.',
    passkeyAdded: 'La passkey è stata aggiunta. La prossima volta potrai accedere con questa.',
    passkeyDeleted: 'La passkey è stata eliminata.',
  },

  passwordRules: {
    length: (min: number) => `Almeno ${min} caratteri`,
    uppercase: () => 'Una lettera maiuscola',
    lowercase: () => 'Una lettera minuscola',
    number: () => 'Un numero',
    symbol: () => 'Un simbolo come ! @ # o ?',
    spaces: () => 'Nessuno spazio all’inizio o alla fine',
  },

  problems: {
    required: 'Compila questo campo.',
    emailFormat: 'Inserisci un indirizzo email come name@example.com.',
    emailTooLong: 'Un indirizzo email può contenere al massimo 128 caratteri.',
    phoneFormat: 'Inserisci il numero con + e il prefisso internazionale, ad esempio +44 7700 900123.',
    usernameFormat: 'Un nome utente non può contenere spazi.',
    usernameTooLong: 'Un nome utente può contenere al massimo 128 caratteri.',
    usernameLooksLikeEmail:
      'Scegli un nome utente che non sia un indirizzo email: il tuo indirizzo email viene chiesto più sotto.',
    usernameLooksLikePhone:
      'Scegli un nome utente che non sia un numero di telefono: il tuo numero viene chiesto più sotto.',
    birthdateFormat: 'Inserisci una data come 1990-05-17 (anno, mese, giorno).',
    attributeTooLong: 'Questo campo può contenere al massimo 2048 caratteri.',
    weakPassword: 'Questa password non rispetta i requisiti indicati sotto.',
    passwordTooLong: 'Una password può contenere al massimo 256 caratteri.',
    codeFormat: 'Inserisci le 6 cifre del codice.',
    wrongCredentials: 'L’indirizzo email o la password non sono corretti. Controllali entrambi e riprova.',
    userNotFound:
      'Non abbiamo trovato nessun account con questo indirizzo email. Controlla che non ci siano errori di battitura oppure crea un account.',
    wrongCurrentPassword: 'La password attuale non è corretta.',
    userNotConfirmed: 'Il tuo account non è ancora confermato.',
    usernameExists: 'Esiste già un account con questo indirizzo email. Vuoi accedere?',
    invalidPassword: 'Questa password non rispetta i requisiti.',
    invalidEmail: 'Inserisci un indirizzo email come name@example.com.',
    codeMismatch: 'Il codice non è corretto. Controllalo e riprova.',
    expiredCode: 'Il codice è scaduto. Richiedine uno nuovo.',
    totpCodeReused: 'Questo codice è già stato usato. Attendi che l’app ne mostri uno nuovo.',
    alreadyConfirmed: 'Questo account è già confermato.',
    userDisabled: 'Questo account è disattivato. Contatta l’assistenza del sito.',
    passwordResetRequired: 'Devi reimpostare la password prima di poter accedere.',
    cannotResetPassword: 'La password di questo account non può essere reimpostata qui.',
    mfaNotSetUp: 'Prima completa la configurazione dell’app di autenticazione.',
    sessionExpired: 'Ci è voluto troppo tempo. Accedi di nuovo.',
    signedOut: 'La sessione è stata chiusa. Accedi di nuovo.',
    passwordAttemptsExceeded: 'Troppi tentativi non riusciti. Attendi qualche minuto, poi riprova.',
    limitExceeded: 'Troppi tentativi per ora. Attendi un po’ (fino a un’ora), poi riprova.',
    tooManyRequests: 'Il servizio è sovraccarico. Attendi qualche secondo, poi riprova.',
    tooManyFailedAttempts: 'Troppi codici errati. Attendi un po’, poi richiedi un nuovo codice.',
    network:
      'Impossibile raggiungere il servizio di accesso. Controlla la connessione e riprova; ciò che hai digitato viene conservato.',
    serviceError: 'Si è verificato un problema con il servizio di accesso. Riprova tra qualche istante.',
    clientHasSecret:
      'Questo sito non è configurato correttamente: il suo client dell’app Cognito ha un segreto client, che un’app per browser non può usare. Il gestore del sito deve creare un client dell’app senza segreto e impostarne l’ID in VITE_COGNITO_CLIENT_ID.',
    userPasswordAuthDisabled:
      'Questo sito non è configurato correttamente: il suo client dell’app Cognito non consente l’accesso con password. Il gestore del sito deve attivare ALLOW_USER_PASSWORD_AUTH nei flussi di autenticazione del client dell’app.',
    unknownClient:
      'Questo sito non è configurato correttamente: Cognito non riconosce il suo client dell’app. Il gestore del sito deve controllare VITE_COGNITO_CLIENT_ID e la regione in VITE_COGNITO_USER_POOL_ID.',
    softwareTokenMfaNotEnabled:
      'Questo sito non è configurato correttamente: le app di autenticazione non sono attivate per il suo pool di utenti. Il gestore del sito deve abilitare l’MFA TOTP (token software) nelle impostazioni di accesso del pool di utenti.',
    unsupportedChallenge:
      'Il tuo account richiede un passaggio di accesso che questa pagina non supporta. Contatta l’assistenza del sito.',
    blockedBySecurity:
      'Per la sicurezza del tuo account, questa richiesta è stata bloccata. Riprovare adesso non servirà: reimposta la password o contatta l’assistenza del sito.',
    temporaryPasswordExpired:
      'La tua password temporanea è scaduta. Chiedi all’amministratore del sito di inviartene una nuova.',
    compromisedPassword:
      'Questa password è comparsa altrove in una violazione di dati, quindi qui non può essere usata. Scegline un’altra.',
    passwordReused: 'Hai già usato questa password in passato. Scegline una che non hai usato di recente.',
    lambdaRefused:
      'I controlli propri di questo sito non l’hanno accettato. Se pensi che sia un errore, contatta l’assistenza del sito.',
    lambdaFailed:
      'I controlli propri di questo sito non sono riusciti a terminare. Riprova tra qualche istante; se continua a succedere, contatta l’assistenza del sito.',
    sessionRevoked: 'La sessione è stata chiusa su tutti i dispositivi. Accedi di nuovo.',
    refreshTokenInvalid: 'Non è possibile rinnovare la sessione. Accedi di nuovo.',
    autoVerifyOff:
      'Questo sito non è configurato correttamente: il suo pool di utenti non invia codici di conferma. Il gestore del sito deve attivare la verifica dell’email (attributo verificato automaticamente: email) nel pool di utenti.',
    emailNotUsername:
      'Questo sito è configurato in modo errato: il suo pool di utenti non accetta come nome utente ciò che questa pagina chiede (ad esempio un indirizzo email che lì è solo un alias, o un numero di telefono dove i nomi utente sono indirizzi email). Il gestore del sito deve impostare VITE_COGNITO_SIGN_IN_WITH su ciò con cui il pool di utenti fa accedere le persone.',
    signUpAttributesRequired:
      'Questo sito è configurato in modo errato: il suo pool di utenti richiede alla registrazione dati che questa pagina non chiede. Il gestore del sito deve elencarli in VITE_COGNITO_SIGN_UP_ATTRIBUTES oppure renderli facoltativi nel pool di utenti.',
    poolCannotDeliver:
      'Questo sito non è configurato correttamente: il suo pool di utenti non è autorizzato a inviare email o SMS. Il gestore del sito deve correggere le impostazioni email (SES) o SMS (ruolo SNS) del pool.',
    poolMisconfigured:
      'Questo sito non è configurato correttamente: Cognito considera non valida la configurazione del suo pool di utenti. Il gestore del sito deve controllare le impostazioni del pool di utenti.',
    smsSetupNeedsPhone:
      'Il tuo account non ha un numero di telefono e questo sito invia i codici solo tramite SMS. Chiedi al gestore del sito di aggiungere il tuo numero oppure di attivare le app di autenticazione o i codici via email.',
    invalidParameter: 'Qualcosa nella richiesta non è stato accettato. Controlla ciò che hai digitato e riprova.',
    passkeyCancelled:
      'La richiesta della passkey è stata chiusa, oppure questo dispositivo non ha una passkey per questo sito. Riprova o accedi in un altro modo.',
    passkeyExists: 'Questo dispositivo ha già una passkey per il tuo account.',
    passkeyWrongDomain:
      'Non è possibile usare le passkey in questa pagina. Per il gestore del sito: l’ID della relying party per le passkey del pool di utenti deve essere il dominio di questa pagina o un suo dominio padre.',
    passkeyUnsupported: 'Questo browser non può usare le passkey. Accedi in un altro modo oppure usa un browser che le supporta.',
    passkeyRefused: 'Quella passkey non è stata accettata. Riprova oppure usa un’altra passkey.',
    passkeysOff:
      'Questo sito non è configurato correttamente: le passkey non sono attive per il suo pool di utenti. Il gestore del sito deve consentire la passkey come primo fattore e impostare l’ID della relying party per le passkey del pool di utenti.',
    featureNotInPlan:
      'Questo sito non è configurato correttamente: il piano di funzionalità del suo pool di utenti non include questo modo di accedere. Il gestore del sito deve passare il pool di utenti al piano Essentials o Plus.',
    userAuthDisabled:
      'Questo sito non è configurato correttamente: il suo client dell’app Cognito non consente l’accesso basato sulla scelta. Il gestore del sito deve attivare ALLOW_USER_AUTH nei flussi di autenticazione del client dell’app.',
    signUpSessionExpired:
      'È passato troppo tempo per farti accedere subito. Inserisci di nuovo il codice per confermare il tuo account; poi sceglierai come accedere.',
    unknown: 'Si è verificato un errore. Riprova.',
  },

  problemsNotByEmail: {
    wrongCredentials: 'I dati di accesso o la password non sono corretti. Controllali e riprova.',
    userNotFound:
      'Non abbiamo trovato nessun account con questi dati. Controlla che non ci siano errori di battitura oppure crea un account.',
    usernameExists: 'Esiste già un account con questi dati. Vuoi accedere?',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled:
        'La richiesta della passkey è stata chiusa o è scaduta, quindi non è stata aggiunta nessuna passkey. Riprova o scegli «Non ora».',
      passkeyExists:
        'Questo dispositivo ha già una passkey per il tuo account, quindi non ne è stata aggiunta un’altra. Scegli «Non ora» per continuare, o riprova con un altro dispositivo o una chiave di sicurezza.',
      passkeyWrongDomain:
        'Non è possibile usare le passkey in questa pagina. Per il gestore del sito: l’ID della relying party per le passkey del pool di utenti deve essere il dominio di questa pagina o un suo dominio padre. Scegli «Non ora» per continuare.',
      passkeyUnsupported:
        'Questo browser non può creare passkey, quindi non ne è stata aggiunta nessuna. Scegli «Non ora» per continuare; potrai aggiungerne una più tardi dal tuo account in un browser che le supporta.',
      passkeyRefused:
        'Il servizio di accesso non ha accettato la nuova passkey, quindi non è stata aggiunta. Riprova o scegli «Non ora».',
      passkeysOff:
        'Questo sito non è configurato correttamente: le passkey non sono attive per il suo pool di utenti. Il gestore del sito deve consentire la passkey come primo fattore e impostare l’ID della relying party per le passkey del pool di utenti. Scegli «Non ora» per continuare.',
      featureNotInPlan:
        'Questo sito non è configurato correttamente: il piano di funzionalità del suo pool di utenti non include questo modo di accedere. Il gestore del sito deve passare il pool di utenti al piano Essentials o Plus. Scegli «Non ora» per continuare.',
      network:
        'Non è stato possibile raggiungere il servizio di accesso, quindi non è stata aggiunta nessuna passkey. Controlla la connessione e riprova, o scegli «Non ora».',
      serviceError:
        'Il servizio di accesso ha avuto un problema, quindi non è stata aggiunta nessuna passkey. Riprova tra un momento o scegli «Non ora».',
      invalidParameter:
        'Il servizio di accesso non ha accettato la richiesta, quindi non è stata aggiunta nessuna passkey. Riprova o scegli «Non ora».',
      unknown: 'Qualcosa è andato storto, quindi non è stata aggiunta nessuna passkey. Riprova o scegli «Non ora».',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `Questo sito non l’ha accettato: ${reason}`,
    contactSupport: (contact: string) => `Assistenza: ${contact}`,
  },

  selectChallenge: {
    heading: 'Scegli come accedere',
    as: (email: string) => `Accesso come ${email}.`,
    options: {
      WEB_AUTHN: 'Usa una passkey',
      EMAIL_OTP: 'Inviami un codice via email',
      SMS_OTP: 'Inviami un codice via SMS',
      PASSWORD: 'Accedi con la password',
    },
    none: 'Questa pagina non offre alcun modo di accedere disponibile per il tuo account. Contatta l’assistenza del sito.',
  },
  passkeySignIn: {
    heading: 'Accedi con la tua passkey',
    waiting: 'Segui le indicazioni del browser per usare la tua passkey.',
    retry: 'Riprova con la passkey',
    otherWay: 'Accedi in un altro modo',
  },
  passkeyOffer: {
    heading: 'Accedi più in fretta la prossima volta con una passkey',
    intro: 'Usa l’impronta digitale, il volto o il blocco schermo invece della password. Puoi rimuovere la passkey in qualsiasi momento dal tuo account.',
    notNow: 'Non ora',
    checking: 'Accesso in corso…',
  },
  passkeys: {
    heading: 'Passkey',
    intro: 'Una passkey ti permette di accedere con l’impronta digitale, il volto o il blocco schermo invece che con una password.',
    manage: 'Gestisci passkey',
    loading: 'Caricamento delle tue passkey…',
    none: 'Non hai ancora nessuna passkey.',
    add: 'Aggiungi una passkey',
    creating: 'Segui le indicazioni del browser per creare la passkey.',
    unnamed: 'Passkey senza nome',
    added: (date: string) => `Aggiunta il ${date}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'Con il blocco schermo di un dispositivo' : attachment === 'cross-platform' ? 'Chiave di sicurezza o telefono' : 'Autenticatore',
    delete: (name: string) => `Elimina ${name}`,
    confirmDelete: (name: string) => `Eliminare «${name}»? Non potrai più accedere con questa passkey.`,
    confirm: 'Elimina passkey',
    cancel: 'Mantienila',
  },

  config: {
    heading: 'Questa app non è configurata correttamente',
    intro: 'Imposta queste variabili di build (ad esempio in .env.local) e ricompila:',
    problems: {
      missingPoolId: () =>
        'Manca VITE_COGNITO_USER_POOL_ID: impostala sull’ID del tuo pool di utenti, ad esempio eu-west-1_AbCdEf123.',
      missingClientId: () => 'Manca VITE_COGNITO_CLIENT_ID: impostala sull’ID di un client dell’app senza segreto.',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID «${'value' in p ? p.value : ''}» non è un ID di pool di utenti: ha una forma come eu-west-1_AbCdEf123 (regione, trattino basso, ID).`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID «${'value' in p ? p.value : ''}» non è un ID di client dell’app: copialo dalla pagina del client dell’app nella console di Cognito.`,
      badRegion: (p) => `VITE_COGNITO_REGION «${'value' in p ? p.value : ''}» non è una regione come eu-west-1.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION è ${p.region} ma il pool di utenti si trova in ${p.poolRegion}: rimuovi VITE_COGNITO_REGION o fai in modo che coincidano.`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT «${'value' in p ? p.value : ''}» non è un URL http(s) come http://localhost:9229/.`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES «${'value' in p ? p.value : ''}» deve essere un numero intero di minuti da 3 a 15, come la durata della sessione del flusso di autenticazione del client dell’app.`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY «${'value' in p ? p.value : ''}» non è una policy delle password: elenca le regole del pool di utenti separate da virgole, min=<da 6 a 99> e a scelta upper, lower, number, symbol, ad es. min=12,upper,lower,number,symbol.`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED «${'value' in p ? p.value : ''}» deve essere true (il pool di utenti richiede l’MFA) o false.`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH «${'value' in p ? p.value : ''}» deve elencare ciò con cui si accede, separato da virgole, ciascuno una volta: email, phone, username, preferred_username (ad es. username,email per nomi utente con l’indirizzo email come alias).`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES «${'value' in p ? p.value : ''}» deve elencare attributi separati da virgole, ciascuno una volta: quelli standard per nome (name, given_name, birthdate, …), quelli personalizzati con un’etichetta (custom:team=Team); aggiungi ? dopo il nome per uno facoltativo.`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH «${'value' in p ? p.value : ''}» elenca preferred_username senza username: il nome utente preferito è un alias di un pool con nomi utente (--alias-attributes preferred_username), quindi elenca anche username, ad es. username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES «${'value' in p ? p.value : ''}» elenca preferred_username, che VITE_COGNITO_SIGN_IN_WITH rende un alias: Cognito accetta un nome utente preferito come alias solo dopo la conferma dell’account, non alla registrazione. Togli preferred_username da VITE_COGNITO_SIGN_UP_ATTRIBUTES.`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY «${'value' in p ? p.value : ''}» deve essere true (solo gli amministratori creano utenti) o false.`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS «${'value' in p ? p.value : ''}» non è un elenco di primi fattori: indica uno o più tra password, passkey, email, sms, separati da virgole e ciascuno una sola volta, ad es. password,passkey,email.`,
    },
  },
};

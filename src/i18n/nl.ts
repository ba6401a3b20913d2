/**
 * Nederlands. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const nl: Dictionary = {
  lang: 'nl',
  languageName: 'Nederlands',
  languagePicker: 'Taal',
  appName: 'Inloggen',
  simulatedBanner:
    'Gesimuleerde gebruikersgroep: er verlaat niets deze browser en codes verschijnen in de ontwikkelaarsinbox.',
  busy: 'Even geduld…',
  retry: 'Opnieuw proberen',
  back: 'Terug naar inloggen',
  backToAccount: 'Terug naar je account',
  backToHome: 'Terug',
  offline:
    'We konden de inlogservice niet bereiken. Controleer je verbinding en probeer het opnieuw; wat je hebt getypt, blijft bewaard.',

  fields: {
    email: 'E-mailadres',
    password: 'Wachtwoord',
    newPassword: 'Nieuw wachtwoord',
    code: 'Verificatiecode',
    codeHint: '6 cijfers',
    currentPassword: 'Huidig wachtwoord',
    showPassword: 'Wachtwoord tonen',
    hidePassword: 'Wachtwoord verbergen',
    identifier: {
      email: 'E-mailadres',
      phone: 'Telefoonnummer',
      username: 'Gebruikersnaam',
      emailOrPhone: 'E-mailadres of telefoonnummer',
      usernameOrEmail: 'Gebruikersnaam of e-mailadres',
      usernameOrPhone: 'Gebruikersnaam of telefoonnummer',
      usernameEmailOrPhone: 'Gebruikersnaam, e-mailadres of telefoonnummer',
      usernameOrPreferred: 'Gebruikersnaam of gewenste gebruikersnaam',
      usernamePreferredOrEmail: 'Gebruikersnaam, gewenste gebruikersnaam of e-mailadres',
      usernamePreferredOrPhone: 'Gebruikersnaam, gewenste gebruikersnaam of telefoonnummer',
      usernamePreferredEmailOrPhone: 'Gebruikersnaam, gewenste gebruikersnaam, e-mailadres of telefoonnummer',
    },
    phoneHint: 'Begin met + en de landcode, bijv. +44 7700 900123',
  },

  signIn: {
    heading: 'Inloggen',
    submit: 'Inloggen',
    noAccount: 'Nieuw hier?',
    toSignUp: 'Account maken',
    forgot: 'Wachtwoord vergeten?',
    continue: 'Doorgaan',
    withPasskey: 'Inloggen met een toegangssleutel',
  },

  code: {
    resend: 'Nieuwe code sturen',
    resendIn: (seconds: number) => `Je kunt over ${seconds} s een nieuwe code aanvragen`,
  },

  signUp: {
    heading: 'Je account maken',
    submit: 'Account maken',
    haveAccount: 'Heb je al een account?',
    toSignIn: 'Inloggen',
    rulesHeading: 'Eisen voor je wachtwoord',
    optional: (label: string) => `${label} (optioneel)`,
  },

  attributes: {
    name: 'Volledige naam',
    given_name: 'Voornaam',
    family_name: 'Achternaam',
    middle_name: 'Tweede voornaam',
    nickname: 'Bijnaam',
    preferred_username: 'Gewenste gebruikersnaam',
    profile: 'Profielpagina (URL)',
    picture: 'Afbeelding (URL)',
    website: 'Webpagina',
    gender: 'Geslacht',
    birthdate: 'Geboortedatum',
    zoneinfo: 'Tijdzone (bijv. Europe/Paris)',
    locale: 'Taal (bijv. nl-NL, en-GB)',
    address: 'Adres',
    email: 'E-mailadres',
    phone_number: 'Telefoonnummer',
  },

  confirmSignUp: {
    heading: 'Bevestig je e-mailadres',
    headingPhone: 'Bevestig je telefoonnummer',
    sentTo: (destination: string) =>
      `We hebben een code van 6 cijfers naar ${destination} gestuurd. Voer deze in om je account te bevestigen.`,
    sentSomewhere:
      'We hebben een code van 6 cijfers naar je e-mailadres gestuurd. Voer deze in om je account te bevestigen.',
    sentByText: (destination: string) =>
      `We hebben een code van 6 cijfers per sms naar ${destination} gestuurd. Vul die in om je account te bevestigen.`,
    submit: 'Bevestigen',
  },

  forgotPassword: {
    heading: 'Je wachtwoord resetten',
    intro:
      'Voer het e-mailadres van je account in. We sturen je dan een code waarmee je een nieuw wachtwoord kunt kiezen.',
    introAny: 'Vul in waarmee je inlogt, dan sturen we je een code om een nieuw wachtwoord te kiezen.',
    submit: 'Code sturen',
  },

  resetPassword: {
    heading: 'Kies een nieuw wachtwoord',
    sentTo: (destination: string) =>
      `We hebben een code van 6 cijfers naar ${destination} gestuurd. Voer deze samen met je nieuwe wachtwoord in.`,
    sentSomewhere: 'We hebben je een code van 6 cijfers gestuurd. Voer deze samen met je nieuwe wachtwoord in.',
    sentByText: (destination: string) =>
      `We hebben een code van 6 cijfers per sms naar ${destination} gestuurd. Voer deze samen met je nieuwe wachtwoord in.`,
    ifEmailed: 'Als er een account bij je invoer hoort, is er een code onderweg naar het e-mailadres ervan.',
    ifTexted: 'Als er een account bij je invoer hoort, is er een code per sms onderweg naar het telefoonnummer ervan.',
    ifSent: 'Als er een account bij je invoer hoort, is er een code onderweg.',
    submit: 'Wachtwoord resetten en inloggen',
  },

  newPassword: {
    heading: 'Kies je wachtwoord',
    intro: 'Je account is gemaakt met een tijdelijk wachtwoord. Kies je eigen wachtwoord om door te gaan.',
    attributesHeading: 'We hebben ook nodig',
    submit: 'Opslaan en doorgaan',
  },

  totpSetup: {
    heading: 'Je authenticator-app instellen',
    intro:
      'Voor je account is bij het inloggen een tweede stap nodig. Voeg je account toe aan een authenticator-app zoals Google Authenticator, Microsoft Authenticator, 1Password of Authy.',
    scan: 'Scan deze QR-code met de app.',
    qrAlt: (account: string) => `QR-code die ${account} toevoegt aan een authenticator-app`,
    manual: 'Lukt scannen niet? Voer dan deze instellingssleutel in de app in:',
    secretLabel: 'Instellingssleutel',
    copy: 'Sleutel kopiëren',
    copied: 'Gekopieerd',
    copyFailed: 'Selecteer de sleutel en kopieer hem handmatig',
    openInApp: 'Openen in een authenticator-app op dit apparaat',
    enterCode: 'Voer daarna de code van 6 cijfers in die de app toont.',
    deviceName: 'Naam voor deze authenticator (optioneel)',
    deviceNamePlaceholder: 'Mijn telefoon',
    submit: 'Verifiëren en afronden',
    preparing: 'Je instellingssleutel wordt voorbereid…',
    verified: 'Je authenticator-app is geverifieerd. Alleen de laatste stap van het inloggen is nog over.',
    enabling: 'Code geaccepteerd. Wordt ingeschakeld…',
    notTurnedOn:
      'Je code is geaccepteerd, maar de authenticator-app is nog niet ingeschakeld voor je account. Probeer het opnieuw: je hebt geen nieuwe code nodig.',
  },

  mfaSetupChoice: {
    heading: 'Een tweede stap toevoegen',
    intro: 'Voor je account is bij het inloggen een tweede stap nodig. Kies er een.',
    emailOnly: 'Voor je account is bij het inloggen een tweede stap nodig: een code die we je e-mailen.',
    emailTo: (email: string) => `Codes gaan naar ${email}.`,
    sending: 'Code wordt gestuurd…',
  },

  totpChallenge: {
    heading: 'Voer je authenticatorcode in',
    intro: 'Open je authenticator-app en voer de code van 6 cijfers voor dit account in.',
    device: (name: string) => `Authenticator-app: ${name}`,
    submit: 'Verifiëren',
  },

  emailChallenge: {
    heading: 'Voer de code uit onze e-mail in',
    sentTo: (destination: string) => `We hebben een code van 6 cijfers naar ${destination} gestuurd.`,
    sentSomewhere: 'We hebben een code van 6 cijfers naar je e-mailadres gestuurd.',
    submit: 'Verifiëren',
  },

  smsChallenge: {
    heading: 'Voer de code uit onze sms in',
    sentTo: (destination: string) => `We hebben een code van 6 cijfers naar ${destination} gestuurd.`,
    sentSomewhere: 'We hebben een code van 6 cijfers naar je telefoon gestuurd.',
    submit: 'Verifiëren',
  },

  selectMfaType: {
    heading: 'Kies hoe je bevestigt dat jij het bent',
    intro: 'Je account heeft meer dan één tweede stap. Kies er een om nu mee in te loggen.',
    options: {
      SOFTWARE_TOKEN_MFA: 'Authenticator-app',
      SMS_MFA: 'Tekstbericht (SMS)',
      EMAIL_OTP: 'E-mail',
    },
  },

  signedIn: {
    heading: 'Je bent ingelogd',
    as: (email: string) => `Ingelogd als ${email}`,
    account: 'Account en beveiliging',
    signOut: 'Uitloggen',
    signOutEverywhere: 'Uitloggen op alle apparaten',
    reconnecting:
      'Opnieuw verbinden… We kunnen de inlogservice nu niet bereiken om je sessie te verlengen. Je blijft ingelogd en we blijven het proberen.',
    nav: 'Je account',
    home: 'Start',
    profile: 'Profiel',
    profileIntro: 'Bekijk wat de API van de site over je weet: de profielpagina vraagt het op met je inlog.',
  },

  profile: {
    heading: 'Je profiel',
    intro: 'Wat de API van de site antwoordde toen deze pagina met je inlog vroeg wie je bent.',
    loading: 'De API wordt gevraagd…',
    sub: 'Gebruikers-ID',
    username: 'Gebruikersnaam',
    groups: 'Groepen',
    noGroups: 'Geen',
    tokenExpiresAt: 'Je inlog is geldig tot',
    servedAt: 'Beantwoord om',
    refused: 'De API heeft je inlog niet geaccepteerd. Log uit en log opnieuw in.',
    failed: (status: number) => `De API kon niet antwoorden (fout ${status}). Probeer het zo opnieuw.`,
    unreachable: 'We konden de API niet bereiken. Controleer je verbinding en probeer het opnieuw.',
  },

  account: {
    heading: 'Account en beveiliging',
    mfaHeading: 'Verificatie in twee stappen',
    mfaIntro: 'Een tweede stap bij het inloggen houdt je account veilig, zelfs als je wachtwoord uitlekt.',
    loading: 'Je instellingen worden geladen…',
    on: 'Aan',
    off: 'Uit',
    preferred: 'Wordt eerst gebruikt',
    setUpTotp: 'Een authenticator-app instellen',
    replaceTotp: 'Overstappen op een andere authenticator-app',
    verifiedNotOn: 'Nog niet aan',
    turnOnTotp: 'Authenticator-app inschakelen',
    smsByPhone: 'Codes gaan naar je telefoonnummer, zoals deze site vereist; ze kunnen hier niet worden uitgeschakeld.',
    requiredOnly: 'Deze site vereist een tweede stap, dus je enige kan niet worden uitgeschakeld.',
    turnOff: (factor: string) => `${factor} uitschakelen`,
    prefer: (factor: string) => `${factor} eerst gebruiken`,
    passwordHeading: 'Wachtwoord',
    changePassword: 'Wachtwoord wijzigen',
  },

  changePassword: {
    heading: 'Je wachtwoord wijzigen',
    submit: 'Wachtwoord wijzigen',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `Resterende tijd voor deze stap: ${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired: 'Dat duurde te lang, dus het inloggen is voor je veiligheid geannuleerd. Log opnieuw in.',
    sessionUsed:
      'Die inlogstap was al gebruikt (misschien vlak voordat de verbinding wegviel), dus hij kan niet opnieuw worden verstuurd. Log opnieuw in.',
    codeResent: 'We hebben een nieuwe code gestuurd. Eerder gestuurde codes werken niet meer.',
    accountConfirmed: 'Je account is bevestigd. Log in.',
    alreadyConfirmed: 'Dit account is al bevestigd. Log in.',
    confirmBeforeSignIn: 'Je account is nog niet bevestigd. We hebben je een nieuwe code gestuurd.',
    resetCodeSent: 'Als er een account met dit e-mailadres is, is er een code onderweg.',
    passwordChanged: 'Je wachtwoord is gewijzigd.',
    totpEnabled: 'Je authenticator-app is ingesteld. Je gebruikt hem de volgende keer dat je inlogt.',
    mfaUpdated: 'Je instellingen voor verificatie in twee stappen zijn opgeslagen.',
    sessionEnded: 'Je sessie is beëindigd. Log opnieuw in.',
    sessionRevoked:
      'Je bent overal uitgelogd, vanaf een ander apparaat of door de beheerder van de site. Log opnieuw in.',
    sessionNotRenewed:
      'We konden je sessie niet verlengen, dus je bent uitgelogd. Log opnieuw in; als dit blijft gebeuren, meld het dan bij de support van de site.',
    signedOut: 'Je bent uitgelogd.',
    signedOutEverywhere: 'Je bent uitgelogd op al je apparaten.',
    signedOutElsewhere: 'Je bent uitgelogd in een ander tabblad van deze site.',
    passkeyAdded: 'Je toegangssleutel is toegevoegd. De volgende keer kun je ermee inloggen.',
    passkeyDeleted: 'De toegangssleutel is verwijderd.',
  },

  passwordRules: {
    length: (min: number) => `Minstens ${min} tekens`,
    uppercase: () => 'Een hoofdletter',
    lowercase: () => 'Een kleine letter',
    number: () => 'Een cijfer',
    symbol: () => 'Een symbool zoals ! @ # of ?',
    spaces: () => 'Geen spaties aan het begin of einde',
  },

  problems: {
    required: 'Vul dit in.',
    emailFormat: 'Voer een e-mailadres in zoals name@example.com.',
    emailTooLong: 'Een e-mailadres mag maximaal 128 tekens lang zijn.',
    phoneFormat: 'Vul het nummer in met + en de landcode, zoals +44 7700 900123.',
    usernameFormat: 'Een gebruikersnaam mag geen spaties bevatten.',
    usernameTooLong: 'Een gebruikersnaam mag maximaal 128 tekens lang zijn.',
    usernameLooksLikeEmail: 'Kies een gebruikersnaam die geen e-mailadres is: je e-mailadres wordt hieronder gevraagd.',
    usernameLooksLikePhone: 'Kies een gebruikersnaam die geen telefoonnummer is: je nummer wordt hieronder gevraagd.',
    birthdateFormat: 'Vul een datum in zoals 1990-05-17 (jaar, maand, dag).',
    attributeTooLong: 'Dit mag maximaal 2048 tekens lang zijn.',
    weakPassword: 'Dit wachtwoord voldoet niet aan de eisen hieronder.',
    passwordTooLong: 'Een wachtwoord mag maximaal 256 tekens lang zijn.',
    codeFormat: 'Voer de 6 cijfers van de code in.',
    wrongCredentials: 'Het e-mailadres of wachtwoord klopt niet. Controleer beide en probeer het opnieuw.',
    userNotFound:
      'We hebben geen account met dit e-mailadres gevonden. Controleer het op typefouten of maak een account.',
    wrongCurrentPassword: 'Je huidige wachtwoord klopt niet.',
    userNotConfirmed: 'Je account is nog niet bevestigd.',
    usernameExists: 'Er bestaat al een account met dit e-mailadres. Wil je in plaats daarvan inloggen?',
    invalidPassword: 'Dit wachtwoord voldoet niet aan de eisen.',
    invalidEmail: 'Voer een e-mailadres in zoals name@example.com.',
    codeMismatch: 'Die code klopt niet. Controleer hem en probeer het opnieuw.',
    expiredCode: 'Die code is verlopen. Vraag een nieuwe aan.',
    totpCodeReused: 'Die code is al gebruikt. Wacht tot de app een nieuwe toont.',
    alreadyConfirmed: 'Dit account is al bevestigd.',
    userDisabled: 'Dit account is uitgeschakeld. Neem contact op met de support van de site.',
    passwordResetRequired: 'Je moet je wachtwoord resetten voordat je kunt inloggen.',
    cannotResetPassword: 'Het wachtwoord van dit account kan hier niet worden gereset.',
    mfaNotSetUp: 'Rond eerst het instellen van de authenticator-app af.',
    sessionExpired: 'Dat duurde te lang. Log opnieuw in.',
    signedOut: 'Je bent uitgelogd. Log opnieuw in.',
    passwordAttemptsExceeded: 'Te veel mislukte pogingen. Wacht een paar minuten en probeer het dan opnieuw.',
    limitExceeded: 'Te veel pogingen voor nu. Wacht een tijdje (tot een uur) en probeer het dan opnieuw.',
    tooManyRequests: 'De service is druk. Wacht een paar seconden en probeer het dan opnieuw.',
    tooManyFailedAttempts: 'Te veel verkeerde codes. Wacht een tijdje en vraag dan een nieuwe code aan.',
    network:
      'We konden de inlogservice niet bereiken. Controleer je verbinding en probeer het opnieuw; wat je hebt getypt, blijft bewaard.',
    serviceError: 'Er was een probleem met de inlogservice. Probeer het zo opnieuw.',
    clientHasSecret:
      'Deze site is verkeerd ingesteld: de Cognito-app-client van de site heeft een clientgeheim, dat een browser-app niet kan gebruiken. De exploitant van de site moet een app-client zonder geheim maken en VITE_COGNITO_CLIENT_ID op de ID daarvan instellen.',
    userPasswordAuthDisabled:
      'Deze site is verkeerd ingesteld: de Cognito-app-client van de site staat inloggen met een wachtwoord niet toe. De exploitant van de site moet ALLOW_USER_PASSWORD_AUTH inschakelen in de authenticatiestromen van de app-client.',
    unknownClient:
      'Deze site is verkeerd ingesteld: Cognito kent de app-client van de site niet. De exploitant van de site moet VITE_COGNITO_CLIENT_ID en de regio in VITE_COGNITO_USER_POOL_ID controleren.',
    softwareTokenMfaNotEnabled:
      'Deze site is verkeerd ingesteld: authenticator-apps zijn niet ingeschakeld voor de gebruikersgroep van de site. De exploitant van de site moet TOTP-MFA (softwaretoken) inschakelen in de aanmeldinstellingen van de gebruikersgroep.',
    unsupportedChallenge:
      'Je account heeft een inlogstap nodig die deze pagina niet ondersteunt. Neem contact op met de support van de site.',
    blockedBySecurity:
      'Voor de veiligheid van je account is dit verzoek geblokkeerd. Nu opnieuw proberen helpt niet: reset je wachtwoord of neem contact op met de support van de site.',
    temporaryPasswordExpired:
      'Je tijdelijke wachtwoord is verlopen. Vraag de beheerder van de site om je een nieuw wachtwoord te sturen.',
    compromisedPassword:
      'Dit wachtwoord is elders in een datalek opgedoken en kan hier daarom niet worden gebruikt. Kies een ander wachtwoord.',
    passwordReused: 'Je hebt dit wachtwoord al eerder gebruikt. Kies er een dat je de laatste tijd niet hebt gebruikt.',
    lambdaRefused:
      'De eigen controles van deze site hebben dit niet geaccepteerd. Denk je dat dit een fout is, neem dan contact op met de support van de site.',
    lambdaFailed:
      'De eigen controles van deze site konden niet worden afgerond. Probeer het zo opnieuw; als dit blijft gebeuren, neem dan contact op met de support van de site.',
    sessionRevoked: 'Je bent overal uitgelogd. Log opnieuw in.',
    refreshTokenInvalid: 'Je sessie kan niet worden verlengd. Log opnieuw in.',
    autoVerifyOff:
      'Deze site is verkeerd ingesteld: de gebruikersgroep van de site verstuurt geen bevestigingscodes. De exploitant van de site moet e-mailverificatie inschakelen in de gebruikersgroep (automatisch geverifieerd kenmerk: email).',
    emailNotUsername:
      'Deze site is verkeerd ingesteld: de gebruikersgroep accepteert niet wat deze pagina vraagt als gebruikersnaam (bijvoorbeeld een e-mailadres dat daar alleen een alias is, of een telefoonnummer terwijl gebruikersnamen e-mailadressen zijn). De beheerder van de site moet VITE_COGNITO_SIGN_IN_WITH instellen op waarmee de gebruikersgroep mensen laat inloggen.',
    signUpAttributesRequired:
      'Deze site is verkeerd ingesteld: de gebruikersgroep vereist bij het registreren gegevens waar deze pagina niet om vraagt. De beheerder van de site moet ze opnemen in VITE_COGNITO_SIGN_UP_ATTRIBUTES, of ze optioneel maken in de gebruikersgroep.',
    poolCannotDeliver:
      'Deze site is verkeerd ingesteld: de gebruikersgroep van de site mag geen e-mails of sms’jes versturen. De exploitant van de site moet de e-mailinstellingen (SES) of de SMS-instellingen (SNS-rol) van de groep corrigeren.',
    poolMisconfigured:
      'Deze site is verkeerd ingesteld: Cognito vindt de configuratie van de gebruikersgroep van de site ongeldig. De exploitant van de site moet de instellingen van de gebruikersgroep controleren.',
    smsSetupNeedsPhone:
      'Je account heeft geen telefoonnummer en deze site stuurt codes alleen per sms. Vraag de exploitant van de site om je nummer toe te voegen, of om authenticator-apps of codes per e-mail in te schakelen.',
    invalidParameter:
      'Iets in het verzoek werd niet geaccepteerd. Controleer wat je hebt getypt en probeer het opnieuw.',
    passkeyCancelled:
      'De vraag om een toegangssleutel is gesloten, of dit apparaat heeft geen toegangssleutel voor deze site. Probeer het opnieuw of log op een andere manier in.',
    passkeyExists: 'Dit apparaat heeft al een toegangssleutel voor je account.',
    passkeyWrongDomain:
      'Toegangssleutels kunnen op deze pagina niet worden gebruikt. Voor de exploitant van de site: de relying-party-ID voor toegangssleutels van de gebruikersgroep moet het domein van deze pagina zijn, of een bovenliggend domein ervan.',
    passkeyUnsupported:
      'Deze browser kan geen toegangssleutels gebruiken. Log op een andere manier in, of gebruik een browser die ze ondersteunt.',
    passkeyRefused: 'Die toegangssleutel is niet geaccepteerd. Probeer het opnieuw of gebruik een andere toegangssleutel.',
    passkeysOff:
      'Deze site is verkeerd ingesteld: toegangssleutels staan niet aan voor de gebruikersgroep van de site. De exploitant van de site moet de toegangssleutel als eerste factor toestaan en de relying-party-ID voor toegangssleutels van de gebruikersgroep instellen.',
    featureNotInPlan:
      'Deze site is verkeerd ingesteld: het functieplan van de gebruikersgroep bevat deze manier van inloggen niet. De exploitant van de site moet de gebruikersgroep naar het plan Essentials of Plus overzetten.',
    userAuthDisabled:
      'Deze site is verkeerd ingesteld: de Cognito-app-client van de site staat inloggen met een keuze van de methode niet toe. De exploitant van de site moet ALLOW_USER_AUTH inschakelen in de authenticatiestromen van de app-client.',
    signUpSessionExpired:
      'Dat duurde te lang om je meteen in te loggen. Voer de code opnieuw in om je account te bevestigen; daarna kies je hoe je inlogt.',
    unknown: 'Er is iets misgegaan. Probeer het opnieuw.',
  },

  problemsNotByEmail: {
    wrongCredentials: 'De inloggegevens of het wachtwoord kloppen niet. Controleer beide en probeer het opnieuw.',
    userNotFound: 'We hebben geen account met deze gegevens gevonden. Controleer ze op typefouten of maak een account.',
    usernameExists: 'Er bestaat al een account met deze gegevens. Wil je in plaats daarvan inloggen?',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled:
        'De vraag om een toegangssleutel is gesloten of verlopen, dus er is geen toegangssleutel toegevoegd. Probeer het opnieuw of kies ‘Niet nu’.',
      passkeyExists:
        'Dit apparaat heeft al een toegangssleutel voor je account, dus er is geen nieuwe toegevoegd. Kies ‘Niet nu’ om verder te gaan, of probeer het met een ander apparaat of een beveiligingssleutel.',
      passkeyWrongDomain:
        'Toegangssleutels kunnen op deze pagina niet worden gebruikt. Voor de exploitant van de site: de relying-party-ID voor toegangssleutels van de gebruikersgroep moet het domein van deze pagina zijn, of een bovenliggend domein ervan. Kies ‘Niet nu’ om verder te gaan.',
      passkeyUnsupported:
        'Deze browser kan geen toegangssleutels maken, dus er is er geen toegevoegd. Kies ‘Niet nu’ om verder te gaan; je kunt er later een toevoegen via je account in een browser die toegangssleutels ondersteunt.',
      passkeyRefused:
        'De inlogdienst heeft de nieuwe toegangssleutel niet geaccepteerd, dus hij is niet toegevoegd. Probeer het opnieuw of kies ‘Niet nu’.',
      passkeysOff:
        'Deze site is verkeerd ingesteld: toegangssleutels staan niet aan voor de gebruikersgroep van de site. De exploitant van de site moet de toegangssleutel als eerste factor toestaan en de relying-party-ID voor toegangssleutels van de gebruikersgroep instellen. Kies ‘Niet nu’ om verder te gaan.',
      featureNotInPlan:
        'Deze site is verkeerd ingesteld: het functieplan van de gebruikersgroep bevat deze manier van inloggen niet. De exploitant van de site moet de gebruikersgroep naar het plan Essentials of Plus overzetten. Kies ‘Niet nu’ om verder te gaan.',
      network:
        'We konden de inlogdienst niet bereiken, dus er is geen toegangssleutel toegevoegd. Controleer je verbinding en probeer het opnieuw, of kies ‘Niet nu’.',
      serviceError:
        'De inlogdienst had een probleem, dus er is geen toegangssleutel toegevoegd. Probeer het zo opnieuw of kies ‘Niet nu’.',
      invalidParameter:
        'De inlogdienst heeft het verzoek niet geaccepteerd, dus er is geen toegangssleutel toegevoegd. Probeer het opnieuw of kies ‘Niet nu’.',
      unknown: 'Er ging iets mis, dus er is geen toegangssleutel toegevoegd. Probeer het opnieuw of kies ‘Niet nu’.',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `Deze site heeft dit niet geaccepteerd: ${reason}`,
    contactSupport: (contact: string) => `Ondersteuning: ${contact}`,
  },

  selectChallenge: {
    heading: 'Kies hoe je inlogt',
    as: (email: string) => `Inloggen als ${email}.`,
    options: {
      WEB_AUTHN: 'Een toegangssleutel gebruiken',
      EMAIL_OTP: 'Stuur me een code per e-mail',
      SMS_OTP: 'Stuur me een code per sms',
      PASSWORD: 'Inloggen met je wachtwoord',
    },
    none: 'Deze pagina biedt geen manier om in te loggen die je account heeft. Neem contact op met de support van de site.',
  },
  passkeySignIn: {
    heading: 'Inloggen met je toegangssleutel',
    waiting: 'Volg de aanwijzingen van je browser om je toegangssleutel te gebruiken.',
    retry: 'Toegangssleutel opnieuw proberen',
    otherWay: 'Op een andere manier inloggen',
  },
  passkeyOffer: {
    heading: 'Log de volgende keer sneller in met een toegangssleutel',
    intro: 'Gebruik je vingerafdruk, je gezicht of je schermvergrendeling in plaats van je wachtwoord. Je kunt de toegangssleutel altijd weer verwijderen via je account.',
    notNow: 'Niet nu',
    checking: 'Je wordt ingelogd…',
  },
  passkeys: {
    heading: 'Toegangssleutels',
    intro: 'Met een toegangssleutel log je in met je vingerafdruk, je gezicht of je schermvergrendeling in plaats van met een wachtwoord.',
    manage: 'Toegangssleutels beheren',
    loading: 'Je toegangssleutels worden geladen…',
    none: 'Je hebt nog geen toegangssleutels.',
    add: 'Een toegangssleutel toevoegen',
    creating: 'Volg de aanwijzingen van je browser om de toegangssleutel te maken.',
    unnamed: 'Toegangssleutel',
    added: (date: string) => `Toegevoegd op ${date}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'Met de schermvergrendeling van een apparaat' : attachment === 'cross-platform' ? 'Beveiligingssleutel of telefoon' : 'Authenticator',
    delete: (name: string) => `${name} verwijderen`,
    confirmDelete: (name: string) => `“${name}” verwijderen? Je kunt er dan niet meer mee inloggen.`,
    confirm: 'Toegangssleutel verwijderen',
    cancel: 'Behouden',
  },

  config: {
    heading: 'Deze app is niet goed geconfigureerd',
    intro: 'Stel deze buildvariabelen in (bijvoorbeeld in .env.local) en bouw de app opnieuw:',
    problems: {
      missingPoolId: () =>
        'VITE_COGNITO_USER_POOL_ID ontbreekt: stel deze in op de ID van je gebruikersgroep, zoals eu-west-1_AbCdEf123.',
      missingClientId: () => 'VITE_COGNITO_CLIENT_ID ontbreekt: stel deze in op de ID van een app-client zonder geheim.',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID “${'value' in p ? p.value : ''}” is geen ID van een gebruikersgroep: die ziet eruit als eu-west-1_AbCdEf123 (regio, underscore, ID).`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID “${'value' in p ? p.value : ''}” is geen app-client-ID: kopieer die van de pagina van de app-client in de Cognito-console.`,
      badRegion: (p) => `VITE_COGNITO_REGION “${'value' in p ? p.value : ''}” is geen regio zoals eu-west-1.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION is ${p.region}, maar de gebruikersgroep staat in ${p.poolRegion}: verwijder VITE_COGNITO_REGION of laat ze overeenkomen.`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT “${'value' in p ? p.value : ''}” is geen http(s)-URL zoals http://localhost:9229/.`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES “${'value' in p ? p.value : ''}” moet een geheel aantal minuten van 3 tot 15 zijn, zoals de sessieduur van de authenticatiestroom van de app-client.`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY “${'value' in p ? p.value : ''}” is geen wachtwoordbeleid: noem de regels van de gebruikersgroep, gescheiden door komma’s, min=<6 tot 99> en naar keuze upper, lower, number, symbol, bijv. min=12,upper,lower,number,symbol.`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED “${'value' in p ? p.value : ''}” moet true (de gebruikersgroep vereist MFA) of false zijn.`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}” moet opsommen waarmee mensen inloggen, gescheiden door komma’s, elk één keer: email, phone, username, preferred_username (bijv. username,email voor gebruikersnamen met het e-mailadres als alias).`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}” moet attributen opsommen, gescheiden door komma’s, elk één keer: standaardattributen bij naam (name, given_name, birthdate, …), aangepaste met een label (custom:team=Team); zet ? achter de naam voor een optioneel attribuut.`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}” noemt preferred_username zonder username: een gewenste gebruikersnaam is een alias in een pool met gebruikersnamen (--alias-attributes preferred_username), noem dus ook username, bijv. username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}” noemt preferred_username, dat VITE_COGNITO_SIGN_IN_WITH een alias maakt: Cognito neemt een gewenste gebruikersnaam als alias pas aan als het account bevestigd is, niet bij het registreren. Haal preferred_username uit VITE_COGNITO_SIGN_UP_ATTRIBUTES.`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY “${'value' in p ? p.value : ''}” moet true (alleen beheerders maken gebruikers aan) of false zijn.`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS “${'value' in p ? p.value : ''}” is geen lijst van eerste factoren: noem een of meer van password, passkey, email, sms, gescheiden door komma’s en elk één keer, bijv. password,passkey,email.`,
    },
  },
};

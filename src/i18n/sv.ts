/**
 * Svenska. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const sv: Dictionary = {
  lang: 'sv',
  languageName: 'Svenska',
  languagePicker: 'Språk',
  appName: 'Inloggning',
  simulatedBanner:
    'Simulerad användarpool: ingenting lämnar den här webbläsaren, och koderna visas i utvecklarinkorgen.',
  busy: 'Vänta…',
  retry: 'Försök igen',
  back: 'Tillbaka till inloggningen',
  backToAccount: 'Tillbaka till ditt konto',
  backToHome: 'Tillbaka',
  offline: 'Vi kunde inte nå inloggningstjänsten. Kontrollera anslutningen och försök igen – det du har skrivit finns kvar.',

  fields: {
    email: 'E-postadress',
    password: 'Lösenord',
    newPassword: 'Nytt lösenord',
    code: 'Verifieringskod',
    codeHint: '6 siffror',
    currentPassword: 'Nuvarande lösenord',
    showPassword: 'Visa lösenord',
    hidePassword: 'Dölj lösenord',
    identifier: {
      email: 'E-postadress',
      phone: 'Telefonnummer',
      username: 'Användarnamn',
      emailOrPhone: 'E-postadress eller telefonnummer',
      usernameOrEmail: 'Användarnamn eller e-postadress',
      usernameOrPhone: 'Användarnamn eller telefonnummer',
      usernameEmailOrPhone: 'Användarnamn, e-postadress eller telefonnummer',
      usernameOrPreferred: 'Användarnamn eller önskat användarnamn',
      usernamePreferredOrEmail: 'Användarnamn, önskat användarnamn eller e-postadress',
      usernamePreferredOrPhone: 'Användarnamn, önskat användarnamn eller telefonnummer',
      usernamePreferredEmailOrPhone: 'Användarnamn, önskat användarnamn, e-postadress eller telefonnummer',
    },
    phoneHint: 'Börja med + och landsnumret, t.ex. +44 7700 900123',
  },

  signIn: {
    heading: 'Logga in',
    submit: 'Logga in',
    noAccount: 'Ny här?',
    toSignUp: 'Skapa ett konto',
    forgot: 'Har du glömt lösenordet?',
    continue: 'Fortsätt',
    withPasskey: 'Logga in med en nyckel',
  },

  code: {
    resend: 'Skicka en ny kod',
    resendIn: (seconds: number) => `Du kan begära en ny kod om ${seconds} s`,
  },

  signUp: {
    heading: 'Skapa ditt konto',
    submit: 'Skapa konto',
    haveAccount: 'Har du redan ett konto?',
    toSignIn: 'Logga in',
    rulesHeading: 'Lösenordet måste ha',
    optional: (label: string) => `${label} (valfritt)`,
  },

  attributes: {
    name: 'Fullständigt namn',
    given_name: 'Förnamn',
    family_name: 'Efternamn',
    middle_name: 'Mellannamn',
    nickname: 'Smeknamn',
    preferred_username: 'Önskat användarnamn',
    profile: 'Profilsida (URL)',
    picture: 'Bild (URL)',
    website: 'Webbplats',
    gender: 'Kön',
    birthdate: 'Födelsedatum',
    zoneinfo: 'Tidszon (t.ex. Europe/Paris)',
    locale: 'Språk (t.ex. sv-SE, en-GB)',
    address: 'Adress',
    email: 'E-postadress',
    phone_number: 'Telefonnummer',
  },

  confirmSignUp: {
    heading: 'Bekräfta din e-postadress',
    headingPhone: 'Bekräfta ditt telefonnummer',
    sentTo: (destination: string) =>
      `Vi har skickat en 6-siffrig kod till ${destination}. Ange den för att bekräfta ditt konto.`,
    sentSomewhere: 'Vi har skickat en 6-siffrig kod till din e-postadress. Ange den för att bekräfta ditt konto.',
    sentByText: (destination: string) =>
      `Vi har sms:at en 6-siffrig kod till ${destination}. Ange den för att bekräfta ditt konto.`,
    submit: 'Bekräfta',
  },

  forgotPassword: {
    heading: 'Återställ ditt lösenord',
    intro: 'Ange e-postadressen för ditt konto så skickar vi en kod som du använder för att välja ett nytt lösenord.',
    introAny: 'Ange det du loggar in med så skickar vi en kod som du använder för att välja ett nytt lösenord.',
    submit: 'Skicka kod',
  },

  resetPassword: {
    heading: 'Välj ett nytt lösenord',
    sentTo: (destination: string) =>
      `Vi har skickat en 6-siffrig kod till ${destination}. Ange den tillsammans med ditt nya lösenord.`,
    sentSomewhere: 'Vi har skickat en 6-siffrig kod till dig. Ange den tillsammans med ditt nya lösenord.',
    sentByText: (destination: string) =>
      `Vi har sms:at en 6-siffrig kod till ${destination}. Ange den tillsammans med ditt nya lösenord.`,
    ifEmailed: 'Om ett konto matchar det du angav är en kod på väg till dess e-postadress.',
    ifTexted: 'Om ett konto matchar det du angav är en kod på väg via sms till dess telefonnummer.',
    ifSent: 'Om ett konto matchar det du angav är en kod på väg.',
    submit: 'Återställ lösenordet och logga in',
  },

  newPassword: {
    heading: 'Välj ditt lösenord',
    intro: 'Ditt konto skapades med ett tillfälligt lösenord. Välj ett eget för att fortsätta.',
    attributesHeading: 'Vi behöver också',
    submit: 'Spara och fortsätt',
  },

  totpSetup: {
    heading: 'Konfigurera din autentiseringsapp',
    intro:
      'Ditt konto kräver ett andra steg vid inloggning. Lägg till det i en autentiseringsapp som Google Authenticator, Microsoft Authenticator, 1Password eller Authy.',
    scan: 'Skanna den här QR-koden med appen.',
    qrAlt: (account: string) => `QR-kod som lägger till ${account} i en autentiseringsapp`,
    manual: 'Går det inte att skanna? Ange den här konfigurationsnyckeln i appen i stället:',
    secretLabel: 'Konfigurationsnyckel',
    copy: 'Kopiera nyckeln',
    copied: 'Kopierad',
    copyFailed: 'Markera nyckeln och kopiera den manuellt',
    openInApp: 'Öppna i en autentiseringsapp på den här enheten',
    enterCode: 'Ange sedan den 6-siffriga koden som appen visar.',
    deviceName: 'Namn på den här autentiseringsappen (valfritt)',
    deviceNamePlaceholder: 'Min telefon',
    submit: 'Verifiera och slutför',
    preparing: 'Förbereder din konfigurationsnyckel…',
    verified: 'Din autentiseringsapp är verifierad. Bara det sista steget i inloggningen återstår.',
    enabling: 'Koden godkändes. Aktiverar…',
    notTurnedOn:
      'Koden godkändes, men autentiseringsappen är inte aktiverad för ditt konto än. Försök igen – du behöver ingen ny kod.',
  },

  mfaSetupChoice: {
    heading: 'Lägg till ett andra steg',
    intro: 'Ditt konto kräver ett andra steg vid inloggning. Välj ett.',
    emailOnly: 'Ditt konto kräver ett andra steg vid inloggning: en kod som vi skickar till dig via e-post.',
    emailTo: (email: string) => `Koderna skickas till ${email}.`,
    sending: 'Skickar en kod…',
  },

  totpChallenge: {
    heading: 'Ange koden från din autentiseringsapp',
    intro: 'Öppna autentiseringsappen och ange den 6-siffriga koden för det här kontot.',
    device: (name: string) => `Autentiseringsapp: ${name}`,
    submit: 'Verifiera',
  },

  emailChallenge: {
    heading: 'Ange koden som vi skickade via e-post',
    sentTo: (destination: string) => `Vi har skickat en 6-siffrig kod till ${destination}.`,
    sentSomewhere: 'Vi har skickat en 6-siffrig kod till din e-postadress.',
    submit: 'Verifiera',
  },

  smsChallenge: {
    heading: 'Ange koden som vi skickade i ett sms',
    sentTo: (destination: string) => `Vi har skickat en 6-siffrig kod till ${destination}.`,
    sentSomewhere: 'Vi har skickat en 6-siffrig kod till din telefon.',
    submit: 'Verifiera',
  },

  selectMfaType: {
    heading: 'Välj hur du vill bekräfta din identitet',
    intro: 'Ditt konto har mer än ett andra steg. Välj ett för den här inloggningen.',
    options: {
      SOFTWARE_TOKEN_MFA: 'Autentiseringsapp',
      SMS_MFA: 'Textmeddelande (SMS)',
      EMAIL_OTP: 'E-post',
    },
  },

  signedIn: {
    heading: 'Du är inloggad',
    as: (email: string) => `Inloggad som ${email}`,
    account: 'Konto och säkerhet',
    signOut: 'Logga ut',
    signOutEverywhere: 'Logga ut på alla enheter',
    reconnecting:
      'Återansluter… Vi kan inte nå inloggningstjänsten för att förnya din session just nu. Du är fortfarande inloggad, och vi fortsätter att försöka.',
    nav: 'Ditt konto',
    home: 'Start',
    profile: 'Profil',
    profileIntro: 'Se vad webbplatsens API vet om dig: profilsidan frågar det, med din inloggning.',
  },

  profile: {
    heading: 'Din profil',
    intro: 'Vad webbplatsens API svarade när den här sidan frågade vem du är, med din inloggning.',
    loading: 'Frågar API:t…',
    sub: 'Användar-ID',
    username: 'Användarnamn',
    groups: 'Grupper',
    noGroups: 'Inga',
    tokenExpiresAt: 'Din inloggning gäller till',
    servedAt: 'Besvarat',
    refused: 'API:t godkände inte din inloggning. Logga ut och logga in igen.',
    failed: (status: number) => `API:t kunde inte svara (fel ${status}). Försök igen om en stund.`,
    unreachable: 'Vi kunde inte nå API:t. Kontrollera din anslutning och försök igen.',
  },

  account: {
    heading: 'Konto och säkerhet',
    mfaHeading: 'Tvåstegsverifiering',
    mfaIntro: 'Ett andra steg vid inloggning skyddar ditt konto även om ditt lösenord läcker ut.',
    loading: 'Läser in dina inställningar…',
    on: 'På',
    off: 'Av',
    preferred: 'Används först',
    setUpTotp: 'Konfigurera en autentiseringsapp',
    replaceTotp: 'Flytta till en annan autentiseringsapp',
    verifiedNotOn: 'Inte aktiverad än',
    turnOnTotp: 'Aktivera autentiseringsappen',
    smsByPhone: 'Koderna skickas till ditt telefonnummer eftersom den här webbplatsen kräver det, och de kan inte inaktiveras här.',
    requiredOnly: 'Den här webbplatsen kräver ett andra steg, så ditt enda kan inte inaktiveras.',
    turnOff: (factor: string) => `Inaktivera ${factor}`,
    prefer: (factor: string) => `Använd ${factor} först`,
    passwordHeading: 'Lösenord',
    changePassword: 'Byt lösenord',
  },

  changePassword: {
    heading: 'Byt ditt lösenord',
    submit: 'Byt lösenord',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `Tid kvar att slutföra det här steget: ${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired: 'Det tog för lång tid, så inloggningen avbröts för din säkerhet. Logga in igen.',
    sessionUsed:
      'Det inloggningssteget hade redan använts (kanske precis innan anslutningen bröts), så det kan inte skickas igen. Logga in igen.',
    codeResent: 'Vi har skickat en ny kod. Koder som skickats tidigare fungerar inte längre.',
    accountConfirmed: 'Ditt konto är bekräftat. Logga in.',
    alreadyConfirmed: 'Det här kontot är redan bekräftat. Logga in.',
    confirmBeforeSignIn: 'Ditt konto är inte bekräftat än. Vi har skickat en ny kod till dig.',
    resetCodeSent: 'Om ett konto använder den här e-postadressen är en kod på väg.',
    passwordChanged: 'Ditt lösenord har ändrats.',
    totpEnabled: 'Din autentiseringsapp är konfigurerad. Du använder den nästa gång du loggar in.',
    mfaUpdated: 'Dina inställningar för tvåstegsverifiering har sparats.',
    sessionEnded: 'Din session har avslutats. Logga in igen.',
    sessionRevoked: 'Du har loggats ut överallt, från en annan enhet eller av webbplatsens administratör. Logga in igen.',
    sessionNotRenewed:
      'Vi kunde inte förnya din session, så du har loggats ut. Logga in igen. Om det fortsätter att hända, meddela webbplatsens support.',
    signedOut: 'Du är utloggad.',
    signedOutEverywhere: 'Du är utloggad på alla dina enheter.',
    signedOutElsewhere: 'Du loggade ut i en annan flik på den här webbplatsen.',
    passkeyAdded: 'Din nyckel har lagts till. Nästa gång kan du logga in med den.',
    passkeyDeleted: 'Nyckeln har tagits bort.',
  },

  passwordRules: {
    length: (min: number) => `Minst ${min} tecken`,
    uppercase: () => 'En stor bokstav',
    lowercase: () => 'En liten bokstav',
    number: () => 'En siffra',
    symbol: () => 'Ett specialtecken, t.ex. ! @ # eller ?',
    spaces: () => 'Inga mellanslag i början eller slutet',
  },

  problems: {
    required: 'Fyll i det här fältet.',
    emailFormat: 'Ange en e-postadress, t.ex. name@example.com.',
    emailTooLong: 'En e-postadress får vara högst 128 tecken lång.',
    phoneFormat: 'Ange numret med + och landsnumret, till exempel +44 7700 900123.',
    usernameFormat: 'Ett användarnamn får inte innehålla mellanslag.',
    usernameTooLong: 'Ett användarnamn får vara högst 128 tecken långt.',
    usernameLooksLikeEmail: 'Välj ett användarnamn som inte är en e-postadress: din e-postadress efterfrågas längre ned.',
    usernameLooksLikePhone: 'Välj ett användarnamn som inte är ett telefonnummer: ditt nummer efterfrågas längre ned.',
    birthdateFormat: 'Ange ett datum som 1990-05-17 (år, månad, dag).',
    attributeTooLong: 'Det här får vara högst 2048 tecken långt.',
    weakPassword: 'Lösenordet uppfyller inte reglerna nedan.',
    passwordTooLong: 'Ett lösenord får vara högst 256 tecken långt.',
    codeFormat: 'Ange kodens 6 siffror.',
    wrongCredentials: 'E-postadressen eller lösenordet är fel. Kontrollera båda och försök igen.',
    userNotFound:
      'Vi hittade inget konto med den här e-postadressen. Kontrollera att den är rätt stavad, eller skapa ett konto.',
    wrongCurrentPassword: 'Ditt nuvarande lösenord är fel.',
    userNotConfirmed: 'Ditt konto är inte bekräftat än.',
    usernameExists: 'Det finns redan ett konto med den här e-postadressen. Vill du logga in i stället?',
    invalidPassword: 'Lösenordet uppfyller inte reglerna.',
    invalidEmail: 'Ange en e-postadress, t.ex. name@example.com.',
    codeMismatch: 'Koden stämmer inte. Kontrollera den och försök igen.',
    expiredCode: 'Koden har gått ut. Begär en ny.',
    totpCodeReused: 'Koden har redan använts. Vänta tills appen visar en ny.',
    alreadyConfirmed: 'Det här kontot är redan bekräftat.',
    userDisabled: 'Det här kontot är inaktiverat. Kontakta webbplatsens support.',
    passwordResetRequired: 'Du måste återställa ditt lösenord innan du kan logga in.',
    cannotResetPassword: 'Lösenordet för det här kontot kan inte återställas här.',
    mfaNotSetUp: 'Slutför konfigurationen av autentiseringsappen först.',
    sessionExpired: 'Det tog för lång tid. Logga in igen.',
    signedOut: 'Du har loggats ut. Logga in igen.',
    passwordAttemptsExceeded: 'För många misslyckade försök. Vänta några minuter och försök sedan igen.',
    limitExceeded: 'För många försök just nu. Vänta en stund (upp till en timme) och försök sedan igen.',
    tooManyRequests: 'Tjänsten är upptagen. Vänta några sekunder och försök sedan igen.',
    tooManyFailedAttempts: 'För många felaktiga koder. Vänta en stund och begär sedan en ny kod.',
    network:
      'Vi kunde inte nå inloggningstjänsten. Kontrollera anslutningen och försök igen – det du har skrivit finns kvar.',
    serviceError: 'Inloggningstjänsten hade ett problem. Försök igen om en liten stund.',
    clientHasSecret:
      'Den här webbplatsen är felaktigt konfigurerad: dess Cognito-appklient har en klienthemlighet, som en webbläsarapp inte kan använda. Den som driver webbplatsen måste skapa en appklient utan hemlighet och ange dess id i VITE_COGNITO_CLIENT_ID.',
    userPasswordAuthDisabled:
      'Den här webbplatsen är felaktigt konfigurerad: dess Cognito-appklient tillåter inte inloggning med lösenord. Den som driver webbplatsen måste aktivera ALLOW_USER_PASSWORD_AUTH i appklientens autentiseringsflöden.',
    unknownClient:
      'Den här webbplatsen är felaktigt konfigurerad: Cognito känner inte till dess appklient. Den som driver webbplatsen måste kontrollera VITE_COGNITO_CLIENT_ID och regionen i VITE_COGNITO_USER_POOL_ID.',
    softwareTokenMfaNotEnabled:
      'Den här webbplatsen är felaktigt konfigurerad: autentiseringsappar är inte aktiverade för dess användarpool. Den som driver webbplatsen måste aktivera MFA med TOTP (programvarutoken) i användarpoolens inloggningsinställningar.',
    unsupportedChallenge:
      'Ditt konto kräver ett inloggningssteg som den här sidan inte har stöd för. Kontakta webbplatsens support.',
    blockedBySecurity:
      'För ditt kontos säkerhet blockerades den här begäran. Det hjälper inte att försöka igen nu: återställ ditt lösenord eller kontakta webbplatsens support.',
    temporaryPasswordExpired: 'Ditt tillfälliga lösenord har gått ut. Be webbplatsens administratör att skicka ett nytt.',
    compromisedPassword:
      'Det här lösenordet har förekommit i ett dataintrång någon annanstans och kan därför inte användas här. Välj ett annat.',
    passwordReused: 'Du har använt det här lösenordet tidigare. Välj ett som du inte har använt nyligen.',
    lambdaRefused:
      'Webbplatsens egna kontroller godkände inte detta. Om du tror att det är ett misstag, kontakta webbplatsens support.',
    lambdaFailed:
      'Webbplatsens egna kontroller kunde inte slutföras. Försök igen om en liten stund. Om det fortsätter att hända, kontakta webbplatsens support.',
    sessionRevoked: 'Du har loggats ut överallt. Logga in igen.',
    refreshTokenInvalid: 'Din session kan inte förnyas. Logga in igen.',
    autoVerifyOff:
      'Den här webbplatsen är felaktigt konfigurerad: dess användarpool skickar inga bekräftelsekoder. Den som driver webbplatsen måste aktivera verifiering av e-post (automatiskt verifierat attribut: email) i användarpoolen.',
    emailNotUsername:
      'Den här webbplatsen är felaktigt konfigurerad: dess användarpool tar inte emot det som den här sidan frågar efter som användarnamn (till exempel en e-postadress som bara är ett alias där, eller ett telefonnummer där användarnamnen är e-postadresser). Den som driver webbplatsen måste sätta VITE_COGNITO_SIGN_IN_WITH till det som användarpoolen låter användare logga in med.',
    signUpAttributesRequired:
      'Den här webbplatsen är felaktigt konfigurerad: dess användarpool kräver uppgifter vid registreringen som den här sidan inte frågar efter. Den som driver webbplatsen måste ange dem i VITE_COGNITO_SIGN_UP_ATTRIBUTES eller göra dem valfria i användarpoolen.',
    poolCannotDeliver:
      'Den här webbplatsen är felaktigt konfigurerad: dess användarpool får inte skicka e-post eller sms. Den som driver webbplatsen måste rätta poolens inställningar för e-post (SES) eller SMS (SNS-roll).',
    poolMisconfigured:
      'Den här webbplatsen är felaktigt konfigurerad: Cognito bedömer att användarpoolens konfiguration är ogiltig. Den som driver webbplatsen måste kontrollera användarpoolens inställningar.',
    smsSetupNeedsPhone:
      'Ditt konto har inget telefonnummer, och den här webbplatsen skickar koder endast via sms. Be den som driver webbplatsen att lägga till ditt nummer, eller att aktivera autentiseringsappar eller koder via e-post.',
    invalidParameter: 'Något i begäran godtogs inte. Kontrollera det du har skrivit och försök igen.',
    passkeyCancelled:
      'Frågan om nyckel stängdes, eller så har den här enheten ingen nyckel för den här webbplatsen. Försök igen eller logga in på ett annat sätt.',
    passkeyExists: 'Den här enheten har redan en nyckel för ditt konto.',
    passkeyWrongDomain:
      'Nycklar kan inte användas på den här sidan. Till den som driver webbplatsen: användarpoolens relying party-id för nycklar måste vara den här sidans domän eller en överordnad domän till den.',
    passkeyUnsupported:
      'Den här webbläsaren kan inte använda nycklar. Logga in på ett annat sätt, eller använd en webbläsare som stöder dem.',
    passkeyRefused: 'Den nyckeln godtogs inte. Försök igen eller använd en annan nyckel.',
    passkeysOff:
      'Den här webbplatsen är felaktigt konfigurerad: nycklar är inte aktiverade för dess användarpool. Den som driver webbplatsen måste tillåta nyckel som första faktor och ange användarpoolens relying party-id för nycklar.',
    featureNotInPlan:
      'Den här webbplatsen är felaktigt konfigurerad: funktionsplanen för dess användarpool omfattar inte det här sättet att logga in. Den som driver webbplatsen måste flytta användarpoolen till planen Essentials eller Plus.',
    userAuthDisabled:
      'Den här webbplatsen är felaktigt konfigurerad: dess Cognito-appklient tillåter inte valbaserad inloggning. Den som driver webbplatsen måste aktivera ALLOW_USER_AUTH i appklientens autentiseringsflöden.',
    signUpSessionExpired:
      'Det tog för lång tid för att logga in dig direkt. Ange koden igen för att bekräfta ditt konto; sedan väljer du hur du loggar in.',
    unknown: 'Något gick fel. Försök igen.',
  },

  problemsNotByEmail: {
    wrongCredentials: 'Inloggningsuppgifterna eller lösenordet är fel. Kontrollera båda och försök igen.',
    userNotFound: 'Vi hittade inget konto med de här uppgifterna. Kontrollera att de är rätt stavade, eller skapa ett konto.',
    usernameExists: 'Det finns redan ett konto med de här uppgifterna. Vill du logga in i stället?',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled:
        'Frågan om nyckel stängdes eller tog för lång tid, så ingen nyckel lades till. Försök igen eller välj ”Inte nu”.',
      passkeyExists:
        'Den här enheten har redan en nyckel för ditt konto, så ingen ny lades till. Välj ”Inte nu” för att gå vidare, eller försök med en annan enhet eller säkerhetsnyckel.',
      passkeyWrongDomain:
        'Nycklar kan inte användas på den här sidan. Till den som driver webbplatsen: användarpoolens relying party-id för nycklar måste vara den här sidans domän eller en överordnad domän till den. Välj ”Inte nu” för att gå vidare.',
      passkeyUnsupported:
        'Den här webbläsaren kan inte skapa nycklar, så ingen lades till. Välj ”Inte nu” för att gå vidare; du kan lägga till en senare från ditt konto i en webbläsare som stöder dem.',
      passkeyRefused:
        'Inloggningstjänsten godtog inte den nya nyckeln, så den lades inte till. Försök igen eller välj ”Inte nu”.',
      passkeysOff:
        'Den här webbplatsen är felaktigt konfigurerad: nycklar är inte aktiverade för dess användarpool. Den som driver webbplatsen måste tillåta nyckel som första faktor och ange användarpoolens relying party-id för nycklar. Välj ”Inte nu” för att gå vidare.',
      featureNotInPlan:
        'Den här webbplatsen är felaktigt konfigurerad: funktionsplanen för dess användarpool omfattar inte det här sättet att logga in. Den som driver webbplatsen måste flytta användarpoolen till planen Essentials eller Plus. Välj ”Inte nu” för att gå vidare.',
      network:
        'Vi nådde inte inloggningstjänsten, så ingen nyckel lades till. Kontrollera anslutningen och försök igen, eller välj ”Inte nu”.',
      serviceError:
        'Inloggningstjänsten fick ett problem, så ingen nyckel lades till. Försök igen om en stund eller välj ”Inte nu”.',
      invalidParameter: 'Inloggningstjänsten godtog inte begäran, så ingen nyckel lades till. Försök igen eller välj ”Inte nu”.',
      unknown: 'Något gick fel, så ingen nyckel lades till. Försök igen eller välj ”Inte nu”.',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `Webbplatsen godkände inte detta: ${reason}`,
    contactSupport: (contact: string) => `Kontakta supporten: ${contact}`,
  },

  selectChallenge: {
    heading: 'Välj hur du vill logga in',
    as: (email: string) => `Loggar in som ${email}.`,
    options: {
      WEB_AUTHN: 'Använd en nyckel',
      EMAIL_OTP: 'Skicka en kod via e-post',
      SMS_OTP: 'Skicka en kod via sms',
      PASSWORD: 'Logga in med ditt lösenord',
    },
    none: 'Den här sidan erbjuder inget inloggningssätt som ditt konto har. Kontakta webbplatsens support.',
  },
  passkeySignIn: {
    heading: 'Logga in med din nyckel',
    waiting: 'Följ webbläsarens anvisningar för att använda din nyckel.',
    retry: 'Försök med nyckeln igen',
    otherWay: 'Logga in på ett annat sätt',
  },
  passkeyOffer: {
    heading: 'Logga in snabbare nästa gång med en nyckel',
    intro: 'Använd fingeravtryck, ansikte eller skärmlås i stället för ditt lösenord. Du kan när som helst ta bort nyckeln från ditt konto.',
    notNow: 'Inte nu',
    checking: 'Du loggas in…',
  },
  passkeys: {
    heading: 'Nycklar',
    intro: 'Med en nyckel loggar du in med fingeravtryck, ansikte eller skärmlås i stället för med ett lösenord.',
    manage: 'Hantera nycklar',
    loading: 'Dina nycklar läses in…',
    none: 'Du har inga nycklar än.',
    add: 'Lägg till en nyckel',
    creating: 'Följ webbläsarens anvisningar för att skapa nyckeln.',
    unnamed: 'Nyckel',
    added: (date: string) => `Tillagd ${date}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'Med en enhets skärmlås' : attachment === 'cross-platform' ? 'Säkerhetsnyckel eller telefon' : 'Autentiserare',
    delete: (name: string) => `Ta bort ${name}`,
    confirmDelete: (name: string) => `Ta bort ”${name}”? Du kan inte längre logga in med den.`,
    confirm: 'Ta bort nyckeln',
    cancel: 'Behåll den',
  },

  config: {
    heading: 'Appen är inte korrekt konfigurerad',
    intro: 'Ange de här byggvariablerna (till exempel i .env.local) och bygg om:',
    problems: {
      missingPoolId: () =>
        'VITE_COGNITO_USER_POOL_ID saknas: ange id:t för din användarpool, t.ex. eu-west-1_AbCdEf123.',
      missingClientId: () => 'VITE_COGNITO_CLIENT_ID saknas: ange id:t för en appklient utan hemlighet.',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID ”${'value' in p ? p.value : ''}” är inget användarpool-id: ett sådant ser ut som eu-west-1_AbCdEf123 (region, understreck, id).`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID ”${'value' in p ? p.value : ''}” är inget appklient-id: kopiera det från appklientens sida i Cognito-konsolen.`,
      badRegion: (p) => `VITE_COGNITO_REGION ”${'value' in p ? p.value : ''}” är ingen region som t.ex. eu-west-1.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION är ${p.region} men användarpoolen finns i ${p.poolRegion}: ta bort VITE_COGNITO_REGION eller se till att de stämmer överens.`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT ”${'value' in p ? p.value : ''}” är ingen http(s)-URL som t.ex. http://localhost:9229/.`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES ”${'value' in p ? p.value : ''}” måste vara ett heltal minuter från 3 till 15, samma som appklientens sessionslängd för autentiseringsflödet.`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY ”${'value' in p ? p.value : ''}” är ingen lösenordspolicy: ange användarpoolens regler kommaseparerade, min=<6 till 99> och valfria av upper, lower, number, symbol, t.ex. min=12,upper,lower,number,symbol.`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED ”${'value' in p ? p.value : ''}” måste vara true (användarpoolen kräver MFA) eller false.`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH ”${'value' in p ? p.value : ''}” måste ange vad användare loggar in med, kommaseparerat, vart och ett en gång: email, phone, username, preferred_username (t.ex. username,email för användarnamn med e-postadressen som alias).`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES ”${'value' in p ? p.value : ''}” måste ange attribut, kommaseparerade, vart och ett en gång: standardattribut med namn (name, given_name, birthdate, …), anpassade med en etikett (custom:team=Team); lägg till ? efter namnet för ett valfritt.`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH ”${'value' in p ? p.value : ''}” anger preferred_username utan username: ett önskat användarnamn är ett alias i en pool med användarnamn (--alias-attributes preferred_username), så ange även username, t.ex. username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES ”${'value' in p ? p.value : ''}” anger preferred_username, som VITE_COGNITO_SIGN_IN_WITH gör till ett alias: Cognito tar emot ett önskat användarnamn som alias först när kontot är bekräftat, inte vid registreringen. Ta bort preferred_username från VITE_COGNITO_SIGN_UP_ATTRIBUTES.`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY ”${'value' in p ? p.value : ''}” måste vara true (bara administratörer skapar användare) eller false.`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS ”${'value' in p ? p.value : ''}” är ingen lista över första faktorer: ange valfria av password, passkey, email, sms, åtskilda med kommatecken och var och en en gång, t.ex. password,passkey,email.`,
    },
  },
};

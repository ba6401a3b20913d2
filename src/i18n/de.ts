/**
 * Deutsch. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const de: Dictionary = {
  lang: 'de',
  languageName: 'Deutsch',
  languagePicker: 'Sprache',
  appName: 'Anmeldung',
  simulatedBanner:
    'Simulierter Benutzerpool: Nichts verlässt diesen Browser, und Codes erscheinen im Entwicklungs-Posteingang.',
  busy: 'Bitte warten…',
  retry: 'Erneut versuchen',
  back: 'Zurück zur Anmeldung',
  backToAccount: 'Zurück zu Ihrem Konto',
  backToHome: 'Zurück',
  offline:
    'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal. Ihre Eingaben bleiben erhalten.',

  fields: {
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    newPassword: 'Neues Passwort',
    code: 'Bestätigungscode',
    codeHint: '6 Ziffern',
    currentPassword: 'Aktuelles Passwort',
    showPassword: 'Passwort anzeigen',
    hidePassword: 'Passwort ausblenden',
    identifier: {
      email: 'E-Mail-Adresse',
      phone: 'Telefonnummer',
      username: 'Benutzername',
      emailOrPhone: 'E-Mail-Adresse oder Telefonnummer',
      usernameOrEmail: 'Benutzername oder E-Mail-Adresse',
      usernameOrPhone: 'Benutzername oder Telefonnummer',
      usernameEmailOrPhone: 'Benutzername, E-Mail-Adresse oder Telefonnummer',
      usernameOrPreferred: 'Benutzername oder bevorzugter Benutzername',
      usernamePreferredOrEmail: 'Benutzername, bevorzugter Benutzername oder E-Mail-Adresse',
      usernamePreferredOrPhone: 'Benutzername, bevorzugter Benutzername oder Telefonnummer',
      usernamePreferredEmailOrPhone: 'Benutzername, bevorzugter Benutzername, E-Mail-Adresse oder Telefonnummer',
    },
    phoneHint: 'Beginnen Sie mit + und der Ländervorwahl, z. B. +44 7700 900123',
  },

  signIn: {
    heading: 'Anmelden',
    submit: 'Anmelden',
    noAccount: 'Neu hier?',
    toSignUp: 'Konto erstellen',
    forgot: 'Passwort vergessen?',
    continue: 'Weiter',
    withPasskey: 'Mit Passkey anmelden',
  },

  code: {
    resend: 'Neuen Code senden',
    resendIn: (seconds: number) => `Sie können in ${seconds} s einen neuen Code anfordern`,
  },

  signUp: {
    heading: 'Konto erstellen',
    submit: 'Konto erstellen',
    haveAccount: 'Sie haben bereits ein Konto?',
    toSignIn: 'Anmelden',
    rulesHeading: 'Ihr Passwort braucht',
    optional: (label: string) => `${label} (freiwillig)`,
  },

  attributes: {
    name: 'Vollständiger Name',
    given_name: 'Vorname',
    family_name: 'Nachname',
    middle_name: 'Zweiter Vorname',
    nickname: 'Spitzname',
    preferred_username: 'Bevorzugter Benutzername',
    profile: 'Profilseite (URL)',
    picture: 'Bild (URL)',
    website: 'Webseite',
    gender: 'Geschlecht',
    birthdate: 'Geburtsdatum',
    zoneinfo: 'Zeitzone (z. B. Europe/Paris)',
    locale: 'Sprache (z. B. de-DE, en-GB)',
    address: 'Adresse',
    email: 'E-Mail-Adresse',
    phone_number: 'Telefonnummer',
  },

  confirmSignUp: {
    heading: 'E-Mail-Adresse bestätigen',
    headingPhone: 'Telefonnummer bestätigen',
    sentTo: (destination: string) =>
      `Wir haben einen 6-stelligen Code an ${destination} gesendet. Geben Sie ihn ein, um Ihr Konto zu bestätigen.`,
    sentSomewhere:
      'Wir haben einen 6-stelligen Code an Ihre E-Mail-Adresse gesendet. Geben Sie ihn ein, um Ihr Konto zu bestätigen.',
    sentByText: (destination: string) =>
      `Wir haben einen 6-stelligen Code per SMS an ${destination} gesendet. Geben Sie ihn ein, um Ihr Konto zu bestätigen.`,
    submit: 'Bestätigen',
  },

  forgotPassword: {
    heading: 'Passwort zurücksetzen',
    intro:
      'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen dann einen Code, mit dem Sie ein neues Passwort festlegen können.',
    introAny:
      'Geben Sie ein, womit Sie sich anmelden. Wir senden Ihnen dann einen Code, mit dem Sie ein neues Passwort festlegen können.',
    submit: 'Code senden',
  },

  resetPassword: {
    heading: 'Neues Passwort festlegen',
    sentTo: (destination: string) =>
      `Wir haben einen 6-stelligen Code an ${destination} gesendet. Geben Sie ihn zusammen mit Ihrem neuen Passwort ein.`,
    sentSomewhere: 'Wir haben Ihnen einen 6-stelligen Code gesendet. Geben Sie ihn zusammen mit Ihrem neuen Passwort ein.',
    sentByText: (destination: string) =>
      `Wir haben einen 6-stelligen Code per SMS an ${destination} gesendet. Geben Sie ihn zusammen mit Ihrem neuen Passwort ein.`,
    ifEmailed: 'Falls ein Konto zu Ihrer Eingabe passt, ist ein Code an seine E-Mail-Adresse unterwegs.',
    ifTexted: 'Falls ein Konto zu Ihrer Eingabe passt, ist ein Code per SMS an seine Telefonnummer unterwegs.',
    ifSent: 'Falls ein Konto zu Ihrer Eingabe passt, ist ein Code unterwegs.',
    submit: 'Passwort zurücksetzen und anmelden',
  },

  newPassword: {
    heading: 'Passwort festlegen',
    intro: 'Ihr Konto wurde mit einem temporären Passwort erstellt. Legen Sie ein eigenes fest, um fortzufahren.',
    attributesHeading: 'Außerdem benötigen wir',
    submit: 'Speichern und fortfahren',
  },

  totpSetup: {
    heading: 'Authenticator-App einrichten',
    intro:
      'Für Ihr Konto ist bei der Anmeldung ein zweiter Schritt erforderlich. Fügen Sie Ihr Konto einer Authenticator-App wie Google Authenticator, Microsoft Authenticator, 1Password oder Authy hinzu.',
    scan: 'Scannen Sie diesen QR-Code mit der App.',
    qrAlt: (account: string) => `QR-Code, der ${account} zu einer Authenticator-App hinzufügt`,
    manual: 'Scannen nicht möglich? Geben Sie stattdessen diesen Einrichtungsschlüssel in der App ein:',
    secretLabel: 'Einrichtungsschlüssel',
    copy: 'Schlüssel kopieren',
    copied: 'Kopiert',
    copyFailed: 'Markieren Sie den Schlüssel und kopieren Sie ihn von Hand',
    openInApp: 'In einer Authenticator-App auf diesem Gerät öffnen',
    enterCode: 'Geben Sie dann den 6-stelligen Code ein, den die App anzeigt.',
    deviceName: 'Name für diesen Authenticator (optional)',
    deviceNamePlaceholder: 'Mein Smartphone',
    submit: 'Bestätigen und abschließen',
    preparing: 'Ihr Einrichtungsschlüssel wird vorbereitet…',
    verified: 'Ihre Authenticator-App ist bestätigt. Nur noch der letzte Schritt der Anmeldung fehlt.',
    enabling: 'Code akzeptiert. Wird aktiviert…',
    notTurnedOn:
      'Ihr Code wurde akzeptiert, aber die Authenticator-App ist für Ihr Konto noch nicht aktiviert. Versuchen Sie es noch einmal – ein neuer Code ist nicht nötig.',
  },

  mfaSetupChoice: {
    heading: 'Zweiten Schritt hinzufügen',
    intro: 'Für Ihr Konto ist bei der Anmeldung ein zweiter Schritt erforderlich. Wählen Sie einen aus.',
    emailOnly: 'Für Ihr Konto ist bei der Anmeldung ein zweiter Schritt erforderlich: ein Code, den wir Ihnen per E-Mail senden.',
    emailTo: (email: string) => `Codes werden an ${email} gesendet.`,
    sending: 'Code wird gesendet…',
  },

  totpChallenge: {
    heading: 'Code aus der Authenticator-App eingeben',
    intro: 'Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code für dieses Konto ein.',
    device: (name: string) => `Authenticator-App: ${name}`,
    submit: 'Bestätigen',
  },

  emailChallenge: {
    heading: 'Code aus der E-Mail eingeben',
    sentTo: (destination: string) => `Wir haben einen 6-stelligen Code an ${destination} gesendet.`,
    sentSomewhere: 'Wir haben einen 6-stelligen Code an Ihre E-Mail-Adresse gesendet.',
    submit: 'Bestätigen',
  },

  smsChallenge: {
    heading: 'Code aus der SMS eingeben',
    sentTo: (destination: string) => `Wir haben einen 6-stelligen Code an ${destination} gesendet.`,
    sentSomewhere: 'Wir haben einen 6-stelligen Code an Ihre Telefonnummer gesendet.',
    submit: 'Bestätigen',
  },

  selectMfaType: {
    heading: 'Wählen Sie, wie Sie Ihre Identität bestätigen',
    intro: 'Für Ihr Konto ist mehr als ein zweiter Schritt eingerichtet. Wählen Sie einen für diese Anmeldung aus.',
    options: {
      SOFTWARE_TOKEN_MFA: 'Authenticator-App',
      SMS_MFA: 'Textnachricht (SMS)',
      EMAIL_OTP: 'E-Mail',
    },
  },

  signedIn: {
    heading: 'Sie sind angemeldet',
    as: (email: string) => `Angemeldet als ${email}`,
    account: 'Konto und Sicherheit',
    signOut: 'Abmelden',
    signOutEverywhere: 'Auf allen Geräten abmelden',
    reconnecting:
      'Verbindung wird wiederhergestellt… Der Anmeldedienst ist gerade nicht erreichbar, um Ihre Sitzung zu verlängern. Sie bleiben angemeldet, und wir versuchen es weiter.',
    nav: 'Ihr Konto',
    home: 'Startseite',
    profile: 'Profil',
    profileIntro:
      'Sehen Sie, was die API der Website über Sie weiß: Die Profilseite fragt sie mit Ihrer Anmeldung ab.',
  },

  profile: {
    heading: 'Ihr Profil',
    intro: 'Was die API der Website geantwortet hat, als diese Seite mit Ihrer Anmeldung gefragt hat, wer Sie sind.',
    loading: 'Die API wird gefragt…',
    sub: 'Benutzer-ID',
    username: 'Benutzername',
    groups: 'Gruppen',
    noGroups: 'Keine',
    tokenExpiresAt: 'Ihre Anmeldung gilt bis',
    servedAt: 'Beantwortet um',
    refused: 'Die API hat Ihre Anmeldung nicht akzeptiert. Bitte melden Sie sich ab und wieder an.',
    failed: (status: number) =>
      `Die API konnte nicht antworten (Fehler ${status}). Bitte versuchen Sie es gleich noch einmal.`,
    unreachable: 'Die API ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.',
  },

  account: {
    heading: 'Konto und Sicherheit',
    mfaHeading: 'Bestätigung in zwei Schritten',
    mfaIntro: 'Ein zweiter Schritt bei der Anmeldung schützt Ihr Konto, selbst wenn Ihr Passwort in falsche Hände gerät.',
    loading: 'Ihre Einstellungen werden geladen…',
    on: 'An',
    off: 'Aus',
    preferred: 'Wird zuerst verwendet',
    setUpTotp: 'Authenticator-App einrichten',
    replaceTotp: 'Zu einer anderen Authenticator-App wechseln',
    verifiedNotOn: 'Noch nicht aktiviert',
    turnOnTotp: 'Authenticator-App aktivieren',
    smsByPhone: 'Codes gehen an Ihre Telefonnummer, wie diese Website es verlangt; sie können hier nicht deaktiviert werden.',
    requiredOnly: 'Diese Website verlangt einen zweiten Schritt, daher kann Ihr einziger nicht deaktiviert werden.',
    turnOff: (factor: string) => `${factor} deaktivieren`,
    prefer: (factor: string) => `${factor} zuerst verwenden`,
    passwordHeading: 'Passwort',
    changePassword: 'Passwort ändern',
  },

  changePassword: {
    heading: 'Passwort ändern',
    submit: 'Passwort ändern',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `Verbleibende Zeit für diesen Schritt: ${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired:
      'Das hat zu lange gedauert, daher wurde die Anmeldung zu Ihrer Sicherheit abgebrochen. Bitte melden Sie sich noch einmal an.',
    sessionUsed:
      'Dieser Anmeldeschritt wurde bereits verwendet (vielleicht kurz bevor die Verbindung abbrach) und kann daher nicht noch einmal gesendet werden. Bitte melden Sie sich noch einmal an.',
    codeResent: 'Wir haben einen neuen Code gesendet. Zuvor gesendete Codes funktionieren nicht mehr.',
    accountConfirmed: 'Ihr Konto ist bestätigt. Bitte melden Sie sich an.',
    alreadyConfirmed: 'Dieses Konto ist bereits bestätigt. Bitte melden Sie sich an.',
    confirmBeforeSignIn: 'Ihr Konto ist noch nicht bestätigt. Wir haben Ihnen einen neuen Code gesendet.',
    resetCodeSent: 'Falls ein Konto diese E-Mail-Adresse verwendet, ist ein Code unterwegs.',
    passwordChanged: 'Ihr Passwort wurde geändert.',
    totpEnabled: 'Ihre Authenticator-App ist eingerichtet. Sie verwenden sie bei Ihrer nächsten Anmeldung.',
    mfaUpdated: 'Ihre Einstellungen für die Bestätigung in zwei Schritten wurden gespeichert.',
    sessionEnded: 'Ihre Sitzung ist beendet. Bitte melden Sie sich noch einmal an.',
    sessionRevoked:
      'Sie wurden überall abgemeldet – von einem anderen Gerät aus oder vom Administrator der Website. Bitte melden Sie sich noch einmal an.',
    sessionNotRenewed:
      'Ihre Sitzung konnte nicht verlängert werden, daher wurden Sie abgemeldet. Bitte melden Sie sich noch einmal an. Wenn das wiederholt passiert, wenden Sie sich an den Support der Website.',
    signedOut: 'Sie sind abgemeldet.',
    signedOutEverywhere: 'Sie sind auf allen Ihren Geräten abgemeldet.',
    signedOutElsewhere: 'Sie haben sich in einem anderen Tab dieser Website abgemeldet.',
    passkeyAdded: 'Ihr Passkey wurde hinzugefügt. Beim nächsten Mal können Sie sich damit anmelden.',
    passkeyDeleted: 'Der Passkey wurde gelöscht.',
  },

  passwordRules: {
    length: (min: number) => `Mindestens ${min} Zeichen`,
    uppercase: () => 'Einen Großbuchstaben',
    lowercase: () => 'Einen Kleinbuchstaben',
    number: () => 'Eine Ziffer',
    symbol: () => 'Ein Sonderzeichen wie ! @ # oder ?',
    spaces: () => 'Keine Leerzeichen am Anfang oder Ende',
  },

  problems: {
    required: 'Bitte füllen Sie dieses Feld aus.',
    emailFormat: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
    emailTooLong: 'Eine E-Mail-Adresse darf höchstens 128 Zeichen lang sein.',
    phoneFormat: 'Geben Sie die Nummer mit + und der Ländervorwahl ein, z. B. +44 7700 900123.',
    usernameFormat: 'Ein Benutzername darf keine Leerzeichen enthalten.',
    usernameTooLong: 'Ein Benutzername darf höchstens 128 Zeichen lang sein.',
    usernameLooksLikeEmail:
      'Wählen Sie einen Benutzernamen, der keine E-Mail-Adresse ist: Ihre E-Mail-Adresse wird weiter unten abgefragt.',
    usernameLooksLikePhone:
      'Wählen Sie einen Benutzernamen, der keine Telefonnummer ist: Ihre Nummer wird weiter unten abgefragt.',
    birthdateFormat: 'Geben Sie ein Datum wie 1990-05-17 ein (Jahr, Monat, Tag).',
    attributeTooLong: 'Dies darf höchstens 2048 Zeichen lang sein.',
    weakPassword: 'Dieses Passwort erfüllt die unten stehenden Anforderungen nicht.',
    passwordTooLong: 'Ein Passwort darf höchstens 256 Zeichen lang sein.',
    codeFormat: 'Geben Sie die 6 Ziffern des Codes ein.',
    wrongCredentials: 'E-Mail-Adresse oder Passwort ist falsch. Prüfen Sie beides und versuchen Sie es noch einmal.',
    userNotFound:
      'Wir haben kein Konto mit dieser E-Mail-Adresse gefunden. Prüfen Sie sie auf Tippfehler oder erstellen Sie ein Konto.',
    wrongCurrentPassword: 'Ihr aktuelles Passwort ist falsch.',
    userNotConfirmed: 'Ihr Konto ist noch nicht bestätigt.',
    usernameExists: 'Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Möchten Sie sich stattdessen anmelden?',
    invalidPassword: 'Dieses Passwort erfüllt die Anforderungen nicht.',
    invalidEmail: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
    codeMismatch: 'Dieser Code ist falsch. Prüfen Sie ihn und versuchen Sie es noch einmal.',
    expiredCode: 'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.',
    totpCodeReused: 'Dieser Code wurde bereits verwendet. Warten Sie, bis die App einen neuen anzeigt.',
    alreadyConfirmed: 'Dieses Konto ist bereits bestätigt.',
    userDisabled: 'Dieses Konto ist deaktiviert. Wenden Sie sich an den Support der Website.',
    passwordResetRequired: 'Sie müssen Ihr Passwort zurücksetzen, bevor Sie sich anmelden können.',
    cannotResetPassword: 'Das Passwort für dieses Konto kann hier nicht zurückgesetzt werden.',
    mfaNotSetUp: 'Schließen Sie zuerst die Einrichtung der Authenticator-App ab.',
    sessionExpired: 'Das hat zu lange gedauert. Bitte melden Sie sich noch einmal an.',
    signedOut: 'Sie wurden abgemeldet. Bitte melden Sie sich noch einmal an.',
    passwordAttemptsExceeded:
      'Zu viele fehlgeschlagene Versuche. Warten Sie einige Minuten und versuchen Sie es dann noch einmal.',
    limitExceeded:
      'Vorerst zu viele Versuche. Warten Sie eine Weile (bis zu einer Stunde) und versuchen Sie es dann noch einmal.',
    tooManyRequests: 'Der Dienst ist ausgelastet. Warten Sie einige Sekunden und versuchen Sie es dann noch einmal.',
    tooManyFailedAttempts: 'Zu viele falsche Codes. Warten Sie eine Weile und fordern Sie dann einen neuen Code an.',
    network:
      'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal. Ihre Eingaben bleiben erhalten.',
    serviceError: 'Beim Anmeldedienst ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
    clientHasSecret:
      'Diese Website ist falsch eingerichtet: Ihr Cognito-App-Client hat einen geheimen Clientschlüssel (Client-Secret), den eine Browser-App nicht verwenden kann. Der Betreiber der Website muss einen App-Client ohne Secret erstellen und VITE_COGNITO_CLIENT_ID auf dessen ID setzen.',
    userPasswordAuthDisabled:
      'Diese Website ist falsch eingerichtet: Ihr Cognito-App-Client erlaubt keine Anmeldung mit Passwort. Der Betreiber der Website muss ALLOW_USER_PASSWORD_AUTH in den Authentifizierungsabläufen des App-Clients aktivieren.',
    unknownClient:
      'Diese Website ist falsch eingerichtet: Cognito kennt ihren App-Client nicht. Der Betreiber der Website muss VITE_COGNITO_CLIENT_ID und die Region in VITE_COGNITO_USER_POOL_ID prüfen.',
    softwareTokenMfaNotEnabled:
      'Diese Website ist falsch eingerichtet: Für ihren Benutzerpool sind Authenticator-Apps nicht aktiviert. Der Betreiber der Website muss TOTP-MFA (Software-Token) in den Anmeldeeinstellungen des Benutzerpools aktivieren.',
    unsupportedChallenge:
      'Ihr Konto benötigt einen Anmeldeschritt, den diese Seite nicht unterstützt. Wenden Sie sich an den Support der Website.',
    blockedBySecurity:
      'Zum Schutz Ihres Kontos wurde diese Anfrage blockiert. Ein erneuter Versuch hilft jetzt nicht: Setzen Sie Ihr Passwort zurück oder wenden Sie sich an den Support der Website.',
    temporaryPasswordExpired:
      'Ihr temporäres Passwort ist abgelaufen. Bitten Sie den Administrator der Website, Ihnen ein neues zu senden.',
    compromisedPassword:
      'Dieses Passwort ist anderswo in einem Datenleck aufgetaucht und kann daher hier nicht verwendet werden. Wählen Sie ein anderes.',
    passwordReused: 'Sie haben dieses Passwort schon einmal verwendet. Wählen Sie eines, das Sie in letzter Zeit nicht verwendet haben.',
    lambdaRefused:
      'Die eigenen Prüfungen dieser Website haben dies nicht akzeptiert. Wenn Sie das für einen Fehler halten, wenden Sie sich an den Support der Website.',
    lambdaFailed:
      'Die eigenen Prüfungen dieser Website konnten nicht abgeschlossen werden. Versuchen Sie es gleich noch einmal. Wenn das wiederholt passiert, wenden Sie sich an den Support der Website.',
    sessionRevoked: 'Sie wurden überall abgemeldet. Bitte melden Sie sich noch einmal an.',
    refreshTokenInvalid: 'Ihre Sitzung kann nicht verlängert werden. Bitte melden Sie sich noch einmal an.',
    autoVerifyOff:
      'Diese Website ist falsch eingerichtet: Ihr Benutzerpool sendet keine Bestätigungscodes. Der Betreiber der Website muss im Benutzerpool die E-Mail-Verifizierung aktivieren (automatisch verifiziertes Attribut: email).',
    emailNotUsername:
      'Diese Website ist falsch eingerichtet: Ihr Benutzerpool akzeptiert das, was diese Seite abfragt, nicht als Benutzernamen (etwa eine E-Mail-Adresse, die dort nur ein Alias ist, oder eine Telefonnummer, wo Benutzernamen E-Mail-Adressen sind). Der Betreiber der Website muss VITE_COGNITO_SIGN_IN_WITH auf das setzen, womit sich Benutzer beim Benutzerpool anmelden.',
    signUpAttributesRequired:
      'Diese Website ist falsch eingerichtet: Ihr Benutzerpool verlangt bei der Registrierung Angaben, die diese Seite nicht abfragt. Der Betreiber der Website muss sie in VITE_COGNITO_SIGN_UP_ATTRIBUTES aufführen oder im Benutzerpool optional machen.',
    poolCannotDeliver:
      'Diese Website ist falsch eingerichtet: Ihr Benutzerpool darf keine E-Mails oder Textnachrichten senden. Der Betreiber der Website muss die E-Mail-Einstellungen (SES) oder SMS-Einstellungen (SNS-Rolle) des Pools korrigieren.',
    poolMisconfigured:
      'Diese Website ist falsch eingerichtet: Cognito hält die Konfiguration ihres Benutzerpools für ungültig. Der Betreiber der Website muss die Einstellungen des Benutzerpools prüfen.',
    smsSetupNeedsPhone:
      'Ihr Konto hat keine Telefonnummer, und diese Website sendet Codes nur per Textnachricht. Bitten Sie den Betreiber der Website, Ihre Nummer hinzuzufügen oder Authenticator-Apps bzw. Codes per E-Mail zu aktivieren.',
    invalidParameter:
      'Etwas in der Anfrage wurde nicht akzeptiert. Prüfen Sie Ihre Eingaben und versuchen Sie es noch einmal.',
    passkeyCancelled:
      'Die Passkey-Abfrage wurde geschlossen, oder dieses Gerät hat keinen Passkey für diese Website. Versuchen Sie es noch einmal, oder melden Sie sich auf andere Weise an.',
    passkeyExists: 'Dieses Gerät hat bereits einen Passkey für Ihr Konto.',
    passkeyWrongDomain:
      'Passkeys können auf dieser Seite nicht verwendet werden. Für den Betreiber der Website: Die Relying-Party-ID für Passkeys des Benutzerpools muss die Domain dieser Seite oder eine übergeordnete Domain davon sein.',
    passkeyUnsupported:
      'Dieser Browser kann keine Passkeys verwenden. Melden Sie sich auf andere Weise an, oder verwenden Sie einen Browser, der Passkeys unterstützt.',
    passkeyRefused: 'Dieser Passkey wurde nicht akzeptiert. Versuchen Sie es noch einmal, oder verwenden Sie einen anderen Passkey.',
    passkeysOff:
      'Diese Website ist falsch eingerichtet: Passkeys sind für ihren Benutzerpool nicht aktiviert. Der Betreiber der Website muss Passkey als ersten Faktor zulassen und die Relying-Party-ID für Passkeys des Benutzerpools festlegen.',
    featureNotInPlan:
      'Diese Website ist falsch eingerichtet: Der Funktionsplan ihres Benutzerpools enthält diese Art der Anmeldung nicht. Der Betreiber der Website muss den Benutzerpool auf den Plan Essentials oder Plus umstellen.',
    userAuthDisabled:
      'Diese Website ist falsch eingerichtet: Ihr Cognito-App-Client erlaubt keine auswahlbasierte Anmeldung. Der Betreiber der Website muss ALLOW_USER_AUTH in den Authentifizierungsabläufen des App-Clients aktivieren.',
    signUpSessionExpired:
      'Das hat zu lange gedauert, um Sie direkt anzumelden. Geben Sie den Code noch einmal ein, um Ihr Konto zu bestätigen; danach wählen Sie, wie Sie sich anmelden.',
    unknown: 'Etwas ist schiefgelaufen. Versuchen Sie es noch einmal.',
  },

  problemsNotByEmail: {
    wrongCredentials: 'Die Anmeldedaten oder das Passwort sind falsch. Prüfen Sie beides und versuchen Sie es noch einmal.',
    userNotFound:
      'Wir haben kein Konto mit diesen Angaben gefunden. Prüfen Sie sie auf Tippfehler oder erstellen Sie ein Konto.',
    usernameExists: 'Es gibt bereits ein Konto mit diesen Angaben. Möchten Sie sich stattdessen anmelden?',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled:
        'Die Passkey-Abfrage wurde geschlossen oder ist abgelaufen, daher wurde kein Passkey hinzugefügt. Versuchen Sie es noch einmal oder wählen Sie „Jetzt nicht“.',
      passkeyExists:
        'Dieses Gerät hat bereits einen Passkey für Ihr Konto, daher wurde kein neuer hinzugefügt. Wählen Sie „Jetzt nicht“, um fortzufahren, oder versuchen Sie es mit einem anderen Gerät oder Sicherheitsschlüssel.',
      passkeyWrongDomain:
        'Passkeys können auf dieser Seite nicht verwendet werden. Für den Betreiber der Website: Die Relying-Party-ID für Passkeys des Benutzerpools muss die Domain dieser Seite oder eine übergeordnete Domain davon sein. Wählen Sie „Jetzt nicht“, um fortzufahren.',
      passkeyUnsupported:
        'Dieser Browser kann keine Passkeys erstellen, daher wurde keiner hinzugefügt. Wählen Sie „Jetzt nicht“, um fortzufahren; Sie können später in einem Browser, der Passkeys unterstützt, über Ihr Konto einen hinzufügen.',
      passkeyRefused:
        'Der Anmeldedienst hat den neuen Passkey nicht angenommen, daher wurde er nicht hinzugefügt. Versuchen Sie es noch einmal oder wählen Sie „Jetzt nicht“.',
      passkeysOff:
        'Diese Website ist falsch eingerichtet: Passkeys sind für ihren Benutzerpool nicht aktiviert. Der Betreiber der Website muss Passkey als ersten Faktor zulassen und die Relying-Party-ID für Passkeys des Benutzerpools festlegen. Wählen Sie „Jetzt nicht“, um fortzufahren.',
      featureNotInPlan:
        'Diese Website ist falsch eingerichtet: Der Funktionsplan ihres Benutzerpools enthält diese Art der Anmeldung nicht. Der Betreiber der Website muss den Benutzerpool auf den Plan Essentials oder Plus umstellen. Wählen Sie „Jetzt nicht“, um fortzufahren.',
      network:
        'Der Anmeldedienst war nicht erreichbar, daher wurde kein Passkey hinzugefügt. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal, oder wählen Sie „Jetzt nicht“.',
      serviceError:
        'Beim Anmeldedienst ist ein Problem aufgetreten, daher wurde kein Passkey hinzugefügt. Versuchen Sie es gleich noch einmal oder wählen Sie „Jetzt nicht“.',
      invalidParameter:
        'Der Anmeldedienst hat die Anfrage nicht angenommen, daher wurde kein Passkey hinzugefügt. Versuchen Sie es noch einmal oder wählen Sie „Jetzt nicht“.',
      unknown:
        'Etwas ist schiefgegangen, daher wurde kein Passkey hinzugefügt. Versuchen Sie es noch einmal oder wählen Sie „Jetzt nicht“.',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `Diese Website hat dies nicht akzeptiert: ${reason}`,
    contactSupport: (contact: string) => `Support-Kontakt: ${contact}`,
  },

  selectChallenge: {
    heading: 'Anmeldemethode wählen',
    as: (email: string) => `Anmeldung als ${email}.`,
    options: {
      WEB_AUTHN: 'Passkey verwenden',
      EMAIL_OTP: 'Code per E-Mail senden',
      SMS_OTP: 'Code per SMS senden',
      PASSWORD: 'Mit Passwort anmelden',
    },
    none: 'Diese Seite bietet keine Anmeldemethode, die Ihr Konto hat. Wenden Sie sich an den Support der Website.',
  },
  passkeySignIn: {
    heading: 'Mit Ihrem Passkey anmelden',
    waiting: 'Folgen Sie der Abfrage Ihres Browsers, um Ihren Passkey zu verwenden.',
    retry: 'Passkey erneut versuchen',
    otherWay: 'Auf andere Weise anmelden',
  },
  passkeyOffer: {
    heading: 'Melden Sie sich nächstes Mal schneller mit einem Passkey an',
    intro: 'Nutzen Sie Fingerabdruck, Gesichtserkennung oder Bildschirmsperre statt Ihres Passworts. Sie können den Passkey jederzeit in Ihrem Konto wieder entfernen.',
    notNow: 'Jetzt nicht',
    checking: 'Sie werden angemeldet…',
  },
  passkeys: {
    heading: 'Ihre Passkeys',
    intro: 'Mit einem Passkey melden Sie sich per Fingerabdruck, Gesichtserkennung oder Bildschirmsperre an statt mit einem Passwort.',
    manage: 'Passkeys verwalten',
    loading: 'Ihre Passkeys werden geladen…',
    none: 'Sie haben noch keine Passkeys.',
    add: 'Passkey hinzufügen',
    creating: 'Folgen Sie der Abfrage Ihres Browsers, um den Passkey zu erstellen.',
    unnamed: 'Unbenannter Passkey',
    added: (date: string) => `Hinzugefügt am ${date}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'Über die Bildschirmsperre eines Geräts' : attachment === 'cross-platform' ? 'Sicherheitsschlüssel oder Smartphone' : 'Authentifikator',
    delete: (name: string) => `${name} löschen`,
    confirmDelete: (name: string) => `„${name}“ löschen? Sie können sich dann nicht mehr damit anmelden.`,
    confirm: 'Passkey löschen',
    cancel: 'Behalten',
  },

  config: {
    heading: 'Diese App ist nicht richtig konfiguriert',
    intro: 'Setzen Sie diese Build-Variablen (zum Beispiel in .env.local) und erstellen Sie die App neu:',
    problems: {
      missingPoolId: () =>
        'VITE_COGNITO_USER_POOL_ID fehlt: Setzen Sie die Variable auf die ID Ihres Benutzerpools, etwa eu-west-1_AbCdEf123.',
      missingClientId: () =>
        'VITE_COGNITO_CLIENT_ID fehlt: Setzen Sie die Variable auf die ID eines App-Clients ohne Secret.',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID „${'value' in p ? p.value : ''}“ ist keine Benutzerpool-ID: Eine solche ID sieht aus wie eu-west-1_AbCdEf123 (Region, Unterstrich, ID).`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID „${'value' in p ? p.value : ''}“ ist keine App-Client-ID: Kopieren Sie sie von der Seite des App-Clients in der Cognito-Konsole.`,
      badRegion: (p) => `VITE_COGNITO_REGION „${'value' in p ? p.value : ''}“ ist keine Region wie eu-west-1.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION ist ${p.region}, aber der Benutzerpool liegt in ${p.poolRegion}: Entfernen Sie VITE_COGNITO_REGION oder gleichen Sie beide an.`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT „${'value' in p ? p.value : ''}“ ist keine http(s)-URL wie http://localhost:9229/.`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES „${'value' in p ? p.value : ''}“ muss eine ganze Zahl von Minuten zwischen 3 und 15 sein, wie die Sitzungsdauer des Authentifizierungsablaufs im App-Client.`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY „${'value' in p ? p.value : ''}“ ist keine Passwortrichtlinie: Geben Sie die Regeln des Benutzerpools durch Kommas getrennt an, min=<6 bis 99> und beliebige von upper, lower, number, symbol, z. B. min=12,upper,lower,number,symbol.`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED „${'value' in p ? p.value : ''}“ muss true (der Benutzerpool verlangt MFA) oder false sein.`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH „${'value' in p ? p.value : ''}“ muss durch Kommas getrennt angeben, womit sich Benutzer anmelden, jedes einmal: email, phone, username, preferred_username (z. B. username,email für Benutzernamen mit E-Mail-Adresse als Alias).`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES „${'value' in p ? p.value : ''}“ muss Attribute durch Kommas getrennt angeben, jedes einmal: Standardattribute mit Namen (name, given_name, birthdate, …), benutzerdefinierte mit einer Bezeichnung (custom:team=Team); ein ? nach dem Namen macht eines optional.`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH „${'value' in p ? p.value : ''}“ nennt preferred_username ohne username: Ein bevorzugter Benutzername ist ein Alias in einem Pool mit Benutzernamen (--alias-attributes preferred_username), nennen Sie also auch username, z. B. username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES „${'value' in p ? p.value : ''}“ nennt preferred_username, das VITE_COGNITO_SIGN_IN_WITH zu einem Alias macht: Cognito nimmt einen bevorzugten Benutzernamen als Alias erst nach der Bestätigung des Kontos an, nicht bei der Registrierung. Entfernen Sie preferred_username aus VITE_COGNITO_SIGN_UP_ATTRIBUTES.`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY „${'value' in p ? p.value : ''}“ muss true (nur Administratoren legen Benutzer an) oder false sein.`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS „${'value' in p ? p.value : ''}“ ist keine Liste erster Faktoren: Nennen Sie beliebige von password, passkey, email, sms, durch Kommas getrennt und jeden nur einmal, z. B. password,passkey,email.`,
    },
  },
};

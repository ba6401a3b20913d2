/**
 * Français. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const fr: Dictionary = {
  lang: 'fr',
  languageName: 'Français',
  languagePicker: 'Langue',
  appName: 'Connexion',
  simulatedBanner:
    'Groupe d’utilisateurs simulé : rien ne quitte ce navigateur, et les codes s’affichent dans la boîte de réception de développement.',
  busy: 'Veuillez patienter…',
  retry: 'Réessayer',
  back: 'Retour à la connexion',
  backToAccount: 'Retour à votre compte',
  backToHome: 'Retour',
  offline:
    'Impossible de joindre le service de connexion. Vérifiez votre connexion, puis réessayez ; ce que vous avez saisi est conservé.',

  fields: {
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    newPassword: 'Nouveau mot de passe',
    code: 'Code de validation',
    codeHint: '6 chiffres',
    currentPassword: 'Mot de passe actuel',
    showPassword: 'Afficher le mot de passe',
    hidePassword: 'Masquer le mot de passe',
    identifier: {
      email: 'Adresse e-mail',
      phone: 'Numéro de téléphone',
      username: 'Nom d’utilisateur',
      emailOrPhone: 'Adresse e-mail ou numéro de téléphone',
      usernameOrEmail: 'Nom d’utilisateur ou adresse e-mail',
      usernameOrPhone: 'Nom d’utilisateur ou numéro de téléphone',
      usernameEmailOrPhone: 'Nom d’utilisateur, adresse e-mail ou numéro de téléphone',
      usernameOrPreferred: 'Nom d’utilisateur ou nom d’utilisateur préféré',
      usernamePreferredOrEmail: 'Nom d’utilisateur, nom d’utilisateur préféré ou adresse e-mail',
      usernamePreferredOrPhone: 'Nom d’utilisateur, nom d’utilisateur préféré ou numéro de téléphone',
      usernamePreferredEmailOrPhone: 'Nom d’utilisateur, nom d’utilisateur préféré, adresse e-mail ou numéro de téléphone',
    },
    phoneHint: 'Commencez par + et l’indicatif du pays, p. ex. +44 7700 900123',
  },

  signIn: {
    heading: 'Se connecter',
    submit: 'Se connecter',
    noAccount: 'Première visite ?',
    toSignUp: 'Créer un compte',
    forgot: 'Mot de passe oublié ?',
    continue: 'Continuer',
    withPasskey: 'Se connecter avec une clé d’accès',
  },

  code: {
    resend: 'Envoyer un nouveau code',
    resendIn: (seconds: number) => `Vous pourrez demander un nouveau code dans ${seconds}\u00a0s`,
  },

  signUp: {
    heading: 'Créer votre compte',
    submit: 'Créer un compte',
    haveAccount: 'Vous avez déjà un compte ?',
    toSignIn: 'Se connecter',
    rulesHeading: 'Votre mot de passe doit contenir',
    optional: (label: string) => `${label} (facultatif)`,
  },

  attributes: {
    name: 'Nom complet',
    given_name: 'Prénom',
    family_name: 'Nom de famille',
    middle_name: 'Deuxième prénom',
    nickname: 'Surnom',
    preferred_username: 'Nom d’utilisateur préféré',
    profile: 'Page de profil (URL)',
    picture: 'Photo (URL)',
    website: 'Site web',
    gender: 'Genre',
    birthdate: 'Date de naissance',
    zoneinfo: 'Fuseau horaire (p. ex. Europe/Paris)',
    locale: 'Langue (p. ex. fr-FR, en-GB)',
    address: 'Adresse postale',
    email: 'Adresse e-mail',
    phone_number: 'Numéro de téléphone',
  },

  confirmSignUp: {
    heading: 'Confirmez votre adresse e-mail',
    headingPhone: 'Confirmez votre numéro de téléphone',
    sentTo: (destination: string) =>
      `Nous avons envoyé un code à 6 chiffres à ${destination}. Saisissez-le pour confirmer votre compte.`,
    sentSomewhere:
      'Nous avons envoyé un code à 6 chiffres à votre adresse e-mail. Saisissez-le pour confirmer votre compte.',
    sentByText: (destination: string) =>
      `Nous avons envoyé un code à 6 chiffres par SMS au ${destination}. Saisissez-le pour confirmer votre compte.`,
    submit: 'Confirmer',
  },

  forgotPassword: {
    heading: 'Réinitialiser votre mot de passe',
    intro:
      'Saisissez l’adresse e-mail de votre compte et nous vous enverrons un code pour choisir un nouveau mot de passe.',
    introAny:
      'Saisissez l’identifiant avec lequel vous vous connectez et nous vous enverrons un code pour choisir un nouveau mot de passe.',
    submit: 'Envoyer le code',
  },

  resetPassword: {
    heading: 'Choisir un nouveau mot de passe',
    sentTo: (destination: string) =>
      `Nous avons envoyé un code à 6 chiffres à ${destination}. Saisissez-le avec votre nouveau mot de passe.`,
    sentSomewhere: 'Nous vous avons envoyé un code à 6 chiffres. Saisissez-le avec votre nouveau mot de passe.',
    sentByText: (destination: string) =>
      `Nous avons envoyé un code à 6 chiffres par SMS au ${destination}. Saisissez-le avec votre nouveau mot de passe.`,
    ifEmailed: 'Si un compte correspond à ce que vous avez saisi, un code est en route vers son adresse e-mail.',
    ifTexted: 'Si un compte correspond à ce que vous avez saisi, un code est en route par SMS vers son numéro de téléphone.',
    ifSent: 'Si un compte correspond à ce que vous avez saisi, un code est en route.',
    submit: 'Réinitialiser le mot de passe et se connecter',
  },

  newPassword: {
    heading: 'Choisir votre mot de passe',
    intro: 'Votre compte a été créé avec un mot de passe temporaire. Choisissez le vôtre pour continuer.',
    attributesHeading: 'Il nous faut aussi',
    submit: 'Enregistrer et continuer',
  },

  totpSetup: {
    heading: 'Configurer votre application d’authentification',
    intro:
      'Votre compte nécessite une deuxième étape lors de la connexion. Ajoutez votre compte à une application d’authentification comme Google Authenticator, Microsoft Authenticator, 1Password ou Authy.',
    scan: 'Scannez ce code QR avec l’application.',
    qrAlt: (account: string) => `Code QR qui ajoute ${account} à une application d’authentification`,
    manual: 'Impossible de le scanner ? Saisissez plutôt cette clé de configuration dans l’application :',
    secretLabel: 'Clé de configuration',
    copy: 'Copier la clé',
    copied: 'Copiée',
    copyFailed: 'Sélectionnez la clé et copiez-la manuellement',
    openInApp: 'Ouvrir dans une application d’authentification sur cet appareil',
    enterCode: 'Saisissez ensuite le code à 6 chiffres affiché par l’application.',
    deviceName: 'Nom de cet authentificateur (facultatif)',
    deviceNamePlaceholder: 'Mon téléphone',
    submit: 'Valider et terminer',
    preparing: 'Préparation de votre clé de configuration…',
    verified: 'Votre application d’authentification est validée. Il ne reste que la dernière étape de la connexion.',
    enabling: 'Code accepté. Activation en cours…',
    notTurnedOn:
      'Votre code a été accepté, mais l’application d’authentification n’est pas encore activée pour votre compte. Réessayez : aucun nouveau code n’est nécessaire.',
  },

  mfaSetupChoice: {
    heading: 'Ajouter une deuxième étape',
    intro: 'Votre compte nécessite une deuxième étape lors de la connexion. Choisissez-en une.',
    emailOnly: 'Votre compte nécessite une deuxième étape lors de la connexion : un code que nous vous envoyons par e-mail.',
    emailTo: (email: string) => `Les codes sont envoyés à ${email}.`,
    sending: 'Envoi d’un code…',
  },

  totpChallenge: {
    heading: 'Saisissez le code de votre application d’authentification',
    intro: 'Ouvrez votre application d’authentification et saisissez le code à 6 chiffres de ce compte.',
    device: (name: string) => `Authentificateur : ${name}`,
    submit: 'Valider',
  },

  emailChallenge: {
    heading: 'Saisissez le code reçu par e-mail',
    sentTo: (destination: string) => `Nous avons envoyé un code à 6 chiffres à ${destination}.`,
    sentSomewhere: 'Nous avons envoyé un code à 6 chiffres à votre adresse e-mail.',
    submit: 'Valider',
  },

  smsChallenge: {
    heading: 'Saisissez le code reçu par SMS',
    sentTo: (destination: string) => `Nous avons envoyé un code à 6 chiffres au ${destination}.`,
    sentSomewhere: 'Nous avons envoyé un code à 6 chiffres sur votre téléphone.',
    submit: 'Valider',
  },

  selectMfaType: {
    heading: 'Choisissez comment confirmer votre identité',
    intro: 'Votre compte dispose de plusieurs deuxièmes étapes. Choisissez-en une pour cette connexion.',
    options: {
      SOFTWARE_TOKEN_MFA: 'Application d’authentification',
      SMS_MFA: 'Message texte (SMS)',
      EMAIL_OTP: 'E-mail',
    },
  },

  signedIn: {
    heading: 'Connexion réussie',
    as: (email: string) => `Compte connecté : ${email}`,
    account: 'Compte et sécurité',
    signOut: 'Se déconnecter',
    signOutEverywhere: 'Se déconnecter de tous les appareils',
    reconnecting:
      'Reconnexion… Impossible de joindre le service de connexion pour renouveler votre session pour le moment. Votre session reste ouverte, et nous continuons d’essayer.',
    nav: 'Votre compte',
    home: 'Accueil',
    profile: 'Profil',
    profileIntro:
      'Voyez ce que l’API du site sait de vous : la page de profil l’interroge avec votre connexion.',
  },

  profile: {
    heading: 'Votre profil',
    intro: 'Ce que l’API du site a répondu lorsque cette page lui a demandé qui vous êtes, avec votre connexion.',
    loading: 'Interrogation de l’API…',
    sub: 'ID utilisateur',
    username: 'Nom d’utilisateur',
    groups: 'Groupes',
    noGroups: 'Aucun',
    tokenExpiresAt: 'Votre connexion est valable jusqu’à',
    servedAt: 'Réponse reçue à',
    refused: 'L’API n’a pas accepté votre connexion. Déconnectez-vous, puis reconnectez-vous.',
    failed: (status: number) => `L’API n’a pas pu répondre (erreur ${status}). Réessayez dans un instant.`,
    unreachable: 'Impossible de joindre l’API. Vérifiez votre connexion et réessayez.',
  },

  account: {
    heading: 'Compte et sécurité',
    mfaHeading: 'Validation en deux étapes',
    mfaIntro: 'Une deuxième étape lors de la connexion protège votre compte, même si votre mot de passe est divulgué.',
    loading: 'Chargement de vos paramètres…',
    on: 'Activé',
    off: 'Désactivé',
    preferred: 'Utilisé en premier',
    setUpTotp: 'Configurer une application d’authentification',
    replaceTotp: 'Passer à une autre application d’authentification',
    verifiedNotOn: 'Pas encore activé',
    turnOnTotp: 'Activer l’application d’authentification',
    smsByPhone:
      'Codes envoyés à votre numéro de téléphone, comme l’exige ce site ; ils ne peuvent pas être désactivés ici.',
    requiredOnly: 'Ce site exige une deuxième étape : votre seule méthode ne peut donc pas être désactivée.',
    turnOff: (factor: string) => `Désactiver « ${factor} »`,
    prefer: (factor: string) => `Utiliser « ${factor} » en premier`,
    passwordHeading: 'Mot de passe',
    changePassword: 'Modifier le mot de passe',
  },

  changePassword: {
    heading: 'Modifier votre mot de passe',
    submit: 'Modifier le mot de passe',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `Temps restant pour cette étape : ${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired:
      'Cela a pris trop de temps : la connexion a donc été annulée pour votre sécurité. Veuillez vous reconnecter.',
    sessionUsed:
      'Cette étape de connexion avait déjà été utilisée (peut-être juste avant la coupure de la connexion) ; elle ne peut donc pas être renvoyée. Veuillez vous reconnecter.',
    codeResent: 'Nous avons envoyé un nouveau code. Les codes envoyés avant celui-ci ne fonctionnent plus.',
    accountConfirmed: 'Votre compte est confirmé. Veuillez vous connecter.',
    alreadyConfirmed: 'Ce compte est déjà confirmé. Veuillez vous connecter.',
    confirmBeforeSignIn: 'Votre compte n’est pas encore confirmé. Nous vous avons envoyé un nouveau code.',
    resetCodeSent: 'Si un compte utilise cette adresse e-mail, un code est en route.',
    passwordChanged: 'Votre mot de passe a été modifié.',
    totpEnabled:
      'Votre application d’authentification est configurée. Vous l’utiliserez lors de votre prochaine connexion.',
    mfaUpdated: 'Vos paramètres de validation en deux étapes sont enregistrés.',
    sessionEnded: 'Votre session a pris fin. Veuillez vous reconnecter.',
    sessionRevoked:
      'Vos sessions ont été fermées sur tous les appareils, depuis un autre appareil ou par l’administrateur du site. Veuillez vous reconnecter.',
    sessionNotRenewed:
      'Impossible de renouveler votre session, qui a donc été fermée. Veuillez vous reconnecter ; si cela se reproduit, contactez l’assistance du site.',
    signedOut: 'Déconnexion effectuée.',
    signedOutEverywhere: 'Déconnexion effectuée sur tous vos appareils.',
    signedOutElsewhere: 'Vous vous êtes déconnecté dans un autre onglet de ce site.',
    passkeyAdded: 'Votre clé d’accès est ajoutée. La prochaine fois, vous pourrez vous connecter avec elle.',
    passkeyDeleted: 'La clé d’accès est supprimée.',
  },

  passwordRules: {
    length: (min: number) => `Au moins ${min} caractères`,
    uppercase: () => 'Une lettre majuscule',
    lowercase: () => 'Une lettre minuscule',
    number: () => 'Un chiffre',
    symbol: () => 'Un symbole comme ! @ # ou ?',
    spaces: () => 'Pas d’espace au début ni à la fin',
  },

  problems: {
    required: 'Veuillez remplir ce champ.',
    emailFormat: 'Saisissez une adresse e-mail du type name@example.com.',
    emailTooLong: 'Une adresse e-mail ne peut pas dépasser 128 caractères.',
    phoneFormat: 'Saisissez le numéro avec + et l’indicatif du pays, comme +44 7700 900123.',
    usernameFormat: 'Un nom d’utilisateur ne peut pas contenir d’espaces.',
    usernameTooLong: 'Un nom d’utilisateur ne peut pas dépasser 128 caractères.',
    usernameLooksLikeEmail:
      'Choisissez un nom d’utilisateur qui n’est pas une adresse e-mail : votre adresse e-mail est demandée plus bas.',
    usernameLooksLikePhone:
      'Choisissez un nom d’utilisateur qui n’est pas un numéro de téléphone : votre numéro est demandé plus bas.',
    birthdateFormat: 'Saisissez une date comme 1990-05-17 (année, mois, jour).',
    attributeTooLong: 'Ce champ ne peut pas dépasser 2048 caractères.',
    weakPassword: 'Ce mot de passe ne respecte pas les règles ci-dessous.',
    passwordTooLong: 'Un mot de passe ne peut pas dépasser 256 caractères.',
    codeFormat: 'Saisissez les 6 chiffres du code.',
    wrongCredentials: 'L’adresse e-mail ou le mot de passe est incorrect. Vérifiez les deux et réessayez.',
    userNotFound:
      'Aucun compte n’a été trouvé avec cette adresse e-mail. Vérifiez qu’elle ne contient pas de faute de frappe, ou créez un compte.',
    wrongCurrentPassword: 'Votre mot de passe actuel est incorrect.',
    userNotConfirmed: 'Votre compte n’est pas encore confirmé.',
    usernameExists: 'Un compte existe déjà avec cette adresse e-mail. Voulez-vous plutôt vous connecter ?',
    invalidPassword: 'Ce mot de passe ne respecte pas les règles.',
    invalidEmail: 'Saisissez une adresse e-mail du type name@example.com.',
    codeMismatch: 'Ce code est incorrect. Vérifiez-le et réessayez.',
    expiredCode: 'Ce code a expiré. Demandez-en un nouveau.',
    totpCodeReused: 'Ce code a déjà été utilisé. Attendez que l’application en affiche un nouveau.',
    alreadyConfirmed: 'Ce compte est déjà confirmé.',
    userDisabled: 'Ce compte est désactivé. Contactez l’assistance du site.',
    passwordResetRequired: 'Vous devez réinitialiser votre mot de passe avant de pouvoir vous connecter.',
    cannotResetPassword: 'Le mot de passe de ce compte ne peut pas être réinitialisé ici.',
    mfaNotSetUp: 'Terminez d’abord la configuration de l’application d’authentification.',
    sessionExpired: 'Cela a pris trop de temps. Veuillez vous reconnecter.',
    signedOut: 'Votre session a été fermée. Veuillez vous reconnecter.',
    passwordAttemptsExceeded: 'Trop de tentatives infructueuses. Patientez quelques minutes, puis réessayez.',
    limitExceeded: 'Trop de tentatives pour le moment. Patientez un moment (jusqu’à une heure), puis réessayez.',
    tooManyRequests: 'Le service est surchargé. Patientez quelques secondes, puis réessayez.',
    tooManyFailedAttempts: 'Trop de codes incorrects. Patientez un moment, puis demandez un nouveau code.',
    network:
      'Impossible de joindre le service de connexion. Vérifiez votre connexion, puis réessayez ; ce que vous avez saisi est conservé.',
    serviceError: 'Le service de connexion a rencontré un problème. Réessayez dans un instant.',
    clientHasSecret:
      'Ce site est mal configuré : son client d’application Cognito possède un secret client, qu’une application de navigateur ne peut pas utiliser. L’opérateur du site doit créer un client d’application sans secret et indiquer son ID dans VITE_COGNITO_CLIENT_ID.',
    userPasswordAuthDisabled:
      'Ce site est mal configuré : son client d’application Cognito n’autorise pas la connexion par mot de passe. L’opérateur du site doit activer ALLOW_USER_PASSWORD_AUTH dans les flux d’authentification du client d’application.',
    unknownClient:
      'Ce site est mal configuré : Cognito ne connaît pas son client d’application. L’opérateur du site doit vérifier VITE_COGNITO_CLIENT_ID et la région indiquée dans VITE_COGNITO_USER_POOL_ID.',
    softwareTokenMfaNotEnabled:
      'Ce site est mal configuré : les applications d’authentification ne sont pas activées pour son groupe d’utilisateurs. L’opérateur du site doit activer la MFA TOTP (jeton logiciel) dans les paramètres de connexion du groupe d’utilisateurs.',
    unsupportedChallenge:
      'Votre compte nécessite une étape de connexion que cette page ne prend pas en charge. Contactez l’assistance du site.',
    blockedBySecurity:
      'Pour la sécurité de votre compte, cette demande a été bloquée. Réessayer maintenant ne servira à rien : réinitialisez votre mot de passe ou contactez l’assistance du site.',
    temporaryPasswordExpired:
      'Votre mot de passe temporaire a expiré. Demandez à l’administrateur du site de vous en envoyer un nouveau.',
    compromisedPassword:
      'Ce mot de passe est apparu ailleurs dans une fuite de données ; il ne peut donc pas être utilisé ici. Choisissez-en un autre.',
    passwordReused:
      'Vous avez déjà utilisé ce mot de passe. Choisissez-en un que vous n’avez pas utilisé récemment.',
    lambdaRefused:
      'Les vérifications propres à ce site ne l’ont pas accepté. Si vous pensez qu’il s’agit d’une erreur, contactez l’assistance du site.',
    lambdaFailed:
      'Les vérifications propres à ce site n’ont pas pu aboutir. Réessayez dans un instant ; si cela se reproduit, contactez l’assistance du site.',
    sessionRevoked: 'Vos sessions ont été fermées sur tous les appareils. Veuillez vous reconnecter.',
    refreshTokenInvalid: 'Votre session ne peut pas être renouvelée. Veuillez vous reconnecter.',
    autoVerifyOff:
      'Ce site est mal configuré : son groupe d’utilisateurs n’envoie pas de codes de confirmation. L’opérateur du site doit activer la vérification des e-mails (attribut vérifié automatiquement : email) dans le groupe d’utilisateurs.',
    emailNotUsername:
      'Ce site est mal configuré : son groupe d’utilisateurs n’accepte pas comme nom d’utilisateur ce que cette page demande (par exemple une adresse e-mail qui n’y est qu’un alias, ou un numéro de téléphone alors que les noms d’utilisateur sont des adresses e-mail). L’exploitant du site doit définir VITE_COGNITO_SIGN_IN_WITH selon ce avec quoi le groupe d’utilisateurs permet de se connecter.',
    signUpAttributesRequired:
      'Ce site est mal configuré : son groupe d’utilisateurs exige à l’inscription des informations que cette page ne demande pas. L’exploitant du site doit les indiquer dans VITE_COGNITO_SIGN_UP_ATTRIBUTES, ou les rendre facultatives dans le groupe d’utilisateurs.',
    poolCannotDeliver:
      'Ce site est mal configuré : son groupe d’utilisateurs n’est pas autorisé à envoyer des e-mails ni des SMS. L’opérateur du site doit corriger les paramètres d’e-mail (SES) ou de SMS (rôle SNS) du groupe.',
    poolMisconfigured:
      'Ce site est mal configuré : Cognito juge la configuration de son groupe d’utilisateurs non valide. L’opérateur du site doit vérifier les paramètres du groupe d’utilisateurs.',
    smsSetupNeedsPhone:
      'Votre compte n’a pas de numéro de téléphone, et ce site n’envoie les codes que par SMS. Demandez à l’opérateur du site d’ajouter votre numéro, ou d’activer les applications d’authentification ou les codes par e-mail.',
    invalidParameter: 'Un élément de la demande n’a pas été accepté. Vérifiez votre saisie et réessayez.',
    passkeyCancelled:
      'La demande de clé d’accès a été fermée, ou cet appareil n’a pas de clé d’accès pour ce site. Réessayez, ou connectez-vous autrement.',
    passkeyExists: 'Cet appareil a déjà une clé d’accès pour votre compte.',
    passkeyWrongDomain:
      'Les clés d’accès ne peuvent pas être utilisées sur cette page. Pour l’opérateur du site : l’identifiant de partie de confiance (relying-party id) des clés d’accès du groupe d’utilisateurs doit être le domaine de cette page ou l’un de ses domaines parents.',
    passkeyUnsupported:
      'Ce navigateur ne peut pas utiliser de clés d’accès. Connectez-vous autrement, ou utilisez un navigateur qui les prend en charge.',
    passkeyRefused: 'Cette clé d’accès n’a pas été acceptée. Réessayez, ou utilisez une autre clé d’accès.',
    passkeysOff:
      'Ce site est mal configuré : les clés d’accès ne sont pas activées pour son groupe d’utilisateurs. L’opérateur du site doit autoriser la clé d’accès comme premier facteur et définir l’identifiant de partie de confiance (relying-party id) des clés d’accès du groupe d’utilisateurs.',
    featureNotInPlan:
      'Ce site est mal configuré : l’offre de fonctionnalités de son groupe d’utilisateurs n’inclut pas ce mode de connexion. L’opérateur du site doit faire passer le groupe d’utilisateurs à l’offre Essentials ou Plus.',
    userAuthDisabled:
      'Ce site est mal configuré : son client d’application Cognito n’autorise pas la connexion par choix de méthode. L’opérateur du site doit activer ALLOW_USER_AUTH dans les flux d’authentification du client d’application.',
    signUpSessionExpired:
      'Cela a pris trop de temps pour vous connecter directement. Saisissez à nouveau le code pour confirmer votre compte ; vous choisirez ensuite comment vous connecter.',
    unknown: 'Une erreur s’est produite. Réessayez.',
  },

  problemsNotByEmail: {
    wrongCredentials: 'L’identifiant ou le mot de passe est incorrect. Vérifiez les deux et réessayez.',
    userNotFound:
      'Aucun compte n’a été trouvé avec ces informations. Vérifiez qu’elles ne contiennent pas de faute de frappe, ou créez un compte.',
    usernameExists: 'Un compte existe déjà avec ces informations. Voulez-vous plutôt vous connecter ?',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled:
        'La fenêtre de la clé d’accès a été fermée ou a expiré : aucune clé n’a été ajoutée. Réessayez, ou choisissez « Pas maintenant ».',
      passkeyExists:
        'Cet appareil a déjà une clé d’accès pour votre compte : aucune nouvelle clé n’a été ajoutée. Choisissez « Pas maintenant » pour continuer, ou réessayez avec un autre appareil ou une clé de sécurité.',
      passkeyWrongDomain:
        'Les clés d’accès ne peuvent pas être utilisées sur cette page. Pour l’opérateur du site : l’identifiant de partie de confiance (relying-party id) des clés d’accès du groupe d’utilisateurs doit être le domaine de cette page ou l’un de ses domaines parents. Choisissez « Pas maintenant » pour continuer.',
      passkeyUnsupported:
        'Ce navigateur ne peut pas créer de clés d’accès : aucune n’a été ajoutée. Choisissez « Pas maintenant » pour continuer ; vous pourrez en ajouter une plus tard depuis votre compte dans un navigateur compatible.',
      passkeyRefused:
        'Le service de connexion n’a pas accepté la nouvelle clé d’accès : elle n’a pas été ajoutée. Réessayez, ou choisissez « Pas maintenant ».',
      passkeysOff:
        'Ce site est mal configuré : les clés d’accès ne sont pas activées pour son groupe d’utilisateurs. L’opérateur du site doit autoriser la clé d’accès comme premier facteur et définir l’identifiant de partie de confiance (relying-party id) des clés d’accès du groupe d’utilisateurs. Choisissez « Pas maintenant » pour continuer.',
      featureNotInPlan:
        'Ce site est mal configuré : l’offre de fonctionnalités de son groupe d’utilisateurs n’inclut pas ce mode de connexion. L’opérateur du site doit faire passer le groupe d’utilisateurs à l’offre Essentials ou Plus. Choisissez « Pas maintenant » pour continuer.',
      network:
        'Le service de connexion est injoignable : aucune clé d’accès n’a été ajoutée. Vérifiez votre connexion et réessayez, ou choisissez « Pas maintenant ».',
      serviceError:
        'Le service de connexion a rencontré un problème : aucune clé d’accès n’a été ajoutée. Réessayez dans un instant, ou choisissez « Pas maintenant ».',
      invalidParameter:
        'Le service de connexion n’a pas accepté la demande : aucune clé d’accès n’a été ajoutée. Réessayez, ou choisissez « Pas maintenant ».',
      unknown: 'Une erreur s’est produite : aucune clé d’accès n’a été ajoutée. Réessayez, ou choisissez « Pas maintenant ».',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `Ce site ne l’a pas accepté : ${reason}`,
    contactSupport: (contact: string) => `Assistance : ${contact}`,
  },

  selectChallenge: {
    heading: 'Choisissez comment vous connecter',
    as: (email: string) => `Connexion en tant que ${email}.`,
    options: {
      WEB_AUTHN: 'Utiliser une clé d’accès',
      EMAIL_OTP: 'Recevoir un code par e-mail',
      SMS_OTP: 'Recevoir un code par SMS',
      PASSWORD: 'Se connecter avec votre mot de passe',
    },
    none: 'Cette page ne propose aucun mode de connexion dont dispose votre compte. Contactez l’assistance du site.',
  },
  passkeySignIn: {
    heading: 'Se connecter avec votre clé d’accès',
    waiting: 'Suivez les instructions de votre navigateur pour utiliser votre clé d’accès.',
    retry: 'Réessayer la clé d’accès',
    otherWay: 'Se connecter autrement',
  },
  passkeyOffer: {
    heading: 'Connectez-vous plus vite la prochaine fois avec une clé d’accès',
    intro: 'Utilisez votre empreinte digitale, votre visage ou le verrouillage de l’écran au lieu de votre mot de passe. Vous pourrez supprimer la clé d’accès à tout moment depuis votre compte.',
    notNow: 'Pas maintenant',
    checking: 'Connexion en cours…',
  },
  passkeys: {
    heading: 'Clés d’accès',
    intro: 'Une clé d’accès vous permet de vous connecter avec votre empreinte digitale, votre visage ou le verrouillage de l’écran au lieu d’un mot de passe.',
    manage: 'Gérer les clés d’accès',
    loading: 'Chargement de vos clés d’accès…',
    none: 'Vous n’avez pas encore de clé d’accès.',
    add: 'Ajouter une clé d’accès',
    creating: 'Suivez les instructions de votre navigateur pour créer la clé d’accès.',
    unnamed: 'Clé d’accès',
    added: (date: string) => `Ajoutée le ${date}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'Verrouillage de l’écran d’un appareil' : attachment === 'cross-platform' ? 'Clé de sécurité ou téléphone' : 'Authentificateur',
    delete: (name: string) => `Supprimer ${name}`,
    confirmDelete: (name: string) => `Supprimer « ${name} » ? Vous ne pourrez plus vous connecter avec elle.`,
    confirm: 'Supprimer la clé d’accès',
    cancel: 'La garder',
  },

  config: {
    heading: 'Cette application n’est pas configurée correctement',
    intro: 'Définissez ces variables de compilation (par exemple dans .env.local) et recompilez :',
    problems: {
      missingPoolId: () =>
        'VITE_COGNITO_USER_POOL_ID est manquante : indiquez l’ID de votre groupe d’utilisateurs, par exemple eu-west-1_AbCdEf123.',
      missingClientId: () =>
        'VITE_COGNITO_CLIENT_ID est manquante : indiquez l’ID d’un client d’application sans secret.',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID « ${'value' in p ? p.value : ''} » n’est pas un ID de groupe d’utilisateurs : il se présente comme eu-west-1_AbCdEf123 (région, trait de soulignement, ID).`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID « ${'value' in p ? p.value : ''} » n’est pas un ID de client d’application : copiez-le depuis la page du client d’application dans la console Cognito.`,
      badRegion: (p) => `VITE_COGNITO_REGION « ${'value' in p ? p.value : ''} » n’est pas une région comme eu-west-1.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION vaut ${p.region}, mais le groupe d’utilisateurs se trouve dans ${p.poolRegion} : supprimez VITE_COGNITO_REGION ou mettez les deux en accord.`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT « ${'value' in p ? p.value : ''} » n’est pas une URL http(s) comme http://localhost:9229/.`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES « ${'value' in p ? p.value : ''} » doit être un nombre entier de minutes entre 3 et 15, comme la durée de session du flux d’authentification du client d’application.`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY « ${'value' in p ? p.value : ''} » n’est pas une politique de mot de passe : indiquez les règles du groupe d’utilisateurs séparées par des virgules, min=<6 à 99> et au choix upper, lower, number, symbol, par exemple min=12,upper,lower,number,symbol.`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED « ${'value' in p ? p.value : ''} » doit valoir true (le groupe d’utilisateurs exige la MFA) ou false.`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH « ${'value' in p ? p.value : ''} » doit lister ce avec quoi on se connecte, séparé par des virgules, chacun une seule fois : email, phone, username, preferred_username (p. ex. username,email pour des noms d’utilisateur avec l’adresse e-mail comme alias).`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES « ${'value' in p ? p.value : ''} » doit lister des attributs séparés par des virgules, chacun une seule fois : les standards par leur nom (name, given_name, birthdate, …), les personnalisés avec un libellé (custom:team=Team) ; ajoutez ? après le nom pour un attribut facultatif.`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH « ${'value' in p ? p.value : ''} » cite preferred_username sans username : un nom d’utilisateur préféré est un alias d’un groupe à noms d’utilisateur (--alias-attributes preferred_username), citez donc aussi username, p. ex. username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES « ${'value' in p ? p.value : ''} » cite preferred_username, dont VITE_COGNITO_SIGN_IN_WITH fait un alias : Cognito n’accepte un nom d’utilisateur préféré servant d’alias qu’une fois le compte confirmé, pas à l’inscription. Retirez preferred_username de VITE_COGNITO_SIGN_UP_ATTRIBUTES.`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY « ${'value' in p ? p.value : ''} » doit valoir true (seuls les administrateurs créent des utilisateurs) ou false.`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS « ${'value' in p ? p.value : ''} » n’est pas une liste de premiers facteurs : indiquez parmi password, passkey, email, sms, séparés par des virgules, chacun une seule fois, p. ex. password,passkey,email.`,
    },
  },
};

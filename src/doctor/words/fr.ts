import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: 'Diagnostic du groupe d’utilisateurs',
  intro: 'Cette page vérifie la configuration du groupe d’utilisateurs Cognito et du client d’application de ce site, d’après ce que Cognito répond à un navigateur.',
  harmless:
    'Elle envoie deux requêtes que Cognito refuse : une connexion avec un nom d’utilisateur qui ne peut pas exister, et une actualisation de jeton avec un jeton qui n’en est pas un. Aucun compte n’est créé, rien n’est envoyé à personne et aucune API d’administration n’est utilisée.',
  running: 'Interrogation de Cognito…',
  runAgain: 'Vérifier à nouveau',
  language: 'Langue',
  status: { pass: 'Conforme', problem: 'Problème', unknown: 'Indéterminé' },
  findings: {
    endpoint: {
      title: 'Point de terminaison Cognito accessible',
      answered: (p) => `Cognito a répondu depuis ${p.endpoint}, et le navigateur a laissé la page lire la réponse (CORS).`,
      notCognito: (p) => `Autre chose que Cognito a répondu à ${p.endpoint} : un proxy, un portail captif ou un VITE_COGNITO_ENDPOINT erroné.`,
      noAnswer: (p) =>
        `Aucune réponse de ${p.endpoint} : cet ordinateur est hors ligne, l’hôte est erroné, ou le point de terminaison n’autorise pas cette origine (CORS). Cognito lui-même autorise toutes les origines ; un émulateur, pas forcément.`,
      blockedByCsp: (p) => `Le navigateur n’a pas envoyé les requêtes : la Content-Security-Policy de cette page n’autorise pas ${p.endpoint} (voir ci-dessous).`,
    },
    csp: {
      title: 'La Content-Security-Policy autorise le point de terminaison',
      allows: (p) => `connect-src autorise ${p.endpoint}.`,
      blocks: (p) => `connect-src (ou default-src) n’autorise pas ${p.endpoint} : toute connexion échouera. Envoyez cet en-tête :`,
      violated: (p) => `Le navigateur a bloqué une requête vers ${p.endpoint} en application de la politique de cette page : toute connexion échouera. Envoyez cet en-tête :`,
      none: () => 'La page est servie sans Content-Security-Policy. Elle fonctionne, mais sans la protection qu’elle apporte contre les scripts injectés. Envoyez cet en-tête :',
      unread: () => 'La page n’a pas pu lire la politique avec laquelle elle est servie. Vérifiez qu’elle envoie cet en-tête :',
    },
    client: {
      title: 'Le client d’application existe',
      found: (p) => `Cognito connaît le client d’application ${p.clientId} dans ${p.region}.`,
      notFound: (p) =>
        `Cognito a répondu que le client d’application ${p.clientId} n’existe pas dans ${p.region} : l’ID du client ou la région du groupe est erroné. Retrouvez le client, ou créez-en un, puis définissez VITE_COGNITO_CLIENT_ID et relancez la compilation :`,
      unknown: () => 'Les réponses de Cognito ne l’ont pas indiqué.',
    },
    pool: {
      title: 'Le client d’application appartient au groupe d’utilisateurs',
      notProbed: (p) =>
        `L’ID de groupe ${p.userPoolId} donne la région (${p.region}). Un navigateur ne peut pas vérifier que le client appartient à ce groupe : les requêtes de connexion ne nomment que le client. Vérifiez-le avec :`,
    },
    secret: {
      title: 'Le client d’application n’a pas de secret',
      none: () => 'Le client a accepté une connexion sans hachage de secret.',
      hasSecret: (p) =>
        `Le client d’application ${p.clientId} a un secret client, qu’une application de navigateur ne peut pas garder secret. Un secret ne peut pas être retiré d’un client : créez un client sans secret, puis donnez à VITE_COGNITO_CLIENT_ID l’ID qu’il affiche et relancez la compilation :`,
      unknown: () => 'Les réponses de Cognito ne l’ont pas indiqué.',
    },
    passwordAuth: {
      title: 'Connexion par mot de passe autorisée (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'Le client autorise USER_PASSWORD_AUTH.',
      off: () => 'Le client n’autorise pas USER_PASSWORD_AUTH : personne ne peut se connecter. Activez-le :',
      behindSecret: () => 'Cognito s’est arrêté au secret client avant de l’indiquer.',
      unknown: () => 'Les réponses de Cognito ne l’ont pas indiqué.',
    },
    refresh: {
      title: 'Actualisation des jetons autorisée (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'Le client autorise REFRESH_TOKEN_AUTH, que cette page utilise pour garder les personnes connectées.',
      off: () =>
        'Le client refuse REFRESH_TOKEN_AUTH (il est désactivé, ou la rotation des jetons d’actualisation est activée, ce que cette page n’utilise pas) : les personnes sont déconnectées à l’expiration de leurs jetons, au bout d’une heure par défaut. Activez-le :',
      behindSecret: () => 'Cognito s’est arrêté au secret client avant de l’indiquer.',
      unknown: () => 'Les réponses de Cognito ne l’ont pas indiqué.',
    },
    userExistence: {
      title: 'Protection contre la révélation des utilisateurs (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED : une adresse e-mail inconnue reçoit « Incorrect username or password. » (NotAuthorizedException), comme un mauvais mot de passe, et une réinitialisation annonce qu’un code est en route. Personne ne peut savoir grâce à cette page qui a un compte.',
      enabledByTrigger: () =>
        'ENABLED : Cognito a exécuté le déclencheur de pré-authentification pour un utilisateur qui n’existe pas, ce qu’il ne fait que lorsque cette protection est activée.',
      legacy: () =>
        'LEGACY : Cognito répond à une adresse e-mail inconnue par UserNotFoundException, si bien que n’importe qui peut découvrir quelles adresses ont un compte. Cette page affiche toujours une adresse e-mail ou un mot de passe incorrect à la connexion, mais ses écrans de réinitialisation et de confirmation disent « Aucun compte n’a été trouvé avec cette adresse e-mail. » Pour le masquer :',
      unknown: () => 'Les réponses de Cognito ne l’ont pas indiqué.',
    },
    trigger: {
      title: 'Déclencheurs Lambda',
      refused: () =>
        'Un déclencheur Lambda a refusé la connexion d’un utilisateur qui n’existe pas, ou a échoué (sa réponse figure ci-dessous). Avec PreventUserExistenceErrors à ENABLED, le déclencheur de pré-authentification s’exécute aussi pour les utilisateurs inconnus, avec userNotFound à true ; un déclencheur qui leur renvoie l’événement inchangé laisse Cognito répondre « Incorrect username or password. » comme d’habitude. La correction se fait dans le code du déclencheur.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client remet à sa valeur par défaut chaque paramètre qu’on ne lui donne pas (durées de validité des jetons, attributs, paramètres OAuth, etc.). Lisez d’abord les paramètres actuels du client avec ${describe}, et ajoutez ceux dont vous dépendez.`,
    newClient: 'Le nouveau client reçoit les paramètres dont cette page a besoin.',
    check: 'Affiche les paramètres du client ; ne modifie rien.',
    header: 'Envoyez-le depuis l’hébergeur (README, « Content-Security-Policy »), avec le point de terminaison du groupe dans connect-src.',
  },
  copy: 'Copier',
  copied: 'Copié',
  copyFailed: 'Échec de la copie : sélectionnez plutôt le texte',
  answers: {
    heading: 'Ce que Cognito a répondu',
    signIn: 'Connexion d’un utilisateur qui ne peut pas exister (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'Actualisation avec un jeton qui n’en est pas un (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'Acceptée',
    noAnswer: 'Aucune réponse',
    notCognito: (status) => `HTTP ${status}, pas le JSON de Cognito`,
  },
};

import type { DevInboxText } from './en';

export const fr: DevInboxText = {
  heading: 'Boîte de réception de développement',
  intro:
    'Ce qu’un vrai groupe d’utilisateurs aurait envoyé par e-mail ou par SMS. Ce groupe d’utilisateurs simulé fonctionne dans votre navigateur : rien n’est envoyé.',
  empty: 'Rien n’a encore été envoyé.',
  clear: 'Effacer les messages',
  to: 'à',
  code: 'Code',
  medium: { EMAIL: 'E-mail', SMS: 'SMS' },
  purpose: {
    signUp: 'confirmation d’inscription',
    mfa: 'code de connexion',
    forgotPassword: 'réinitialisation du mot de passe',
  },
  accounts: 'Comptes de démonstration',
  accountsIntro: 'Utilisateurs préenregistrés. Les mots de passe et les secrets d’authentification sont publics : c’est une démonstration.',
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  phone: 'Téléphone',
  secret: 'Secret d’authentification',
  currentCode: 'Code actuel',
  secondsLeft: (seconds: number) => `change dans ${seconds}\u00a0s`,
  kinds: {
    sms: 'MFA par SMS',
    selectMfa: 'TOTP et SMS, sans préférence : choisir le facteur',
    totp: 'MFA par TOTP',
    emailOtp: 'MFA par e-mail (scénario email-otp)',
    noMfa: 'Pas encore de MFA : en configure une quand la MFA est exigée',
    newPassword: 'Créé par un administrateur : mot de passe temporaire, doit en choisir un nouveau',
    unconfirmed: 'Inscrit, jamais confirmé',
  },
  scenario: 'Scénario',
  scenarios: 'Changer de scénario (recharge la page ; le groupe repart vide, hormis les comptes de démonstration)',
};

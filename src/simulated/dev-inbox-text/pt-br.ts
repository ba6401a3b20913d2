import type { DevInboxText } from './en';

export const ptBR: DevInboxText = {
  heading: 'Caixa de entrada de desenvolvimento',
  intro:
    'O que um grupo de usuários real teria enviado por e-mail ou SMS. Este grupo de usuários simulado roda no seu navegador; nada é enviado.',
  empty: 'Nada enviado ainda.',
  clear: 'Limpar mensagens',
  to: 'para',
  code: 'Código',
  medium: { EMAIL: 'E-mail', SMS: 'SMS' },
  purpose: {
    signUp: 'confirmação de cadastro',
    mfa: 'código de login',
    forgotPassword: 'redefinição de senha',
  },
  accounts: 'Contas de demonstração',
  accountsIntro: 'Usuários pré-cadastrados. As senhas e os segredos do autenticador são públicos: isto é uma demonstração.',
  email: 'E-mail',
  password: 'Senha',
  phone: 'Telefone',
  secret: 'Segredo do autenticador',
  currentCode: 'Código atual',
  secondsLeft: (seconds: number) => `muda em ${seconds} s`,
  kinds: {
    sms: 'MFA por SMS',
    selectMfa: 'TOTP e SMS, sem preferência: escolher o fator',
    totp: 'MFA por TOTP',
    emailOtp: 'MFA por e-mail (cenário email-otp)',
    noMfa: 'Ainda sem MFA: configura uma quando a MFA é exigida',
    newPassword: 'Criado por um administrador: senha temporária, precisa escolher uma nova',
    unconfirmed: 'Cadastrado, nunca confirmado',
  },
  scenario: 'Cenário',
  scenarios: 'Trocar de cenário (recarrega a página; o grupo começa vazio, exceto pelas contas de demonstração)',
};

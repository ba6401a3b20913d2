/**
 * Português (Brasil). Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const ptBR: Dictionary = {
  lang: 'pt-BR',
  languageName: 'Português (Brasil)',
  languagePicker: 'Idioma',
  appName: 'Acesso',
  simulatedBanner:
    'Grupo de usuários simulado: nada sai deste navegador, e os códigos aparecem na caixa de entrada de desenvolvimento.',
  busy: 'Aguarde…',
  retry: 'Tentar novamente',
  back: 'Voltar para o login',
  backToAccount: 'Voltar para sua conta',
  backToHome: 'Voltar',
  offline:
    'Não foi possível acessar o serviço de login. Verifique sua conexão e tente novamente; o que você digitou foi mantido.',

  fields: {
    email: 'E-mail',
    password: 'Senha',
    newPassword: 'Nova senha',
    code: 'Código de verificação',
    codeHint: '6 dígitos',
    currentPassword: 'Senha atual',
    showPassword: 'Mostrar senha',
    hidePassword: 'Ocultar senha',
    identifier: {
      email: 'E-mail',
      phone: 'Número de telefone',
      username: 'Nome de usuário',
      emailOrPhone: 'E-mail ou número de telefone',
      usernameOrEmail: 'Nome de usuário ou e-mail',
      usernameOrPhone: 'Nome de usuário ou número de telefone',
      usernameEmailOrPhone: 'Nome de usuário, e-mail ou número de telefone',
      usernameOrPreferred: 'Nome de usuário ou nome de usuário preferido',
      usernamePreferredOrEmail: 'Nome de usuário, nome de usuário preferido ou e-mail',
      usernamePreferredOrPhone: 'Nome de usuário, nome de usuário preferido ou número de telefone',
      usernamePreferredEmailOrPhone: 'Nome de usuário, nome de usuário preferido, e-mail ou número de telefone',
    },
    phoneHint: 'Comece com + e o código do país, por exemplo +44 7700 900123',
  },

  signIn: {
    heading: 'Fazer login',
    submit: 'Entrar',
    noAccount: 'Primeira vez aqui?',
    toSignUp: 'Criar uma conta',
    forgot: 'Esqueceu sua senha?',
    continue: 'Continuar',
    withPasskey: 'Entrar com uma chave de acesso',
  },

  code: {
    resend: 'Enviar um novo código',
    resendIn: (seconds: number) => `Você poderá pedir um novo código em ${seconds} s`,
  },

  signUp: {
    heading: 'Crie sua conta',
    submit: 'Criar conta',
    haveAccount: 'Já tem uma conta?',
    toSignIn: 'Fazer login',
    rulesHeading: 'Sua senha precisa ter',
    optional: (label: string) => `${label} (opcional)`,
  },

  attributes: {
    name: 'Nome completo',
    given_name: 'Nome',
    family_name: 'Sobrenome',
    middle_name: 'Nome do meio',
    nickname: 'Apelido',
    preferred_username: 'Nome de usuário preferido',
    profile: 'Página de perfil (URL)',
    picture: 'Foto (URL)',
    website: 'Site',
    gender: 'Gênero',
    birthdate: 'Data de nascimento',
    zoneinfo: 'Fuso horário (por exemplo Europe/Paris)',
    locale: 'Idioma (por exemplo pt-BR, en-GB)',
    address: 'Endereço',
    email: 'E-mail',
    phone_number: 'Número de telefone',
  },

  confirmSignUp: {
    heading: 'Confirme seu e-mail',
    headingPhone: 'Confirme seu número de telefone',
    sentTo: (destination: string) =>
      `Enviamos um código de 6 dígitos para ${destination}. Digite-o para confirmar sua conta.`,
    sentSomewhere: 'Enviamos um código de 6 dígitos para seu e-mail. Digite-o para confirmar sua conta.',
    sentByText: (destination: string) =>
      `Enviamos um código de 6 dígitos por SMS para ${destination}. Digite-o para confirmar sua conta.`,
    submit: 'Confirmar',
  },

  forgotPassword: {
    heading: 'Redefina sua senha',
    intro: 'Digite o e-mail da sua conta e enviaremos um código para você escolher uma nova senha.',
    introAny: 'Digite o que você usa para fazer login e enviaremos um código para você escolher uma nova senha.',
    submit: 'Enviar código',
  },

  resetPassword: {
    heading: 'Escolha uma nova senha',
    sentTo: (destination: string) =>
      `Enviamos um código de 6 dígitos para ${destination}. Digite-o com sua nova senha.`,
    sentSomewhere: 'Enviamos um código de 6 dígitos para você. Digite-o com sua nova senha.',
    sentByText: (destination: string) =>
      `Enviamos um código de 6 dígitos por SMS para ${destination}. Digite-o com sua nova senha.`,
    ifEmailed: 'Se alguma conta corresponder ao que você digitou, um código está a caminho do e-mail dela.',
    ifTexted: 'Se alguma conta corresponder ao que você digitou, um código está a caminho do telefone dela por SMS.',
    ifSent: 'Se alguma conta corresponder ao que você digitou, um código está a caminho.',
    submit: 'Redefinir senha e entrar',
  },

  newPassword: {
    heading: 'Escolha sua senha',
    intro: 'Sua conta foi criada com uma senha temporária. Escolha sua própria senha para continuar.',
    attributesHeading: 'Também precisamos de',
    submit: 'Salvar e continuar',
  },

  totpSetup: {
    heading: 'Configure seu app autenticador',
    intro:
      'Sua conta precisa de uma segunda etapa no login. Adicione sua conta a um app autenticador, como Google Authenticator, Microsoft Authenticator, 1Password ou Authy.',
    scan: 'Escaneie este código QR com o app.',
    qrAlt: (account: string) => `Código QR que adiciona ${account} a um app autenticador`,
    manual: 'Não consegue escanear? Digite esta chave de configuração no app:',
    secretLabel: 'Chave de configuração',
    copy: 'Copiar chave',
    copied: 'Copiada',
    copyFailed: 'Selecione a chave e copie manualmente',
    openInApp: 'Abrir em um app autenticador neste dispositivo',
    enterCode: 'Depois, digite o código de 6 dígitos que o app mostra.',
    deviceName: 'Nome deste autenticador (opcional)',
    deviceNamePlaceholder: 'Meu celular',
    submit: 'Verificar e concluir',
    preparing: 'Preparando sua chave de configuração…',
    verified: 'Seu app autenticador foi verificado. Só falta a última etapa do login.',
    enabling: 'Código aceito. Ativando…',
    notTurnedOn:
      'Seu código foi aceito, mas o app autenticador ainda não está ativado na sua conta. Tente novamente: não é preciso um novo código.',
  },

  mfaSetupChoice: {
    heading: 'Adicione uma segunda etapa',
    intro: 'Sua conta precisa de uma segunda etapa no login. Escolha uma.',
    emailOnly: 'Sua conta precisa de uma segunda etapa no login: um código que enviamos para seu e-mail.',
    emailTo: (email: string) => `Os códigos vão para ${email}.`,
    sending: 'Enviando um código…',
  },

  totpChallenge: {
    heading: 'Digite o código do app autenticador',
    intro: 'Abra seu app autenticador e digite o código de 6 dígitos desta conta.',
    device: (name: string) => `Autenticador: ${name}`,
    submit: 'Verificar',
  },

  emailChallenge: {
    heading: 'Digite o código que enviamos por e-mail',
    sentTo: (destination: string) => `Enviamos um código de 6 dígitos para ${destination}.`,
    sentSomewhere: 'Enviamos um código de 6 dígitos para seu e-mail.',
    submit: 'Verificar',
  },

  smsChallenge: {
    heading: 'Digite o código que enviamos por SMS',
    sentTo: (destination: string) => `Enviamos um código de 6 dígitos para ${destination}.`,
    sentSomewhere: 'Enviamos um código de 6 dígitos para seu telefone.',
    submit: 'Verificar',
  },

  selectMfaType: {
    heading: 'Escolha como confirmar sua identidade',
    intro: 'Sua conta tem mais de uma segunda etapa. Escolha uma para este login.',
    options: {
      SOFTWARE_TOKEN_MFA: 'App autenticador',
      SMS_MFA: 'Mensagem de texto (SMS)',
      EMAIL_OTP: 'E-mail',
    },
  },

  signedIn: {
    heading: 'Você fez login',
    as: (email: string) => `Conta conectada: ${email}`,
    account: 'Conta e segurança',
    signOut: 'Sair',
    signOutEverywhere: 'Sair em todos os dispositivos',
    reconnecting:
      'Reconectando… No momento, não conseguimos acessar o serviço de login para renovar sua sessão. Sua sessão continua ativa, e seguimos tentando.',
    nav: 'Sua conta',
    home: 'Início',
    profile: 'Perfil',
    profileIntro: 'Veja o que a API do site sabe sobre você: a página de perfil pergunta a ela, com o seu login.',
  },

  profile: {
    heading: 'Seu perfil',
    intro: 'O que a API do site respondeu quando esta página perguntou quem você é, com o seu login.',
    loading: 'Consultando a API…',
    sub: 'ID do usuário',
    username: 'Nome de usuário',
    groups: 'Grupos',
    noGroups: 'Nenhum',
    tokenExpiresAt: 'Seu login é válido até',
    servedAt: 'Respondido às',
    refused: 'A API não aceitou seu login. Saia e faça login novamente.',
    failed: (status: number) => `A API não conseguiu responder (erro ${status}). Tente novamente em instantes.`,
    unreachable: 'Não conseguimos acessar a API. Verifique sua conexão e tente novamente.',
  },

  account: {
    heading: 'Conta e segurança',
    mfaHeading: 'Verificação em duas etapas',
    mfaIntro: 'Uma segunda etapa no login mantém sua conta segura mesmo que sua senha vaze.',
    loading: 'Carregando suas configurações…',
    on: 'Ativado',
    off: 'Desativado',
    preferred: 'Usado primeiro',
    setUpTotp: 'Configurar um app autenticador',
    replaceTotp: 'Mudar para outro app autenticador',
    verifiedNotOn: 'Ainda não ativado',
    turnOnTotp: 'Ativar o app autenticador',
    smsByPhone:
      'Os códigos são enviados para seu número de telefone, como este site exige; não é possível desativá-los aqui.',
    requiredOnly: 'Este site exige uma segunda etapa, então não é possível desativar a única que você tem.',
    turnOff: (factor: string) => `Desativar “${factor}”`,
    prefer: (factor: string) => `Usar “${factor}” primeiro`,
    passwordHeading: 'Senha',
    changePassword: 'Alterar senha',
  },

  changePassword: {
    heading: 'Altere sua senha',
    submit: 'Alterar senha',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `Tempo restante para concluir esta etapa: ${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired: 'Isso demorou demais, então o login foi cancelado para sua segurança. Faça login novamente.',
    sessionUsed:
      'Essa etapa do login já tinha sido usada (talvez pouco antes de a conexão cair), então não pode ser enviada de novo. Faça login novamente.',
    codeResent: 'Enviamos um novo código. Os códigos enviados antes dele não funcionam mais.',
    accountConfirmed: 'Sua conta foi confirmada. Faça login.',
    alreadyConfirmed: 'Esta conta já está confirmada. Faça login.',
    confirmBeforeSignIn: 'Sua conta ainda não foi confirmada. Enviamos um novo código para você.',
    resetCodeSent: 'Se alguma conta usar este e-mail, um código está a caminho.',
    passwordChanged: 'Sua senha foi alterada.',
    totpEnabled: 'Seu app autenticador está configurado. Você vai usá-lo no próximo login.',
    mfaUpdated: 'Suas configurações de verificação em duas etapas foram salvas.',
    sessionEnded: 'Sua sessão terminou. Faça login novamente.',
    sessionRevoked:
      'Sua sessão foi encerrada em todos os lugares, a partir de outro dispositivo ou pelo administrador do site. Faça login novamente.',
    sessionNotRenewed:
      'Não foi possível renovar sua sessão, então ela foi encerrada. Faça login novamente; se isso continuar acontecendo, avise o suporte do site.',
    signedOut: 'Você saiu da sua conta.',
    signedOutEverywhere: 'Você saiu da sua conta em todos os seus dispositivos.',
    signedOutElsewhere: 'Você saiu em outra aba deste site.',
    passkeyAdded: 'Sua chave de acesso foi adicionada. Na próxima vez, você pode entrar com ela.',
    passkeyDeleted: 'A chave de acesso foi excluída.',
  },

  passwordRules: {
    length: (min: number) => `Pelo menos ${min} caracteres`,
    uppercase: () => 'Uma letra maiúscula',
    lowercase: () => 'Uma letra minúscula',
    number: () => 'Um número',
    symbol: () => 'Um símbolo, como ! @ # ou ?',
    spaces: () => 'Nenhum espaço no início ou no fim',
  },

  problems: {
    required: 'Preencha este campo.',
    emailFormat: 'Digite um endereço de e-mail como name@example.com.',
    emailTooLong: 'Um endereço de e-mail pode ter no máximo 128 caracteres.',
    phoneFormat: 'Digite o número com + e o código do país, como +44 7700 900123.',
    usernameFormat: 'Um nome de usuário não pode conter espaços.',
    usernameTooLong: 'Um nome de usuário pode ter no máximo 128 caracteres.',
    usernameLooksLikeEmail: 'Escolha um nome de usuário que não seja um e-mail: seu e-mail é pedido mais abaixo.',
    usernameLooksLikePhone:
      'Escolha um nome de usuário que não seja um número de telefone: seu número é pedido mais abaixo.',
    birthdateFormat: 'Digite uma data como 1990-05-17 (ano, mês, dia).',
    attributeTooLong: 'Isto pode ter no máximo 2048 caracteres.',
    weakPassword: 'Esta senha não atende às regras abaixo.',
    passwordTooLong: 'Uma senha pode ter no máximo 256 caracteres.',
    codeFormat: 'Digite os 6 dígitos do código.',
    wrongCredentials: 'O e-mail ou a senha não estão corretos. Confira os dois e tente novamente.',
    userNotFound:
      'Não encontramos nenhuma conta com este e-mail. Verifique se há erros de digitação ou crie uma conta.',
    wrongCurrentPassword: 'Sua senha atual não está correta.',
    userNotConfirmed: 'Sua conta ainda não foi confirmada.',
    usernameExists: 'Já existe uma conta com este e-mail. Quer fazer login?',
    invalidPassword: 'Esta senha não atende às regras.',
    invalidEmail: 'Digite um endereço de e-mail como name@example.com.',
    codeMismatch: 'Esse código não está correto. Confira e tente novamente.',
    expiredCode: 'Esse código expirou. Peça um novo.',
    totpCodeReused: 'Esse código já foi usado. Aguarde o app mostrar um novo.',
    alreadyConfirmed: 'Esta conta já está confirmada.',
    userDisabled: 'Esta conta está desativada. Entre em contato com o suporte do site.',
    passwordResetRequired: 'Você precisa redefinir sua senha antes de fazer login.',
    cannotResetPassword: 'A senha desta conta não pode ser redefinida aqui.',
    mfaNotSetUp: 'Primeiro, termine de configurar o app autenticador.',
    sessionExpired: 'Isso demorou demais. Faça login novamente.',
    signedOut: 'Sua sessão foi encerrada. Faça login novamente.',
    passwordAttemptsExceeded: 'Muitas tentativas sem sucesso. Aguarde alguns minutos e tente novamente.',
    limitExceeded: 'Muitas tentativas por enquanto. Aguarde um pouco (até uma hora) e tente novamente.',
    tooManyRequests: 'O serviço está ocupado. Aguarde alguns segundos e tente novamente.',
    tooManyFailedAttempts: 'Muitos códigos errados. Aguarde um pouco e depois peça um novo código.',
    network:
      'Não foi possível acessar o serviço de login. Verifique sua conexão e tente novamente; o que você digitou foi mantido.',
    serviceError: 'O serviço de login teve um problema. Tente novamente em instantes.',
    clientHasSecret:
      'Este site está configurado incorretamente: o cliente de aplicativo do Cognito que ele usa tem um segredo do cliente, que um app de navegador não pode usar. O operador do site precisa criar um cliente de aplicativo sem segredo e definir o ID dele em VITE_COGNITO_CLIENT_ID.',
    userPasswordAuthDisabled:
      'Este site está configurado incorretamente: o cliente de aplicativo do Cognito que ele usa não permite login com senha. O operador do site precisa ativar ALLOW_USER_PASSWORD_AUTH nos fluxos de autenticação do cliente de aplicativo.',
    unknownClient:
      'Este site está configurado incorretamente: o Cognito não reconhece o cliente de aplicativo que ele usa. O operador do site precisa verificar VITE_COGNITO_CLIENT_ID e a região em VITE_COGNITO_USER_POOL_ID.',
    softwareTokenMfaNotEnabled:
      'Este site está configurado incorretamente: os apps autenticadores não estão ativados no grupo de usuários do site. O operador do site precisa ativar a MFA por TOTP (token de software) nas configurações de login do grupo de usuários.',
    unsupportedChallenge:
      'Sua conta precisa de uma etapa de login que esta página não oferece. Entre em contato com o suporte do site.',
    blockedBySecurity:
      'Para a segurança da sua conta, esta solicitação foi bloqueada. Tentar de novo agora não vai adiantar: redefina sua senha ou entre em contato com o suporte do site.',
    temporaryPasswordExpired: 'Sua senha temporária expirou. Peça ao administrador do site que envie uma nova.',
    compromisedPassword:
      'Esta senha apareceu em um vazamento de dados em outro lugar, então não pode ser usada aqui. Escolha outra.',
    passwordReused: 'Você já usou esta senha antes. Escolha uma que não tenha usado recentemente.',
    lambdaRefused:
      'As verificações próprias deste site não aceitaram isso. Se você acha que é um erro, entre em contato com o suporte do site.',
    lambdaFailed:
      'As verificações próprias deste site não puderam ser concluídas. Tente novamente em instantes; se isso continuar acontecendo, entre em contato com o suporte do site.',
    sessionRevoked: 'Sua sessão foi encerrada em todos os lugares. Faça login novamente.',
    refreshTokenInvalid: 'Não é possível renovar sua sessão. Faça login novamente.',
    autoVerifyOff:
      'Este site está configurado incorretamente: o grupo de usuários do site não envia códigos de confirmação. O operador do site precisa ativar a verificação de e-mail (atributo verificado automaticamente: email) no grupo de usuários.',
    emailNotUsername:
      'Este site está configurado incorretamente: o grupo de usuários dele não aceita como nome de usuário o que esta página pede (por exemplo, um e-mail que lá é só um alias, ou um número de telefone onde os nomes de usuário são e-mails). O operador do site precisa definir VITE_COGNITO_SIGN_IN_WITH com aquilo com que o grupo de usuários permite fazer login.',
    signUpAttributesRequired:
      'Este site está configurado incorretamente: o grupo de usuários dele exige no cadastro dados que esta página não pede. O operador do site precisa listá-los em VITE_COGNITO_SIGN_UP_ATTRIBUTES ou torná-los opcionais no grupo de usuários.',
    poolCannotDeliver:
      'Este site está configurado incorretamente: o grupo de usuários do site não tem permissão para enviar e-mails nem mensagens de texto. O operador do site precisa corrigir as configurações de e-mail (SES) ou de SMS (função do SNS) do grupo.',
    poolMisconfigured:
      'Este site está configurado incorretamente: o Cognito considera inválida a configuração do grupo de usuários do site. O operador do site precisa verificar as configurações do grupo de usuários.',
    smsSetupNeedsPhone:
      'Sua conta não tem número de telefone, e este site envia códigos apenas por mensagem de texto. Peça ao operador do site para adicionar seu número ou para ativar apps autenticadores ou códigos por e-mail.',
    invalidParameter: 'Algo na solicitação não foi aceito. Confira o que você digitou e tente novamente.',
    passkeyCancelled:
      'A solicitação da chave de acesso foi fechada, ou este dispositivo não tem uma chave de acesso para este site. Tente novamente ou entre de outra forma.',
    passkeyExists: 'Este dispositivo já tem uma chave de acesso para sua conta.',
    passkeyWrongDomain:
      'Não é possível usar chaves de acesso nesta página. Para o operador do site: o ID da parte confiável (relying party) das chaves de acesso do grupo de usuários precisa ser o domínio desta página ou um domínio pai dele.',
    passkeyUnsupported:
      'Este navegador não pode usar chaves de acesso. Entre de outra forma ou use um navegador compatível com elas.',
    passkeyRefused: 'Essa chave de acesso não foi aceita. Tente novamente ou use outra chave de acesso.',
    passkeysOff:
      'Este site está configurado incorretamente: as chaves de acesso não estão ativadas no grupo de usuários dele. O operador do site precisa permitir a chave de acesso como primeiro fator e definir o ID da parte confiável (relying party) das chaves de acesso do grupo de usuários.',
    featureNotInPlan:
      'Este site está configurado incorretamente: o plano de recursos do grupo de usuários dele não inclui esta forma de login. O operador do site precisa mudar o grupo de usuários para o plano Essentials ou Plus.',
    userAuthDisabled:
      'Este site está configurado incorretamente: o cliente de aplicativo do Cognito que ele usa não permite login com escolha do método. O operador do site precisa ativar ALLOW_USER_AUTH nos fluxos de autenticação do cliente de aplicativo.',
    signUpSessionExpired:
      'Demorou demais para fazer seu login diretamente. Digite o código novamente para confirmar sua conta; depois você vai escolher como entrar.',
    unknown: 'Algo deu errado. Tente novamente.',
  },

  problemsNotByEmail: {
    wrongCredentials: 'Os dados de login ou a senha não estão corretos. Verifique ambos e tente novamente.',
    userNotFound: 'Não encontramos nenhuma conta com esses dados. Verifique se há erros de digitação ou crie uma conta.',
    usernameExists: 'Já existe uma conta com esses dados. Quer fazer login?',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled:
        'A janela da chave de acesso foi fechada ou expirou, então nenhuma chave foi adicionada. Tente de novo ou escolha “Agora não”.',
      passkeyExists:
        'Este dispositivo já tem uma chave de acesso para sua conta, então nenhuma nova foi adicionada. Escolha “Agora não” para continuar ou tente com outro dispositivo ou chave de segurança.',
      passkeyWrongDomain:
        'Não é possível usar chaves de acesso nesta página. Para o operador do site: o ID da parte confiável (relying party) das chaves de acesso do grupo de usuários precisa ser o domínio desta página ou um domínio pai dele. Escolha “Agora não” para continuar.',
      passkeyUnsupported:
        'Este navegador não consegue criar chaves de acesso, então nenhuma foi adicionada. Escolha “Agora não” para continuar; você pode adicionar uma depois pela sua conta em um navegador compatível.',
      passkeyRefused:
        'O serviço de login não aceitou a nova chave de acesso, então ela não foi adicionada. Tente de novo ou escolha “Agora não”.',
      passkeysOff:
        'Este site está configurado incorretamente: as chaves de acesso não estão ativadas no grupo de usuários dele. O operador do site precisa permitir a chave de acesso como primeiro fator e definir o ID da parte confiável (relying party) das chaves de acesso do grupo de usuários. Escolha “Agora não” para continuar.',
      featureNotInPlan:
        'Este site está configurado incorretamente: o plano de recursos do grupo de usuários dele não inclui esta forma de login. O operador do site precisa mudar o grupo de usuários para o plano Essentials ou Plus. Escolha “Agora não” para continuar.',
      network:
        'Não conseguimos acessar o serviço de login, então nenhuma chave de acesso foi adicionada. Verifique sua conexão e tente de novo, ou escolha “Agora não”.',
      serviceError:
        'O serviço de login teve um problema, então nenhuma chave de acesso foi adicionada. Tente de novo em instantes ou escolha “Agora não”.',
      invalidParameter:
        'O serviço de login não aceitou a solicitação, então nenhuma chave de acesso foi adicionada. Tente de novo ou escolha “Agora não”.',
      unknown: 'Algo deu errado, então nenhuma chave de acesso foi adicionada. Tente de novo ou escolha “Agora não”.',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `Este site não aceitou isso: ${reason}`,
    contactSupport: (contact: string) => `Suporte: ${contact}`,
  },

  selectChallenge: {
    heading: 'Escolha como entrar',
    as: (email: string) => `Entrando como ${email}.`,
    options: {
      WEB_AUTHN: 'Usar uma chave de acesso',
      EMAIL_OTP: 'Receber um código por e-mail',
      SMS_OTP: 'Receber um código por SMS',
      PASSWORD: 'Entrar com sua senha',
    },
    none: 'Esta página não oferece nenhuma forma de entrar disponível para sua conta. Entre em contato com o suporte do site.',
  },
  passkeySignIn: {
    heading: 'Entrar com sua chave de acesso',
    waiting: 'Siga as instruções do navegador para usar sua chave de acesso.',
    retry: 'Tentar a chave de acesso novamente',
    otherWay: 'Entrar de outra forma',
  },
  passkeyOffer: {
    heading: 'Entre mais rápido da próxima vez com uma chave de acesso',
    intro: 'Use sua impressão digital, seu rosto ou o bloqueio de tela em vez da sua senha. Você pode remover a chave de acesso a qualquer momento na sua conta.',
    notNow: 'Agora não',
    checking: 'Entrando…',
  },
  passkeys: {
    heading: 'Chaves de acesso',
    intro: 'Com uma chave de acesso, você entra com sua impressão digital, seu rosto ou o bloqueio de tela, em vez de uma senha.',
    manage: 'Gerenciar chaves de acesso',
    loading: 'Carregando suas chaves de acesso…',
    none: 'Você ainda não tem chaves de acesso.',
    add: 'Adicionar uma chave de acesso',
    creating: 'Siga as instruções do navegador para criar a chave de acesso.',
    unnamed: 'Chave de acesso',
    added: (date: string) => `Adicionada em ${date}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'Com o bloqueio de tela de um dispositivo' : attachment === 'cross-platform' ? 'Chave de segurança ou celular' : 'Autenticador',
    delete: (name: string) => `Excluir ${name}`,
    confirmDelete: (name: string) => `Excluir “${name}”? Você não vai mais poder entrar com ela.`,
    confirm: 'Excluir chave de acesso',
    cancel: 'Manter',
  },

  config: {
    heading: 'Este app não está configurado corretamente',
    intro: 'Defina estas variáveis de build (por exemplo, em .env.local) e gere o build novamente:',
    problems: {
      missingPoolId: () =>
        'VITE_COGNITO_USER_POOL_ID está ausente: defina nela o ID do seu grupo de usuários, como eu-west-1_AbCdEf123.',
      missingClientId: () =>
        'VITE_COGNITO_CLIENT_ID está ausente: defina nela o ID de um cliente de aplicativo sem segredo.',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID “${'value' in p ? p.value : ''}” não é um ID de grupo de usuários: ele tem o formato eu-west-1_AbCdEf123 (região, sublinhado, ID).`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID “${'value' in p ? p.value : ''}” não é um ID de cliente de aplicativo: copie-o da página do cliente de aplicativo no console do Cognito.`,
      badRegion: (p) => `VITE_COGNITO_REGION “${'value' in p ? p.value : ''}” não é uma região como eu-west-1.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION é ${p.region}, mas o grupo de usuários está em ${p.poolRegion}: remova VITE_COGNITO_REGION ou faça os dois coincidirem.`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT “${'value' in p ? p.value : ''}” não é uma URL http(s) como http://localhost:9229/.`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES “${'value' in p ? p.value : ''}” deve ser um número inteiro de minutos de 3 a 15, como a duração da sessão do fluxo de autenticação do cliente de aplicativo.`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY “${'value' in p ? p.value : ''}” não é uma política de senha: liste as regras do grupo de usuários separadas por vírgulas, min=<6 a 99> e qualquer uma entre upper, lower, number, symbol, por exemplo, min=12,upper,lower,number,symbol.`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED “${'value' in p ? p.value : ''}” deve ser true (o grupo de usuários exige MFA) ou false.`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}” deve listar com o que as pessoas fazem login, separado por vírgulas, cada um uma vez: email, phone, username, preferred_username (por exemplo username,email para nomes de usuário com o e-mail como alias).`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}” deve listar atributos separados por vírgulas, cada um uma vez: os padrão pelo nome (name, given_name, birthdate, …), os personalizados com um rótulo (custom:team=Team); adicione ? após o nome para um opcional.`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}” lista preferred_username sem username: o nome de usuário preferido é um alias de um grupo com nomes de usuário (--alias-attributes preferred_username), então liste também username, por exemplo username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}” lista preferred_username, que VITE_COGNITO_SIGN_IN_WITH torna um alias: o Cognito só aceita um nome de usuário preferido como alias depois que a conta é confirmada, não no cadastro. Tire preferred_username de VITE_COGNITO_SIGN_UP_ATTRIBUTES.`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY “${'value' in p ? p.value : ''}” deve ser true (só administradores criam usuários) ou false.`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS “${'value' in p ? p.value : ''}” não é uma lista de primeiros fatores: informe qualquer um de password, passkey, email, sms, separados por vírgulas, cada um uma vez só, por exemplo password,passkey,email.`,
    },
  },
};

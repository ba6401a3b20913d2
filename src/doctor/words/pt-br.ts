import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: 'Diagnóstico do grupo de usuários',
  intro: 'Esta página verifica como o grupo de usuários do Cognito e o cliente de aplicativo deste site estão configurados, a partir do que o Cognito responde a um navegador.',
  harmless:
    'Ela envia duas solicitações que o Cognito recusa: um login com um nome de usuário que não pode existir e uma atualização de token com algo que não é um token. Nenhuma conta é criada, nada é enviado a ninguém e nenhuma API de administração é usada.',
  running: 'Consultando o Cognito…',
  runAgain: 'Verificar de novo',
  language: 'Idioma',
  status: { pass: 'OK', problem: 'Problema', unknown: 'Não dá para saber' },
  findings: {
    endpoint: {
      title: 'Endpoint do Cognito acessível',
      answered: (p) => `O Cognito respondeu de ${p.endpoint}, e o navegador deixou a página ler a resposta (CORS).`,
      notCognito: (p) => `Algo que não é o Cognito respondeu em ${p.endpoint}: um proxy, um portal cativo ou um VITE_COGNITO_ENDPOINT errado.`,
      noAnswer: (p) =>
        `Nenhuma resposta de ${p.endpoint}: este computador está off-line, o host está errado ou o endpoint não permite esta origem (CORS). O próprio Cognito permite todas as origens; um emulador talvez não.`,
      blockedByCsp: (p) => `O navegador não enviou as solicitações: a Content-Security-Policy desta página não permite ${p.endpoint} (veja abaixo).`,
    },
    csp: {
      title: 'A Content-Security-Policy permite o endpoint',
      allows: (p) => `connect-src permite ${p.endpoint}.`,
      blocks: (p) => `connect-src (ou default-src) não permite ${p.endpoint}: todo login vai falhar. Envie este cabeçalho:`,
      violated: (p) => `O navegador bloqueou uma solicitação para ${p.endpoint} pela política desta página: todo login vai falhar. Envie este cabeçalho:`,
      none: () => 'A página é servida sem Content-Security-Policy. Ela funciona, mas sem a proteção que isso dá contra scripts injetados. Envie este cabeçalho:',
      unread: () => 'A página não conseguiu ler a política com que é servida. Verifique se ela envia este cabeçalho:',
    },
    client: {
      title: 'O cliente de aplicativo existe',
      found: (p) => `O Cognito conhece o cliente de aplicativo ${p.clientId} em ${p.region}.`,
      notFound: (p) =>
        `O Cognito respondeu que o cliente de aplicativo ${p.clientId} não existe em ${p.region}: o ID do cliente ou a região do grupo está errado. Encontre o cliente, ou crie um, depois defina VITE_COGNITO_CLIENT_ID e compile de novo:`,
      unknown: () => 'As respostas do Cognito não disseram.',
    },
    pool: {
      title: 'O cliente de aplicativo pertence ao grupo de usuários',
      notProbed: (p) =>
        `O ID do grupo ${p.userPoolId} informa a região (${p.region}). Um navegador não consegue verificar se o cliente pertence a este grupo: as solicitações de login indicam só o cliente. Verifique com:`,
    },
    secret: {
      title: 'O cliente de aplicativo não tem segredo',
      none: () => 'O cliente aceitou um login sem hash de segredo.',
      hasSecret: (p) =>
        `O cliente de aplicativo ${p.clientId} tem um segredo do cliente, que um aplicativo de navegador não consegue guardar. Não é possível remover o segredo de um cliente: crie um cliente sem segredo, defina VITE_COGNITO_CLIENT_ID com o ID que ele mostra e compile de novo:`,
      unknown: () => 'As respostas do Cognito não disseram.',
    },
    passwordAuth: {
      title: 'Login com senha permitido (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'O cliente permite USER_PASSWORD_AUTH.',
      off: () => 'O cliente não permite USER_PASSWORD_AUTH: ninguém consegue fazer login. Ative:',
      behindSecret: () => 'O Cognito parou no segredo do cliente antes de dizer.',
      unknown: () => 'As respostas do Cognito não disseram.',
    },
    refresh: {
      title: 'Atualização de tokens permitida (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'O cliente permite REFRESH_TOKEN_AUTH, que esta página usa para manter as pessoas conectadas.',
      off: () =>
        'O cliente recusa REFRESH_TOKEN_AUTH (está desativado, ou a rotação de tokens de atualização está ativada, o que esta página não usa): as pessoas são desconectadas quando os tokens expiram, depois de uma hora por padrão. Ative:',
      behindSecret: () => 'O Cognito parou no segredo do cliente antes de dizer.',
      unknown: () => 'As respostas do Cognito não disseram.',
    },
    userExistence: {
      title: 'Proteção contra a revelação de usuários (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: um e-mail desconhecido recebe “Incorrect username or password.” (NotAuthorizedException), como uma senha errada, e na redefinição se diz que o código está a caminho. Ninguém consegue descobrir por esta página quem tem uma conta.',
      enabledByTrigger: () =>
        'ENABLED: o Cognito executou o gatilho de pré-autenticação para um usuário que não existe, o que ele só faz com esta proteção ativada.',
      legacy: () =>
        'LEGACY: o Cognito responde a um e-mail desconhecido com UserNotFoundException, então qualquer pessoa pode descobrir quais e-mails têm conta. Esta página continua mostrando e-mail ou senha incorretos no login, mas as telas de redefinição e confirmação dizem “Não encontramos nenhuma conta com este e-mail.” Para ocultar:',
      unknown: () => 'As respostas do Cognito não disseram.',
    },
    trigger: {
      title: 'Gatilhos do Lambda',
      refused: () =>
        'Um gatilho do Lambda recusou o login de um usuário que não existe, ou falhou (a resposta está abaixo). Com PreventUserExistenceErrors em ENABLED, o gatilho de pré-autenticação também é executado para usuários desconhecidos, com userNotFound em true; um gatilho que devolve o evento sem alterações para eles deixa o Cognito responder “Incorrect username or password.” como sempre. A correção é no código do gatilho.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client volta ao padrão toda configuração que não recebe (validade dos tokens, atributos, configurações de OAuth e mais). Leia primeiro as configurações atuais do cliente com ${describe} e inclua as que você usa.`,
    newClient: 'O novo cliente recebe as configurações de que esta página precisa.',
    check: 'Mostra as configurações do cliente; não altera nada.',
    header: 'Envie-o pela hospedagem (README, “Content-Security-Policy”), com o endpoint do grupo em connect-src.',
  },
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'Não foi possível copiar: selecione o texto',
  answers: {
    heading: 'O que o Cognito respondeu',
    signIn: 'Login de um usuário que não pode existir (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'Atualização com algo que não é um token (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'Aceita',
    noAnswer: 'Sem resposta',
    notCognito: (status) => `HTTP ${status}, não é o JSON do Cognito`,
  },
};

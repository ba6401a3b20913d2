import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: '用户池诊断',
  intro: '本页根据 Cognito 对浏览器的回答，检查本站的 Cognito 用户池和应用客户端的设置。',
  harmless: '它发送两个会被 Cognito 拒绝的请求：用一个不可能存在的用户名登录，以及用一个并非令牌的字符串刷新令牌。不会创建任何账户，不会向任何人发送任何内容，也不使用任何管理 API。',
  running: '正在询问 Cognito…',
  runAgain: '重新检查',
  language: '语言',
  status: { pass: '通过', problem: '有问题', unknown: '无法判断' },
  findings: {
    endpoint: {
      title: 'Cognito 端点可以访问',
      answered: (p) => `Cognito 从 ${p.endpoint} 作出了回答，浏览器也允许本页读取该回答（CORS）。`,
      notCognito: (p) => `在 ${p.endpoint} 回答的不是 Cognito：可能是代理、强制门户，或 VITE_COGNITO_ENDPOINT 写错了。`,
      noAnswer: (p) =>
        `${p.endpoint} 没有回答：这台电脑离线、主机名错误，或该端点不允许本来源（CORS）。Cognito 本身允许所有来源；模拟器则未必。`,
      blockedByCsp: (p) => `浏览器没有发出请求：本页的 Content-Security-Policy 不允许 ${p.endpoint}（见下文）。`,
    },
    csp: {
      title: 'Content-Security-Policy 允许该端点',
      allows: (p) => `connect-src 允许 ${p.endpoint}。`,
      blocks: (p) => `connect-src（或 default-src）不允许 ${p.endpoint}：所有登录都会失败。请发送以下响应头：`,
      violated: (p) => `浏览器依照本页的策略拦截了发往 ${p.endpoint} 的请求：所有登录都会失败。请发送以下响应头：`,
      none: () => '本页没有 Content-Security-Policy。页面可以运行，但缺少它对注入脚本的防护。请发送以下响应头：',
      unread: () => '本页无法读取自身所用的策略。请确认服务器发送了以下响应头：',
    },
    client: {
      title: '应用客户端存在',
      found: (p) => `Cognito 在 ${p.region} 中认识应用客户端 ${p.clientId}。`,
      notFound: (p) =>
        `Cognito 回答 ${p.region} 中不存在应用客户端 ${p.clientId}：客户端 ID 或用户池的区域有误。请找到该客户端或新建一个，然后设置 VITE_COGNITO_CLIENT_ID 并重新构建：`,
      unknown: () => 'Cognito 的回答没有说明这一点。',
    },
    pool: {
      title: '应用客户端属于该用户池',
      notProbed: (p) => `用户池 ID ${p.userPoolId} 给出了区域（${p.region}）。浏览器无法检查客户端是否属于该用户池：登录请求只写明客户端。可用以下命令检查：`,
    },
    secret: {
      title: '应用客户端没有密钥',
      none: () => '该客户端接受了不带密钥哈希的登录请求。',
      hasSecret: (p) =>
        `应用客户端 ${p.clientId} 有客户端密钥，而浏览器应用无法保管密钥。客户端的密钥无法删除：请新建一个没有密钥的客户端，把 VITE_COGNITO_CLIENT_ID 设为命令输出的 ID，然后重新构建：`,
      unknown: () => 'Cognito 的回答没有说明这一点。',
    },
    passwordAuth: {
      title: '允许密码登录（ALLOW_USER_PASSWORD_AUTH）',
      allowed: () => '该客户端允许 USER_PASSWORD_AUTH。',
      off: () => '该客户端不允许 USER_PASSWORD_AUTH：没有人能登录。请开启：',
      behindSecret: () => 'Cognito 在客户端密钥处就停止了，没有说明这一点。',
      unknown: () => 'Cognito 的回答没有说明这一点。',
    },
    refresh: {
      title: '允许刷新令牌（ALLOW_REFRESH_TOKEN_AUTH）',
      allowed: () => '该客户端允许 REFRESH_TOKEN_AUTH，本页用它让用户保持登录。',
      off: () => '该客户端拒绝 REFRESH_TOKEN_AUTH（它被关闭，或开启了本页不使用的刷新令牌轮换）：令牌过期时（默认一小时后）用户会被登出。请开启：',
      behindSecret: () => 'Cognito 在客户端密钥处就停止了，没有说明这一点。',
      unknown: () => 'Cognito 的回答没有说明这一点。',
    },
    userExistence: {
      title: '用户存在保护（PreventUserExistenceErrors）',
      enabled: () =>
        'ENABLED：未知邮箱得到的回答是 “Incorrect username or password.”（NotAuthorizedException），与密码错误相同；重置密码时会说验证码已发出。没有人能通过本页得知谁有账户。',
      enabledByTrigger: () => 'ENABLED：Cognito 为一个不存在的用户运行了预身份验证触发器，只有开启此保护时才会这样。',
      legacy: () =>
        'LEGACY：Cognito 对未知邮箱回答 UserNotFoundException，因此任何人都能查出哪些邮箱有账户。本页登录时仍只显示邮箱或密码错误，但重置密码和确认页面会显示“没有找到使用此电子邮箱的账号”。要隐藏它：',
      unknown: () => 'Cognito 的回答没有说明这一点。',
    },
    trigger: {
      title: 'Lambda 触发器',
      refused: () =>
        '一个 Lambda 触发器拒绝了不存在的用户的登录，或运行失败（其回答见下文）。PreventUserExistenceErrors 为 ENABLED 时，预身份验证触发器也会为未知用户运行，此时 userNotFound 为 true；触发器对这类请求原样返回事件，Cognito 就会照常回答 “Incorrect username or password.”。需要修改的是触发器的代码。',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client 会把未提供的每项设置恢复为默认值（令牌有效期、属性、OAuth 设置等）。请先用 ${describe} 读取客户端当前的设置，并加上您依赖的设置。`,
    newClient: '新客户端带有本页所需的设置。',
    check: '显示客户端的设置，不做任何更改。',
    header: '请由托管服务发送（见 README 的 “Content-Security-Policy” 一节），并在 connect-src 中写入用户池的端点。',
  },
  copy: '复制',
  copied: '已复制',
  copyFailed: '复制失败：请手动选择文本',
  answers: {
    heading: 'Cognito 的回答',
    signIn: '不可能存在的用户登录（InitiateAuth，USER_PASSWORD_AUTH）',
    refresh: '用并非令牌的字符串刷新（InitiateAuth，REFRESH_TOKEN_AUTH）',
    accepted: '已接受',
    noAnswer: '没有回答',
    notCognito: (status) => `HTTP ${status}，不是 Cognito 的 JSON`,
  },
};

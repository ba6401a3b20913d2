/**
 * 简体中文. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const zh: Dictionary = {
  lang: 'zh-CN',
  languageName: '简体中文',
  languagePicker: '语言',
  appName: '登录',
  simulatedBanner: '模拟用户池：所有数据都不会离开此浏览器，验证码会显示在开发收件箱中。',
  busy: '请稍候…',
  retry: '重试',
  back: '返回登录',
  backToAccount: '返回账号设置',
  backToHome: '返回',
  offline: '无法连接登录服务，请检查网络连接后重试。您已输入的内容会被保留。',

  code: {
    resend: '重新发送验证码',
    resendIn: (seconds: number) => `${seconds} 秒后可重新获取验证码`,
  },

  fields: {
    email: '电子邮箱',
    password: '密码',
    newPassword: '新密码',
    code: '验证码',
    codeHint: '6 位数字',
    currentPassword: '当前密码',
    showPassword: '显示密码',
    hidePassword: '隐藏密码',
    identifier: {
      email: '电子邮箱',
      phone: '手机号码',
      username: '用户名',
      emailOrPhone: '电子邮箱或手机号码',
      usernameOrEmail: '用户名或电子邮箱',
      usernameOrPhone: '用户名或手机号码',
      usernameEmailOrPhone: '用户名、电子邮箱或手机号码',
      usernameOrPreferred: '用户名或首选用户名',
      usernamePreferredOrEmail: '用户名、首选用户名或电子邮箱',
      usernamePreferredOrPhone: '用户名、首选用户名或手机号码',
      usernamePreferredEmailOrPhone: '用户名、首选用户名、电子邮箱或手机号码',
    },
    phoneHint: '以 + 和国家或地区代码开头，例如 +44 7700 900123',
  },

  signIn: {
    heading: '登录',
    submit: '登录',
    noAccount: '还没有账号？',
    toSignUp: '创建账号',
    forgot: '忘记密码？',
    continue: '继续',
    withPasskey: '使用通行密钥登录',
  },

  signUp: {
    heading: '创建您的账号',
    submit: '创建账号',
    haveAccount: '已有账号？',
    toSignIn: '登录',
    rulesHeading: '密码需满足以下要求',
    optional: (label: string) => `${label}（选填）`,
  },

  attributes: {
    name: '姓名',
    given_name: '名',
    family_name: '姓',
    middle_name: '中间名',
    nickname: '昵称',
    preferred_username: '首选用户名',
    profile: '个人主页（URL）',
    picture: '头像（URL）',
    website: '网站',
    gender: '性别',
    birthdate: '出生日期',
    zoneinfo: '时区（例如 Europe/Paris）',
    locale: '语言（例如 en-GB）',
    address: '地址',
    email: '电子邮箱',
    phone_number: '手机号码',
  },

  confirmSignUp: {
    heading: '验证您的电子邮箱',
    headingPhone: '验证您的手机号码',
    sentTo: (destination: string) => `我们已向 ${destination} 发送了 6 位验证码，请输入验证码以确认您的账号。`,
    sentSomewhere: '我们已向您的电子邮箱发送了 6 位验证码，请输入验证码以确认您的账号。',
    sentByText: (destination: string) => `我们已通过短信向 ${destination} 发送了 6 位验证码，请输入验证码以确认您的账号。`,
    submit: '确认',
  },

  forgotPassword: {
    heading: '重置密码',
    intro: '请输入您账号的电子邮箱，我们会向您发送验证码，以便您设置新密码。',
    introAny: '请输入您登录时使用的信息，我们会向您发送验证码，以便您设置新密码。',
    submit: '发送验证码',
  },

  resetPassword: {
    heading: '设置新密码',
    sentTo: (destination: string) => `我们已向 ${destination} 发送了 6 位验证码，请输入验证码和您的新密码。`,
    sentSomewhere: '我们已向您发送了 6 位验证码，请输入验证码和您的新密码。',
    sentByText: (destination: string) =>
      `我们已通过短信向 ${destination} 发送了 6 位验证码，请输入验证码和您的新密码。`,
    ifEmailed: '如果有账号与您输入的信息相符，验证码已发送至该账号的电子邮箱。',
    ifTexted: '如果有账号与您输入的信息相符，验证码已通过短信发送至该账号的手机号码。',
    ifSent: '如果有账号与您输入的信息相符，验证码已发送。',
    submit: '重置密码并登录',
  },

  newPassword: {
    heading: '设置您的密码',
    intro: '您的账号是使用临时密码创建的，请设置您自己的密码以继续。',
    attributesHeading: '我们还需要以下信息',
    submit: '保存并继续',
  },

  totpSetup: {
    heading: '设置身份验证器应用',
    intro:
      '您的账号在登录时需要进行第二步验证。请将账号添加到身份验证器应用，例如 Google Authenticator、Microsoft Authenticator、1Password 或 Authy。',
    scan: '请使用该应用扫描此二维码。',
    qrAlt: (account: string) => `用于将 ${account} 添加到身份验证器应用的二维码`,
    manual: '无法扫描？请改为在应用中输入此设置密钥：',
    secretLabel: '设置密钥',
    copy: '复制密钥',
    copied: '已复制',
    copyFailed: '请选中密钥并手动复制',
    openInApp: '在此设备上的身份验证器应用中打开',
    enterCode: '然后输入应用中显示的 6 位验证码。',
    deviceName: '此身份验证器的名称（可选）',
    deviceNamePlaceholder: '我的手机',
    submit: '验证并完成',
    preparing: '正在准备设置密钥…',
    verified: '您的身份验证器应用已验证，只差最后一步即可完成登录。',
    enabling: '验证码正确，正在开启…',
    notTurnedOn: '验证码已通过，但该应用尚未在您的账号中开启。请重试，无需新的验证码。',
  },

  mfaSetupChoice: {
    heading: '添加第二步验证',
    intro: '您的账号在登录时需要进行第二步验证。请选择一种方式。',
    emailOnly: '您的账号在登录时需要进行第二步验证：我们通过电子邮件发送的验证码。',
    emailTo: (email: string) => `验证码将发送到 ${email}。`,
    sending: '正在发送验证码…',
  },

  totpChallenge: {
    heading: '输入身份验证器验证码',
    intro: '请打开身份验证器应用，输入此账号的 6 位验证码。',
    device: (name: string) => `身份验证器：${name}`,
    submit: '验证',
  },

  emailChallenge: {
    heading: '输入邮件验证码',
    sentTo: (destination: string) => `我们已向 ${destination} 发送了 6 位验证码。`,
    sentSomewhere: '我们已向您的电子邮箱发送了 6 位验证码。',
    submit: '验证',
  },

  smsChallenge: {
    heading: '输入短信验证码',
    sentTo: (destination: string) => `我们已向 ${destination} 发送了 6 位验证码。`,
    sentSomewhere: '我们已向您的手机发送了 6 位验证码。',
    submit: '验证',
  },

  selectMfaType: {
    heading: '选择验证方式',
    intro: '您的账号设置了多种第二步验证方式，请选择本次登录要使用的方式。',
    options: {
      SOFTWARE_TOKEN_MFA: '身份验证器应用',
      SMS_MFA: '短信（SMS）',
      EMAIL_OTP: '电子邮件',
    },
  },

  signedIn: {
    heading: '您已登录',
    as: (email: string) => `当前登录账号：${email}`,
    account: '账号与安全',
    signOut: '退出登录',
    signOutEverywhere: '在所有设备上退出登录',
    reconnecting: '正在重新连接… 暂时无法连接登录服务来续期您的会话。您仍处于登录状态，我们会继续尝试。',
    nav: '您的账号',
    home: '首页',
    profile: '个人资料',
    profileIntro: '查看本网站的 API 对您了解多少：个人资料页面会凭您的登录信息向它询问。',
  },

  profile: {
    heading: '您的个人资料',
    intro: '此页面凭您的登录信息询问您的身份时，本网站的 API 给出的回答。',
    loading: '正在询问 API…',
    sub: '用户 ID',
    username: '用户名',
    groups: '用户组',
    noGroups: '无',
    tokenExpiresAt: '您的登录有效期至',
    servedAt: '回答时间',
    refused: 'API 未接受您的登录。请退出后重新登录。',
    failed: (status: number) => `API 暂时无法回答（错误 ${status}）。请稍后重试。`,
    unreachable: '无法连接到 API。请检查网络连接后重试。',
  },

  account: {
    heading: '账号与安全',
    mfaHeading: '两步验证',
    mfaIntro: '登录时增加第二步验证，即使密码泄露，您的账号也能保持安全。',
    loading: '正在加载您的设置…',
    on: '已开启',
    off: '已关闭',
    preferred: '首选',
    setUpTotp: '设置身份验证器应用',
    replaceTotp: '更换为其他身份验证器应用',
    verifiedNotOn: '尚未开启',
    turnOnTotp: '开启身份验证器应用',
    smsByPhone: '按本网站的要求发送到您的手机号码，无法在此关闭。',
    requiredOnly: '本网站要求进行第二步验证，因此无法关闭您唯一的验证方式。',
    turnOff: (factor: string) => `关闭${factor}`,
    prefer: (factor: string) => `将${factor}设为首选`,
    passwordHeading: '密码',
    changePassword: '修改密码',
  },

  changePassword: {
    heading: '修改您的密码',
    submit: '修改密码',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `完成此步骤的剩余时间：${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired: '操作超时，为保障您的账号安全，本次登录已取消。请重新登录。',
    sessionUsed: '此登录步骤已被使用过（可能就在网络中断之前），无法再次提交。请重新登录。',
    codeResent: '新验证码已发送，之前发送的验证码已失效。',
    accountConfirmed: '您的账号已确认，请登录。',
    alreadyConfirmed: '此账号已确认，请直接登录。',
    confirmBeforeSignIn: '您的账号尚未确认，我们已向您发送了新的验证码。',
    resetCodeSent: '如果此电子邮箱已注册账号，验证码已发送至该邮箱。',
    passwordChanged: '您的密码已修改。',
    totpEnabled: '身份验证器应用已设置完成，下次登录时将使用它进行验证。',
    mfaUpdated: '您的两步验证设置已保存。',
    sessionEnded: '您的会话已结束，请重新登录。',
    sessionRevoked: '您已在所有设备上退出登录（在其他设备上操作，或由网站管理员执行）。请重新登录。',
    sessionNotRenewed: '无法续期您的会话，因此您已退出登录。请重新登录；如果反复出现这种情况，请联系本网站的客服。',
    signedOut: '您已退出登录。',
    signedOutEverywhere: '您已在所有设备上退出登录。',
    signedOutElsewhere: '您已在本网站的另一个标签页中退出登录。',
    passkeyAdded: '通行密钥已添加。下次可以用它登录。',
    passkeyDeleted: '通行密钥已删除。',
  },

  passwordRules: {
    length: (min: number) => `至少 ${min} 个字符`,
    uppercase: () => '包含大写字母',
    lowercase: () => '包含小写字母',
    number: () => '包含数字',
    symbol: () => '包含符号，例如 ! @ # 或 ?',
    spaces: () => '开头和结尾不能有空格',
  },

  problems: {
    required: '请填写此项。',
    emailFormat: '请输入有效的电子邮箱地址，例如 name@example.com。',
    emailTooLong: '电子邮箱地址最多只能有 128 个字符。',
    phoneFormat: '请输入以 + 和国家或地区代码开头的号码，例如 +44 7700 900123。',
    usernameFormat: '用户名不能包含空格。',
    usernameTooLong: '用户名最多只能有 128 个字符。',
    usernameLooksLikeEmail: '用户名不能是电子邮箱地址：电子邮箱请填写在下方。',
    usernameLooksLikePhone: '用户名不能是手机号码：手机号码请填写在下方。',
    birthdateFormat: '请按 1990-05-17 的格式（年-月-日）输入日期。',
    attributeTooLong: '此项最多只能有 2048 个字符。',
    weakPassword: '此密码不符合以下要求。',
    passwordTooLong: '密码最多只能有 256 个字符。',
    codeFormat: '请输入 6 位数字验证码。',
    wrongCredentials: '电子邮箱或密码不正确，请检查后重试。',
    userNotFound: '没有找到使用此电子邮箱的账号。请检查是否有拼写错误，或注册新账号。',
    wrongCurrentPassword: '当前密码不正确。',
    userNotConfirmed: '您的账号尚未确认。',
    usernameExists: '此电子邮箱已注册过账号。要直接登录吗？',
    invalidPassword: '此密码不符合要求。',
    invalidEmail: '请输入有效的电子邮箱地址，例如 name@example.com。',
    codeMismatch: '验证码不正确，请检查后重试。',
    expiredCode: '验证码已过期，请重新获取。',
    totpCodeReused: '此验证码已使用过，请等待应用显示新的验证码。',
    alreadyConfirmed: '此账号已确认。',
    userDisabled: '此账号已被停用，请联系本网站的客服。',
    passwordResetRequired: '您需要先重置密码才能登录。',
    cannotResetPassword: '无法在此处重置此账号的密码。',
    mfaNotSetUp: '请先完成身份验证器应用的设置。',
    sessionExpired: '操作超时，请重新登录。',
    signedOut: '您已退出登录，请重新登录。',
    passwordAttemptsExceeded: '失败次数过多，请等待几分钟后重试。',
    limitExceeded: '尝试次数过多，请稍后（最长一小时）再试。',
    tooManyRequests: '服务繁忙，请等待几秒后重试。',
    tooManyFailedAttempts: '验证码错误次数过多，请稍后重新获取验证码。',
    network: '无法连接登录服务，请检查网络连接后重试。您已输入的内容会被保留。',
    serviceError: '登录服务出现问题，请稍后重试。',
    clientHasSecret:
      '此网站配置有误：其 Cognito 应用客户端设置了客户端密钥（client secret），而浏览器应用无法使用客户端密钥。网站运营者需要创建一个不带密钥的应用客户端，并将 VITE_COGNITO_CLIENT_ID 设置为该客户端的 ID。',
    userPasswordAuthDisabled:
      '此网站配置有误：其 Cognito 应用客户端不允许使用密码登录。网站运营者需要在该应用客户端的身份验证流程中启用 ALLOW_USER_PASSWORD_AUTH。',
    unknownClient:
      '此网站配置有误：Cognito 无法识别其应用客户端。网站运营者需要检查 VITE_COGNITO_CLIENT_ID，以及 VITE_COGNITO_USER_POOL_ID 中的区域。',
    softwareTokenMfaNotEnabled:
      '此网站配置有误：其用户池未启用身份验证器应用。网站运营者需要在用户池的登录设置中启用 TOTP（软件令牌）MFA。',
    unsupportedChallenge: '您的账号需要完成此页面不支持的登录步骤，请联系本网站的客服。',
    blockedBySecurity: '为保护您的账号安全，此请求已被拦截。现在重试也无济于事：请重置密码，或联系本网站的客服。',
    temporaryPasswordExpired: '您的临时密码已过期。请联系网站管理员重新发送。',
    compromisedPassword: '此密码曾在其他网站的数据泄露中出现，不能在此使用。请换一个密码。',
    passwordReused: '您以前用过此密码。请选择一个最近没有用过的密码。',
    lambdaRefused: '未通过本网站自己的检查。如果您认为有误，请联系本网站的客服。',
    lambdaFailed: '本网站自己的检查未能完成。请稍后重试；如果问题持续，请联系本网站的客服。',
    sessionRevoked: '您已在所有设备上退出登录，请重新登录。',
    refreshTokenInvalid: '您的会话无法续期，请重新登录。',
    autoVerifyOff:
      '此网站配置有误：其用户池不发送确认码。网站运营者需要在用户池中启用电子邮箱验证（自动验证的属性：email）。',
    emailNotUsername:
      '此网站配置有误：其用户池不接受本页面所询问的信息作为用户名（例如电子邮箱在该用户池中只是别名，或用户名为电子邮箱的用户池收到了手机号码）。网站运营者需要将 VITE_COGNITO_SIGN_IN_WITH 设为用户池实际使用的登录方式。',
    signUpAttributesRequired:
      '此网站配置有误：其用户池在注册时要求填写本页面未询问的信息。网站运营者需要在 VITE_COGNITO_SIGN_UP_ATTRIBUTES 中列出这些属性，或在用户池中将其设为可选。',
    poolCannotDeliver:
      '此网站配置有误：其用户池无权发送电子邮件或短信。网站运营者需要修正用户池的电子邮件（SES）或 SMS 短信（SNS 角色）设置。',
    poolMisconfigured:
      '此网站配置有误：Cognito 认为其用户池的配置无效。网站运营者需要检查用户池的设置。',
    smsSetupNeedsPhone:
      '您的账号没有手机号码，而本网站只通过短信发送验证码。请联系网站运营方添加您的手机号码，或开启身份验证器应用或电子邮件验证码。',
    invalidParameter: '请求中有部分内容未被接受，请检查您输入的内容后重试。',
    passkeyCancelled: '通行密钥提示已关闭，或此设备上没有本网站的通行密钥。请重试，或换一种方式登录。',
    passkeyExists: '此设备上已有您账号的通行密钥。',
    passkeyWrongDomain: '此页面无法使用通行密钥。致网站运营者：用户池的通行密钥依赖方 ID 必须是此页面的域名或其上级域名。',
    passkeyUnsupported: '此浏览器无法使用通行密钥。请换一种方式登录，或使用支持通行密钥的浏览器。',
    passkeyRefused: '该通行密钥未被接受。请重试，或使用其他通行密钥。',
    passkeysOff: '此网站配置有误：其用户池未启用通行密钥。网站运营者需要将通行密钥设为允许的首要因素，并设置用户池的通行密钥依赖方 ID。',
    featureNotInPlan: '此网站配置有误：其用户池的功能套餐不包含这种登录方式。网站运营者需要将用户池升级到 Essentials 或 Plus 套餐。',
    userAuthDisabled: '此网站配置有误：其 Cognito 应用客户端不允许基于选择的登录。网站运营者需要在应用客户端的身份验证流程中启用 ALLOW_USER_AUTH。',
    signUpSessionExpired: '耗时过长，无法直接为您登录。请再次输入验证码以确认账号，之后再选择登录方式。',
    unknown: '出现错误，请重试。',
  },

  problemsNotByEmail: {
    wrongCredentials: '登录信息或密码不正确，请检查后重试。',
    userNotFound: '未找到使用此信息的账号。请检查是否有拼写错误，或创建一个账号。',
    usernameExists: '使用此信息的账号已存在。要改为登录吗？',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled: '通行密钥提示已关闭或已超时，因此未添加通行密钥。请重试，或选择“暂不”。',
      passkeyExists: '此设备上已有您账户的通行密钥，因此未添加新的通行密钥。选择“暂不”继续，或换用其他设备或安全密钥重试。',
      passkeyWrongDomain: '此页面无法使用通行密钥。致网站运营者：用户池的通行密钥依赖方 ID 必须是此页面的域名或其上级域名。选择“暂不”继续。',
      passkeyUnsupported: '此浏览器无法创建通行密钥，因此未添加。选择“暂不”继续；您以后可以在支持通行密钥的浏览器中从账户页面添加。',
      passkeyRefused: '登录服务未接受新的通行密钥，因此未添加。请重试，或选择“暂不”。',
      passkeysOff: '此网站配置有误：其用户池未启用通行密钥。网站运营者需要将通行密钥设为允许的首要因素，并设置用户池的通行密钥依赖方 ID。选择“暂不”继续。',
      featureNotInPlan: '此网站配置有误：其用户池的功能套餐不包含这种登录方式。网站运营者需要将用户池升级到 Essentials 或 Plus 套餐。选择“暂不”继续。',
      network: '无法连接登录服务，因此未添加通行密钥。请检查网络连接后重试，或选择“暂不”。',
      serviceError: '登录服务出现问题，因此未添加通行密钥。请稍后重试，或选择“暂不”。',
      invalidParameter: '登录服务未接受该请求，因此未添加通行密钥。请重试，或选择“暂不”。',
      unknown: '出了点问题，因此未添加通行密钥。请重试，或选择“暂不”。',
    },
  },
  problemDetails: {
    lambdaRefused: (reason: string) => `本网站未接受此操作：${reason}`,
    contactSupport: (contact: string) => `客服联系方式：${contact}`,
  },

  selectChallenge: {
    heading: '选择登录方式',
    as: (email: string) => `正在以 ${email} 登录。`,
    options: {
      WEB_AUTHN: '使用通行密钥',
      EMAIL_OTP: '通过电子邮件发送验证码',
      SMS_OTP: '通过短信发送验证码',
      PASSWORD: '使用密码登录',
    },
    none: '此页面没有提供您账号可用的登录方式。请联系网站客服。',
  },
  passkeySignIn: {
    heading: '使用通行密钥登录',
    waiting: '请按照浏览器的提示使用您的通行密钥。',
    retry: '再次尝试通行密钥',
    otherWay: '换一种方式登录',
  },
  passkeyOffer: {
    heading: '下次用通行密钥更快登录',
    intro: '用指纹、面容或屏幕锁代替密码。您可以随时在账户中移除通行密钥。',
    notNow: '暂不',
    checking: '正在为您登录…',
  },
  passkeys: {
    heading: '通行密钥',
    intro: '有了通行密钥，您可以用指纹、面容或屏幕锁登录，无需密码。',
    manage: '管理通行密钥',
    loading: '正在加载您的通行密钥…',
    none: '您还没有通行密钥。',
    add: '添加通行密钥',
    creating: '请按照浏览器的提示创建通行密钥。',
    unnamed: '通行密钥',
    added: (date: string) => `添加于 ${date}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? '设备屏幕锁' : attachment === 'cross-platform' ? '安全密钥或手机' : '身份验证器',
    delete: (name: string) => `删除 ${name}`,
    confirmDelete: (name: string) => `删除“${name}”？删除后将无法再用它登录。`,
    confirm: '删除通行密钥',
    cancel: '保留',
  },
  config: {
    heading: '此应用配置不正确',
    intro: '请设置以下构建时变量（例如在 .env.local 中），然后重新构建：',
    problems: {
      missingPoolId: () => '缺少 VITE_COGNITO_USER_POOL_ID：请将其设置为您的用户池 ID，例如 eu-west-1_AbCdEf123。',
      missingClientId: () => '缺少 VITE_COGNITO_CLIENT_ID：请将其设置为一个不带密钥的应用客户端的 ID。',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID 的值“${'value' in p ? p.value : ''}”不是有效的用户池 ID：格式应类似 eu-west-1_AbCdEf123（区域、下划线、ID）。`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID 的值“${'value' in p ? p.value : ''}”不是有效的应用客户端 ID：请从 Cognito 控制台中该应用客户端的页面复制。`,
      badRegion: (p) =>
        `VITE_COGNITO_REGION 的值“${'value' in p ? p.value : ''}”不是有效的区域，区域应类似 eu-west-1。`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION 为 ${p.region}，但用户池位于 ${p.poolRegion}：请删除 VITE_COGNITO_REGION，或使两者保持一致。`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT 的值“${'value' in p ? p.value : ''}”不是 http(s) URL，应类似 http://localhost:9229/。`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES“${'value' in p ? p.value : ''}”必须是 3 到 15 之间的整数分钟数，与应用客户端的身份验证流程会话时长一致。`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY 的值“${'value' in p ? p.value : ''}”不是有效的密码策略：请用逗号分隔列出用户池的规则，即 min=<6 到 99> 以及 upper、lower、number、symbol 中的任意几项，例如 min=12,upper,lower,number,symbol。`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED“${'value' in p ? p.value : ''}”必须是 true（用户池要求 MFA）或 false。`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH“${'value' in p ? p.value : ''}”必须用逗号分隔列出登录方式，每项只出现一次：email、phone、username、preferred_username（例如 username,email 表示用户名登录，电子邮箱作为别名）。`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES“${'value' in p ? p.value : ''}”必须用逗号分隔列出属性，每项只出现一次：标准属性写名称（name、given_name、birthdate 等），自定义属性需附标签（custom:team=Team）；在名称后加 ? 表示选填。`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH“${'value' in p ? p.value : ''}”列出了 preferred_username 却没有 username：首选用户名是用户名用户池的别名（--alias-attributes preferred_username），请同时列出 username，例如 username,preferred_username。`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES“${'value' in p ? p.value : ''}”列出了 preferred_username，而 VITE_COGNITO_SIGN_IN_WITH 将其设为别名：Cognito 只在账号确认后才接受作为别名的首选用户名，注册时不接受。请从 VITE_COGNITO_SIGN_UP_ATTRIBUTES 中删除 preferred_username。`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY“${'value' in p ? p.value : ''}”必须是 true（只有管理员可以创建用户）或 false。`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS“${'value' in p ? p.value : ''}”不是首要因素列表：请从 password、passkey、email、sms 中选择，用逗号分隔，每项只写一次，例如 password,passkey,email。`,
    },
  },
};

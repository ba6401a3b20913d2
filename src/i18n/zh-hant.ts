/**
 * 繁體中文（台灣）. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const zhHant: Dictionary = {
  lang: 'zh-Hant',
  languageName: '繁體中文',
  languagePicker: '語言',
  appName: '登入',
  simulatedBanner: '模擬使用者集區：所有資料都不會離開這個瀏覽器，驗證碼會顯示在開發用收件匣中。',
  busy: '請稍候…',
  retry: '重試',
  back: '返回登入',
  backToAccount: '返回您的帳戶',
  backToHome: '返回',
  offline: '無法連線至登入服務。請檢查網路連線後再試一次；您輸入的內容都會保留。',

  fields: {
    email: '電子郵件',
    password: '密碼',
    newPassword: '新密碼',
    code: '驗證碼',
    codeHint: '6 位數字',
    currentPassword: '目前的密碼',
    showPassword: '顯示密碼',
    hidePassword: '隱藏密碼',
    identifier: {
      email: '電子郵件',
      phone: '電話號碼',
      username: '使用者名稱',
      emailOrPhone: '電子郵件或電話號碼',
      usernameOrEmail: '使用者名稱或電子郵件',
      usernameOrPhone: '使用者名稱或電話號碼',
      usernameEmailOrPhone: '使用者名稱、電子郵件或電話號碼',
      usernameOrPreferred: '使用者名稱或偏好的使用者名稱',
      usernamePreferredOrEmail: '使用者名稱、偏好的使用者名稱或電子郵件',
      usernamePreferredOrPhone: '使用者名稱、偏好的使用者名稱或電話號碼',
      usernamePreferredEmailOrPhone: '使用者名稱、偏好的使用者名稱、電子郵件或電話號碼',
    },
    phoneHint: '以 + 和國碼開頭，例如 +44 7700 900123',
  },

  signIn: {
    heading: '登入',
    submit: '登入',
    noAccount: '還沒有帳戶？',
    toSignUp: '建立帳戶',
    forgot: '忘記密碼？',
    continue: '繼續',
    withPasskey: '使用密碼金鑰登入',
  },

  code: {
    resend: '重新傳送驗證碼',
    resendIn: (seconds: number) => `${seconds} 秒後即可要求新的驗證碼`,
  },

  signUp: {
    heading: '建立您的帳戶',
    submit: '建立帳戶',
    haveAccount: '已經有帳戶了？',
    toSignIn: '登入',
    rulesHeading: '密碼必須符合以下條件',
    optional: (label: string) => `${label}（選填）`,
  },

  attributes: {
    name: '姓名',
    given_name: '名字',
    family_name: '姓氏',
    middle_name: '中間名',
    nickname: '暱稱',
    preferred_username: '偏好的使用者名稱',
    profile: '個人頁面（URL）',
    picture: '大頭貼（URL）',
    website: '網站',
    gender: '性別',
    birthdate: '出生日期',
    zoneinfo: '時區（例如 Asia/Taipei）',
    locale: '語言（例如 zh-TW、en-GB）',
    address: '地址',
    email: '電子郵件',
    phone_number: '電話號碼',
  },

  confirmSignUp: {
    heading: '驗證您的電子郵件',
    headingPhone: '驗證您的電話號碼',
    sentTo: (destination: string) =>
      `我們已將 6 位數驗證碼傳送至 ${destination}，請輸入驗證碼以確認您的帳戶。`,
    sentSomewhere: '我們已將 6 位數驗證碼傳送至您的電子郵件，請輸入驗證碼以確認您的帳戶。',
    sentByText: (destination: string) =>
      `我們已透過簡訊將 6 位數驗證碼傳送至 ${destination}，請輸入驗證碼以確認您的帳戶。`,
    submit: '確認',
  },

  forgotPassword: {
    heading: '重設密碼',
    intro: '請輸入您帳戶的電子郵件地址，我們會傳送驗證碼給您，讓您設定新密碼。',
    introAny: '請輸入您登入時使用的資訊，我們會傳送驗證碼給您，讓您設定新密碼。',
    submit: '傳送驗證碼',
  },

  resetPassword: {
    heading: '設定新密碼',
    sentTo: (destination: string) => `我們已將 6 位數驗證碼傳送至 ${destination}，請輸入驗證碼和新密碼。`,
    sentSomewhere: '我們已將 6 位數驗證碼傳送給您，請輸入驗證碼和新密碼。',
    sentByText: (destination: string) =>
      `我們已透過簡訊將 6 位數驗證碼傳送至 ${destination}，請輸入驗證碼和新密碼。`,
    ifEmailed: '如果有帳戶符合您輸入的資料，驗證碼已在傳送至其電子郵件地址的途中。',
    ifTexted: '如果有帳戶符合您輸入的資料，驗證碼已透過簡訊傳送至其電話號碼。',
    ifSent: '如果有帳戶符合您輸入的資料，驗證碼已在傳送途中。',
    submit: '重設密碼並登入',
  },

  newPassword: {
    heading: '設定您的密碼',
    intro: '您的帳戶是以臨時密碼建立的，請設定您自己的密碼以繼續。',
    attributesHeading: '我們還需要以下資訊',
    submit: '儲存並繼續',
  },

  totpSetup: {
    heading: '設定驗證器應用程式',
    intro:
      '您的帳戶登入時需要第二個驗證步驟。請將帳戶新增至驗證器應用程式，例如 Google Authenticator、Microsoft Authenticator、1Password 或 Authy。',
    scan: '請使用應用程式掃描這個 QR 圖碼。',
    qrAlt: (account: string) => `用於將 ${account} 新增至驗證器應用程式的 QR 圖碼`,
    manual: '無法掃描嗎？請改為在應用程式中輸入這組設定金鑰：',
    secretLabel: '設定金鑰',
    copy: '複製金鑰',
    copied: '已複製',
    copyFailed: '請選取金鑰並手動複製',
    openInApp: '在這部裝置上的驗證器應用程式中開啟',
    enterCode: '接著輸入應用程式顯示的 6 位數驗證碼。',
    deviceName: '這個驗證器的名稱（選填）',
    deviceNamePlaceholder: '我的手機',
    submit: '驗證並完成',
    preparing: '正在準備您的設定金鑰…',
    verified: '您的驗證器應用程式已通過驗證，只剩登入的最後一個步驟。',
    enabling: '驗證碼正確，正在啟用…',
    notTurnedOn: '驗證碼已通過，但您的帳戶尚未啟用驗證器應用程式。請再試一次，不需要新的驗證碼。',
  },

  mfaSetupChoice: {
    heading: '新增第二個驗證步驟',
    intro: '您的帳戶登入時需要第二個驗證步驟，請選擇一種方式。',
    emailOnly: '您的帳戶登入時需要第二個驗證步驟：由我們以電子郵件傳送給您的驗證碼。',
    emailTo: (email: string) => `驗證碼會傳送至 ${email}。`,
    sending: '正在傳送驗證碼…',
  },

  totpChallenge: {
    heading: '輸入驗證器應用程式的驗證碼',
    intro: '請開啟驗證器應用程式，輸入這個帳戶的 6 位數驗證碼。',
    device: (name: string) => `驗證器：${name}`,
    submit: '驗證',
  },

  emailChallenge: {
    heading: '輸入電子郵件中的驗證碼',
    sentTo: (destination: string) => `我們已將 6 位數驗證碼傳送至 ${destination}。`,
    sentSomewhere: '我們已將 6 位數驗證碼傳送至您的電子郵件。',
    submit: '驗證',
  },

  smsChallenge: {
    heading: '輸入簡訊中的驗證碼',
    sentTo: (destination: string) => `我們已將 6 位數驗證碼傳送至 ${destination}。`,
    sentSomewhere: '我們已將 6 位數驗證碼傳送至您的手機。',
    submit: '驗證',
  },

  selectMfaType: {
    heading: '選擇驗證身分的方式',
    intro: '您的帳戶設有多種第二個驗證步驟，請選擇這次登入要使用的方式。',
    options: {
      SOFTWARE_TOKEN_MFA: '驗證器應用程式',
      SMS_MFA: '簡訊（SMS）',
      EMAIL_OTP: '電子郵件',
    },
  },

  signedIn: {
    heading: '您已登入',
    as: (email: string) => `目前登入的帳戶：${email}`,
    account: '帳戶與安全性',
    signOut: '登出',
    signOutEverywhere: '在所有裝置上登出',
    reconnecting: '正在重新連線… 目前無法連線至登入服務來延長您的工作階段。您仍保持登入狀態，我們會繼續嘗試。',
    nav: '您的帳戶',
    home: '首頁',
    profile: '個人資料',
    profileIntro: '查看本網站的 API 對您有哪些了解：個人資料頁面會憑您的登入資訊向它詢問。',
  },

  profile: {
    heading: '您的個人資料',
    intro: '此頁面憑您的登入資訊詢問您的身分時，本網站的 API 所給的回答。',
    loading: '正在詢問 API…',
    sub: '使用者 ID',
    username: '使用者名稱',
    groups: '群組',
    noGroups: '無',
    tokenExpiresAt: '您的登入有效期限至',
    servedAt: '回答時間',
    refused: 'API 未接受您的登入。請登出後重新登入。',
    failed: (status: number) => `API 暫時無法回答（錯誤 ${status}）。請稍後再試一次。`,
    unreachable: '無法連線至 API。請檢查網路連線後再試一次。',
  },

  account: {
    heading: '帳戶與安全性',
    mfaHeading: '兩步驟驗證',
    mfaIntro: '登入時多一個驗證步驟，即使密碼外洩，您的帳戶也能保持安全。',
    loading: '正在載入您的設定…',
    on: '已開啟',
    off: '已關閉',
    preferred: '優先使用',
    setUpTotp: '設定驗證器應用程式',
    replaceTotp: '改用其他驗證器應用程式',
    verifiedNotOn: '尚未開啟',
    turnOnTotp: '開啟驗證器應用程式',
    smsByPhone: '依本網站要求傳送至您的電話號碼，無法在此關閉。',
    requiredOnly: '本網站要求第二個驗證步驟，因此無法關閉您唯一的驗證方式。',
    turnOff: (factor: string) => `關閉${factor}`,
    prefer: (factor: string) => `優先使用${factor}`,
    passwordHeading: '密碼',
    changePassword: '變更密碼',
  },

  changePassword: {
    heading: '變更您的密碼',
    submit: '變更密碼',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `完成此步驟的剩餘時間：${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired: '操作時間過長，為了您的安全，這次登入已取消。請重新登入。',
    sessionUsed: '這個登入步驟已經使用過（可能就在連線中斷之前），因此無法再次傳送。請重新登入。',
    codeResent: '我們已傳送新的驗證碼，先前傳送的驗證碼已失效。',
    accountConfirmed: '您的帳戶已確認，請登入。',
    alreadyConfirmed: '這個帳戶已經確認過了，請登入。',
    confirmBeforeSignIn: '您的帳戶尚未確認，我們已傳送新的驗證碼給您。',
    resetCodeSent: '如果有帳戶使用這個電子郵件地址，驗證碼已在傳送途中。',
    passwordChanged: '您的密碼已變更。',
    totpEnabled: '您的驗證器應用程式已設定完成，下次登入時就會使用它。',
    mfaUpdated: '您的兩步驟驗證設定已儲存。',
    sessionEnded: '您的工作階段已結束，請重新登入。',
    sessionRevoked: '您已在所有裝置上登出（從其他裝置操作，或由網站管理員執行）。請重新登入。',
    sessionNotRenewed: '無法延長您的工作階段，因此您已登出。請重新登入；如果這種情況持續發生，請告知本網站的客服。',
    signedOut: '您已登出。',
    signedOutEverywhere: '您已在所有裝置上登出。',
    signedOutElsewhere: '您已在本網站的另一個分頁中登出。',
    passkeyAdded: '已新增您的密碼金鑰。下次可以用它登入。',
    passkeyDeleted: '已刪除密碼金鑰。',
  },

  passwordRules: {
    length: (min: number) => `至少 ${min} 個字元`,
    uppercase: () => '包含大寫字母',
    lowercase: () => '包含小寫字母',
    number: () => '包含數字',
    symbol: () => '包含符號，例如 ! @ # 或 ?',
    spaces: () => '開頭和結尾不能有空格',
  },

  problems: {
    required: '請填寫這個欄位。',
    emailFormat: '請輸入電子郵件地址，例如 name@example.com。',
    emailTooLong: '電子郵件地址最多只能有 128 個字元。',
    phoneFormat: '請輸入以 + 和國碼開頭的號碼，例如 +44 7700 900123。',
    usernameFormat: '使用者名稱不能包含空格。',
    usernameTooLong: '使用者名稱最多只能有 128 個字元。',
    usernameLooksLikeEmail: '使用者名稱不能是電子郵件地址：電子郵件請填寫在下方。',
    usernameLooksLikePhone: '使用者名稱不能是電話號碼：電話號碼請填寫在下方。',
    birthdateFormat: '請依 1990-05-17 的格式（年-月-日）輸入日期。',
    attributeTooLong: '此欄位最多只能有 2048 個字元。',
    weakPassword: '這組密碼不符合下列條件。',
    passwordTooLong: '密碼最多只能有 256 個字元。',
    codeFormat: '請輸入 6 位數驗證碼。',
    wrongCredentials: '電子郵件或密碼不正確，請檢查兩者後再試一次。',
    userNotFound: '找不到使用這個電子郵件地址的帳戶。請檢查是否有錯字，或建立帳戶。',
    wrongCurrentPassword: '目前的密碼不正確。',
    userNotConfirmed: '您的帳戶尚未確認。',
    usernameExists: '這個電子郵件地址已有帳戶。要改為登入嗎？',
    invalidPassword: '這組密碼不符合條件。',
    invalidEmail: '請輸入電子郵件地址，例如 name@example.com。',
    codeMismatch: '驗證碼不正確，請檢查後再試一次。',
    expiredCode: '驗證碼已過期，請要求新的驗證碼。',
    totpCodeReused: '這個驗證碼已經使用過，請等待應用程式顯示新的驗證碼。',
    alreadyConfirmed: '這個帳戶已經確認過了。',
    userDisabled: '這個帳戶已停用，請與本網站的客服聯絡。',
    passwordResetRequired: '您必須先重設密碼才能登入。',
    cannotResetPassword: '無法在這裡重設這個帳戶的密碼。',
    mfaNotSetUp: '請先完成驗證器應用程式的設定。',
    sessionExpired: '操作時間過長，請重新登入。',
    signedOut: '您已被登出，請重新登入。',
    passwordAttemptsExceeded: '失敗次數過多，請等待幾分鐘後再試一次。',
    limitExceeded: '目前嘗試次數過多，請稍候一段時間（最長一小時）再試一次。',
    tooManyRequests: '服務忙碌中，請等待幾秒後再試一次。',
    tooManyFailedAttempts: '輸入錯誤驗證碼的次數過多，請稍候一段時間，再要求新的驗證碼。',
    network: '無法連線至登入服務。請檢查網路連線後再試一次；您輸入的內容都會保留。',
    serviceError: '登入服務發生問題，請稍後再試一次。',
    clientHasSecret:
      '這個網站的設定有誤：其 Cognito 應用程式用戶端設有用戶端密碼（client secret），但瀏覽器應用程式無法使用。網站營運者必須建立不含密碼的應用程式用戶端，並將 VITE_COGNITO_CLIENT_ID 設為該用戶端的 ID。',
    userPasswordAuthDisabled:
      '這個網站的設定有誤：其 Cognito 應用程式用戶端不允許以密碼登入。網站營運者必須在應用程式用戶端的驗證流程中開啟 ALLOW_USER_PASSWORD_AUTH。',
    unknownClient:
      '這個網站的設定有誤：Cognito 無法辨識其應用程式用戶端。網站營運者必須檢查 VITE_COGNITO_CLIENT_ID，以及 VITE_COGNITO_USER_POOL_ID 中的區域。',
    softwareTokenMfaNotEnabled:
      '這個網站的設定有誤：其使用者集區未開啟驗證器應用程式。網站營運者必須在使用者集區的登入設定中啟用 TOTP（軟體權杖）MFA。',
    unsupportedChallenge: '您的帳戶需要一個本頁面不支援的登入步驟，請與本網站的客服聯絡。',
    blockedBySecurity: '為了保護您的帳戶安全，這項要求已遭封鎖。現在重試也沒有幫助：請重設密碼，或與本網站的客服聯絡。',
    temporaryPasswordExpired: '您的臨時密碼已過期。請要求網站管理員傳送新的臨時密碼給您。',
    compromisedPassword: '這組密碼曾出現在其他地方的資料外洩事件中，因此不能在這裡使用。請選擇其他密碼。',
    passwordReused: '您以前用過這組密碼。請選擇最近沒有用過的密碼。',
    lambdaRefused: '未通過本網站自己的檢查。如果您認為這是錯誤，請與本網站的客服聯絡。',
    lambdaFailed: '本網站自己的檢查無法完成。請稍後再試一次；如果這種情況持續發生，請與本網站的客服聯絡。',
    sessionRevoked: '您已在所有裝置上登出，請重新登入。',
    refreshTokenInvalid: '無法延長您的工作階段，請重新登入。',
    autoVerifyOff:
      '這個網站的設定有誤：其使用者集區不會傳送確認碼。網站營運者必須在使用者集區中開啟電子郵件驗證（自動驗證的屬性：email）。',
    emailNotUsername:
      '這個網站的設定有誤：其使用者集區不接受本頁面所詢問的資訊作為使用者名稱（例如電子郵件在其中僅為別名，或使用者名稱為電子郵件的使用者集區收到了電話號碼）。網站營運者必須將 VITE_COGNITO_SIGN_IN_WITH 設為使用者集區實際用來登入的項目。',
    signUpAttributesRequired:
      '這個網站的設定有誤：其使用者集區在註冊時要求提供本頁面未詢問的資料。網站營運者必須在 VITE_COGNITO_SIGN_UP_ATTRIBUTES 中列出這些屬性，或在使用者集區中將其設為選填。',
    poolCannotDeliver:
      '這個網站的設定有誤：其使用者集區沒有傳送電子郵件或簡訊的權限。網站營運者必須修正集區的電子郵件（SES）或 SMS（SNS 角色）設定。',
    poolMisconfigured: '這個網站的設定有誤：Cognito 判定其使用者集區的組態無效。網站營運者必須檢查使用者集區的設定。',
    smsSetupNeedsPhone:
      '您的帳戶沒有電話號碼，而本網站只以簡訊傳送驗證碼。請要求網站營運者新增您的號碼，或開啟驗證器應用程式或電子郵件驗證碼。',
    invalidParameter: '要求中有部分內容未被接受。請檢查您輸入的內容後再試一次。',
    passkeyCancelled: '密碼金鑰提示已關閉，或這部裝置上沒有本網站的密碼金鑰。請再試一次，或改用其他方式登入。',
    passkeyExists: '這部裝置上已有您帳戶的密碼金鑰。',
    passkeyWrongDomain:
      '此頁面無法使用密碼金鑰。致網站營運者：使用者集區的密碼金鑰信賴方 ID（relying party id）必須是此頁面的網域或其上層網域。',
    passkeyUnsupported: '這個瀏覽器無法使用密碼金鑰。請改用其他方式登入，或使用支援密碼金鑰的瀏覽器。',
    passkeyRefused: '該密碼金鑰未被接受。請再試一次，或使用其他密碼金鑰。',
    passkeysOff:
      '這個網站的設定有誤：其使用者集區未啟用密碼金鑰。網站營運者必須允許密碼金鑰作為第一個驗證因素，並設定使用者集區的密碼金鑰信賴方 ID（relying party id）。',
    featureNotInPlan:
      '這個網站的設定有誤：其使用者集區的功能方案不包含這種登入方式。網站營運者必須將使用者集區改為 Essentials 或 Plus 方案。',
    userAuthDisabled:
      '這個網站的設定有誤：其 Cognito 應用程式用戶端不允許以選擇方式登入。網站營運者必須在應用程式用戶端的驗證流程中開啟 ALLOW_USER_AUTH。',
    signUpSessionExpired: '時間過長，無法直接為您登入。請再次輸入驗證碼以確認帳戶，之後再選擇登入方式。',
    unknown: '發生錯誤，請再試一次。',
  },

  problemsNotByEmail: {
    wrongCredentials: '登入資訊或密碼不正確，請檢查後再試一次。',
    userNotFound: '找不到使用此資訊的帳戶。請檢查是否有拼字錯誤，或建立帳戶。',
    usernameExists: '使用此資訊的帳戶已存在。要改為登入嗎？',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled: '密碼金鑰提示已關閉或已逾時，因此未新增密碼金鑰。請再試一次，或選擇「現在不要」。',
      passkeyExists: '此裝置上已有您帳戶的密碼金鑰，因此未新增新的密碼金鑰。選擇「現在不要」繼續，或改用其他裝置或安全金鑰再試一次。',
      passkeyWrongDomain: '此頁面無法使用密碼金鑰。致網站營運者：使用者集區的密碼金鑰信賴方 ID（relying party id）必須是此頁面的網域或其上層網域。選擇「現在不要」繼續。',
      passkeyUnsupported: '此瀏覽器無法建立密碼金鑰，因此未新增。選擇「現在不要」繼續；您之後可以在支援密碼金鑰的瀏覽器中從帳戶頁面新增。',
      passkeyRefused: '登入服務未接受新的密碼金鑰，因此未新增。請再試一次，或選擇「現在不要」。',
      passkeysOff: '這個網站的設定有誤：其使用者集區未啟用密碼金鑰。網站營運者必須允許密碼金鑰作為第一個驗證因素，並設定使用者集區的密碼金鑰信賴方 ID（relying party id）。選擇「現在不要」繼續。',
      featureNotInPlan: '這個網站的設定有誤：其使用者集區的功能方案不包含這種登入方式。網站營運者必須將使用者集區改為 Essentials 或 Plus 方案。選擇「現在不要」繼續。',
      network: '無法連線到登入服務，因此未新增密碼金鑰。請檢查網路連線後再試一次，或選擇「現在不要」。',
      serviceError: '登入服務發生問題，因此未新增密碼金鑰。請稍後再試一次，或選擇「現在不要」。',
      invalidParameter: '登入服務未接受該要求，因此未新增密碼金鑰。請再試一次，或選擇「現在不要」。',
      unknown: '發生了問題，因此未新增密碼金鑰。請再試一次，或選擇「現在不要」。',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `本網站未接受此操作：${reason}`,
    contactSupport: (contact: string) => `客服聯絡方式：${contact}`,
  },

  selectChallenge: {
    heading: '選擇登入方式',
    as: (email: string) => `正在以 ${email} 登入。`,
    options: {
      WEB_AUTHN: '使用密碼金鑰',
      EMAIL_OTP: '以電子郵件傳送驗證碼',
      SMS_OTP: '以簡訊傳送驗證碼',
      PASSWORD: '使用密碼登入',
    },
    none: '此頁面沒有提供您帳戶可用的登入方式。請與本網站的客服聯絡。',
  },
  passkeySignIn: {
    heading: '使用密碼金鑰登入',
    waiting: '請依照瀏覽器的提示使用您的密碼金鑰。',
    retry: '再試一次密碼金鑰',
    otherWay: '改用其他方式登入',
  },
  passkeyOffer: {
    heading: '下次用密碼金鑰更快登入',
    intro: '使用指紋、臉孔或螢幕鎖定，不必輸入密碼。您隨時可以從帳戶移除密碼金鑰。',
    notNow: '現在不要',
    checking: '正在為您登入…',
  },
  passkeys: {
    heading: '密碼金鑰',
    intro: '有了密碼金鑰，您就能用指紋、臉孔或螢幕鎖定登入，不需要密碼。',
    manage: '管理密碼金鑰',
    loading: '正在載入您的密碼金鑰…',
    none: '您還沒有密碼金鑰。',
    add: '新增密碼金鑰',
    creating: '請依照瀏覽器的提示建立密碼金鑰。',
    unnamed: '密碼金鑰',
    added: (date: string) => `新增於 ${date}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? '裝置的螢幕鎖定' : attachment === 'cross-platform' ? '安全金鑰或手機' : '驗證器',
    delete: (name: string) => `刪除 ${name}`,
    confirmDelete: (name: string) => `要刪除「${name}」嗎？刪除後就無法再用它登入。`,
    confirm: '刪除密碼金鑰',
    cancel: '保留',
  },

  config: {
    heading: '這個應用程式的設定不正確',
    intro: '請設定下列建置時變數（例如在 .env.local 中），然後重新建置：',
    problems: {
      missingPoolId: () => '缺少 VITE_COGNITO_USER_POOL_ID：請將其設為您的使用者集區 ID，例如 eu-west-1_AbCdEf123。',
      missingClientId: () => '缺少 VITE_COGNITO_CLIENT_ID：請將其設為不含密碼之應用程式用戶端的 ID。',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID 的值「${'value' in p ? p.value : ''}」不是使用者集區 ID：格式應類似 eu-west-1_AbCdEf123（區域、底線、ID）。`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID 的值「${'value' in p ? p.value : ''}」不是應用程式用戶端 ID：請從 Cognito 主控台中該應用程式用戶端的頁面複製。`,
      badRegion: (p) => `VITE_COGNITO_REGION 的值「${'value' in p ? p.value : ''}」不是區域，區域應類似 eu-west-1。`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION 為 ${p.region}，但使用者集區位於 ${p.poolRegion}：請移除 VITE_COGNITO_REGION，或讓兩者一致。`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT 的值「${'value' in p ? p.value : ''}」不是 http(s) URL，應類似 http://localhost:9229/。`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES 的值「${'value' in p ? p.value : ''}」必須是 3 到 15 之間的整數分鐘數，與應用程式用戶端的驗證流程工作階段持續時間相同。`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY 的值「${'value' in p ? p.value : ''}」不是密碼政策：請以逗號分隔列出使用者集區的規則，即 min=<6 到 99> 以及 upper、lower、number、symbol 中的任意幾項，例如 min=12,upper,lower,number,symbol。`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED 的值「${'value' in p ? p.value : ''}」必須是 true（使用者集區要求 MFA）或 false。`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH 的值「${'value' in p ? p.value : ''}」必須以逗號分隔列出登入方式，每項只能出現一次：email、phone、username、preferred_username（例如 username,email 表示以使用者名稱登入，電子郵件作為別名）。`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES 的值「${'value' in p ? p.value : ''}」必須以逗號分隔列出屬性，每項只能出現一次：標準屬性寫名稱（name、given_name、birthdate 等），自訂屬性需附標籤（custom:team=Team）；在名稱後加上 ? 表示選填。`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH 的值「${'value' in p ? p.value : ''}」列出了 preferred_username 卻沒有 username：偏好的使用者名稱是使用者名稱集區的別名（--alias-attributes preferred_username），請一併列出 username，例如 username,preferred_username。`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES 的值「${'value' in p ? p.value : ''}」列出了 preferred_username，而 VITE_COGNITO_SIGN_IN_WITH 將它設為別名：Cognito 只在帳戶確認後才接受作為別名的偏好使用者名稱，註冊時不接受。請從 VITE_COGNITO_SIGN_UP_ATTRIBUTES 移除 preferred_username。`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY 的值「${'value' in p ? p.value : ''}」必須是 true（只有管理員可以建立使用者）或 false。`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS 的值「${'value' in p ? p.value : ''}」不是第一個驗證因素的清單：請從 password、passkey、email、sms 中選擇，以逗號分隔，每項只寫一次，例如 password,passkey,email。`,
    },
  },
};

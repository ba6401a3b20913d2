import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: '使用者集區診斷',
  intro: '本頁根據 Cognito 對瀏覽器的回應，檢查本網站的 Cognito 使用者集區和應用程式用戶端的設定。',
  harmless: '它會傳送兩個 Cognito 會拒絕的請求：以不可能存在的使用者名稱登入，以及以並非權杖的字串重新整理權杖。不會建立任何帳戶，不會傳送任何內容給任何人，也不會使用任何管理 API。',
  running: '正在詢問 Cognito…',
  runAgain: '重新檢查',
  language: '語言',
  status: { pass: '通過', problem: '有問題', unknown: '無法判斷' },
  findings: {
    endpoint: {
      title: '可以連線到 Cognito 端點',
      answered: (p) => `Cognito 從 ${p.endpoint} 作出回應，瀏覽器也允許本頁讀取該回應（CORS）。`,
      notCognito: (p) => `在 ${p.endpoint} 回應的不是 Cognito：可能是代理伺服器、網路登入頁面，或 VITE_COGNITO_ENDPOINT 設定錯誤。`,
      noAnswer: (p) =>
        `${p.endpoint} 沒有回應：這部電腦處於離線狀態、主機名稱錯誤，或該端點不允許此來源（CORS）。Cognito 本身允許所有來源；模擬器則不一定。`,
      blockedByCsp: (p) => `瀏覽器沒有送出請求：本頁的 Content-Security-Policy 不允許 ${p.endpoint}（見下文）。`,
    },
    csp: {
      title: 'Content-Security-Policy 允許該端點',
      allows: (p) => `connect-src 允許 ${p.endpoint}。`,
      blocks: (p) => `connect-src（或 default-src）不允許 ${p.endpoint}：所有登入都會失敗。請傳送以下標頭：`,
      violated: (p) => `瀏覽器依本頁的政策封鎖了傳往 ${p.endpoint} 的請求：所有登入都會失敗。請傳送以下標頭：`,
      none: () => '本頁沒有 Content-Security-Policy。頁面可以運作，但缺少它對注入指令碼的防護。請傳送以下標頭：',
      unread: () => '本頁無法讀取自身所用的政策。請確認伺服器有傳送以下標頭：',
    },
    client: {
      title: '應用程式用戶端存在',
      found: (p) => `Cognito 在 ${p.region} 中認得應用程式用戶端 ${p.clientId}。`,
      notFound: (p) =>
        `Cognito 回應 ${p.region} 中沒有應用程式用戶端 ${p.clientId}：用戶端 ID 或使用者集區的區域有誤。請找到該用戶端或建立新的用戶端，然後設定 VITE_COGNITO_CLIENT_ID 並重新建置：`,
      unknown: () => 'Cognito 的回應沒有透露這一點。',
    },
    pool: {
      title: '應用程式用戶端屬於該使用者集區',
      notProbed: (p) =>
        `使用者集區 ID ${p.userPoolId} 指出了區域（${p.region}）。瀏覽器無法檢查用戶端是否屬於此使用者集區：登入請求只指明用戶端。可用以下命令檢查：`,
    },
    secret: {
      title: '應用程式用戶端沒有密鑰',
      none: () => '該用戶端接受了不含密鑰雜湊的登入請求。',
      hasSecret: (p) =>
        `應用程式用戶端 ${p.clientId} 有用戶端密鑰，而瀏覽器應用程式無法保管密鑰。用戶端的密鑰無法移除：請建立沒有密鑰的用戶端，將 VITE_COGNITO_CLIENT_ID 設為命令輸出的 ID，然後重新建置：`,
      unknown: () => 'Cognito 的回應沒有透露這一點。',
    },
    passwordAuth: {
      title: '允許以密碼登入（ALLOW_USER_PASSWORD_AUTH）',
      allowed: () => '該用戶端允許 USER_PASSWORD_AUTH。',
      off: () => '該用戶端不允許 USER_PASSWORD_AUTH：沒有人能登入。請開啟：',
      behindSecret: () => 'Cognito 在用戶端密鑰處就停止了，沒有透露這一點。',
      unknown: () => 'Cognito 的回應沒有透露這一點。',
    },
    refresh: {
      title: '允許重新整理權杖（ALLOW_REFRESH_TOKEN_AUTH）',
      allowed: () => '該用戶端允許 REFRESH_TOKEN_AUTH，本頁用它讓使用者保持登入。',
      off: () =>
        '該用戶端拒絕 REFRESH_TOKEN_AUTH（已關閉，或開啟了本頁不使用的重新整理權杖輪換）：權杖到期時（預設為一小時後）使用者會被登出。請開啟：',
      behindSecret: () => 'Cognito 在用戶端密鑰處就停止了，沒有透露這一點。',
      unknown: () => 'Cognito 的回應沒有透露這一點。',
    },
    userExistence: {
      title: '使用者存在保護（PreventUserExistenceErrors）',
      enabled: () =>
        'ENABLED：未知的電子郵件地址得到的回應是「Incorrect username or password.」（NotAuthorizedException），與密碼錯誤相同；重設密碼時則會說驗證碼已寄出。沒有人能透過本頁得知誰有帳戶。',
      enabledByTrigger: () => 'ENABLED：Cognito 為不存在的使用者執行了預先驗證觸發程序，只有開啟此保護時才會如此。',
      legacy: () =>
        'LEGACY：Cognito 對未知的電子郵件地址回應 UserNotFoundException，因此任何人都能查出哪些電子郵件地址有帳戶。本頁登入時仍只顯示電子郵件或密碼錯誤，但重設密碼和確認畫面會顯示「找不到使用這個電子郵件地址的帳戶。」要隱藏它：',
      unknown: () => 'Cognito 的回應沒有透露這一點。',
    },
    trigger: {
      title: 'Lambda 觸發程序',
      refused: () =>
        '某個 Lambda 觸發程序拒絕了不存在的使用者登入，或執行失敗（其回應見下文）。PreventUserExistenceErrors 為 ENABLED 時，預先驗證觸發程序也會為未知使用者執行，此時 userNotFound 為 true；觸發程序對這類請求原樣傳回事件，Cognito 就會照常回應「Incorrect username or password.」。需要修改的是觸發程序的程式碼。',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client 會將未提供的每項設定恢復為預設值（權杖有效期、屬性、OAuth 設定等）。請先用 ${describe} 讀取用戶端目前的設定，並加上您依賴的設定。`,
    newClient: '新的用戶端帶有本頁所需的設定。',
    check: '顯示用戶端的設定，不做任何變更。',
    header: '請由託管服務傳送（見 README 的「Content-Security-Policy」一節），並在 connect-src 中填入使用者集區的端點。',
  },
  copy: '複製',
  copied: '已複製',
  copyFailed: '無法複製：請手動選取文字',
  answers: {
    heading: 'Cognito 的回應',
    signIn: '不可能存在的使用者登入（InitiateAuth，USER_PASSWORD_AUTH）',
    refresh: '以並非權杖的字串重新整理（InitiateAuth，REFRESH_TOKEN_AUTH）',
    accepted: '已接受',
    noAnswer: '沒有回應',
    notCognito: (status) => `HTTP ${status}，不是 Cognito 的 JSON`,
  },
};

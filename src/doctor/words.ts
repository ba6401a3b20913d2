/**
 * The doctor's words in every shipped language, in its own lazy chunk (the app's dictionaries
 * stay as they are). Setting names, error types and commands stay exactly as AWS writes them.
 * A missing sentence is a type error.
 */
import type { Lang } from '../i18n';
import type { FindingId, Readings, Status } from './findings';

export interface WordParams {
  userPoolId: string;
  clientId: string;
  region: string;
  endpoint: string;
  origin: string;
}
type Say = (p: WordParams) => string;

export interface DoctorWords {
  title: string;
  intro: string;
  harmless: string;
  running: string;
  runAgain: string;
  language: string;
  status: Record<Status, string>;
  findings: { [K in FindingId]: { title: string } & Record<Readings[K], Say> };
  fixes: {
    resetsDefaults: (describe: string) => string;
    newClient: string;
    check: string;
    header: string;
  };
  copy: string;
  copied: string;
  copyFailed: string;
  answers: {
    heading: string;
    signIn: string;
    refresh: string;
    accepted: string;
    noAnswer: string;
    notCognito: (status: number) => string;
  };
}

const en: DoctorWords = {
  title: 'Pool doctor',
  intro: 'This page checks how this site’s Cognito user pool and app client are set up, from what Cognito answers to a browser.',
  harmless:
    'It sends two requests that Cognito refuses: a sign-in for a user name that cannot exist, and a token refresh with a token that is not one. No account is created, nothing is sent to anyone, and no admin API is used.',
  running: 'Asking Cognito…',
  runAgain: 'Check again',
  language: 'Language',
  status: { pass: 'Pass', problem: 'Problem', unknown: 'Cannot tell' },
  findings: {
    endpoint: {
      title: 'Cognito endpoint reachable',
      answered: (p) => `Cognito answered from ${p.endpoint}, and the browser let the page read the answer (CORS).`,
      notCognito: (p) => `Something that is not Cognito answered at ${p.endpoint}: a proxy, a captive portal or a wrong VITE_COGNITO_ENDPOINT.`,
      noAnswer: (p) =>
        `No answer from ${p.endpoint}: this computer is offline, the host is wrong, or the endpoint does not allow this origin (CORS). Cognito itself allows every origin; an emulator may not.`,
      blockedByCsp: (p) => `The browser did not send the requests: this page’s Content-Security-Policy does not allow ${p.endpoint} (see below).`,
    },
    csp: {
      title: 'Content-Security-Policy allows the endpoint',
      allows: (p) => `connect-src allows ${p.endpoint}.`,
      blocks: (p) => `connect-src (or default-src) does not allow ${p.endpoint}: every sign-in will fail. Send this header:`,
      violated: (p) => `The browser blocked a request to ${p.endpoint} under this page’s policy: every sign-in will fail. Send this header:`,
      none: () => 'The page is served without a Content-Security-Policy. It works, but without the protection it gives against injected scripts. Send this header:',
      unread: () => 'The page could not read the policy it is served with. Check that it sends this header:',
    },
    client: {
      title: 'App client exists',
      found: (p) => `Cognito knows the app client ${p.clientId} in ${p.region}.`,
      notFound: (p) =>
        `Cognito answered that the app client ${p.clientId} does not exist in ${p.region}: the client id or the pool’s region is wrong. Find the client, or create one, then set VITE_COGNITO_CLIENT_ID and build again:`,
      unknown: () => 'Cognito’s answers did not say.',
    },
    pool: {
      title: 'App client belongs to the user pool',
      notProbed: (p) =>
        `The pool id ${p.userPoolId} gives the region (${p.region}). A browser cannot check that the client belongs to this pool: sign-in requests name only the client. Check with:`,
    },
    secret: {
      title: 'App client has no secret',
      none: () => 'The client took a sign-in without a secret hash.',
      hasSecret: (p) =>
        `The app client ${p.clientId} has a client secret, which a browser app cannot keep. A secret cannot be removed from a client: create a client without one, then set VITE_COGNITO_CLIENT_ID to the id it prints and build again:`,
      unknown: () => 'Cognito’s answers did not say.',
    },
    passwordAuth: {
      title: 'Password sign-in allowed (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'The client allows USER_PASSWORD_AUTH.',
      off: () => 'The client does not allow USER_PASSWORD_AUTH: nobody can sign in. Turn it on:',
      behindSecret: () => 'Cognito stopped at the client secret before saying.',
      unknown: () => 'Cognito’s answers did not say.',
    },
    refresh: {
      title: 'Token refresh allowed (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'The client allows REFRESH_TOKEN_AUTH, which this page uses to keep people signed in.',
      off: () =>
        'The client refuses REFRESH_TOKEN_AUTH (it is off, or refresh-token rotation is on, which this page does not use): people are signed out when their tokens expire, after an hour by default. Turn it on:',
      behindSecret: () => 'Cognito stopped at the client secret before saying.',
      unknown: () => 'Cognito’s answers did not say.',
    },
    userExistence: {
      title: 'User-existence protection (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: an unknown email gets “Incorrect username or password.” (NotAuthorizedException), like a wrong password, and a reset code is said to be on its way. Nobody can learn from this page who has an account.',
      enabledByTrigger: () =>
        'ENABLED: Cognito ran the pre authentication trigger for a user that does not exist, which it does only with this protection on.',
      legacy: () =>
        'LEGACY: Cognito answers an unknown email with UserNotFoundException, so anyone can find out which emails have accounts. This page still shows a wrong email or password at sign-in, but its reset and confirmation screens say “We found no account with this email”. To hide it:',
      unknown: () => 'Cognito’s answers did not say.',
    },
    trigger: {
      title: 'Lambda triggers',
      refused: () =>
        'A Lambda trigger refused or failed the sign-in of a user that does not exist (its answer is below). With PreventUserExistenceErrors ENABLED the pre authentication trigger also runs for unknown users, with userNotFound set to true; a trigger that returns the event unchanged for them lets Cognito answer “Incorrect username or password.” as usual. The fix is in the trigger’s code.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client sets every setting it is not given back to its default (token lifetimes, attributes, OAuth settings and more). Read the client’s current settings first with ${describe}, and add any you rely on.`,
    newClient: 'The new client gets the settings this page needs.',
    check: 'Shows the client’s settings; it changes nothing.',
    header: 'Send it from the host (README, “Content-Security-Policy”), with the pool’s endpoint in connect-src.',
  },
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed: select the text instead',
  answers: {
    heading: 'What Cognito answered',
    signIn: 'Sign-in of a user that cannot exist (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'Refresh with a token that is not one (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'Accepted',
    noAnswer: 'No answer',
    notCognito: (status) => `HTTP ${status}, not Cognito’s JSON`,
  },
};

const zh: DoctorWords = {
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

const ja: DoctorWords = {
  title: 'ユーザープール診断',
  intro: 'このページは、Cognito がブラウザに返す応答から、このサイトの Cognito ユーザープールとアプリクライアントの設定を確認します。',
  harmless:
    'Cognito が拒否するリクエストを 2 つ送ります。存在しえないユーザー名でのサインインと、トークンではない文字列でのトークン更新です。アカウントは作成されず、誰にも何も送られず、管理 API も使いません。',
  running: 'Cognito に問い合わせています…',
  runAgain: 'もう一度確認',
  language: '言語',
  status: { pass: '問題なし', problem: '問題あり', unknown: '判断できません' },
  findings: {
    endpoint: {
      title: 'Cognito のエンドポイントに接続できる',
      answered: (p) => `${p.endpoint} から Cognito が応答し、ブラウザはこのページにその応答を読ませました（CORS）。`,
      notCognito: (p) => `${p.endpoint} で応答したのは Cognito ではありません。プロキシ、キャプティブポータル、または誤った VITE_COGNITO_ENDPOINT です。`,
      noAnswer: (p) =>
        `${p.endpoint} から応答がありません。このコンピューターがオフラインか、ホスト名が誤っているか、エンドポイントがこのオリジンを許可していません（CORS）。Cognito 自体はすべてのオリジンを許可しますが、エミュレーターはそうとは限りません。`,
      blockedByCsp: (p) => `ブラウザはリクエストを送りませんでした。このページの Content-Security-Policy が ${p.endpoint} を許可していません（下記参照）。`,
    },
    csp: {
      title: 'Content-Security-Policy がエンドポイントを許可している',
      allows: (p) => `connect-src は ${p.endpoint} を許可しています。`,
      blocks: (p) => `connect-src（または default-src）が ${p.endpoint} を許可していないため、サインインはすべて失敗します。次のヘッダーを送ってください：`,
      violated: (p) => `このページのポリシーにより、ブラウザが ${p.endpoint} へのリクエストをブロックしました。サインインはすべて失敗します。次のヘッダーを送ってください：`,
      none: () => 'このページは Content-Security-Policy なしで配信されています。動作はしますが、挿入されたスクリプトへの防御がありません。次のヘッダーを送ってください：',
      unread: () => 'このページは自身のポリシーを読み取れませんでした。次のヘッダーが送られているか確認してください：',
    },
    client: {
      title: 'アプリクライアントが存在する',
      found: (p) => `Cognito は ${p.region} のアプリクライアント ${p.clientId} を認識しています。`,
      notFound: (p) =>
        `Cognito は ${p.region} にアプリクライアント ${p.clientId} が存在しないと応答しました。クライアント ID かユーザープールのリージョンが誤っています。クライアントを探すか新しく作成し、VITE_COGNITO_CLIENT_ID を設定して再ビルドしてください：`,
      unknown: () => 'Cognito の応答からは分かりませんでした。',
    },
    pool: {
      title: 'アプリクライアントがユーザープールに属している',
      notProbed: (p) =>
        `ユーザープール ID ${p.userPoolId} からリージョン（${p.region}）が分かります。サインインのリクエストはクライアントしか指定しないため、クライアントがこのプールに属しているかはブラウザからは確認できません。次のコマンドで確認してください：`,
    },
    secret: {
      title: 'アプリクライアントにシークレットがない',
      none: () => 'クライアントはシークレットハッシュなしのサインインを受け付けました。',
      hasSecret: (p) =>
        `アプリクライアント ${p.clientId} にはクライアントシークレットがありますが、ブラウザアプリはシークレットを守れません。クライアントからシークレットは削除できないため、シークレットなしのクライアントを作成し、表示された ID を VITE_COGNITO_CLIENT_ID に設定して再ビルドしてください：`,
      unknown: () => 'Cognito の応答からは分かりませんでした。',
    },
    passwordAuth: {
      title: 'パスワードでのサインインを許可（ALLOW_USER_PASSWORD_AUTH）',
      allowed: () => 'クライアントは USER_PASSWORD_AUTH を許可しています。',
      off: () => 'クライアントが USER_PASSWORD_AUTH を許可していないため、誰もサインインできません。有効にしてください：',
      behindSecret: () => 'Cognito はクライアントシークレットの確認で止まったため、分かりませんでした。',
      unknown: () => 'Cognito の応答からは分かりませんでした。',
    },
    refresh: {
      title: 'トークンの更新を許可（ALLOW_REFRESH_TOKEN_AUTH）',
      allowed: () => 'クライアントは REFRESH_TOKEN_AUTH を許可しています。このページはこれでサインイン状態を保ちます。',
      off: () =>
        'クライアントが REFRESH_TOKEN_AUTH を拒否しています（無効か、このページが使わないリフレッシュトークンのローテーションが有効です）。トークンの期限（既定で 1 時間）が切れるとサインアウトされます。有効にしてください：',
      behindSecret: () => 'Cognito はクライアントシークレットの確認で止まったため、分かりませんでした。',
      unknown: () => 'Cognito の応答からは分かりませんでした。',
    },
    userExistence: {
      title: 'ユーザー存在の保護（PreventUserExistenceErrors）',
      enabled: () =>
        'ENABLED：未登録のメールアドレスには、パスワードの誤りと同じ “Incorrect username or password.”（NotAuthorizedException）が返り、パスワードのリセットではコードを送ったと表示されます。このページから誰がアカウントを持っているかは分かりません。',
      enabledByTrigger: () => 'ENABLED：Cognito は存在しないユーザーに対して認証前トリガーを実行しました。これはこの保護が有効な場合だけです。',
      legacy: () =>
        'LEGACY：Cognito は未登録のメールアドレスに UserNotFoundException を返すため、誰でもどのメールアドレスにアカウントがあるかを調べられます。このページのサインインでは引き続きメールアドレスかパスワードの誤りと表示しますが、リセットと確認の画面では「このメールアドレスのアカウントは見つかりませんでした」と表示されます。隠すには：',
      unknown: () => 'Cognito の応答からは分かりませんでした。',
    },
    trigger: {
      title: 'Lambda トリガー',
      refused: () =>
        'Lambda トリガーが、存在しないユーザーのサインインを拒否したか、失敗しました（応答は下記）。PreventUserExistenceErrors が ENABLED の場合、認証前トリガーは未登録のユーザーに対しても userNotFound を true として実行されます。その場合にイベントをそのまま返せば、Cognito は通常どおり “Incorrect username or password.” と応答します。修正するのはトリガーのコードです。',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client は、指定しなかった設定をすべて既定値に戻します（トークンの有効期間、属性、OAuth の設定など）。先に ${describe} でクライアントの現在の設定を確認し、必要な設定を追加してください。`,
    newClient: '新しいクライアントには、このページに必要な設定が入ります。',
    check: 'クライアントの設定を表示するだけで、何も変更しません。',
    header: 'ホスティング側から送ってください（README の「Content-Security-Policy」の節）。connect-src にはユーザープールのエンドポイントを入れます。',
  },
  copy: 'コピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。テキストを選択してください',
  answers: {
    heading: 'Cognito の応答',
    signIn: '存在しえないユーザーのサインイン（InitiateAuth、USER_PASSWORD_AUTH）',
    refresh: 'トークンではない文字列での更新（InitiateAuth、REFRESH_TOKEN_AUTH）',
    accepted: '受理',
    noAnswer: '応答なし',
    notCognito: (status) => `HTTP ${status}、Cognito の JSON ではありません`,
  },
};

export const DOCTOR_WORDS: Record<Lang, DoctorWords> = { en, zh, ja };

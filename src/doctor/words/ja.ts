import type { DoctorWords } from './en';

export const words: DoctorWords = {
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

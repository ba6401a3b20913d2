/**
 * 日本語. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const ja: Dictionary = {
  lang: 'ja',
  languageName: '日本語',
  languagePicker: '言語',
  appName: 'ログイン',
  simulatedBanner:
    'シミュレーション用のユーザープールです。データはこのブラウザーの外には送信されず、確認コードは開発用の受信トレイに表示されます。',
  busy: 'お待ちください…',
  retry: '再試行',
  back: 'ログイン画面に戻る',
  backToAccount: 'アカウント設定に戻る',
  backToHome: '戻る',
  offline: 'ログインサービスに接続できませんでした。接続を確認して、もう一度お試しください。入力した内容はそのまま残っています。',

  code: {
    resend: 'コードを再送信',
    resendIn: (seconds: number) => `${seconds}秒後に新しいコードをリクエストできます`,
  },

  fields: {
    email: 'メールアドレス',
    password: 'パスワード',
    newPassword: '新しいパスワード',
    code: '確認コード',
    codeHint: '6桁の数字',
    currentPassword: '現在のパスワード',
    showPassword: 'パスワードを表示',
    hidePassword: 'パスワードを非表示',
    identifier: {
      email: 'メールアドレス',
      phone: '電話番号',
      username: 'ユーザー名',
      emailOrPhone: 'メールアドレスまたは電話番号',
      usernameOrEmail: 'ユーザー名またはメールアドレス',
      usernameOrPhone: 'ユーザー名または電話番号',
      usernameEmailOrPhone: 'ユーザー名、メールアドレスまたは電話番号',
      usernameOrPreferred: 'ユーザー名または表示用のユーザー名',
      usernamePreferredOrEmail: 'ユーザー名、表示用のユーザー名またはメールアドレス',
      usernamePreferredOrPhone: 'ユーザー名、表示用のユーザー名または電話番号',
      usernamePreferredEmailOrPhone: 'ユーザー名、表示用のユーザー名、メールアドレスまたは電話番号',
    },
    phoneHint: '+ と国番号から入力してください（例: +44 7700 900123）',
  },

  signIn: {
    heading: 'ログイン',
    submit: 'ログイン',
    noAccount: '初めてご利用ですか？',
    toSignUp: 'アカウントを作成',
    forgot: 'パスワードをお忘れですか？',
    continue: '次へ',
    withPasskey: 'パスキーでログイン',
  },

  signUp: {
    heading: 'アカウントの作成',
    submit: 'アカウントを作成',
    haveAccount: 'すでにアカウントをお持ちですか？',
    toSignIn: 'ログイン',
    rulesHeading: 'パスワードの条件',
    optional: (label: string) => `${label}（任意）`,
  },

  attributes: {
    name: '氏名',
    given_name: '名',
    family_name: '姓',
    middle_name: 'ミドルネーム',
    nickname: 'ニックネーム',
    preferred_username: '表示用のユーザー名',
    profile: 'プロフィールページ（URL）',
    picture: '写真（URL）',
    website: 'ウェブサイト',
    gender: '性別',
    birthdate: '生年月日',
    zoneinfo: 'タイムゾーン（例: Europe/Paris）',
    locale: '言語（例: en-GB）',
    address: '住所',
    email: 'メールアドレス',
    phone_number: '電話番号',
  },

  confirmSignUp: {
    heading: 'メールアドレスの確認',
    headingPhone: '電話番号の確認',
    sentTo: (destination: string) =>
      `${destination} に6桁のコードを送信しました。コードを入力して、アカウントを確認してください。`,
    sentSomewhere: 'ご登録のメールアドレスに6桁のコードを送信しました。コードを入力して、アカウントを確認してください。',
    sentByText: (destination: string) =>
      `${destination} にSMSで6桁のコードを送信しました。コードを入力して、アカウントを確認してください。`,
    submit: '確認',
  },

  forgotPassword: {
    heading: 'パスワードのリセット',
    intro: 'アカウントのメールアドレスを入力してください。新しいパスワードを設定するためのコードをお送りします。',
    introAny: 'ログインに使う情報を入力してください。新しいパスワードを設定するためのコードをお送りします。',
    submit: 'コードを送信',
  },

  resetPassword: {
    heading: '新しいパスワードの設定',
    sentTo: (destination: string) =>
      `${destination} に6桁のコードを送信しました。コードと新しいパスワードを入力してください。`,
    sentSomewhere: '6桁のコードを送信しました。コードと新しいパスワードを入力してください。',
    sentByText: (destination: string) =>
      `${destination} にSMSで6桁のコードを送信しました。コードと新しいパスワードを入力してください。`,
    ifEmailed: '入力した内容に一致するアカウントがある場合は、そのメールアドレスにコードを送信しました。',
    ifTexted: '入力した内容に一致するアカウントがある場合は、その電話番号にSMSでコードを送信しました。',
    ifSent: '入力した内容に一致するアカウントがある場合は、コードを送信しました。',
    submit: 'パスワードをリセットしてログイン',
  },

  newPassword: {
    heading: 'パスワードの設定',
    intro: 'このアカウントは仮パスワードで作成されています。続けるには、ご自身のパスワードを設定してください。',
    attributesHeading: 'あわせて次の情報を入力してください',
    submit: '保存して続ける',
  },

  totpSetup: {
    heading: '認証アプリの設定',
    intro:
      'このアカウントでは、ログイン時に追加の認証が必要です。Google Authenticator、Microsoft Authenticator、1Password、Authy などの認証アプリに追加してください。',
    scan: 'アプリでこの QR コードをスキャンしてください。',
    qrAlt: (account: string) => `${account} を認証アプリに追加するための QR コード`,
    manual: 'スキャンできない場合は、代わりに次のセットアップキーをアプリに入力してください：',
    secretLabel: 'セットアップキー',
    copy: 'キーをコピー',
    copied: 'コピーしました',
    copyFailed: 'キーを選択して手動でコピーしてください',
    openInApp: 'このデバイスの認証アプリで開く',
    enterCode: '次に、アプリに表示される6桁のコードを入力してください。',
    deviceName: 'この認証アプリの名前（任意）',
    deviceNamePlaceholder: '私のスマートフォン',
    submit: '確認して完了',
    preparing: 'セットアップキーを準備しています…',
    verified: '認証アプリの確認が完了しました。あとはログインを完了するだけです。',
    enabling: 'コードを確認しました。オンにしています…',
    notTurnedOn: 'コードは確認できましたが、アプリはまだアカウントでオンになっていません。もう一度お試しください。新しいコードは不要です。',
  },

  mfaSetupChoice: {
    heading: '追加の認証方法を設定',
    intro: 'このアカウントでは、ログイン時に追加の認証が必要です。方法を選んでください。',
    emailOnly: 'このアカウントでは、ログイン時に追加の認証が必要です。メールでコードをお送りします。',
    emailTo: (email: string) => `コードは ${email} に送信されます。`,
    sending: 'コードを送信しています…',
  },

  totpChallenge: {
    heading: '認証コードの入力',
    intro: '認証アプリを開き、このアカウントの6桁のコードを入力してください。',
    device: (name: string) => `認証アプリ：${name}`,
    submit: '確認',
  },

  emailChallenge: {
    heading: 'メールで届いたコードの入力',
    sentTo: (destination: string) => `${destination} に6桁のコードを送信しました。`,
    sentSomewhere: 'ご登録のメールアドレスに6桁のコードを送信しました。',
    submit: '確認',
  },

  smsChallenge: {
    heading: 'SMS で届いたコードの入力',
    sentTo: (destination: string) => `${destination} に6桁のコードを送信しました。`,
    sentSomewhere: 'ご登録の電話番号に6桁のコードを送信しました。',
    submit: '確認',
  },

  selectMfaType: {
    heading: '本人確認の方法を選択',
    intro: 'このアカウントには複数の追加認証方法が設定されています。今回のログインで使う方法を選んでください。',
    options: {
      SOFTWARE_TOKEN_MFA: '認証アプリ',
      SMS_MFA: 'ショートメッセージ（SMS）',
      EMAIL_OTP: 'メール',
    },
  },

  signedIn: {
    heading: 'ログインしました',
    as: (email: string) => `${email} でログインしています`,
    account: 'アカウントとセキュリティ',
    signOut: 'ログアウト',
    signOutEverywhere: 'すべてのデバイスからログアウト',
    reconnecting: '再接続しています… 現在、セッションを更新するためのログインサービスに接続できません。ログインしたままで、接続を引き続き試みます。',
    nav: 'あなたのアカウント',
    home: 'ホーム',
    profile: 'プロフィール',
    profileIntro: 'このサイトの API があなたについて知っていることを確認できます。プロフィールページがあなたのログイン情報で問い合わせます。',
  },

  profile: {
    heading: 'あなたのプロフィール',
    intro: 'このページがあなたのログイン情報で問い合わせたときの、このサイトの API の回答です。',
    loading: 'API に問い合わせています…',
    sub: 'ユーザー ID',
    username: 'ユーザー名',
    groups: 'グループ',
    noGroups: 'なし',
    tokenExpiresAt: 'ログインの有効期限',
    servedAt: '回答日時',
    refused: 'API がログイン情報を受け付けませんでした。ログアウトしてから、もう一度ログインしてください。',
    failed: (status: number) => `API が回答できませんでした（エラー ${status}）。しばらくしてからもう一度お試しください。`,
    unreachable: 'API に接続できませんでした。接続を確認して、もう一度お試しください。',
  },

  account: {
    heading: 'アカウントとセキュリティ',
    mfaHeading: '2段階認証',
    mfaIntro: 'ログイン時に追加の認証を行うことで、パスワードが漏えいした場合でもアカウントを安全に保てます。',
    loading: '設定を読み込んでいます…',
    on: 'オン',
    off: 'オフ',
    preferred: '優先',
    setUpTotp: '認証アプリを設定',
    replaceTotp: '別の認証アプリに切り替える',
    verifiedNotOn: 'まだオフ',
    turnOnTotp: '認証アプリをオンにする',
    smsByPhone: 'サイトの要件により電話番号に送信されます。ここではオフにできません。',
    requiredOnly: 'このサイトでは追加の認証が必須のため、唯一の認証方法はオフにできません。',
    turnOff: (factor: string) => `${factor}をオフにする`,
    prefer: (factor: string) => `${factor}を優先して使う`,
    passwordHeading: 'パスワード',
    changePassword: 'パスワードを変更',
  },

  changePassword: {
    heading: 'パスワードの変更',
    submit: 'パスワードを変更',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `この手順の残り時間：${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired: '時間切れになりました。安全のため、ログインはキャンセルされました。もう一度ログインしてください。',
    sessionUsed: 'このログイン手順はすでに使用済みのため（接続が切れる直前に処理された可能性があります）、もう一度送信できません。もう一度ログインしてください。',
    codeResent: '新しいコードを送信しました。以前に送信したコードは使用できなくなりました。',
    accountConfirmed: 'アカウントが確認されました。ログインしてください。',
    alreadyConfirmed: 'このアカウントは確認済みです。ログインしてください。',
    confirmBeforeSignIn: 'アカウントがまだ確認されていません。新しいコードを送信しました。',
    resetCodeSent: 'このメールアドレスを使用しているアカウントがある場合は、コードを送信しました。',
    passwordChanged: 'パスワードを変更しました。',
    totpEnabled: '認証アプリの設定が完了しました。次回のログインから使用します。',
    mfaUpdated: '2段階認証の設定を保存しました。',
    sessionEnded: 'セッションが終了しました。もう一度ログインしてください。',
    sessionRevoked: 'すべてのデバイスからログアウトされました（別のデバイスでの操作、またはサイト管理者によるもの）。もう一度ログインしてください。',
    sessionNotRenewed: 'セッションを更新できなかったため、ログアウトしました。もう一度ログインしてください。繰り返し起こる場合は、サイトのサポートにお問い合わせください。',
    signedOut: 'ログアウトしました。',
    signedOutEverywhere: 'すべてのデバイスからログアウトしました。',
    signedOutElsewhere: 'このサイトの別のタブでログアウトしました。',
    passkeyAdded: 'パスキーを追加しました。次回からこのパスキーでログインできます。',
    passkeyDeleted: 'パスキーを削除しました。',
  },

  passwordRules: {
    length: (min: number) => `${min}文字以上`,
    uppercase: () => '英大文字を含む',
    lowercase: () => '英小文字を含む',
    number: () => '数字を含む',
    symbol: () => '記号（! @ # ? など）を含む',
    spaces: () => '先頭と末尾にスペースを入れない',
  },

  problems: {
    required: 'この項目を入力してください。',
    emailFormat: 'name@example.com のような形式でメールアドレスを入力してください。',
    emailTooLong: 'メールアドレスは128文字以内で入力してください。',
    phoneFormat: '+ と国番号から番号を入力してください（例: +44 7700 900123）。',
    usernameFormat: 'ユーザー名にスペースは使えません。',
    usernameTooLong: 'ユーザー名は128文字以内で入力してください。',
    usernameLooksLikeEmail: 'メールアドレスではないユーザー名を選んでください。メールアドレスは下の欄に入力します。',
    usernameLooksLikePhone: '電話番号ではないユーザー名を選んでください。電話番号は下の欄に入力します。',
    birthdateFormat: '1990-05-17 のように（年-月-日）入力してください。',
    attributeTooLong: '2048文字以内で入力してください。',
    weakPassword: 'このパスワードは下記の条件を満たしていません。',
    passwordTooLong: 'パスワードは256文字以内で入力してください。',
    codeFormat: '6桁のコードを入力してください。',
    wrongCredentials: 'メールアドレスまたはパスワードが正しくありません。両方を確認して、もう一度お試しください。',
    userNotFound: 'このメールアドレスのアカウントは見つかりませんでした。入力に誤りがないか確認するか、アカウントを作成してください。',
    wrongCurrentPassword: '現在のパスワードが正しくありません。',
    userNotConfirmed: 'アカウントがまだ確認されていません。',
    usernameExists: 'このメールアドレスのアカウントはすでに存在します。ログインしますか？',
    invalidPassword: 'このパスワードは条件を満たしていません。',
    invalidEmail: 'name@example.com のような形式でメールアドレスを入力してください。',
    codeMismatch: 'コードが正しくありません。確認して、もう一度お試しください。',
    expiredCode: 'コードの有効期限が切れています。新しいコードをリクエストしてください。',
    totpCodeReused: 'このコードはすでに使用されています。アプリに新しいコードが表示されるまでお待ちください。',
    alreadyConfirmed: 'このアカウントは確認済みです。',
    userDisabled: 'このアカウントは無効になっています。サイトのサポート窓口にお問い合わせください。',
    passwordResetRequired: 'ログインする前に、パスワードをリセットする必要があります。',
    cannotResetPassword: 'このアカウントのパスワードは、ここではリセットできません。',
    mfaNotSetUp: '先に認証アプリの設定を完了してください。',
    sessionExpired: '時間切れになりました。もう一度ログインしてください。',
    signedOut: 'ログアウトされました。もう一度ログインしてください。',
    passwordAttemptsExceeded: '失敗した回数が多すぎます。数分待ってから、もう一度お試しください。',
    limitExceeded: '試行回数の上限に達しました。しばらく（最大1時間）待ってから、もう一度お試しください。',
    tooManyRequests: 'サービスが混み合っています。数秒待ってから、もう一度お試しください。',
    tooManyFailedAttempts: '誤ったコードの入力が多すぎます。しばらく待ってから、新しいコードをリクエストしてください。',
    network:
      'ログインサービスに接続できませんでした。接続を確認して、もう一度お試しください。入力した内容はそのまま残っています。',
    serviceError: 'ログインサービスで問題が発生しました。しばらくしてから、もう一度お試しください。',
    clientHasSecret:
      'このサイトの設定に誤りがあります。Cognito アプリクライアントにクライアントシークレットが設定されていますが、ブラウザーアプリではシークレットを使用できません。サイトの運営者は、シークレットなしのアプリクライアントを作成し、その ID を VITE_COGNITO_CLIENT_ID に設定する必要があります。',
    userPasswordAuthDisabled:
      'このサイトの設定に誤りがあります。Cognito アプリクライアントでパスワードによるログインが許可されていません。サイトの運営者は、アプリクライアントの認証フローで ALLOW_USER_PASSWORD_AUTH を有効にする必要があります。',
    unknownClient:
      'このサイトの設定に誤りがあります。Cognito がこのサイトのアプリクライアントを認識できません。サイトの運営者は、VITE_COGNITO_CLIENT_ID と、VITE_COGNITO_USER_POOL_ID に含まれるリージョンを確認する必要があります。',
    softwareTokenMfaNotEnabled:
      'このサイトの設定に誤りがあります。ユーザープールで認証アプリが有効になっていません。サイトの運営者は、ユーザープールのサインイン設定で TOTP（ソフトウェアトークン）MFA を有効にする必要があります。',
    unsupportedChallenge:
      'このアカウントには、このページが対応していないログイン手順が必要です。サイトのサポート窓口にお問い合わせください。',
    blockedBySecurity: 'アカウントを守るため、このリクエストはブロックされました。今すぐ再試行しても解決しません。パスワードを再設定するか、サイトのサポートにお問い合わせください。',
    temporaryPasswordExpired: '仮パスワードの有効期限が切れています。サイトの管理者に新しい仮パスワードを送ってもらってください。',
    compromisedPassword: 'このパスワードは他のサービスの情報漏えいで見つかっているため、ここでは使えません。別のパスワードを選んでください。',
    passwordReused: 'このパスワードは以前に使ったことがあります。最近使っていないパスワードを選んでください。',
    lambdaRefused: 'このサイト独自の確認で受け付けられませんでした。誤りだと思われる場合は、サイトのサポートにお問い合わせください。',
    lambdaFailed: 'このサイト独自の確認が完了しませんでした。しばらくしてから、もう一度お試しください。繰り返し起こる場合は、サイトのサポートにお問い合わせください。',
    sessionRevoked: 'すべてのデバイスからログアウトされました。もう一度ログインしてください。',
    refreshTokenInvalid: 'セッションを更新できません。もう一度ログインしてください。',
    autoVerifyOff:
      'このサイトの設定に誤りがあります：ユーザープールが確認コードを送信しない設定です。サイトの運営者は、ユーザープールでメールアドレスの検証（自動検証する属性：email）を有効にする必要があります。',
    emailNotUsername:
      'このサイトの設定に誤りがあります：ユーザープールが、このページで尋ねているものをユーザー名として受け付けません（メールアドレスがエイリアス扱いである、ユーザー名がメールアドレスのプールに電話番号を送った、など）。サイトの運営者は、VITE_COGNITO_SIGN_IN_WITH をユーザープールのログイン方法に合わせて設定する必要があります。',
    signUpAttributesRequired:
      'このサイトの設定に誤りがあります：ユーザープールが、このページで尋ねていない情報を登録時に必須にしています。サイトの運営者は、それらの属性を VITE_COGNITO_SIGN_UP_ATTRIBUTES に記載するか、ユーザープールで任意にする必要があります。',
    poolCannotDeliver:
      'このサイトの設定に誤りがあります：ユーザープールにメールや SMS を送信する権限がありません。サイトの運営者は、ユーザープールのメール（SES）または SMS（SNS ロール）の設定を修正する必要があります。',
    poolMisconfigured:
      'このサイトの設定に誤りがあります：Cognito がユーザープールの設定を無効と判断しています。サイトの運営者は、ユーザープールの設定を確認する必要があります。',
    smsSetupNeedsPhone:
      'このアカウントには電話番号がありませんが、このサイトはコードを SMS でのみ送信します。サイトの運営者に、電話番号の追加か、認証アプリまたはメールコードの有効化を依頼してください。',
    invalidParameter: 'リクエストの一部が受け付けられませんでした。入力内容を確認して、もう一度お試しください。',
    passkeyCancelled: 'パスキーの確認が閉じられたか、このデバイスにこのサイトのパスキーがありません。もう一度お試しいただくか、別の方法でログインしてください。',
    passkeyExists: 'このデバイスには、すでにあなたのアカウントのパスキーがあります。',
    passkeyWrongDomain: 'このページではパスキーを使えません。サイト運営者の方へ：ユーザープールのパスキーの依存パーティ ID は、このページのドメインかその親ドメインにする必要があります。',
    passkeyUnsupported: 'このブラウザではパスキーを使えません。別の方法でログインするか、パスキーに対応したブラウザをお使いください。',
    passkeyRefused: 'このパスキーは受け付けられませんでした。もう一度お試しいただくか、別のパスキーをお使いください。',
    passkeysOff: 'このサイトの設定に誤りがあります：ユーザープールでパスキーが有効になっていません。サイト運営者は、パスキーを最初の認証要素として許可し、ユーザープールのパスキーの依存パーティ ID を設定する必要があります。',
    featureNotInPlan: 'このサイトの設定に誤りがあります：ユーザープールの機能プランにこのログイン方法が含まれていません。サイト運営者は、ユーザープールを Essentials または Plus プランに変更する必要があります。',
    userAuthDisabled: 'このサイトの設定に誤りがあります：Cognito アプリクライアントで選択ベースのログインが許可されていません。サイト運営者は、アプリクライアントの認証フローで ALLOW_USER_AUTH を有効にする必要があります。',
    signUpSessionExpired: '時間がかかりすぎたため、そのままログインできませんでした。もう一度コードを入力してアカウントを確認してください。その後、ログイン方法を選べます。',
    unknown: '問題が発生しました。もう一度お試しください。',
  },

  problemsNotByEmail: {
    wrongCredentials: 'ログイン情報またはパスワードが正しくありません。両方を確認して、もう一度お試しください。',
    userNotFound: 'この情報のアカウントは見つかりませんでした。入力ミスがないか確認するか、アカウントを作成してください。',
    usernameExists: 'この情報のアカウントはすでに存在します。ログインしますか？',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled: 'パスキーの確認が閉じられたか時間切れになったため、パスキーは追加されませんでした。もう一度お試しいただくか、「今はしない」を選んでください。',
      passkeyExists: 'このデバイスにはすでにあなたのアカウントのパスキーがあるため、新しいパスキーは追加されませんでした。「今はしない」を選んで先に進むか、別のデバイスやセキュリティキーでお試しください。',
      passkeyWrongDomain:
        'このページではパスキーを使えません。サイト運営者の方へ：ユーザープールのパスキーの依存パーティ ID は、このページのドメインかその親ドメインにする必要があります。「今はしない」を選んで先に進んでください。',
      passkeyUnsupported: 'このブラウザではパスキーを作成できないため、パスキーは追加されませんでした。「今はしない」を選んで先に進んでください。パスキーに対応したブラウザで、あとからアカウントのページで追加できます。',
      passkeyRefused: 'ログインサービスが新しいパスキーを受け付けなかったため、パスキーは追加されませんでした。もう一度お試しいただくか、「今はしない」を選んでください。',
      passkeysOff:
        'このサイトの設定に誤りがあります：ユーザープールでパスキーが有効になっていません。サイト運営者は、パスキーを最初の認証要素として許可し、ユーザープールのパスキーの依存パーティ ID を設定する必要があります。「今はしない」を選んで先に進んでください。',
      featureNotInPlan:
        'このサイトの設定に誤りがあります：ユーザープールの機能プランにこのログイン方法が含まれていません。サイト運営者は、ユーザープールを Essentials または Plus プランに変更する必要があります。「今はしない」を選んで先に進んでください。',
      network: 'ログインサービスに接続できなかったため、パスキーは追加されませんでした。接続を確認してもう一度お試しいただくか、「今はしない」を選んでください。',
      serviceError: 'ログインサービスで問題が起きたため、パスキーは追加されませんでした。少し待ってからもう一度お試しいただくか、「今はしない」を選んでください。',
      invalidParameter: 'ログインサービスがリクエストを受け付けなかったため、パスキーは追加されませんでした。もう一度お試しいただくか、「今はしない」を選んでください。',
      unknown: '問題が発生したため、パスキーは追加されませんでした。もう一度お試しいただくか、「今はしない」を選んでください。',
    },
  },
  problemDetails: {
    lambdaRefused: (reason: string) => `このサイトで受け付けられませんでした：${reason}`,
    contactSupport: (contact: string) => `お問い合わせ先：${contact}`,
  },

  selectChallenge: {
    heading: 'ログイン方法を選択',
    as: (email: string) => `${email} としてログインします。`,
    options: {
      WEB_AUTHN: 'パスキーを使う',
      EMAIL_OTP: 'メールでコードを受け取る',
      SMS_OTP: 'SMS でコードを受け取る',
      PASSWORD: 'パスワードでログイン',
    },
    none: 'あなたのアカウントで使えるログイン方法がこのページにはありません。サイトのサポートにお問い合わせください。',
  },
  passkeySignIn: {
    heading: 'パスキーでログイン',
    waiting: 'ブラウザの案内に従ってパスキーを使ってください。',
    retry: 'もう一度パスキーを試す',
    otherWay: '別の方法でログイン',
  },
  passkeyOffer: {
    heading: '次回からパスキーですばやくログイン',
    intro: 'パスワードの代わりに指紋、顔、画面ロックを使えます。パスキーはアカウントからいつでも削除できます。',
    notNow: '今はしない',
    checking: 'ログインしています…',
  },
  passkeys: {
    heading: 'パスキー',
    intro: 'パスキーがあれば、パスワードの代わりに指紋、顔、画面ロックでログインできます。',
    manage: 'パスキーを管理',
    loading: 'パスキーを読み込んでいます…',
    none: 'パスキーはまだありません。',
    add: 'パスキーを追加',
    creating: 'ブラウザの案内に従ってパスキーを作成してください。',
    unnamed: 'パスキー',
    added: (date: string) => `${date} に追加`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'デバイスの画面ロック' : attachment === 'cross-platform' ? 'セキュリティキーまたはスマートフォン' : '認証器',
    delete: (name: string) => `${name} を削除`,
    confirmDelete: (name: string) => `「${name}」を削除しますか？削除すると、このパスキーではログインできなくなります。`,
    confirm: 'パスキーを削除',
    cancel: '削除しない',
  },
  config: {
    heading: 'このアプリは正しく設定されていません',
    intro: '次のビルド時変数を（.env.local などで）設定してから、再ビルドしてください：',
    problems: {
      missingPoolId: () =>
        'VITE_COGNITO_USER_POOL_ID が設定されていません。eu-west-1_AbCdEf123 のようなユーザープール ID を設定してください。',
      missingClientId: () =>
        'VITE_COGNITO_CLIENT_ID が設定されていません。シークレットなしのアプリクライアントの ID を設定してください。',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID の値「${'value' in p ? p.value : ''}」はユーザープール ID ではありません。eu-west-1_AbCdEf123（リージョン、アンダースコア、ID）のような形式です。`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID の値「${'value' in p ? p.value : ''}」はアプリクライアント ID ではありません。Cognito コンソールのアプリクライアントのページからコピーしてください。`,
      badRegion: (p) =>
        `VITE_COGNITO_REGION の値「${'value' in p ? p.value : ''}」は、eu-west-1 のようなリージョンではありません。`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION は ${p.region} ですが、ユーザープールは ${p.poolRegion} にあります。VITE_COGNITO_REGION を削除するか、両者を一致させてください。`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT の値「${'value' in p ? p.value : ''}」は、http://localhost:9229/ のような http(s) URL ではありません。`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES「${'value' in p ? p.value : ''}」は、アプリクライアントの認証フローセッションの有効期間と同じく、3 から 15 までの整数（分）で指定してください。`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY の値「${'value' in p ? p.value : ''}」はパスワードポリシーではありません。ユーザープールのルールをカンマ区切りで、min=<6～99> と upper、lower、number、symbol のうち必要なものを並べてください（例：min=12,upper,lower,number,symbol）。`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED「${'value' in p ? p.value : ''}」は、true（ユーザープールで MFA が必須）または false にしてください。`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH「${'value' in p ? p.value : ''}」には、ログインに使うものを email、phone、username、preferred_username からカンマ区切りで（各1回）指定してください（例: ユーザー名でログインし、メールアドレスをエイリアスにするなら username,email）。`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES「${'value' in p ? p.value : ''}」には、属性をカンマ区切りで（各1回）指定してください。標準属性は名前で（name、given_name、birthdate など）、カスタム属性はラベル付きで（custom:team=Team）。任意項目は名前の後に ? を付けます。`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH「${'value' in p ? p.value : ''}」に username なしで preferred_username が指定されています。表示用のユーザー名はユーザー名のプールのエイリアスです（--alias-attributes preferred_username）。username も指定してください（例: username,preferred_username）。`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES「${'value' in p ? p.value : ''}」に preferred_username が含まれていますが、VITE_COGNITO_SIGN_IN_WITH ではエイリアスです。Cognito はエイリアスの表示用ユーザー名をアカウントの確認後にしか受け付けず、登録時には受け付けません。VITE_COGNITO_SIGN_UP_ATTRIBUTES から preferred_username を外してください。`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY「${'value' in p ? p.value : ''}」は、true（管理者だけがユーザーを作成）または false にしてください。`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS の値「${'value' in p ? p.value : ''}」は最初の認証要素のリストではありません。password、passkey、email、sms から選び、カンマで区切って各 1 回ずつ書いてください（例：password,passkey,email）。`,
    },
  },
};

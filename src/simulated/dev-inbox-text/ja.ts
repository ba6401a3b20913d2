import type { DevInboxText } from './en';

export const ja: DevInboxText = {
  heading: '開発用受信トレイ',
  intro:
    '実際のユーザープールであればメールまたは SMS で送信される内容です。このシミュレーション用のユーザープールはブラウザー内で動作するため、実際には何も送信されません。',
  empty: 'まだ何も送信されていません。',
  clear: 'メッセージを消去',
  to: '宛先',
  code: 'コード',
  medium: { EMAIL: 'メール', SMS: 'ショートメッセージ' },
  purpose: {
    signUp: 'アカウント登録の確認',
    mfa: 'ログイン用コード',
    forgotPassword: 'パスワードのリセット',
  },
  accounts: 'デモ用アカウント',
  accountsIntro: '事前に登録されたユーザーです。パスワードと認証アプリのシークレットは公開されています（デモ用です）。',
  email: 'メールアドレス',
  password: 'パスワード',
  phone: '電話番号',
  secret: '認証アプリのシークレット',
  currentCode: '現在のコード',
  secondsLeft: (seconds: number) => `${seconds}秒後に更新`,
  kinds: {
    sms: 'SMS による MFA',
    selectMfa: 'TOTP と SMS（優先なし）：ログイン時に認証方法を選択',
    totp: 'TOTP による MFA',
    emailOtp: 'メールによる MFA（email-otp シナリオ）',
    noMfa: 'MFA 未設定：MFA が必須の場合はログイン時に設定',
    newPassword: '管理者が作成：仮パスワードのため、新しいパスワードの設定が必要',
    unconfirmed: '登録済み（確認は未完了）',
  },
  scenario: 'シナリオ',
  scenarios:
    'シナリオの切り替え（ページが再読み込みされ、ユーザープールはデモ用アカウントだけの状態から始まります）',
};

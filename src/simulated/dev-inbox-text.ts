/**
 * The dev inbox panel's own words (DevInbox.svelte), in the app's languages. Part of the
 * simulated pool, so a build for a real pool never carries it. English is the reference: the
 * other languages must have every key (a missing one fails type checking). Scenario names and
 * identifiers (TOTP, SMS, MFA, email-otp) stay as they are.
 */
import type { DemoUserKind } from './demo-users';
import type { DeliveryMedium, MessagePurpose } from './inbox';

export type DevInboxLang = 'en' | 'zh' | 'ja';

const en = {
  heading: 'Dev inbox',
  intro:
    'What a real user pool would have emailed or texted. This simulated pool runs in your browser; nothing is sent.',
  empty: 'Nothing sent yet.',
  clear: 'Clear messages',
  to: 'to',
  code: 'Code',
  medium: { EMAIL: 'Email', SMS: 'Text message' } satisfies Record<DeliveryMedium, string>,
  purpose: {
    signUp: 'sign-up confirmation',
    mfa: 'sign-in code',
    forgotPassword: 'password reset',
  } satisfies Record<MessagePurpose, string>,
  accounts: 'Demo accounts',
  accountsIntro: 'Seeded users. Passwords and authenticator secrets are public: this is a demo.',
  email: 'Email',
  password: 'Password',
  phone: 'Phone',
  secret: 'Authenticator secret',
  currentCode: 'Current code',
  secondsLeft: (seconds: number) => `changes in ${seconds} s`,
  kinds: {
    sms: 'SMS MFA',
    selectMfa: 'TOTP and SMS, no preference: choose the factor',
    totp: 'TOTP MFA',
    emailOtp: 'Email MFA (email-otp scenario)',
    noMfa: 'No MFA yet: sets one up when MFA is required',
    newPassword: 'Created by an admin: temporary password, must choose a new one',
    unconfirmed: 'Signed up, never confirmed',
  } satisfies Record<DemoUserKind, string>,
  scenario: 'Scenario',
  scenarios: 'Switch scenario (reloads the page, the pool starts empty but for the demo accounts)',
};

export type DevInboxText = typeof en;

const zh: DevInboxText = {
  heading: '开发收件箱',
  intro: '这里显示真实用户池会通过电子邮件或短信发送的内容。此模拟用户池在您的浏览器中运行，不会发送任何消息。',
  empty: '尚未发送任何消息。',
  clear: '清除消息',
  to: '发送至',
  code: '验证码',
  medium: { EMAIL: '电子邮件', SMS: '短信' },
  purpose: {
    signUp: '注册确认',
    mfa: '登录验证码',
    forgotPassword: '密码重置',
  },
  accounts: '演示账号',
  accountsIntro: '预置的用户。密码和身份验证器密钥均已公开：这只是演示。',
  email: '电子邮箱',
  password: '密码',
  phone: '手机号码',
  secret: '身份验证器密钥',
  currentCode: '当前验证码',
  secondsLeft: (seconds: number) => `${seconds} 秒后更新`,
  kinds: {
    sms: '短信（SMS）MFA',
    selectMfa: '已启用 TOTP 和 SMS，未设首选：登录时选择验证方式',
    totp: '身份验证器应用（TOTP）MFA',
    emailOtp: '电子邮件 MFA（email-otp 场景）',
    noMfa: '尚未设置 MFA：要求 MFA 时需先完成设置',
    newPassword: '由管理员创建：使用临时密码，需设置新密码',
    unconfirmed: '已注册，但从未确认',
  },
  scenario: '场景',
  scenarios: '切换场景（将重新加载页面，用户池会清空，只保留演示账号）',
};

const ja: DevInboxText = {
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

export const devInboxText: Record<DevInboxLang, DevInboxText> = { en, zh, ja };

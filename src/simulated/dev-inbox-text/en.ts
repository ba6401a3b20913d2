/**
 * The dev inbox panel's own words (DevInbox.svelte) in English, the reference: the other
 * languages (./<code>.ts, gathered in ./index.ts) must have every key (a missing one fails type
 * checking). Scenario names and identifiers (TOTP, SMS, MFA, email-otp) stay as they are.
 */
import type { DemoUserKind } from '../demo-users';
import type { DeliveryMedium, MessagePurpose } from '../inbox';

export const en = {
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

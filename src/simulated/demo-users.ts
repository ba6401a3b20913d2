/**
 * The accounts the demo pool starts with, so every branch of the sign-in can be walked without a
 * phone or a mailbox (codes appear in the dev inbox; TOTP secrets are published here so any
 * authenticator app, or the dev panel, can produce codes).
 *
 * | email                   | password        | what sign-in meets (default scenario: MFA ON, TOTP + SMS) |
 * |-------------------------|-----------------|------------------------------------------------------------|
 * | sms@example.com         | Passw0rd!       | SMS_MFA (phone +15555550123, SMS preferred)                |
 * | both@example.com        | Passw0rd!       | SELECT_MFA_TYPE (TOTP and SMS enabled, none preferred)     |
 * | totp@example.com        | Passw0rd!       | SOFTWARE_TOKEN_MFA (TOTP preferred); in the group `editors` |
 * | email@example.com       | Passw0rd!       | EMAIL_OTP in the email-otp scenario; MFA_SETUP otherwise   |
 * | nomfa@example.com       | Passw0rd!       | MFA_SETUP (ON) / tokens (OPTIONAL, OFF)                    |
 * | new@example.com         | TempPassw0rd!   | NEW_PASSWORD_REQUIRED (admin-created), then MFA_SETUP      |
 * | unconfirmed@example.com | Passw0rd!       | UserNotConfirmedException; resend the code to confirm     |
 */

import type { SimulatedPool, MfaFactor, SeedUserInput } from './pool';

export const DEMO_PASSWORD = 'Passw0rd!';
export const DEMO_TEMPORARY_PASSWORD = 'TempPassw0rd!';

export type DemoUserKind = 'sms' | 'selectMfa' | 'totp' | 'emailOtp' | 'noMfa' | 'newPassword' | 'unconfirmed';

export interface DemoUser {
  kind: DemoUserKind;
  email: string;
  password: string;
  /** The fixed internal username (USER_ID_FOR_SRP, `sub`). */
  username: string;
  phoneNumber?: string;
  /** The published base32 TOTP secret of the user's authenticator. */
  totpSecret?: string;
}

interface DemoSeed extends DemoUser {
  seed: Omit<SeedUserInput, 'email' | 'password' | 'username' | 'phoneNumber' | 'totpSecret'>;
}

const SMS: MfaFactor = 'SMS_MFA';
const TOTP: MfaFactor = 'SOFTWARE_TOKEN_MFA';

const seeds: readonly DemoSeed[] = [
  {
    kind: 'sms',
    email: 'sms@example.com',
    password: DEMO_PASSWORD,
    username: 'a965ed70-8111-43fd-bddb-6faeea6c34ea',
    phoneNumber: '+15555550123',
    seed: { preferredMfa: SMS },
  },
  {
    kind: 'selectMfa',
    email: 'both@example.com',
    password: DEMO_PASSWORD,
    username: '8286c574-95d8-4fa3-a5d8-b7779f626f05',
    phoneNumber: '+15555550124',
    totpSecret: 'ZGY57MCK7KFUUFTTOZDELDTLHLOTREXB',
    seed: { mfaEnabled: [SMS, TOTP], friendlyDeviceName: 'Demo authenticator' },
  },
  {
    kind: 'totp',
    email: 'totp@example.com',
    password: DEMO_PASSWORD,
    username: '839acc48-550a-4046-a12c-ddf680e05c48',
    totpSecret: 'DL7NFHKTNYM343Q7BB7PZ6YRM4BGQRVK',
    // In a group, so that `cognito:groups` and the sample API's `groups` have something to show.
    seed: { preferredMfa: TOTP, friendlyDeviceName: 'Demo authenticator', groups: ['editors'] },
  },
  {
    kind: 'emailOtp',
    email: 'email@example.com',
    password: DEMO_PASSWORD,
    username: 'b2519064-de86-4222-91c5-3239bf3acdd1',
    seed: { preferredMfa: 'EMAIL_OTP' },
  },
  {
    kind: 'noMfa',
    email: 'nomfa@example.com',
    password: DEMO_PASSWORD,
    username: '3a6d208f-d2ae-4b9b-81da-91ee32334de9',
    seed: {},
  },
  {
    kind: 'newPassword',
    email: 'new@example.com',
    password: DEMO_TEMPORARY_PASSWORD,
    username: 'ceb9b272-2b67-4854-a4da-a1e4aae3218a',
    seed: { status: 'FORCE_CHANGE_PASSWORD' },
  },
  {
    kind: 'unconfirmed',
    email: 'unconfirmed@example.com',
    password: DEMO_PASSWORD,
    username: '65845645-49e7-4268-a8b5-8e965cb70d3d',
    seed: { status: 'UNCONFIRMED' },
  },
];

export const demoUsers: readonly DemoUser[] = seeds.map(({ seed: _seed, ...user }) => user);

export function demoUser(kind: DemoUserKind): DemoUser {
  const user = demoUsers.find((u) => u.kind === kind);
  if (!user) throw new Error(`No demo user of kind ${kind}`);
  return user;
}

/** Adds the demo accounts to `pool` (after `reset()`, or on a fresh pool). */
export function seedDemoUsers(pool: SimulatedPool): void {
  for (const { seed, email, password, username, phoneNumber, totpSecret } of seeds) {
    pool.seedUser({ ...seed, email, password, username, phoneNumber, totpSecret });
  }
  // Where a preferred username is an alias, someone who has set one (after confirming: it cannot
  // be given at sign-up), to sign in with it.
  if (pool.settings.aliasAttributes.includes('preferred_username')) pool.seedUser({ ...PREFERRED_ALIAS_USER, password: DEMO_PASSWORD });
}

/** The demo's user with a preferred username (scenario `username-preferred-alias`). */
export const PREFERRED_ALIAS_USER = { username: 'ada', email: 'ada@example.com', attributes: { preferred_username: 'Countess' } } as const;

/**
 * What comes after a correct password (reference §4.2 and §8 rule 8), and the challenge bodies.
 *
 * - Pool MFA OFF: tokens.
 * - The user's enabled factors (UserMFASettingList) that the pool allows and the user can use:
 *   the preferred one if set, else the only one, else SELECT_MFA_TYPE with MFAS_CAN_CHOOSE.
 * - Nothing enabled, pool OPTIONAL: tokens.
 * - Nothing enabled, pool ON: a phone number counts as SMS MFA when the pool allows SMS (reference
 *   §4.1) and a verified authenticator counts as TOTP (design choice); one such factor -> its
 *   challenge, two -> SELECT_MFA_TYPE, none -> MFA_SETUP with MFAS_CAN_SETUP.
 *
 * Design choice: no first-sign-in exemption. The developer guide says users who confirmed with a
 * code get tokens on their first sign-in even in an MFA-required pool, but real-service tests show
 * MFA_SETUP on the first sign-in; the simulated pool always asks for MFA_SETUP, which is the branch an app
 * must handle anyway.
 */

import type { Session } from './sessions';
import type { PoolState } from './state';
import type { AuthenticationResult } from './tokens';
import { FACTOR_ORDER, maskEmail, maskPhone, poolAllows, userCanUse, type MfaFactor, type UserRecord } from './users';
import type { ChallengeName } from './validate';

export const DEFAULT_DEVICE_NAME = 'TOTP device';

export function tokensBody(result: AuthenticationResult): Record<string, unknown> {
  return { AuthenticationResult: result, ChallengeParameters: {} };
}

/** What a challenge session carries besides its user and challenge. */
export type ChallengeExtras = Partial<Pick<Session, 'code' | 'choices' | 'setupEmail' | 'available' | 'webAuthnChallenge'>>;

/** A challenge answer with a new challenge session. */
export function challengeBody(
  state: PoolState,
  user: UserRecord,
  challenge: ChallengeName,
  parameters: Record<string, string>,
  extra: ChallengeExtras = {},
): Record<string, unknown> {
  const session = state.sessions.create({ purpose: 'challenge', username: user.username, challenge, ...extra });
  return {
    ChallengeName: challenge,
    Session: session.id,
    ChallengeParameters: { ...parameters, USER_ID_FOR_SRP: user.username },
  };
}

/** The last answer of a sign-in: its session is spent and the tokens issued. */
export function completeSignIn(state: PoolState, session: Session, user: UserRecord): Record<string, unknown> {
  state.sessions.consume(session);
  return tokensBody(state.tokens.signIn(user));
}

/** After the password (or the new password) is accepted. */
export function afterPassword(state: PoolState, user: UserRecord): Record<string, unknown> {
  if (user.status === 'FORCE_CHANGE_PASSWORD') return newPasswordChallenge(state, user);
  return afterFirstFactor(state, user);
}

export function afterFirstFactor(state: PoolState, user: UserRecord): Record<string, unknown> {
  const { settings } = state;
  if (settings.mfa === 'OFF') return tokensBody(state.tokens.signIn(user));

  const enabled = enabledFactors(state, user);
  if (user.preferredMfa && enabled.includes(user.preferredMfa)) return factorChallenge(state, user, user.preferredMfa);
  if (enabled.length > 0) return chooseOrChallenge(state, user, enabled);
  if (settings.mfa === 'OPTIONAL') return tokensBody(state.tokens.signIn(user));

  const implicit = implicitFactors(state, user);
  if (implicit.length > 0) return chooseOrChallenge(state, user, implicit);
  return mfaSetupChallenge(state, user);
}

function usable(state: PoolState, user: UserRecord, factor: MfaFactor): boolean {
  return poolAllows(state.settings, factor) && userCanUse(user, factor);
}

/** The user's turned-on factors (UserMFASettingList) that the pool allows and the user can use. */
function enabledFactors(state: PoolState, user: UserRecord): MfaFactor[] {
  return FACTOR_ORDER.filter((f) => user.mfaEnabled.has(f) && usable(state, user, f));
}

/**
 * In an ON pool, the factors a user with nothing turned on meets anyway: SMS through a phone
 * number, a verified authenticator (see the top of this file). GetUser reports the SMS one in the
 * legacy MFAOptions (account.ts).
 */
export function implicitFactors(state: PoolState, user: UserRecord): MfaFactor[] {
  if (state.settings.mfa !== 'ON' || enabledFactors(state, user).length > 0) return [];
  return FACTOR_ORDER.filter((f) => f !== 'EMAIL_OTP' && usable(state, user, f));
}

function chooseOrChallenge(state: PoolState, user: UserRecord, factors: readonly MfaFactor[]): Record<string, unknown> {
  if (factors.length === 1) return factorChallenge(state, user, factors[0]);
  return challengeBody(state, user, 'SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: JSON.stringify(factors) }, { choices: factors });
}

/** The challenge for one factor; SMS and email codes are sent now. */
export function factorChallenge(
  state: PoolState,
  user: UserRecord,
  factor: MfaFactor,
  options: { setupEmail?: boolean } = {},
): Record<string, unknown> {
  switch (factor) {
    case 'SOFTWARE_TOKEN_MFA': {
      const name = user.softwareToken?.friendlyName ?? DEFAULT_DEVICE_NAME;
      return challengeBody(state, user, 'SOFTWARE_TOKEN_MFA', { FRIENDLY_DEVICE_NAME: name });
    }
    case 'SMS_MFA': {
      const phone = user.phoneNumber;
      if (phone === undefined) throw new Error('SMS_MFA offered to a user without a phone number');
      const code = state.sendCode(user, 'SMS', 'mfa');
      const parameters = { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: maskPhone(phone) };
      return challengeBody(state, user, 'SMS_MFA', parameters, { code });
    }
    case 'EMAIL_OTP': {
      const code = state.sendCode(user, 'EMAIL', 'mfa');
      const parameters = { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: maskEmail(user.email) };
      return challengeBody(state, user, 'EMAIL_OTP', parameters, { code, setupEmail: options.setupEmail });
    }
  }
}

/**
 * MFAS_CAN_SETUP lists the pool's factors this user can set up now: TOTP and email (SMS needs a
 * phone number, and a user with one never gets here). Design choice: if that leaves nothing (an
 * SMS-only pool and no phone number), it lists what the pool allows, as the real service asks for
 * SMS setup and leaves collecting the number to the app.
 */
export function setupFactors(state: PoolState, user: UserRecord): MfaFactor[] {
  const allowed = FACTOR_ORDER.filter((f) => poolAllows(state.settings, f));
  const now = allowed.filter((f) => f !== 'SMS_MFA' || userCanUse(user, f));
  return now.length > 0 ? now : allowed;
}

function mfaSetupChallenge(state: PoolState, user: UserRecord): Record<string, unknown> {
  const factors = setupFactors(state, user);
  return challengeBody(state, user, 'MFA_SETUP', { MFAS_CAN_SETUP: JSON.stringify(factors) });
}

/** Attributes the pool requires that the user does not have yet. */
export function missingRequiredAttributes(state: PoolState, user: UserRecord): string[] {
  return state.settings.requiredAttributes.filter((name) =>
    name === 'phone_number' ? user.phoneNumber === undefined : !(name in user.attributes),
  );
}

function newPasswordChallenge(state: PoolState, user: UserRecord): Record<string, unknown> {
  const current: Record<string, string> = { email_verified: String(user.emailVerified) };
  if (user.phoneNumber !== undefined) {
    current.phone_number_verified = String(user.phoneVerified);
    current.phone_number = user.phoneNumber;
  }
  Object.assign(current, user.attributes, { email: user.email });
  const required = missingRequiredAttributes(state, user).map((name) => `userAttributes.${name}`);
  return challengeBody(state, user, 'NEW_PASSWORD_REQUIRED', {
    requiredAttributes: JSON.stringify(required),
    userAttributes: JSON.stringify(current),
  });
}

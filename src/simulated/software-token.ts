/**
 * AssociateSoftwareToken and VerifySoftwareToken, with either an AccessToken (signed-in user,
 * reference §4.4 B) or a Session (MFA_SETUP during sign-in, §4.4 A):
 *
 *   InitiateAuth -> MFA_SETUP, S1
 *   AssociateSoftwareToken(S1) -> SecretCode, S2     (S1 is consumed)
 *   VerifySoftwareToken(S2, wrong code) -> EnableSoftwareTokenMFAException, S2 still usable
 *   VerifySoftwareToken(S2, code) -> SUCCESS, S3     (S1 here -> "Invalid session for the user.")
 *   RespondToAuthChallenge(MFA_SETUP, S3) -> tokens
 *
 * Re-association (design choice, following the current API reference): a new secret replaces the
 * user's authenticator only when it is verified; until then the old one keeps working.
 */

import { DEFAULT_DEVICE_NAME } from './mfa';
import { fail } from './messages';
import { optionalString, requiredString, type Body, type PoolState } from './state';
import { randomTotpSecret, verifyTotp } from './totp';
import { poolAllows, type UserRecord } from './users';

type Caller = { kind: 'token'; token: string } | { kind: 'session'; id: string };

function caller(body: Body): Caller {
  const token = optionalString(body, 'AccessToken');
  const session = optionalString(body, 'Session');
  if ((token === undefined) === (session === undefined)) throw fail('tokenXorSession');
  return token !== undefined ? { kind: 'token', token } : { kind: 'session', id: session! };
}

function requireTotpInPool(state: PoolState): void {
  if (!poolAllows(state.settings, 'SOFTWARE_TOKEN_MFA')) throw fail('totpNotEnabledInPool');
}

export function associateSoftwareToken(state: PoolState, body: Body): Body {
  const who = caller(body);
  if (who.kind === 'token') {
    const user = state.userFromAccessToken(who.token);
    requireTotpInPool(state);
    user.pendingSecret = randomTotpSecret();
    return { SecretCode: user.pendingSecret };
  }
  const setup = state.takeSession(who.id, (s) => s.purpose === 'challenge' && s.challenge === 'MFA_SETUP');
  requireTotpInPool(state);
  state.sessions.consume(setup);
  const secret = randomTotpSecret();
  const next = state.sessions.create({ purpose: 'associate', username: setup.username, secret });
  return { SecretCode: secret, Session: next.id };
}

export function verifySoftwareToken(state: PoolState, body: Body): Body {
  const who = caller(body);
  const code = requiredString(body, 'UserCode');
  const deviceName = optionalString(body, 'FriendlyDeviceName') || DEFAULT_DEVICE_NAME;

  if (who.kind === 'token') {
    const user = state.userFromAccessToken(who.token);
    requireTotpInPool(state);
    // Verifying without a pending association cannot match anything.
    if (!user.pendingSecret || !install(state, user, user.pendingSecret, code, deviceName)) throw fail('verifyMismatch');
    user.pendingSecret = undefined;
    return { Status: 'SUCCESS' };
  }

  const associated = state.takeSession(who.id, (s) => s.purpose === 'associate');
  requireTotpInPool(state);
  const user = state.users.get(associated.username);
  if (!user) throw fail('sessionInvalid');
  if (!install(state, user, associated.secret!, code, deviceName)) {
    state.sessions.wrongAnswer(associated);
    throw fail('verifyMismatch');
  }
  state.sessions.consume(associated);
  const verified = state.sessions.create({ purpose: 'verified', username: user.username });
  return { Status: 'SUCCESS', Session: verified.id };
}

/**
 * Makes `secret` the user's authenticator if `code` is valid for it now. The step the code used
 * counts as consumed, so signing in with the same code right away is a replay (reference §4.5).
 * Verification does not change UserMFASettingList (reference §4.4 B).
 */
function install(state: PoolState, user: UserRecord, secret: string, code: string, friendlyName: string): boolean {
  const match = verifyTotp(secret, code, state.now());
  if (!match) return false;
  user.softwareToken = { secret, friendlyName, lastStep: match.step };
  return true;
}

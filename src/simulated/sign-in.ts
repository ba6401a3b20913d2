/** InitiateAuth, RespondToAuthChallenge and GetTokensFromRefreshToken of the simulated pool. */

import { afterFirstFactor, afterPassword, factorChallenge, missingRequiredAttributes, setupFactors, tokensBody } from './mfa';
import { fail } from './messages';
import type { Session } from './sessions';
import { optionalString, requiredParameter, requiredString, stringMap, type Answer, type Body, type PoolState } from './state';
import { verifyTotp } from './totp';
import {
  EMAIL_FORMAT,
  PHONE_FORMAT,
  checkPasswordPolicy,
  expireFailures,
  lockedUntil,
  recordFailure,
  type MfaFactor,
  type UserRecord,
} from './users';
import type { AuthFlow, ChallengeName } from './validate';

// ---------------------------------------------------------------------------------------------
// InitiateAuth

export function initiateAuth(state: PoolState, body: Body): Answer {
  const flow = requiredString(body, 'AuthFlow') as AuthFlow;
  const parameters = stringMap(body, 'AuthParameters');
  switch (flow) {
    case 'USER_PASSWORD_AUTH':
      if (!state.settings.userPasswordAuth) throw fail('flowNotEnabled', { flow });
      requireSecretHash(state, parameters);
      return passwordSignIn(state, parameters);
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      // "You can't authenticate with REFRESH_TOKEN_AUTH in app clients with refresh token rotation
      // enabled" (Developer Guide, "Refresh tokens"); such a client does without the
      // ALLOW_REFRESH_TOKEN_AUTH flow. Design choice: refused as a flow the client does not allow
      // (the real message for this case is unverified).
      if (state.settings.refreshTokenRotation) throw fail('flowNotEnabled', { flow });
      if (state.settings.clientSecret) throw secretError(state, parameters.SECRET_HASH, 'secretNotReceived');
      return tokensBody(refresh(state, requiredParameter(parameters, 'REFRESH_TOKEN')));
    case 'ADMIN_NO_SRP_AUTH':
    case 'ADMIN_USER_PASSWORD_AUTH':
      throw fail('authMethodNotSupported');
    default:
      // Design choice: the demo client's ExplicitAuthFlows are ALLOW_USER_PASSWORD_AUTH (unless a
      // scenario turns it off) and ALLOW_REFRESH_TOKEN_AUTH; SRP, custom and choice-based flows are
      // answered like USER_PASSWORD_AUTH when it is off.
      throw fail('flowNotEnabled', { flow });
  }
}

function requireSecretHash(state: PoolState, map: Record<string, string>): void {
  if (state.settings.clientSecret) throw secretError(state, map.SECRET_HASH, 'secretHashNotReceived');
}

/**
 * A client with a secret: nothing a public SPA sends can satisfy it. Design choice: the simulated pool never
 * reveals a client secret, so any hash it is given is one it cannot verify.
 */
function secretError(state: PoolState, given: string | undefined, missing: 'secretNotReceived' | 'secretHashNotReceived') {
  return fail(given ? 'secretHashMismatch' : missing, { clientId: state.settings.clientId });
}

function passwordSignIn(state: PoolState, parameters: Record<string, string>): Answer {
  const username = requiredParameter(parameters, 'USERNAME');
  const password = requiredParameter(parameters, 'PASSWORD');
  const user = state.findUser(username);
  const hideExistence = state.settings.preventUserExistenceErrors;
  if (!user) throw fail(hideExistence ? 'incorrectCredentials' : 'userDoesNotExist');
  // The service answers UserNotConfirmedException even when the password is wrong (reference §6.4),
  // whatever PreventUserExistenceErrors says (the Developer Guide names no exception for it).
  if (user.status === 'UNCONFIRMED') throw fail('userNotConfirmed');
  // Imported users who must reset: with PreventUserExistenceErrors ENABLED "a generic
  // NotAuthorizedException error is returned ... instead of returning PasswordResetRequiredException"
  // (Developer Guide, "Managing user existence error responses", Imported users).
  if (user.status === 'RESET_REQUIRED') throw fail(hideExistence ? 'incorrectCredentials' : 'passwordResetRequired');
  // Threat protection blocking the attempt; design choice (unverified): before the password is
  // checked, so a wrong one gets the same answer.
  if (state.settings.blockSignIns) throw fail('securityBlocked');

  const now = state.now();
  expireFailures(user, now);
  // Attempts during a lockout get "Password attempts exceeded" and do not lengthen it.
  if (now < lockedUntil(user)) throw fail('passwordAttemptsExceeded');
  if (password !== user.password) {
    recordFailure(user, now);
    throw fail('incorrectCredentials');
  }
  user.signInFailures = { count: 0, lastAt: 0 };
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    // "The temporary password is valid only once" (API_AdminCreateUser, TemporaryPassword;
    // aws-amplify/amplify-js#13802): a second sign-in with it, once the NEW_PASSWORD_REQUIRED
    // session it opened is gone, is refused. Design choice: with the expiry's words (unverified).
    if ((user.temporaryPasswordExpiresAt ?? Infinity) <= now || user.temporaryPasswordUsed) throw fail('temporaryPasswordExpired');
    user.temporaryPasswordUsed = true;
  }
  return afterPassword(state, user);
}

function refresh(state: PoolState, refreshToken: string, rotate = false) {
  return state.tokens.refresh(refreshToken, (username) => state.users.get(username), rotate);
}

/**
 * "Refresh token rotation must be completed with GetTokensFromRefreshToken. With refresh token
 * rotation disabled, you can complete token refresh with GetTokensFromRefreshToken and with
 * REFRESH_TOKEN_AUTH" (API reference, RefreshTokenRotationType): with rotation on, the answer
 * carries a new RefreshToken (tokens.ts).
 */
export async function getTokensFromRefreshToken(state: PoolState, body: Body): Promise<Body> {
  if (state.settings.clientSecret) {
    throw secretError(state, optionalString(body, 'ClientSecret'), 'secretNotReceived');
  }
  return { AuthenticationResult: await refresh(state, requiredString(body, 'RefreshToken'), state.settings.refreshTokenRotation) };
}

// ---------------------------------------------------------------------------------------------
// RespondToAuthChallenge

export function respondToAuthChallenge(state: PoolState, body: Body): Answer {
  const challenge = requiredString(body, 'ChallengeName') as ChallengeName;
  const sessionId = optionalString(body, 'Session');
  if (sessionId === undefined) throw fail('missingParameter', { name: 'Session' });
  const responses = stringMap(body, 'ChallengeResponses');
  requireSecretHash(state, responses);
  const username = requiredParameter(responses, 'USERNAME');

  const session = state.takeSession(sessionId, (s) => acceptsSession(s, challenge, responses));
  const user = state.users.get(session.username);
  // USERNAME must name the session's user: its internal username (USER_ID_FOR_SRP) or its email.
  if (!user || state.findUser(username) !== user) throw fail('sessionInvalid');

  switch (challenge) {
    case 'SMS_MFA':
      return answerCode(state, session, user, requiredParameter(responses, 'SMS_MFA_CODE'));
    case 'EMAIL_OTP':
      return answerCode(state, session, user, requiredParameter(responses, 'EMAIL_OTP_CODE'));
    case 'SOFTWARE_TOKEN_MFA':
      return answerTotp(state, session, user, requiredParameter(responses, 'SOFTWARE_TOKEN_MFA_CODE'));
    case 'SELECT_MFA_TYPE':
      return answerSelect(state, session, user, requiredParameter(responses, 'ANSWER'));
    case 'NEW_PASSWORD_REQUIRED':
      return answerNewPassword(state, session, user, responses);
    case 'MFA_SETUP':
      return session.purpose === 'verified'
        ? finishTotpSetup(state, session, user)
        : startEmailSetup(state, session, user, requiredParameter(responses, 'EMAIL'));
    default:
      throw fail('sessionInvalid');
  }
}

/**
 * MFA_SETUP accepts the session VerifySoftwareToken returned, or (to set up email MFA with an
 * EMAIL response) the MFA_SETUP challenge session itself. Every other challenge accepts a
 * challenge session issued for that very challenge.
 */
function acceptsSession(session: Session, challenge: ChallengeName, responses: Record<string, string>): boolean {
  if (challenge === 'MFA_SETUP') {
    if (session.purpose === 'verified') return true;
    return session.purpose === 'challenge' && session.challenge === 'MFA_SETUP' && 'EMAIL' in responses;
  }
  return session.purpose === 'challenge' && session.challenge === challenge;
}

function signedIn(state: PoolState, session: Session, user: UserRecord): Answer {
  state.sessions.consume(session);
  return tokensBody(state.tokens.signIn(user));
}

function answerCode(state: PoolState, session: Session, user: UserRecord, code: string): Answer {
  if (code !== session.code) {
    state.sessions.wrongAnswer(session);
    // Design choice: EMAIL_OTP's wrong-code text is unverified; the simulated pool uses the SMS one.
    throw fail('otpMismatch');
  }
  if (session.challenge === 'SMS_MFA') user.phoneVerified = true;
  if (session.setupEmail) enableFactor(user, 'EMAIL_OTP');
  return signedIn(state, session, user);
}

function answerTotp(state: PoolState, session: Session, user: UserRecord, code: string): Answer {
  const token = user.softwareToken;
  // Only users with a verified authenticator get this challenge, and nothing removes one.
  if (!token) throw fail('sessionInvalid');
  const match = verifyTotp(token.secret, code, state.now());
  if (!match) {
    state.sessions.wrongAnswer(session);
    throw fail('totpMismatch');
  }
  if (match.step <= token.lastStep) {
    state.sessions.wrongAnswer(session);
    throw fail('totpReused');
  }
  token.lastStep = match.step;
  return signedIn(state, session, user);
}

function answerSelect(state: PoolState, session: Session, user: UserRecord, answer: string): Body {
  // The model's doc says EMAIL_MFA, Amplify sends EMAIL_OTP: both mean email (reference §4.3).
  const factor = (answer === 'EMAIL_MFA' ? 'EMAIL_OTP' : answer) as MfaFactor;
  if (!session.choices?.includes(factor)) throw fail('mfaMethodNotFound', { answer });
  state.sessions.consume(session);
  return factorChallenge(state, user, factor);
}

const UNWRITABLE_ATTRIBUTES = new Set(['sub', 'email_verified', 'phone_number_verified']);

function answerNewPassword(state: PoolState, session: Session, user: UserRecord, responses: Record<string, string>): Answer {
  const password = requiredParameter(responses, 'NEW_PASSWORD');
  const updates = Object.entries(responses)
    .filter(([key]) => key.startsWith('userAttributes.'))
    .map(([key, value]) => [key.slice('userAttributes.'.length), value] as const);
  if (updates.some(([name]) => UNWRITABLE_ATTRIBUTES.has(name))) throw fail('unauthorizedAttribute');
  const phone = updates.find(([name]) => name === 'phone_number')?.[1];
  if (phone !== undefined && !PHONE_FORMAT.test(phone)) throw fail('invalidPhone');
  const given = new Set(updates.map(([name]) => name));
  const missing = missingRequiredAttributes(state, user).find((name) => !given.has(name));
  if (missing) throw fail('requiredAttributeMissing', { name: missing });
  checkPasswordPolicy(password, state.settings.passwordPolicy);

  for (const [name, value] of updates) {
    if (name === 'phone_number') {
      user.phoneNumber = value;
      user.phoneVerified = false;
    } else if (name !== 'email') {
      user.attributes[name] = value;
    }
  }
  user.password = password;
  user.status = 'CONFIRMED';
  user.temporaryPasswordExpiresAt = undefined;
  state.sessions.consume(session);
  return afterFirstFactor(state, user);
}

/**
 * The last step of TOTP setup during sign-in. Design choice: completing MFA_SETUP enables
 * SOFTWARE_TOKEN_MFA for the user and makes it preferred unless another factor already is, so
 * the next sign-in asks for the authenticator code.
 */
function finishTotpSetup(state: PoolState, session: Session, user: UserRecord): Answer {
  enableFactor(user, 'SOFTWARE_TOKEN_MFA');
  return signedIn(state, session, user);
}

/**
 * Email MFA setup during sign-in (MFA_SETUP with EMAIL, as Amplify does): a code goes to the
 * address and an EMAIL_OTP challenge follows. Design choice: the address must be the user's own
 * email (it is the username in this pool).
 */
function startEmailSetup(state: PoolState, session: Session, user: UserRecord, email: string): Body {
  if (!setupFactors(state, user).includes('EMAIL_OTP')) throw fail('mfaMethodNotFound', { answer: 'EMAIL_OTP' });
  if (!EMAIL_FORMAT.test(email) || email.toLowerCase() !== user.email.toLowerCase()) throw fail('invalidEmail');
  state.sessions.consume(session);
  return factorChallenge(state, user, 'EMAIL_OTP', { setupEmail: true });
}

function enableFactor(user: UserRecord, factor: MfaFactor): void {
  user.mfaEnabled.add(factor);
  if (!user.preferredMfa) user.preferredMfa = factor;
}

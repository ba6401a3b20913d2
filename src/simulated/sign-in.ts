/** InitiateAuth, RespondToAuthChallenge and GetTokensFromRefreshToken of the simulated pool. */

import { afterFirstFactor, afterPassword, completeSignIn, factorChallenge, missingRequiredAttributes, setupFactors, tokensBody } from './mfa';
import { fail } from './messages';
import type { Session } from './sessions';
import { optionalString, requiredParameter, requiredString, stringMap, type Body, type PoolState } from './state';
import { verifyTotp } from './totp';
import { EMAIL_FORMAT, PHONE_FORMAT, checkMaySignIn, checkPassword, checkPasswordPolicy, type MfaFactor, type UserRecord } from './users';
import { answerDecoy, answerPassword, answerSelectChallenge, answerWebAuthn, initiateUserAuth } from './user-auth';
import type { AuthFlow, ChallengeName } from './validate';

// ---------------------------------------------------------------------------------------------
// InitiateAuth

export function initiateAuth(state: PoolState, body: Body): Body {
  const flow = requiredString(body, 'AuthFlow') as AuthFlow;
  const parameters = stringMap(body, 'AuthParameters');
  switch (flow) {
    case 'USER_PASSWORD_AUTH':
      if (!state.settings.userPasswordAuth) throw fail('flowNotEnabled', { flow });
      requireSecretHash(state, parameters);
      return passwordSignIn(state, parameters);
    case 'USER_AUTH':
      requireSecretHash(state, parameters);
      return initiateUserAuth(state, parameters, optionalString(body, 'Session'));
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      if (state.settings.clientSecret) throw secretError(state, parameters.SECRET_HASH, 'secretNotReceived');
      return tokensBody(refresh(state, requiredParameter(parameters, 'REFRESH_TOKEN')));
    case 'ADMIN_NO_SRP_AUTH':
    case 'ADMIN_USER_PASSWORD_AUTH':
      throw fail('authMethodNotSupported');
    default:
      // Design choice: the demo client's ExplicitAuthFlows are ALLOW_USER_PASSWORD_AUTH (unless a
      // scenario turns it off), ALLOW_REFRESH_TOKEN_AUTH and, where a scenario allows first factors,
      // ALLOW_USER_AUTH; SRP and custom flows are answered like USER_PASSWORD_AUTH when it is off.
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

function passwordSignIn(state: PoolState, parameters: Record<string, string>): Body {
  const username = requiredParameter(parameters, 'USERNAME');
  const password = requiredParameter(parameters, 'PASSWORD');
  const user = state.findUser(username);
  if (!user) throw fail(state.settings.preventUserExistenceErrors ? 'incorrectCredentials' : 'userDoesNotExist');
  checkMaySignIn(state.settings, user);
  checkPassword(state.settings, user, password, state.now());
  return afterPassword(state, user);
}

function refresh(state: PoolState, refreshToken: string) {
  return state.tokens.refresh(refreshToken, (username) => state.users.get(username));
}

export function getTokensFromRefreshToken(state: PoolState, body: Body): Body {
  if (state.settings.clientSecret) {
    throw secretError(state, optionalString(body, 'ClientSecret'), 'secretNotReceived');
  }
  return { AuthenticationResult: refresh(state, requiredString(body, 'RefreshToken')) };
}

// ---------------------------------------------------------------------------------------------
// RespondToAuthChallenge

export function respondToAuthChallenge(state: PoolState, body: Body): Body {
  const challenge = requiredString(body, 'ChallengeName') as ChallengeName;
  const sessionId = optionalString(body, 'Session');
  if (sessionId === undefined) throw fail('missingParameter', { name: 'Session' });
  const responses = stringMap(body, 'ChallengeResponses');
  requireSecretHash(state, responses);
  const username = requiredParameter(responses, 'USERNAME');

  const session = state.takeSession(sessionId, (s) => acceptsSession(s, challenge, responses));
  if (session.decoy) return answerDecoy(state, session, challenge, responses);
  const user = state.users.get(session.username);
  // USERNAME must name the session's user: its internal username (USER_ID_FOR_SRP) or its email.
  if (!user || state.findUser(username) !== user) throw fail('sessionInvalid');

  switch (challenge) {
    case 'SMS_MFA':
      return answerCode(state, session, user, requiredParameter(responses, 'SMS_MFA_CODE'));
    case 'EMAIL_OTP':
      return answerCode(state, session, user, requiredParameter(responses, 'EMAIL_OTP_CODE'));
    case 'SMS_OTP':
      return answerCode(state, session, user, requiredParameter(responses, 'SMS_OTP_CODE'));
    case 'SELECT_CHALLENGE':
      return answerSelectChallenge(state, session, user, responses);
    case 'PASSWORD':
      return answerPassword(state, session, user, responses);
    case 'WEB_AUTHN':
      return answerWebAuthn(state, session, user, responses);
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

function answerCode(state: PoolState, session: Session, user: UserRecord, code: string): Body {
  if (code !== session.code) {
    state.sessions.wrongAnswer(session);
    // Design choice: EMAIL_OTP's wrong-code text is unverified; the simulated pool uses the SMS one.
    throw fail('otpMismatch');
  }
  if (session.challenge === 'SMS_MFA') user.phoneVerified = true;
  if (session.setupEmail) enableFactor(user, 'EMAIL_OTP');
  return completeSignIn(state, session, user);
}

function answerTotp(state: PoolState, session: Session, user: UserRecord, code: string): Body {
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
  return completeSignIn(state, session, user);
}

function answerSelect(state: PoolState, session: Session, user: UserRecord, answer: string): Body {
  // The model's doc says EMAIL_MFA, Amplify sends EMAIL_OTP: both mean email (reference §4.3).
  const factor = (answer === 'EMAIL_MFA' ? 'EMAIL_OTP' : answer) as MfaFactor;
  if (!session.choices?.includes(factor)) throw fail('mfaMethodNotFound', { answer });
  state.sessions.consume(session);
  return factorChallenge(state, user, factor);
}

const UNWRITABLE_ATTRIBUTES = new Set(['sub', 'email_verified', 'phone_number_verified']);

function answerNewPassword(state: PoolState, session: Session, user: UserRecord, responses: Record<string, string>): Body {
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
function finishTotpSetup(state: PoolState, session: Session, user: UserRecord): Body {
  enableFactor(user, 'SOFTWARE_TOKEN_MFA');
  return completeSignIn(state, session, user);
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

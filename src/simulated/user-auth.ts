/**
 * Choice-based sign-in: InitiateAuth with AuthFlow USER_AUTH and the challenges of its first factor
 * (Developer Guide, "Authentication flows", choice-based sign-in; API reference, InitiateAuth and
 * ChallengeResponseType).
 *
 * - `AuthParameters: {USERNAME, PREFERRED_CHALLENGE?}`. Without a preferred challenge (or with one
 *   the user cannot use: design choice), the answer is SELECT_CHALLENGE with `AvailableChallenges`;
 *   with one, that challenge at once. PREFERRED_CHALLENGE PASSWORD with PASSWORD signs in at once.
 * - SELECT_CHALLENGE is answered with `ANSWER` (one of AvailableChallenges): PASSWORD with PASSWORD
 *   finishes in one step (without it, a PASSWORD challenge follows); EMAIL_OTP and SMS_OTP send a
 *   code and ask for it (EMAIL_OTP_CODE, SMS_OTP_CODE); WEB_AUTHN gives CREDENTIAL_REQUEST_OPTIONS,
 *   answered with CREDENTIAL (an AuthenticationResponseJSON string).
 * - `InitiateAuth.Session` from ConfirmSignUp signs a new user in without a second code: "Amazon
 *   Cognito assumes the SMS or email message one-time verification password from ConfirmSignUp as the
 *   primary authentication factor" (API reference, InitiateAuth, Session).
 *
 * What AvailableChallenges lists: the pool's first factors the user can use now: PASSWORD with a
 * password, WEB_AUTHN with a passkey for the pool's relying party, EMAIL_OTP with a verified email,
 * SMS_OTP with a verified phone number. Design choices:
 * - PASSWORD_SRP, which Cognito lists beside PASSWORD, is never offered: the simulated pool does no SRP.
 * - Where MFA is required (ON), only PASSWORD: passkey sign-in "is available when MFA is required"
 *   only with passkey MFA turned on (API reference, WebAuthnMfaSettingsType), which this pool does
 *   not offer; one-time passwords are treated alike.
 * - A user with a temporary password (FORCE_CHANGE_PASSWORD) is offered PASSWORD alone.
 * - MFA follows a password as in USER_PASSWORD_AUTH (mfa.ts); a passkey or a one-time code signs
 *   in at once, being the factor MFA would ask for.
 * - An unknown user with PreventUserExistenceErrors ENABLED meets SELECT_CHALLENGE offering the
 *   pool's PASSWORD and EMAIL_OTP as a user with a password and an email would; a password is then
 *   "Incorrect username or password." and no code arrives (any code is wrong). LEGACY says
 *   "User does not exist.".
 * - A refused passkey (RespondToAuthChallenge lists no WebAuthn error) is NotAuthorizedException and
 *   keeps the session for 3 more tries, as a wrong code does.
 */

import { afterPassword, challengeBody, completeSignIn, tokensBody } from './mfa';
import { fail } from './messages';
import { PROBLEM_TEXT, newChallenge, relyingParty, requestOptions, usablePasskeys } from './passkeys';
import type { Session } from './sessions';
import type { FirstAuthFactor } from './settings';
import { requiredParameter, type Body, type PoolState } from './state';
import { checkMaySignIn, checkPassword, maskEmail, maskPhone, type UserRecord } from './users';
import type { ChallengeName } from './validate';
import { WebAuthnFailure, credentialId, verifyAssertion } from './webauthn';

export function initiateUserAuth(state: PoolState, parameters: Record<string, string>, sessionId: string | undefined): Body {
  if (state.settings.firstAuthFactors.length === 0) throw fail('flowNotEnabled', { flow: 'USER_AUTH' });
  const username = requiredParameter(parameters, 'USERNAME');
  if (sessionId !== undefined) return signInAfterSignUp(state, sessionId, username);
  const user = state.findUser(username);
  if (!user) return unknownUser(state, username, parameters);
  checkMaySignIn(state.settings, user);
  const available = availableChallenges(state, user);
  const preferred = parameters.PREFERRED_CHALLENGE as ChallengeName | undefined;
  if (preferred !== undefined && available.includes(preferred)) return startChallenge(state, user, preferred, parameters);
  return { ...challengeBody(state, user, 'SELECT_CHALLENGE', {}, { available }), AvailableChallenges: available };
}

/** The first factors `user` can use now (see the top of this file). */
export function availableChallenges(state: PoolState, user: UserRecord): ChallengeName[] {
  const { settings } = state;
  const passwordOnly = settings.mfa === 'ON' || user.status === 'FORCE_CHANGE_PASSWORD';
  const usable: Record<FirstAuthFactor, boolean> = {
    PASSWORD: user.password !== '',
    WEB_AUTHN: !passwordOnly && usablePasskeys(settings, user).length > 0,
    EMAIL_OTP: !passwordOnly && user.emailVerified,
    SMS_OTP: !passwordOnly && user.phoneNumber !== undefined && user.phoneVerified,
  };
  return settings.firstAuthFactors.filter((factor) => usable[factor]);
}

/** The chosen first factor: its challenge, or for PASSWORD given with the choice, the password's outcome. */
function startChallenge(state: PoolState, user: UserRecord, challenge: ChallengeName, responses: Record<string, string>): Body {
  switch (challenge) {
    case 'PASSWORD': {
      const password = responses.PASSWORD;
      if (password === undefined || password === '') return challengeBody(state, user, 'PASSWORD', {});
      checkPassword(state.settings, user, password, state.now());
      return afterPassword(state, user);
    }
    case 'WEB_AUTHN': {
      const challengeValue = newChallenge();
      const parameters = { CREDENTIAL_REQUEST_OPTIONS: requestOptions(state.settings, user, challengeValue) };
      return challengeBody(state, user, 'WEB_AUTHN', parameters, { webAuthnChallenge: challengeValue });
    }
    case 'EMAIL_OTP': {
      const code = state.sendCode(user, 'EMAIL', 'mfa');
      const parameters = { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: maskEmail(user.email) };
      return challengeBody(state, user, 'EMAIL_OTP', parameters, { code });
    }
    case 'SMS_OTP': {
      const code = state.sendCode(user, 'SMS', 'mfa');
      const parameters = { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: maskPhone(user.phoneNumber ?? '') };
      return challengeBody(state, user, 'SMS_OTP', parameters, { code });
    }
    default:
      throw fail('challengeNotAvailable', { answer: challenge });
  }
}

function signInAfterSignUp(state: PoolState, sessionId: string, username: string): Body {
  const session = state.takeSession(sessionId, (s) => s.purpose === 'signedUp');
  const user = state.users.get(session.username);
  if (!user || state.findUser(username) !== user) throw fail('sessionInvalid');
  state.sessions.consume(session);
  return tokensBody(state.tokens.signIn(user));
}

// ---------------------------------------------------------------------------------------------
// RespondToAuthChallenge

/** SELECT_CHALLENGE: the ANSWER must be one of the AvailableChallenges offered. */
export function answerSelectChallenge(state: PoolState, session: Session, user: UserRecord, responses: Record<string, string>): Body {
  const answer = requiredParameter(responses, 'ANSWER') as ChallengeName;
  if (!session.available?.includes(answer)) throw fail('challengeNotAvailable', { answer });
  state.sessions.consume(session);
  // A CREDENTIAL needs the challenge of CREDENTIAL_REQUEST_OPTIONS, which only the WEB_AUTHN challenge gives.
  if (answer === 'WEB_AUTHN' && responses.CREDENTIAL !== undefined) {
    throw fail('passkeyRefused', { reason: 'no WEB_AUTHN challenge was issued for it' });
  }
  return startChallenge(state, user, answer, responses);
}

/** The PASSWORD challenge. Design choice: a wrong password spends the session, as InitiateAuth would. */
export function answerPassword(state: PoolState, session: Session, user: UserRecord, responses: Record<string, string>): Body {
  const password = requiredParameter(responses, 'PASSWORD');
  state.sessions.consume(session);
  checkPassword(state.settings, user, password, state.now());
  return afterPassword(state, user);
}

export function answerWebAuthn(state: PoolState, session: Session, user: UserRecord, responses: Record<string, string>): Body {
  const text = requiredParameter(responses, 'CREDENTIAL');
  const refuse = (reason: string) => {
    state.sessions.wrongAnswer(session);
    return fail('passkeyRefused', { reason });
  };
  let credential: unknown;
  try {
    credential = JSON.parse(text);
  } catch {
    throw refuse('CREDENTIAL is not JSON');
  }
  const id = credentialId(credential);
  const passkey = usablePasskeys(state.settings, user).find((candidate) => candidate.id === id);
  if (!passkey) throw refuse('the passkey is not registered for the user');
  try {
    passkey.signCount = verifyAssertion(credential, relyingParty(state.settings, session.webAuthnChallenge ?? ''), passkey);
  } catch (error) {
    if (error instanceof WebAuthnFailure) throw refuse(PROBLEM_TEXT[error.problem]);
    throw error;
  }
  return completeSignIn(state, session, user);
}

// ---------------------------------------------------------------------------------------------
// Users who do not exist

function unknownUser(state: PoolState, username: string, parameters: Record<string, string>): Body {
  if (!state.settings.preventUserExistenceErrors) throw fail('userDoesNotExist');
  const { firstAuthFactors, mfa } = state.settings;
  const available: ChallengeName[] = firstAuthFactors.filter((factor) => factor === 'PASSWORD' || (factor === 'EMAIL_OTP' && mfa !== 'ON'));
  const preferred = parameters.PREFERRED_CHALLENGE as ChallengeName | undefined;
  if (preferred !== undefined && available.includes(preferred)) return decoyChallenge(state, username, preferred, parameters);
  const session = state.sessions.create({ purpose: 'challenge', username, challenge: 'SELECT_CHALLENGE', available, decoy: true });
  return {
    ChallengeName: 'SELECT_CHALLENGE',
    Session: session.id,
    ChallengeParameters: { USER_ID_FOR_SRP: username },
    AvailableChallenges: available,
  };
}

/** PASSWORD or EMAIL_OTP for a user who does not exist: the password is wrong, the code never comes. */
function decoyChallenge(state: PoolState, username: string, challenge: ChallengeName, responses: Record<string, string>): Body {
  if (challenge === 'PASSWORD' && responses.PASSWORD) throw fail('incorrectCredentials');
  const session = state.sessions.create({ purpose: 'challenge', username, challenge, decoy: true });
  const delivery = challenge === 'EMAIL_OTP' ? { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: maskEmail(username) } : {};
  return { ChallengeName: challenge, Session: session.id, ChallengeParameters: { ...delivery, USER_ID_FOR_SRP: username } };
}

/** Answers to a decoy session: what a real user with a wrong password or code would get. */
export function answerDecoy(state: PoolState, session: Session, challenge: ChallengeName, responses: Record<string, string>): Body {
  switch (challenge) {
    case 'SELECT_CHALLENGE': {
      const answer = requiredParameter(responses, 'ANSWER') as ChallengeName;
      if (!session.available?.includes(answer)) throw fail('challengeNotAvailable', { answer });
      state.sessions.consume(session);
      return decoyChallenge(state, session.username, answer, responses);
    }
    case 'PASSWORD':
      requiredParameter(responses, 'PASSWORD');
      state.sessions.consume(session);
      throw fail('incorrectCredentials');
    default:
      requiredParameter(responses, 'EMAIL_OTP_CODE');
      state.sessions.wrongAnswer(session);
      throw fail('otpMismatch');
  }
}

/**
 * Choice-based sign-in (USER_AUTH) on the simulated pool: what SELECT_CHALLENGE offers, each first
 * factor, MFA after a password, passwordless sign-up signed in with ConfirmSignUp's Session, and
 * users who do not exist.
 */

import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/simulated/scenarios';
import { CLIENT_ID, PASSWORD, TOTP_SECRET, currentTotp, harness, respond, type Harness, type Json } from './helpers';

const EMAIL = 'ada@example.com';
const PHONE = '+15555550199';

function userAuth(parameters: Record<string, string>, username = EMAIL): Json {
  return { ClientId: CLIENT_ID, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: username, ...parameters } };
}

function select(h: Harness, answer: string, extra: Record<string, string> = {}, username = EMAIL): Json {
  const start = h.ok('InitiateAuth', userAuth({}, username));
  return h.ok('RespondToAuthChallenge', respond('SELECT_CHALLENGE', start.Session, { USERNAME: username, ANSWER: answer, ...extra }));
}

describe('what SELECT_CHALLENGE offers', () => {
  it.each([
    ['a password and a verified email', {}, ['PASSWORD', 'EMAIL_OTP']],
    ['a verified phone number too', { phoneNumber: PHONE }, ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP']],
    ['a phone number not yet verified', { phoneNumber: PHONE, phoneVerified: false }, ['PASSWORD', 'EMAIL_OTP']],
    ['an email not yet verified', { emailVerified: false }, ['PASSWORD']],
    ['a temporary password', { status: 'FORCE_CHANGE_PASSWORD' as const }, ['PASSWORD']],
  ])('a user with %s', (_name, seed, available) => {
    const h = harness(settingsFor('passwordless'));
    h.pool.seedUser({ email: EMAIL, password: PASSWORD, ...seed });
    const start = h.ok('InitiateAuth', userAuth({}));
    expect(start).toMatchObject({ ChallengeName: 'SELECT_CHALLENGE', AvailableChallenges: available, ChallengeParameters: {} });
    expect(start.Session).toEqual(expect.any(String));
  });

  it('the pool\'s first factors only, in its order', () => {
    const h = harness({ ...settingsFor('passwordless'), firstAuthFactors: ['EMAIL_OTP', 'PASSWORD'] });
    h.pool.seedUser({ email: EMAIL, password: PASSWORD, phoneNumber: PHONE });
    expect(h.ok('InitiateAuth', userAuth({})).AvailableChallenges).toEqual(['EMAIL_OTP', 'PASSWORD']);
  });

  it('where MFA is required, the password alone', () => {
    const h = harness({ ...settingsFor('passwordless'), mfa: 'ON' });
    h.pool.seedUser({ email: EMAIL, password: PASSWORD, phoneNumber: PHONE });
    expect(h.ok('InitiateAuth', userAuth({})).AvailableChallenges).toEqual(['PASSWORD']);
  });

  it('an answer it did not offer is refused', () => {
    const h = harness(settingsFor('passwordless'));
    h.pool.seedUser({ email: EMAIL, password: PASSWORD });
    const start = h.ok('InitiateAuth', userAuth({}));
    h.fails('RespondToAuthChallenge', respond('SELECT_CHALLENGE', start.Session, { USERNAME: EMAIL, ANSWER: 'SMS_OTP' }), 'InvalidParameterException', 'The challenge SMS_OTP is not available for the user.');
  });

  it('a client without ALLOW_USER_AUTH refuses the flow', () => {
    const h = harness();
    h.pool.seedUser({ email: EMAIL, password: PASSWORD });
    h.fails('InitiateAuth', userAuth({}), 'InvalidParameterException', 'USER_AUTH flow not enabled for this client');
  });
});

describe('first factors', () => {
  it('PREFERRED_CHALLENGE PASSWORD with the password signs in at once; a wrong one is refused', () => {
    const h = harness(settingsFor('passwordless'));
    h.pool.seedUser({ email: EMAIL, password: PASSWORD });
    expect(h.ok('InitiateAuth', userAuth({ PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD }))).toHaveProperty('AuthenticationResult');
    h.fails('InitiateAuth', userAuth({ PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: 'Wr0ng-password' }), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('PASSWORD chosen without the password: a PASSWORD challenge asks for it', () => {
    const h = harness(settingsFor('passwordless'));
    h.pool.seedUser({ email: EMAIL, password: PASSWORD });
    const challenge = select(h, 'PASSWORD');
    expect(challenge.ChallengeName).toBe('PASSWORD');
    expect(h.ok('RespondToAuthChallenge', respond('PASSWORD', challenge.Session, { USERNAME: EMAIL, PASSWORD }))).toHaveProperty('AuthenticationResult');
  });

  it('PASSWORD in the SELECT_CHALLENGE answer finishes in one step', () => {
    const h = harness(settingsFor('passwordless'));
    h.pool.seedUser({ email: EMAIL, password: PASSWORD });
    expect(select(h, 'PASSWORD', { PASSWORD })).toHaveProperty('AuthenticationResult');
  });

  it('an MFA factor the user has turned on follows the password, but not an emailed code', () => {
    const h = harness(settingsFor('passwordless'));
    h.pool.seedUser({ email: EMAIL, password: PASSWORD, totpSecret: TOTP_SECRET, preferredMfa: 'SOFTWARE_TOKEN_MFA' });
    const mfa = h.ok('InitiateAuth', userAuth({ PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD }));
    expect(mfa.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    expect(h.ok('RespondToAuthChallenge', respond('SOFTWARE_TOKEN_MFA', mfa.Session, { USERNAME: EMAIL, SOFTWARE_TOKEN_MFA_CODE: currentTotp(h) }))).toHaveProperty('AuthenticationResult');

    const email = h.ok('InitiateAuth', userAuth({ PREFERRED_CHALLENGE: 'EMAIL_OTP' }));
    expect(email.ChallengeName).toBe('EMAIL_OTP');
    const code = h.pool.inbox.latest(EMAIL, 'mfa')!.code;
    expect(h.ok('RespondToAuthChallenge', respond('EMAIL_OTP', email.Session, { USERNAME: EMAIL, EMAIL_OTP_CODE: code }))).toHaveProperty('AuthenticationResult');
  });

  it('SMS_OTP texts a code to the verified phone; a wrong code is CodeMismatchException', () => {
    const h = harness(settingsFor('passwordless'));
    h.pool.seedUser({ email: EMAIL, password: PASSWORD, phoneNumber: PHONE });
    const challenge = select(h, 'SMS_OTP');
    expect(challenge).toMatchObject({ ChallengeName: 'SMS_OTP', ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0199' } });
    const code = h.pool.inbox.latest(PHONE, 'mfa')!.code;
    const wrong = code === '000000' ? '111111' : '000000';
    h.fails('RespondToAuthChallenge', respond('SMS_OTP', challenge.Session, { USERNAME: EMAIL, SMS_OTP_CODE: wrong }), 'CodeMismatchException', 'Invalid code or auth state for the user.');
    expect(h.ok('RespondToAuthChallenge', respond('SMS_OTP', challenge.Session, { USERNAME: EMAIL, SMS_OTP_CODE: code }))).toHaveProperty('AuthenticationResult');
  });

  it('an unconfirmed user is told so before any factor', () => {
    const h = harness(settingsFor('passwordless'));
    h.pool.seedUser({ email: EMAIL, password: PASSWORD, status: 'UNCONFIRMED' });
    h.fails('InitiateAuth', userAuth({}), 'UserNotConfirmedException', 'User is not confirmed.');
  });
});

describe('sign-up without a password', () => {
  function signUp(h: Harness, password?: string): Json {
    return h.ok('SignUp', { ClientId: CLIENT_ID, Username: EMAIL, ...(password ? { Password: password } : {}) });
  }

  it('signs in with ConfirmSignUp\'s Session, without a second code', () => {
    const h = harness(settingsFor('passwordless'));
    const signedUp = signUp(h);
    expect(signedUp.Session).toEqual(expect.any(String));
    const code = h.pool.inbox.latest(EMAIL, 'signUp')!.code;
    const confirmed = h.ok('ConfirmSignUp', { ClientId: CLIENT_ID, Username: EMAIL, ConfirmationCode: code, Session: signedUp.Session });
    expect(confirmed.Session).toEqual(expect.any(String));
    const tokens = h.ok('InitiateAuth', { ...userAuth({}), Session: confirmed.Session });
    expect(tokens.AuthenticationResult.AccessToken).toEqual(expect.any(String));
    expect(h.pool.inbox.list()).toHaveLength(1);
    h.fails('InitiateAuth', { ...userAuth({}), Session: confirmed.Session }, 'NotAuthorizedException', 'Invalid session for the user, session can only be used once.');

    const factors = h.ok('GetUserAuthFactors', { AccessToken: tokens.AuthenticationResult.AccessToken });
    expect(factors.ConfiguredUserAuthFactors).toEqual(['EMAIL_OTP']);
    expect(h.ok('InitiateAuth', userAuth({})).AvailableChallenges).toEqual(['EMAIL_OTP']);
    h.ok('ChangePassword', { AccessToken: tokens.AuthenticationResult.AccessToken, ProposedPassword: PASSWORD });
    expect(h.ok('InitiateAuth', userAuth({})).AvailableChallenges).toEqual(['PASSWORD', 'EMAIL_OTP']);
  });

  it('the Session lasts the authentication session, and names its user', () => {
    const h = harness(settingsFor('passwordless'));
    const signedUp = signUp(h);
    h.pool.seedUser({ email: 'grace@example.com', password: PASSWORD });
    const code = h.pool.inbox.latest(EMAIL, 'signUp')!.code;
    const confirmed = h.ok('ConfirmSignUp', { ClientId: CLIENT_ID, Username: EMAIL, ConfirmationCode: code, Session: signedUp.Session });
    h.fails('InitiateAuth', { ...userAuth({}, 'grace@example.com'), Session: confirmed.Session }, 'NotAuthorizedException', 'Invalid session for the user.');
    h.clock.advance(3 * 60_000);
    h.fails('InitiateAuth', { ...userAuth({}), Session: confirmed.Session }, 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
  });

  it('ConfirmSignUp refuses a Session that is not this user\'s sign-up', () => {
    const h = harness(settingsFor('passwordless'));
    signUp(h);
    const other = h.ok('SignUp', { ClientId: CLIENT_ID, Username: 'grace@example.com' });
    const code = h.pool.inbox.latest(EMAIL, 'signUp')!.code;
    h.fails('ConfirmSignUp', { ClientId: CLIENT_ID, Username: EMAIL, ConfirmationCode: code, Session: other.Session }, 'NotAuthorizedException', 'Invalid session for the user.');
  });

  it('a pool without one-time-code sign-in still asks for a password, and returns no Session', () => {
    const h = harness();
    h.fails('SignUp', { ClientId: CLIENT_ID, Username: EMAIL }, 'InvalidPasswordException', 'Password did not conform with policy: Password not long enough');
    expect(signUp(h, PASSWORD)).not.toHaveProperty('Session');
  });
});

describe('a user who does not exist', () => {
  it('meets what a real user would, and fails where a wrong password or code would', () => {
    const h = harness(settingsFor('passwordless'));
    const ghost = 'ghost@example.com';
    const start = h.ok('InitiateAuth', userAuth({}, ghost));
    expect(start).toMatchObject({ ChallengeName: 'SELECT_CHALLENGE', AvailableChallenges: ['PASSWORD', 'EMAIL_OTP'] });
    h.fails('RespondToAuthChallenge', respond('SELECT_CHALLENGE', start.Session, { USERNAME: ghost, ANSWER: 'PASSWORD', PASSWORD }), 'NotAuthorizedException', 'Incorrect username or password.');
    const email = select(h, 'EMAIL_OTP', {}, ghost);
    expect(email.ChallengeParameters).toMatchObject({ CODE_DELIVERY_DESTINATION: 'g***@e***.com' });
    expect(h.pool.inbox.list()).toEqual([]);
    h.fails('RespondToAuthChallenge', respond('EMAIL_OTP', email.Session, { USERNAME: ghost, EMAIL_OTP_CODE: '123456' }), 'CodeMismatchException', 'Invalid code or auth state for the user.');
  });

  it('with PreventUserExistenceErrors LEGACY, is named as such', () => {
    const h = harness({ ...settingsFor('passwordless'), preventUserExistenceErrors: false });
    h.fails('InitiateAuth', userAuth({}, 'ghost@example.com'), 'UserNotFoundException', 'User does not exist.');
  });
});

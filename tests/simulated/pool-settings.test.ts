/**
 * The simulated pool is not kinder than Cognito: the pool settings that change its answers, each
 * with the source in the code it tests (src/simulated/sign-in.ts, account.ts, validate.ts).
 */
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/simulated/scenarios';
import { CLIENT_ID, PASSWORD, harness, passwordAuth, respond, type Harness } from './helpers';

const forgot = (username: string) => ({ ClientId: CLIENT_ID, Username: username });
const resend = forgot;
const confirm = (username: string) => ({ ClientId: CLIENT_ID, Username: username, ConfirmationCode: '123456' });

/** A pool with an unknown, an unconfirmed and a reset-required user in it. */
async function poolWithUsers(preventUserExistenceErrors: boolean): Promise<Harness> {
  const h = harness({ preventUserExistenceErrors });
  await h.ok('SignUp', { ClientId: CLIENT_ID, Username: 'unconfirmed@example.com', Password: PASSWORD });
  h.pool.seedUser({ email: 'reset@example.com', password: PASSWORD, status: 'RESET_REQUIRED' });
  return h;
}

describe('PreventUserExistenceErrors (Developer Guide, “Managing user existence error responses”)', () => {
  it('ENABLED: unknown and reset-required users read as a wrong password; codes go to made-up destinations', async () => {
    const h = await poolWithUsers(true);
    await h.fails('InitiateAuth', passwordAuth('ghost@example.com'), 'NotAuthorizedException', 'Incorrect username or password.');
    await h.fails('InitiateAuth', passwordAuth('reset@example.com'), 'NotAuthorizedException', 'Incorrect username or password.');
    await h.fails('InitiateAuth', passwordAuth('unconfirmed@example.com', 'Wrong-passw0rd'), 'UserNotConfirmedException', 'User is not confirmed.');
    expect((await h.ok('ForgotPassword', forgot('ghost@example.com'))).CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', Destination: 'g***@e***.com' });
    // No verified channel (the unconfirmed user's email is not verified yet): a made-up delivery too.
    expect((await h.ok('ForgotPassword', forgot('unconfirmed@example.com'))).CodeDeliveryDetails.Destination).toBe('u***@e***.com');
    expect(h.pool.inbox.latest('unconfirmed@example.com', 'forgotPassword')).toBeUndefined();
    expect((await h.ok('ResendConfirmationCode', resend('ghost@example.com'))).CodeDeliveryDetails.Destination).toBe('g***@e***.com');
    await h.fails('ConfirmSignUp', confirm('ghost@example.com'), 'CodeMismatchException', 'Invalid verification code provided, please try again.');
  });

  it('LEGACY: each says what it is', async () => {
    const h = await poolWithUsers(false);
    await h.fails('InitiateAuth', passwordAuth('ghost@example.com'), 'UserNotFoundException', 'User does not exist.');
    await h.fails('InitiateAuth', passwordAuth('reset@example.com'), 'PasswordResetRequiredException', 'Password reset required for the user');
    await h.fails('InitiateAuth', passwordAuth('unconfirmed@example.com', 'Wrong-passw0rd'), 'UserNotConfirmedException', 'User is not confirmed.');
    await h.fails('ForgotPassword', forgot('ghost@example.com'), 'UserNotFoundException', 'Username/client id combination not found.');
    await h.fails(
      'ForgotPassword',
      forgot('unconfirmed@example.com'),
      'InvalidParameterException',
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
    await h.fails('ResendConfirmationCode', resend('ghost@example.com'), 'UserNotFoundException', 'Username/client id combination not found.');
    await h.fails('ConfirmSignUp', confirm('ghost@example.com'), 'UserNotFoundException', 'Username/client id combination not found.');
  });

  it('is a scenario either way', () => {
    expect(settingsFor('default').preventUserExistenceErrors).toBe(true);
    expect(settingsFor('legacy-user-existence').preventUserExistenceErrors).toBe(false);
  });
});

describe('request members against the model', () => {
  it('match patterns anywhere in the value, as Smithy patterns do: a password with an inner space is the policy’s to judge', async () => {
    const h = harness();
    expect((await h.ok('SignUp', { ClientId: CLIENT_ID, Username: 'space@example.com', Password: 'Correct h0rse!' })).UserConfirmed).toBe(false);
    await h.fails(
      'SignUp',
      { ClientId: CLIENT_ID, Username: 'blank@example.com', Password: '  \t ' },
      'InvalidParameterException',
      "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\S]+",
    );
  });
});

describe('a temporary password', () => {
  it('works once: once its NEW_PASSWORD_REQUIRED session is gone, it is refused (API_AdminCreateUser)', async () => {
    const h = harness();
    h.pool.seedUser({ email: 'invited@example.com', password: 'Temp-passw0rd', status: 'FORCE_CHANGE_PASSWORD' });
    expect((await h.ok('InitiateAuth', passwordAuth('invited@example.com', 'Temp-passw0rd'))).ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    h.clock.advance(181_000);
    await h.fails(
      'InitiateAuth',
      passwordAuth('invited@example.com', 'Temp-passw0rd'),
      'NotAuthorizedException',
      'Temporary password has expired and must be reset by an administrator.',
    );
  });

  it('still takes the new password within the session it opened', async () => {
    const h = harness({ mfa: 'OFF' });
    h.pool.seedUser({ email: 'invited@example.com', password: 'Temp-passw0rd', status: 'FORCE_CHANGE_PASSWORD' });
    const challenge = await h.ok('InitiateAuth', passwordAuth('invited@example.com', 'Temp-passw0rd'));
    const answer = await h.ok('RespondToAuthChallenge', respond('NEW_PASSWORD_REQUIRED', challenge.Session, { USERNAME: challenge.ChallengeParameters.USER_ID_FOR_SRP, NEW_PASSWORD: 'Correct-h0rse' }));
    expect(answer.AuthenticationResult.AccessToken).toBeTruthy();
    expect((await h.ok('InitiateAuth', passwordAuth('invited@example.com', 'Correct-h0rse'))).AuthenticationResult).toBeDefined();
  });
});

describe('scenarios for what real pools refuse', () => {
  it('lambda-refuses: a PreSignUp trigger refuses a domain, in its owner’s words', async () => {
    const h = harness(settingsFor('lambda-refuses'));
    await h.fails(
      'SignUp',
      { ClientId: CLIENT_ID, Username: 'ada@example.com', Password: PASSWORD },
      'UserLambdaValidationException',
      'PreSignUp failed with error Registration from this domain is not allowed..',
    );
    expect((await h.ok('SignUp', { ClientId: CLIENT_ID, Username: 'ada@example.org', Password: PASSWORD })).UserConfirmed).toBe(false);
  });

  it('threat-protection: sign-ins are blocked, right password or not', async () => {
    const h = harness(settingsFor('threat-protection'));
    h.pool.seedUser({ email: 'ada@example.com', password: PASSWORD });
    await h.fails('InitiateAuth', passwordAuth('ada@example.com'), 'NotAuthorizedException', 'Unable to login because of security reasons.');
    await h.fails('InitiateAuth', passwordAuth('ada@example.com', 'Wrong-passw0rd'), 'NotAuthorizedException', 'Unable to login because of security reasons.');
  });

  it('strict-password: twelve characters, Cognito naming the rule', async () => {
    const h = harness(settingsFor('strict-password'));
    await h.fails(
      'SignUp',
      { ClientId: CLIENT_ID, Username: 'ada@example.com', Password: 'Passw0rd!x' },
      'InvalidPasswordException',
      'Password did not conform with policy: Password not long enough',
    );
    expect((await h.ok('SignUp', { ClientId: CLIENT_ID, Username: 'ada@example.com', Password: 'Correct-h0rse' })).UserConfirmed).toBe(false);
  });
});

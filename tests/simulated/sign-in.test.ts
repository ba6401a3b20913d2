import { describe, expect, it } from 'vitest';
import { CLIENT_ID, PASSWORD, harness, passwordAuth, respond } from './helpers';

const WRONG = 'Wrong-passw0rd';

describe('InitiateAuth USER_PASSWORD_AUTH', () => {
  it('signs in with the email in any case, or with the internal username', async () => {
    const h = harness({ mfa: 'OPTIONAL', usernameCaseSensitive: false });
    const username = h.pool.seedUser({ email: 'Jane@Example.com', password: PASSWORD });
    for (const name of ['jane@example.com', 'JANE@EXAMPLE.COM', username]) {
      const body = await h.ok('InitiateAuth', passwordAuth(name));
      expect(body.ChallengeParameters).toEqual({});
      expect(body.AuthenticationResult).toMatchObject({ ExpiresIn: 3600, TokenType: 'Bearer' });
    }
  });

  it('answers a wrong password and, by default, an unknown user alike', async () => {
    const h = harness();
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    await h.fails('InitiateAuth', passwordAuth('jane@example.com', WRONG), 'NotAuthorizedException', 'Incorrect username or password.');
    await h.fails('InitiateAuth', passwordAuth('nobody@example.com'), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('names unknown users with PreventUserExistenceErrors off (LEGACY)', async () => {
    await harness({ preventUserExistenceErrors: false }).fails('InitiateAuth', passwordAuth('nobody@example.com'), 'UserNotFoundException', 'User does not exist.');
  });

  it('needs USERNAME and PASSWORD', async () => {
    const h = harness();
    await h.fails('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { PASSWORD } }, 'InvalidParameterException', 'Missing required parameter USERNAME');
    await h.fails('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'USER_PASSWORD_AUTH' }, 'InvalidParameterException', 'Missing required parameter USERNAME');
    await h.fails(
      'InitiateAuth',
      { ClientId: CLIENT_ID, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'jane@example.com' } },
      'InvalidParameterException',
      'Missing required parameter PASSWORD',
    );
  });

  it('refuses admin flows and flows the client does not allow', async () => {
    const h = harness();
    await h.fails('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH' }, 'InvalidParameterException', 'Initiate Auth method not supported.');
    await h.fails('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: 'a@b.co', SRP_A: 'x' } }, 'InvalidParameterException', 'USER_SRP_AUTH flow not enabled for this client');
    await h.fails('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'USER_AUTH' }, 'InvalidParameterException', 'USER_AUTH flow not enabled for this client');
  });
});

describe('sign-in lockout', () => {
  it('locks for 1 s after 5 failures and doubles with each further failure', async () => {
    const h = harness({ mfa: 'OFF' });
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    const wrong = passwordAuth('jane@example.com', WRONG);
    for (let i = 0; i < 5; i++) await h.fails('InitiateAuth', wrong, 'NotAuthorizedException', 'Incorrect username or password.');

    // Locked for 1 s: even the right password gets "Password attempts exceeded", and such attempts do not count.
    await h.fails('InitiateAuth', passwordAuth('jane@example.com'), 'NotAuthorizedException', 'Password attempts exceeded');
    h.clock.advance(999);
    await h.fails('InitiateAuth', wrong, 'NotAuthorizedException', 'Password attempts exceeded');
    h.clock.advance(1);
    await h.fails('InitiateAuth', wrong, 'NotAuthorizedException', 'Incorrect username or password.');

    // Sixth failure: 2 s.
    h.clock.advance(1999);
    await h.fails('InitiateAuth', passwordAuth('jane@example.com'), 'NotAuthorizedException', 'Password attempts exceeded');
    h.clock.advance(1);
    expect((await h.ok('InitiateAuth', passwordAuth('jane@example.com'))).AuthenticationResult).toBeDefined();

    // A success resets the count.
    await h.fails('InitiateAuth', wrong, 'NotAuthorizedException', 'Incorrect username or password.');
    expect((await h.ok('InitiateAuth', passwordAuth('jane@example.com'))).AuthenticationResult).toBeDefined();
  });

  it('caps the lockout at 15 minutes', async () => {
    const h = harness({ mfa: 'OFF' });
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    const wrong = passwordAuth('jane@example.com', WRONG);
    for (let i = 0; i < 5; i++) await h.call('InitiateAuth', wrong);
    // Failures 6 to 15, each as the previous lockout (1 s, 2 s, ... 512 s) ends.
    for (let n = 5; n < 15; n++) {
      h.clock.advance(2 ** (n - 5) * 1000);
      await h.fails('InitiateAuth', wrong, 'NotAuthorizedException', 'Incorrect username or password.');
    }
    // 2^10 s would be 17 minutes; the lockout stops at 15.
    h.clock.advance(900_000 - 1);
    await h.fails('InitiateAuth', passwordAuth('jane@example.com'), 'NotAuthorizedException', 'Password attempts exceeded');
    h.clock.advance(1);
    expect((await h.ok('InitiateAuth', passwordAuth('jane@example.com'))).AuthenticationResult).toBeDefined();
  });

  it('forgets failures after 15 quiet minutes', async () => {
    const lockedAfterPause = async (pauseMs: number) => {
      const h = harness({ mfa: 'OFF' });
      h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
      const wrong = passwordAuth('jane@example.com', WRONG);
      for (let i = 0; i < 5; i++) await h.call('InitiateAuth', wrong);
      h.clock.advance(pauseMs);
      await h.fails('InitiateAuth', wrong, 'NotAuthorizedException', 'Incorrect username or password.');
      return (await h.call('InitiateAuth', wrong)).body.message;
    };
    expect(await lockedAfterPause(14 * 60_000)).toBe('Password attempts exceeded');
    expect(await lockedAfterPause(15 * 60_000)).toBe('Incorrect username or password.');
  });
});

describe('NEW_PASSWORD_REQUIRED (admin-created user with a temporary password)', () => {
  it('asks for a new password, applies the policy, then continues to MFA', async () => {
    const h = harness();
    const username = h.pool.seedUser({ email: 'new@example.com', password: 'TempPassw0rd!', status: 'FORCE_CHANGE_PASSWORD' });
    const start = await h.ok('InitiateAuth', passwordAuth('new@example.com', 'TempPassw0rd!'));
    expect(start.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(start.Session).toMatch(/^AYABe/);
    expect(start.ChallengeParameters).toEqual({
      USER_ID_FOR_SRP: username,
      requiredAttributes: '[]',
      userAttributes: JSON.stringify({ email_verified: 'true', email: 'new@example.com' }),
    });

    await h.fails(
      'RespondToAuthChallenge',
      respond('NEW_PASSWORD_REQUIRED', start.Session, { USERNAME: username, NEW_PASSWORD: 'weak' }),
      'InvalidPasswordException',
      'Password did not conform with policy: Password not long enough',
    );
    await h.fails('RespondToAuthChallenge', respond('NEW_PASSWORD_REQUIRED', start.Session, { USERNAME: username }), 'InvalidParameterException', 'Missing required parameter NEW_PASSWORD');

    const next = await h.ok('RespondToAuthChallenge', respond('NEW_PASSWORD_REQUIRED', start.Session, { USERNAME: username, NEW_PASSWORD: 'N3w-password' }));
    expect(next.ChallengeName).toBe('MFA_SETUP');
    expect(next.Session).not.toBe(start.Session);
    expect(h.pool.inspectUser('new@example.com')!.status).toBe('CONFIRMED');
    await h.fails('InitiateAuth', passwordAuth('new@example.com', 'TempPassw0rd!'), 'NotAuthorizedException', 'Incorrect username or password.');
    expect((await h.ok('InitiateAuth', passwordAuth('new@example.com', 'N3w-password'))).ChallengeName).toBe('MFA_SETUP');
  });

  it('lists required attributes the user lacks and insists on them', async () => {
    const h = harness({ requiredAttributes: ['phone_number'] });
    const username = h.pool.seedUser({ email: 'new@example.com', password: 'TempPassw0rd!', status: 'FORCE_CHANGE_PASSWORD' });
    const start = await h.ok('InitiateAuth', passwordAuth('new@example.com', 'TempPassw0rd!'));
    expect(start.ChallengeParameters.requiredAttributes).toBe('["userAttributes.phone_number"]');
    await h.fails(
      'RespondToAuthChallenge',
      respond('NEW_PASSWORD_REQUIRED', start.Session, { USERNAME: username, NEW_PASSWORD: 'N3w-password' }),
      'InvalidParameterException',
      'Invalid attributes given, phone_number is missing',
    );
    const next = await h.ok(
      'RespondToAuthChallenge',
      respond('NEW_PASSWORD_REQUIRED', start.Session, { USERNAME: username, NEW_PASSWORD: 'N3w-password', 'userAttributes.phone_number': '+15555550100' }),
    );
    // With a phone number in a pool allowing SMS, the user is SMS-capable at once.
    expect(next.ChallengeName).toBe('SMS_MFA');
  });

  it('expires the temporary password after 7 days', async () => {
    const h = harness();
    h.pool.seedUser({ email: 'new@example.com', password: 'TempPassw0rd!', status: 'FORCE_CHANGE_PASSWORD' });
    h.clock.advance(7 * 24 * 3_600_000);
    await h.fails(
      'InitiateAuth',
      passwordAuth('new@example.com', 'TempPassw0rd!'),
      'NotAuthorizedException',
      'Temporary password has expired and must be reset by an administrator.',
    );
  });
});

describe('after the password: which challenge', () => {
  it('gives tokens without MFA in OPTIONAL and OFF pools, MFA_SETUP in ON pools', async () => {
    for (const mfa of ['OPTIONAL', 'OFF'] as const) {
      const h = harness({ mfa });
      h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
      expect((await h.ok('InitiateAuth', passwordAuth('jane@example.com'))).AuthenticationResult).toBeDefined();
    }
    const h = harness();
    const username = h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    const body = await h.ok('InitiateAuth', passwordAuth('jane@example.com'));
    expect(body).toEqual({
      ChallengeName: 'MFA_SETUP',
      Session: expect.stringMatching(/^AYABe[A-Za-z0-9_-]{300,}$/),
      ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]', USER_ID_FOR_SRP: username },
    });
  });

  it('ignores the user factors entirely when the pool has MFA OFF', async () => {
    const h = harness({ mfa: 'OFF' });
    h.pool.seedUser({ email: 'sms@example.com', password: PASSWORD, phoneNumber: '+15555550123', preferredMfa: 'SMS_MFA' });
    expect((await h.ok('InitiateAuth', passwordAuth('sms@example.com'))).AuthenticationResult).toBeDefined();
  });

  it('asks a self-signed-up user to set up MFA on the very first sign-in in an ON pool', async () => {
    const h = harness();
    await h.ok('SignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com', Password: PASSWORD });
    await h.ok('ConfirmSignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com', ConfirmationCode: h.pool.inbox.latest()!.code });
    expect((await h.ok('InitiateAuth', passwordAuth('jane@example.com'))).ChallengeName).toBe('MFA_SETUP');
  });

  it('offers the factors the pool allows in MFAS_CAN_SETUP', async () => {
    const setup = async (settings: Parameters<typeof harness>[0]) => {
      const h = harness(settings);
      h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
      return (await h.ok('InitiateAuth', passwordAuth('jane@example.com'))).ChallengeParameters.MFAS_CAN_SETUP;
    };
    expect(await setup({})).toBe('["SOFTWARE_TOKEN_MFA"]');
    expect(await setup({ email: true })).toBe('["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]');
    expect(await setup({ totp: false })).toBe('["SMS_MFA"]');
  });
});

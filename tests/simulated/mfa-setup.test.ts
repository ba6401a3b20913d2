import { describe, expect, it } from 'vitest';
import { totpCode, totpCodeAtStep, totpStep } from '../../src/simulated/totp';
import { settingsFor } from '../../src/simulated/scenarios';
import { CLIENT_ID, PASSWORD, decodeJwt, harness, otherCode, passwordAuth, respond, type Harness } from './helpers';

const INVALID = 'Invalid session for the user.';
const USED = 'Invalid session for the user, session can only be used once.';

async function startSetup(h: Harness) {
  const username = h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
  const start = await h.ok('InitiateAuth', passwordAuth('jane@example.com'));
  expect(start.ChallengeName).toBe('MFA_SETUP');
  return { username, s1: start.Session as string };
}

describe('TOTP setup during sign-in (MFA_SETUP, Session chaining)', () => {
  it('chains S1 -> Associate -> S2 -> Verify -> S3 -> MFA_SETUP -> tokens', async () => {
    const h = harness();
    const { username, s1 } = await startSetup(h);

    const associated = await h.ok('AssociateSoftwareToken', { Session: s1 });
    expect(associated.SecretCode).toMatch(/^[A-Z2-7]{52}$/);
    const s2 = associated.Session as string;
    expect(s2).toMatch(/^AYABe/);
    expect(s2).not.toBe(s1);

    // S1 is not the session Verify wants.
    await h.fails('VerifySoftwareToken', { Session: s1, UserCode: totpCode(associated.SecretCode, h.clock.ms) }, 'NotAuthorizedException', INVALID);

    // A wrong code fails but keeps S2.
    const right = totpCode(associated.SecretCode, h.clock.ms);
    const wrong = otherCode(right);
    await h.fails('VerifySoftwareToken', { Session: s2, UserCode: wrong }, 'EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');

    // MFA_SETUP does not accept S1 or S2.
    await h.fails('RespondToAuthChallenge', respond('MFA_SETUP', s1, { USERNAME: username }), 'NotAuthorizedException', INVALID);
    await h.fails('RespondToAuthChallenge', respond('MFA_SETUP', s2, { USERNAME: username }), 'NotAuthorizedException', INVALID);

    const verified = await h.ok('VerifySoftwareToken', { Session: s2, UserCode: right, FriendlyDeviceName: 'My phone' });
    expect(verified.Status).toBe('SUCCESS');
    const s3 = verified.Session as string;
    expect(s3).toMatch(/^AYABe/);
    await h.fails('VerifySoftwareToken', { Session: s2, UserCode: right }, 'NotAuthorizedException', USED);

    const done = await h.ok('RespondToAuthChallenge', respond('MFA_SETUP', s3, { USERNAME: username }));
    expect(done.ChallengeParameters).toEqual({});
    expect(decodeJwt(done.AuthenticationResult.AccessToken).payload.username).toBe(username);
    await h.fails('RespondToAuthChallenge', respond('MFA_SETUP', s3, { USERNAME: username }), 'NotAuthorizedException', USED);

    // The user now has TOTP enabled and preferred; the next sign-in asks for a code.
    expect(h.pool.inspectUser('jane@example.com')).toMatchObject({ hasSoftwareToken: true, mfaEnabled: ['SOFTWARE_TOKEN_MFA'], preferredMfa: 'SOFTWARE_TOKEN_MFA' });
    const next = await h.ok('InitiateAuth', passwordAuth('jane@example.com'));
    expect(next.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    expect(next.ChallengeParameters).toEqual({ FRIENDLY_DEVICE_NAME: 'My phone', USER_ID_FOR_SRP: username });
  });

  it('issues a fresh secret for every association', async () => {
    const h = harness();
    const secrets = new Set<string>();
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    for (let i = 0; i < 5; i++) {
      const start = await h.ok('InitiateAuth', passwordAuth('jane@example.com'));
      secrets.add((await h.ok('AssociateSoftwareToken', { Session: start.Session })).SecretCode);
    }
    expect(secrets.size).toBe(5);
  });

  it('accepts each session only once: a second Associate with S1 fails', async () => {
    const h = harness();
    const { s1 } = await startSetup(h);
    await h.ok('AssociateSoftwareToken', { Session: s1 });
    await h.fails('AssociateSoftwareToken', { Session: s1 }, 'NotAuthorizedException', USED);
  });

  it('expires S2 after 3 minutes', async () => {
    const h = harness();
    const { s1 } = await startSetup(h);
    const associated = await h.ok('AssociateSoftwareToken', { Session: s1 });
    h.clock.advance(3 * 60_000);
    await h.fails(
      'VerifySoftwareToken',
      { Session: associated.Session, UserCode: totpCode(associated.SecretCode, h.clock.ms) },
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
    );
  });

  it('accepts the verification code one step early or late, not two', async () => {
    const h = harness();
    const { s1 } = await startSetup(h);
    const { SecretCode, Session } = await h.ok('AssociateSoftwareToken', { Session: s1 });
    const t = totpStep(h.clock.ms);
    const far = totpCodeAtStep(SecretCode, t + 2);
    const near = new Set([t - 1, t, t + 1].map((s) => totpCodeAtStep(SecretCode, s)));
    expect(near.has(far)).toBe(false);
    await h.fails('VerifySoftwareToken', { Session, UserCode: far }, 'EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');
    expect((await h.ok('VerifySoftwareToken', { Session, UserCode: totpCodeAtStep(SecretCode, t + 1) })).Status).toBe('SUCCESS');
  });

  it('counts the verification code as used: signing in with it at once is a replay', async () => {
    const h = harness();
    const { username, s1 } = await startSetup(h);
    const { SecretCode, Session } = await h.ok('AssociateSoftwareToken', { Session: s1 });
    const code = totpCode(SecretCode, h.clock.ms);
    const { Session: s3 } = await h.ok('VerifySoftwareToken', { Session, UserCode: code });
    await h.ok('RespondToAuthChallenge', respond('MFA_SETUP', s3, { USERNAME: username }));

    const next = await h.ok('InitiateAuth', passwordAuth('jane@example.com'));
    await h.fails(
      'RespondToAuthChallenge',
      respond('SOFTWARE_TOKEN_MFA', next.Session, { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: code }),
      'ExpiredCodeException',
      'Your software token has already been used once.',
    );
    h.clock.advance(30_000);
    const later = await h.ok('RespondToAuthChallenge', respond('SOFTWARE_TOKEN_MFA', next.Session, { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: totpCode(SecretCode, h.clock.ms) }));
    expect(later.AuthenticationResult).toBeDefined();
  });

  it('refuses TOTP setup in a pool without software token MFA', async () => {
    const h = harness({ totp: false, sms: true });
    const { s1 } = await startSetup(h);
    await h.fails('AssociateSoftwareToken', { Session: s1 }, 'SoftwareTokenMFANotFoundException', 'Software Token MFA has not been enabled by the userPool.');
  });

  it('wants exactly one of AccessToken and Session', async () => {
    const h = harness();
    const { s1 } = await startSetup(h);
    const message = 'Either AccessToken or Session must be provided, but not both.';
    await h.fails('AssociateSoftwareToken', {}, 'InvalidParameterException', message);
    await h.fails('AssociateSoftwareToken', { Session: s1, AccessToken: 'abc' }, 'InvalidParameterException', message);
    await h.fails('VerifySoftwareToken', { UserCode: '123456' }, 'InvalidParameterException', message);
  });
});

describe('email MFA setup during sign-in (MFA_SETUP with EMAIL)', () => {
  it('sends a code to the email and finishes with EMAIL_OTP', async () => {
    const h = harness({ email: true });
    const { username, s1 } = await startSetup(h);
    const challenge = await h.ok('RespondToAuthChallenge', respond('MFA_SETUP', s1, { USERNAME: username, EMAIL: 'jane@example.com' }));
    expect(challenge).toMatchObject({
      ChallengeName: 'EMAIL_OTP',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'j***@e***.com', USER_ID_FOR_SRP: username },
    });
    const code = h.pool.inbox.latest('jane@example.com', 'mfa')!.code;
    const done = await h.ok('RespondToAuthChallenge', respond('EMAIL_OTP', challenge.Session, { USERNAME: username, EMAIL_OTP_CODE: code }));
    expect(done.AuthenticationResult).toBeDefined();
    expect(h.pool.inspectUser(username)).toMatchObject({ mfaEnabled: ['EMAIL_OTP'], preferredMfa: 'EMAIL_OTP' });
    expect((await h.ok('InitiateAuth', passwordAuth('jane@example.com'))).ChallengeName).toBe('EMAIL_OTP');
  });

  it('is not offered when the pool does not allow email MFA', async () => {
    const h = harness();
    const { username, s1 } = await startSetup(h);
    await h.fails(
      'RespondToAuthChallenge',
      respond('MFA_SETUP', s1, { USERNAME: username, EMAIL: 'jane@example.com' }),
      'MFAMethodNotFoundException',
      'The selected MFA method EMAIL_OTP is not available for the user.',
    );
  });
});

describe('the scenarios that require MFA without authenticator apps, or with email codes besides', () => {
  /** A new account, signed up and confirmed through the API: no phone number. */
  async function newAccount(h: Harness) {
    await h.ok('SignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com', Password: PASSWORD });
    await h.ok('ConfirmSignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com', ConfirmationCode: h.pool.inbox.latest('jane@example.com', 'signUp')!.code });
    return await h.ok('InitiateAuth', passwordAuth('jane@example.com'));
  }

  it('email-mfa: a new account sets up email codes (MFA_SETUP lists EMAIL_OTP alone) and signs in with them', async () => {
    const h = harness(settingsFor('email-mfa'));
    const start = await newAccount(h);
    expect(start).toMatchObject({ ChallengeName: 'MFA_SETUP', ChallengeParameters: { MFAS_CAN_SETUP: '["EMAIL_OTP"]' } });
    const username = start.ChallengeParameters.USER_ID_FOR_SRP as string;
    const challenge = await h.ok('RespondToAuthChallenge', respond('MFA_SETUP', start.Session, { USERNAME: username, EMAIL: 'jane@example.com' }));
    expect(challenge.ChallengeName).toBe('EMAIL_OTP');
    const code = h.pool.inbox.latest('jane@example.com', 'mfa')!.code;
    const done = await h.ok('RespondToAuthChallenge', respond('EMAIL_OTP', challenge.Session, { USERNAME: username, EMAIL_OTP_CODE: code }));
    expect(await h.ok('GetUser', { AccessToken: done.AuthenticationResult.AccessToken })).toMatchObject({ UserMFASettingList: ['EMAIL_OTP'] });
  });

  it('email-otp: a new account may set up an authenticator or email codes', async () => {
    expect((await newAccount(harness(settingsFor('email-otp')))).ChallengeParameters.MFAS_CAN_SETUP).toBe('["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]');
  });

  it('sms-only: an account without a phone number meets MFA_SETUP listing SMS_MFA alone, which sign-in cannot satisfy', async () => {
    const h = harness(settingsFor('sms-only'));
    const username = h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    const start = await h.ok('InitiateAuth', passwordAuth('jane@example.com'));
    expect(start).toMatchObject({ ChallengeName: 'MFA_SETUP', ChallengeParameters: { MFAS_CAN_SETUP: '["SMS_MFA"]' } });
    // Neither an authenticator nor email codes can be set up in its place.
    await h.fails('AssociateSoftwareToken', { Session: start.Session }, 'SoftwareTokenMFANotFoundException', 'Software Token MFA has not been enabled by the userPool.');
    const again = await h.ok('InitiateAuth', passwordAuth('jane@example.com'));
    await h.fails(
      'RespondToAuthChallenge',
      respond('MFA_SETUP', again.Session, { USERNAME: username, EMAIL: 'jane@example.com' }),
      'MFAMethodNotFoundException',
      'The selected MFA method EMAIL_OTP is not available for the user.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { SimulatedPool } from '../../src/simulated/pool';
import { DEMO_PASSWORD, demoUser, demoUsers, seedDemoUsers } from '../../src/simulated/demo-users';
import { isScenarioName, scenarioFromSearch, scenarioNames, settingsFor } from '../../src/simulated/scenarios';
import { totpCode } from '../../src/simulated/totp';
import { Clock, CLIENT_ID, decodeJwt, passwordAuth, respond, sharedSigningKey, type Json } from './helpers';

function demoPool(scenario = 'default') {
  const clock = new Clock();
  const pool = new SimulatedPool({ settings: settingsFor(scenario), now: clock.now, signingKey: sharedSigningKey() });
  seedDemoUsers(pool);
  const signIn = async (email: string, password = DEMO_PASSWORD) => (await pool.handle('InitiateAuth', passwordAuth(email, password))).body as Json;
  return { pool, clock, signIn };
}

describe('demo accounts', () => {
  it('each meets the branch the dev panel promises (default scenario)', async () => {
    const { signIn } = demoPool();
    expect((await signIn('sms@example.com')).ChallengeName).toBe('SMS_MFA');
    expect((await signIn('both@example.com')).ChallengeName).toBe('SELECT_MFA_TYPE');
    expect((await signIn('totp@example.com')).ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    expect((await signIn('email@example.com')).ChallengeName).toBe('MFA_SETUP');
    expect((await signIn('nomfa@example.com')).ChallengeName).toBe('MFA_SETUP');
    expect((await signIn('new@example.com', demoUser('newPassword').password)).ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect((await signIn('unconfirmed@example.com')).__type).toBe('UserNotConfirmedException');
  });

  it('publish TOTP secrets that really sign the user in', async () => {
    const { pool, clock, signIn } = demoPool();
    const user = demoUser('totp');
    const start = await signIn(user.email);
    expect(start.ChallengeParameters.USER_ID_FOR_SRP).toBe(user.username);
    const done = await pool.handle(
      'RespondToAuthChallenge',
      respond('SOFTWARE_TOKEN_MFA', start.Session as string, { USERNAME: user.username, SOFTWARE_TOKEN_MFA_CODE: totpCode(user.totpSecret!, clock.ms) }),
    );
    expect(done.body.AuthenticationResult).toBeDefined();
  });

  it('include an unconfirmed account that can be confirmed with a resent code', async () => {
    const { pool } = demoPool();
    await pool.handle('ResendConfirmationCode', { ClientId: CLIENT_ID, Username: 'unconfirmed@example.com' });
    const code = pool.inbox.latest('unconfirmed@example.com', 'signUp')!.code;
    expect((await pool.handle('ConfirmSignUp', { ClientId: CLIENT_ID, Username: 'unconfirmed@example.com', ConfirmationCode: code })).status).toBe(200);
  });

  it('use the email-otp scenario for the email account', async () => {
    const { signIn, pool } = demoPool('email-otp');
    expect((await signIn('email@example.com')).ChallengeName).toBe('EMAIL_OTP');
    expect(pool.inbox.latest('email@example.com', 'mfa')).toBeDefined();
  });

  it('are distinct, with the shared password except the admin-created one', () => {
    expect(new Set(demoUsers.map((u) => u.email)).size).toBe(demoUsers.length);
    expect(new Set(demoUsers.map((u) => u.username)).size).toBe(demoUsers.length);
    expect(demoUsers.filter((u) => u.password !== DEMO_PASSWORD).map((u) => u.kind)).toEqual(['newPassword']);
  });
});

describe('scenarios', () => {
  it('are named in the URL, unknown names falling back to default', () => {
    expect(scenarioFromSearch('?scenario=sms-only')).toBe('sms-only');
    expect(scenarioFromSearch('?lang=ja&scenario=short-session')).toBe('short-session');
    expect(scenarioFromSearch('?scenario=nope')).toBe('default');
    expect(scenarioFromSearch('')).toBe('default');
    expect(isScenarioName('constructor')).toBe(false);
  });

  it('set what their names say', () => {
    expect(scenarioNames).toEqual([
      'default',
      'mfa-optional',
      'mfa-off',
      'sms-only',
      'totp-only',
      'email-otp',
      'email-mfa',
      'passwordless',
      'passkey-uv-required',
      'client-secret',
      'no-user-password-auth',
      'short-session',
      'short-tokens',
      'refresh-rotation',
      'legacy-user-existence',
      'lambda-refuses',
      'threat-protection',
      'strict-password',
      'mfa-preference-outage',
      'username',
      'username-email-alias',
      'username-preferred-alias',
      'phone',
      'email-or-phone',
      'attributes',
      'admin-only',
    ]);
    expect(settingsFor('default')).toMatchObject({ mfa: 'ON', totp: true, sms: true, email: false, clientSecret: false, userPasswordAuth: true, sessionTtlMs: 180_000 });
    expect(settingsFor('mfa-optional').mfa).toBe('OPTIONAL');
    expect(settingsFor('mfa-off').mfa).toBe('OFF');
    expect(settingsFor('sms-only')).toMatchObject({ totp: false, sms: true });
    expect(settingsFor('totp-only')).toMatchObject({ totp: true, sms: false });
    expect(settingsFor('email-otp').email).toBe(true);
    expect(settingsFor('email-mfa')).toMatchObject({ totp: false, sms: true, email: true });
    expect(settingsFor('default').firstAuthFactors).toEqual([]);
    expect(settingsFor('passwordless')).toMatchObject({
      mfa: 'OPTIONAL',
      email: true,
      firstAuthFactors: ['PASSWORD', 'WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP'],
      webAuthnUserVerification: 'preferred',
    });
    expect(settingsFor('passkey-uv-required')).toMatchObject({ firstAuthFactors: ['PASSWORD', 'WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP'], webAuthnUserVerification: 'required' });
    expect(settingsFor('client-secret').clientSecret).toBe(true);
    expect(settingsFor('no-user-password-auth').userPasswordAuth).toBe(false);
    expect(settingsFor('short-session').sessionTtlMs).toBe(20_000);
    expect(settingsFor('short-tokens').accessTokenTtlSec).toBe(90);
    expect(settingsFor('default')).toMatchObject({ accessTokenTtlSec: 3600, refreshTokenRotation: false, refreshTokenGracePeriodSec: 0 });
    expect(settingsFor('refresh-rotation')).toMatchObject({ refreshTokenRotation: true, refreshTokenGracePeriodSec: 10 });
    expect(settingsFor('default').preventUserExistenceErrors).toBe(true);
    expect(settingsFor('legacy-user-existence').preventUserExistenceErrors).toBe(false);
    expect(settingsFor('lambda-refuses').preSignUpRefusal).toEqual({ domain: 'example.com', reason: 'Registration from this domain is not allowed.' });
    expect(settingsFor('threat-protection').blockSignIns).toBe(true);
    expect(settingsFor('strict-password').passwordPolicy).toEqual({ minLength: 12, upper: true, lower: true, digit: true, symbol: true });
    expect(settingsFor('mfa-preference-outage')).toMatchObject({ mfa: 'OPTIONAL', outages: { SetUserMFAPreference: 1 } });
    expect(settingsFor('default')).toMatchObject({ usernameAttributes: ['email'], aliasAttributes: [], allowAdminCreateUserOnly: false });
    expect(settingsFor('username')).toMatchObject({ usernameAttributes: [], aliasAttributes: [], requiredAttributes: ['email'] });
    expect(settingsFor('username-email-alias')).toMatchObject({ usernameAttributes: [], aliasAttributes: ['email'] });
    expect(settingsFor('username-preferred-alias')).toMatchObject({ usernameAttributes: [], aliasAttributes: ['preferred_username', 'email'] });
    expect(settingsFor('phone')).toMatchObject({ usernameAttributes: ['phone_number'], autoVerifiedAttributes: ['phone_number'] });
    expect(settingsFor('email-or-phone').usernameAttributes).toEqual(['email', 'phone_number']);
    expect(settingsFor('attributes')).toMatchObject({ requiredAttributes: ['given_name', 'family_name', 'birthdate'], customAttributes: ['custom:team'] });
    expect(settingsFor('admin-only').allowAdminCreateUserOnly).toBe(true);
    expect(settingsFor('nope')).toEqual(settingsFor('default'));
  });

  it('change what the demo accounts meet', async () => {
    expect((await demoPool('totp-only').signIn('sms@example.com')).ChallengeName).toBe('MFA_SETUP');
    expect((await demoPool('sms-only').signIn('totp@example.com')).ChallengeName).toBe('MFA_SETUP');
    expect((await demoPool('sms-only').signIn('nomfa@example.com')).ChallengeParameters.MFAS_CAN_SETUP).toBe('["SMS_MFA"]');
    const { IdToken, AccessToken } = (await demoPool('mfa-off').signIn('totp@example.com')).AuthenticationResult;
    // The one demo account in a group, so that tokens and the sample API show one.
    for (const token of [IdToken, AccessToken]) expect(decodeJwt(token).payload['cognito:groups']).toEqual(['editors']);
    expect(decodeJwt((await demoPool('mfa-off').signIn('nomfa@example.com')).AuthenticationResult.IdToken).payload).not.toHaveProperty('cognito:groups');
    expect((await demoPool('mfa-optional').signIn('nomfa@example.com')).AuthenticationResult).toBeDefined();
    expect((await demoPool('client-secret').signIn('nomfa@example.com')).__type).toBe('NotAuthorizedException');
    expect((await demoPool('no-user-password-auth').signIn('nomfa@example.com')).__type).toBe('InvalidParameterException');
  });
});

import { describe, expect, it } from 'vitest';
import { totpCode } from '../../src/simulated/totp';
import { PASSWORD, harness, otherCode, authenticationResult, passwordAuth, respond } from './helpers';

const NO_TOTP = 'User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA';

async function signedIn(settings: Parameters<typeof harness>[0] = { mfa: 'OPTIONAL' }, seed: { phoneNumber?: string } = {}) {
  const h = harness(settings);
  const username = h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD, ...seed });
  const accessToken = (await authenticationResult(h, 'jane@example.com')).AccessToken as string;
  return { h, username, accessToken };
}

describe('GetUser', () => {
  it('returns the internal username and attributes, and no MFA lists when nothing is set', async () => {
    const { h, username, accessToken } = await signedIn();
    expect(await h.ok('GetUser', { AccessToken: accessToken })).toEqual({
      Username: username,
      UserAttributes: [
        { Name: 'sub', Value: username },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'email', Value: 'jane@example.com' },
      ],
    });
  });

  it('includes the phone number and its verification as strings', async () => {
    const { h, accessToken } = await signedIn({ mfa: 'OFF' }, { phoneNumber: '+15555550123' });
    const attributes = (await h.ok('GetUser', { AccessToken: accessToken })).UserAttributes as Array<{ Name: string; Value: string }>;
    expect(attributes).toContainEqual({ Name: 'phone_number', Value: '+15555550123' });
    expect(attributes).toContainEqual({ Name: 'phone_number_verified', Value: 'true' });
  });
});

describe('GetUser for a user whose phone number makes SMS codes apply', () => {
  const SMS_OPTION = [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }];

  it('lists the legacy MFAOptions, not UserMFASettingList, where a required pool sends SMS codes to the phone number', async () => {
    const h = harness();
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD, phoneNumber: '+15555550123' });
    const start = await h.ok('InitiateAuth', passwordAuth('jane@example.com'));
    expect(start.ChallengeName).toBe('SMS_MFA');
    const done = await h.ok(
      'RespondToAuthChallenge',
      respond('SMS_MFA', start.Session, { USERNAME: start.ChallengeParameters.USER_ID_FOR_SRP, SMS_MFA_CODE: h.pool.inbox.latest('+15555550123', 'mfa')!.code }),
    );
    const user = await h.ok('GetUser', { AccessToken: done.AuthenticationResult.AccessToken });
    expect(user.MFAOptions).toEqual(SMS_OPTION);
    expect(user).not.toHaveProperty('UserMFASettingList');
  });

  it('lists no MFAOptions where the phone number does not decide: MFA optional, SMS turned on, or another factor on', async () => {
    const optional = await signedIn({ mfa: 'OPTIONAL' }, { phoneNumber: '+15555550123' });
    expect(await optional.h.ok('GetUser', { AccessToken: optional.accessToken })).not.toHaveProperty('MFAOptions');
    await optional.h.ok('SetUserMFAPreference', { AccessToken: optional.accessToken, SMSMfaSettings: { Enabled: true } });
    expect(await optional.h.ok('GetUser', { AccessToken: optional.accessToken })).not.toHaveProperty('MFAOptions');

    const h = harness();
    h.pool.seedUser({ email: 'both@example.com', password: PASSWORD, phoneNumber: '+15555550124', preferredMfa: 'SMS_MFA' });
    const start = await h.ok('InitiateAuth', passwordAuth('both@example.com'));
    const done = await h.ok(
      'RespondToAuthChallenge',
      respond('SMS_MFA', start.Session, { USERNAME: start.ChallengeParameters.USER_ID_FOR_SRP, SMS_MFA_CODE: h.pool.inbox.latest('+15555550124', 'mfa')!.code }),
    );
    expect(await h.ok('GetUser', { AccessToken: done.AuthenticationResult.AccessToken })).not.toHaveProperty('MFAOptions');
  });
});

describe('TOTP setup for a signed-in user (AccessToken) and SetUserMFAPreference', () => {
  it('refuses to turn TOTP on before a token is verified', async () => {
    const { h, accessToken } = await signedIn();
    const enable = { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } };
    await h.fails('SetUserMFAPreference', enable, 'InvalidParameterException', NO_TOTP);
    // Associating is not enough either.
    const { SecretCode, Session } = await h.ok('AssociateSoftwareToken', { AccessToken: accessToken });
    expect(Session).toBeUndefined();
    await h.fails('SetUserMFAPreference', enable, 'InvalidParameterException', NO_TOTP);

    const wrong = otherCode(totpCode(SecretCode, h.clock.ms));
    await h.fails('VerifySoftwareToken', { AccessToken: accessToken, UserCode: wrong }, 'EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');
    expect(await h.ok('VerifySoftwareToken', { AccessToken: accessToken, UserCode: totpCode(SecretCode, h.clock.ms) })).toEqual({ Status: 'SUCCESS' });

    // Verifying does not change the MFA settings (reference §4.4 B).
    expect(await h.ok('GetUser', { AccessToken: accessToken })).not.toHaveProperty('UserMFASettingList');
    expect(await h.ok('SetUserMFAPreference', enable)).toEqual({});
    expect(await h.ok('GetUser', { AccessToken: accessToken })).toMatchObject({ UserMFASettingList: ['SOFTWARE_TOKEN_MFA'], PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA' });

    // In the OPTIONAL pool the next sign-in now asks for the code.
    h.clock.advance(30_000);
    expect((await h.ok('InitiateAuth', { ClientId: h.pool.settings.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'jane@example.com', PASSWORD } })).ChallengeName).toBe(
      'SOFTWARE_TOKEN_MFA',
    );
  });

  it('cannot verify without an association', async () => {
    const { h, accessToken } = await signedIn();
    await h.fails('VerifySoftwareToken', { AccessToken: accessToken, UserCode: '123456' }, 'EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');
  });

  it('keeps the old authenticator until a new one is verified', async () => {
    const { h, accessToken } = await signedIn();
    const first = (await h.ok('AssociateSoftwareToken', { AccessToken: accessToken })).SecretCode as string;
    await h.ok('VerifySoftwareToken', { AccessToken: accessToken, UserCode: totpCode(first, h.clock.ms) });
    await h.ok('SetUserMFAPreference', { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
    const second = (await h.ok('AssociateSoftwareToken', { AccessToken: accessToken })).SecretCode as string;
    expect(second).not.toBe(first);
    h.clock.advance(30_000);
    expect(await tokensForSecret(h, first)).toBe(200);
    h.clock.advance(30_000);
    await h.ok('VerifySoftwareToken', { AccessToken: accessToken, UserCode: totpCode(second, h.clock.ms) });
    h.clock.advance(30_000);
    expect(await tokensForSecret(h, first)).toBe(400);
    expect(await tokensForSecret(h, second)).toBe(200);
  });

  it('refuses SMS without a phone number and accepts it with one', async () => {
    const { h, accessToken } = await signedIn();
    await h.fails(
      'SetUserMFAPreference',
      { AccessToken: accessToken, SMSMfaSettings: { Enabled: true } },
      'InvalidParameterException',
      'User does not have delivery config set to turn on SMS_MFA',
    );
    const phone = await signedIn({ mfa: 'OPTIONAL' }, { phoneNumber: '+15555550123' });
    await phone.h.ok('SetUserMFAPreference', { AccessToken: phone.accessToken, SMSMfaSettings: { Enabled: true } });
    expect(await phone.h.ok('GetUser', { AccessToken: phone.accessToken })).toMatchObject({ UserMFASettingList: ['SMS_MFA'] });
    expect(await phone.h.ok('GetUser', { AccessToken: phone.accessToken })).not.toHaveProperty('PreferredMfaSetting');
  });

  it('refuses factors the pool does not allow, two preferred factors, and preferring a disabled one', async () => {
    const { h, accessToken } = await signedIn({ mfa: 'OPTIONAL', sms: false }, { phoneNumber: '+15555550123' });
    await h.fails('SetUserMFAPreference', { AccessToken: accessToken, SMSMfaSettings: { Enabled: true } }, 'InvalidParameterException', 'User does not have delivery config set to turn on SMS_MFA');
    await h.fails('SetUserMFAPreference', { AccessToken: accessToken, EmailMfaSettings: { Enabled: true } }, 'InvalidParameterException', 'User does not have delivery config set to turn on EMAIL_OTP');
    await h.fails(
      'SetUserMFAPreference',
      { AccessToken: accessToken, SMSMfaSettings: { PreferredMfa: true }, EmailMfaSettings: { PreferredMfa: true } },
      'InvalidParameterException',
      'Only one MFA method can be set as preferred.',
    );
    await h.fails(
      'SetUserMFAPreference',
      { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: true } },
      'InvalidParameterException',
      'Cannot set SOFTWARE_TOKEN_MFA as preferred MFA when it is not enabled.',
    );
  });

  it('refuses settings that name a factor the user does not have, even to turn it off', async () => {
    const { h, accessToken } = await signedIn();
    const secret = (await h.ok('AssociateSoftwareToken', { AccessToken: accessToken })).SecretCode as string;
    await h.ok('VerifySoftwareToken', { AccessToken: accessToken, UserCode: totpCode(secret, h.clock.ms) });
    // What a client that sends every factor asks for when it turns TOTP on (amplify-js #806).
    await h.fails(
      'SetUserMFAPreference',
      { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true }, SMSMfaSettings: { Enabled: false, PreferredMfa: false } },
      'InvalidParameterException',
      'User does not have delivery config set to turn on SMS_MFA',
    );
    expect(await h.ok('GetUser', { AccessToken: accessToken })).not.toHaveProperty('UserMFASettingList');
    const fresh = await signedIn();
    await fresh.h.fails('SetUserMFAPreference', { AccessToken: fresh.accessToken, SoftwareTokenMfaSettings: { PreferredMfa: false } }, 'InvalidParameterException', NO_TOTP);
    // Naming only the factor being turned on works.
    await h.ok('SetUserMFAPreference', { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
    expect(await h.ok('GetUser', { AccessToken: accessToken })).toMatchObject({ UserMFASettingList: ['SOFTWARE_TOKEN_MFA'] });
  });

  it('turns factors off and clears the preference with them; omitted factors stay as they are', async () => {
    const { h, accessToken } = await signedIn({ mfa: 'OPTIONAL', email: true }, { phoneNumber: '+15555550123' });
    await h.ok('SetUserMFAPreference', { AccessToken: accessToken, SMSMfaSettings: { Enabled: true, PreferredMfa: true }, EmailMfaSettings: { Enabled: true } });
    expect(await h.ok('GetUser', { AccessToken: accessToken })).toMatchObject({ UserMFASettingList: ['SMS_MFA', 'EMAIL_OTP'], PreferredMfaSetting: 'SMS_MFA' });
    await h.ok('SetUserMFAPreference', { AccessToken: accessToken, SMSMfaSettings: { Enabled: false } });
    const user = await h.ok('GetUser', { AccessToken: accessToken });
    expect(user.UserMFASettingList).toEqual(['EMAIL_OTP']);
    expect(user).not.toHaveProperty('PreferredMfaSetting');
  });
});

async function tokensForSecret(h: ReturnType<typeof harness>, secret: string): Promise<number> {
  const start = await h.ok('InitiateAuth', { ClientId: h.pool.settings.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'jane@example.com', PASSWORD } });
  return (await h.call('RespondToAuthChallenge', {
    ClientId: h.pool.settings.clientId,
    ChallengeName: 'SOFTWARE_TOKEN_MFA',
    Session: start.Session,
    ChallengeResponses: { USERNAME: start.ChallengeParameters.USER_ID_FOR_SRP, SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, h.clock.ms) },
  })).status;
}

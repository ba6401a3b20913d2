/**
 * The adapter's requests, through the SDK's real serialization, as Cognito's API reference
 * describes them; and the answers parsed into the app's terms.
 */
import { describe, expect, it } from 'vitest';
import { createSdkClient } from '../../src/cognito/sdk-client';
import { useScriptedCognito } from '../support/cognito-wire';

const POOL = { userPoolId: 'eu-west-1_AbCdEf123', clientId: '4example0client0id', region: 'eu-west-1' };
const S = (n: number) => `AYABe${String(n).repeat(30)}`;

const { answers, endpoint } = useScriptedCognito();

const client = createSdkClient(POOL);

describe('requests', () => {
  it('signs up with the email as username and as the email attribute, without a secret hash', async () => {
    answers.SignUp = {
      output: {
        UserConfirmed: false,
        UserSub: 'uuid',
        CodeDeliveryDetails: { Destination: 'a***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
      },
    };
    const result = await client.signUp({ email: 'ada@example.com', password: 'Correct-h0rse', attributes: { email: 'ada@example.com' } });
    expect(result).toEqual({ userConfirmed: false, delivery: { destination: 'a***@e***.com', medium: 'EMAIL' } });
    const [request] = endpoint.requests;
    expect(request.operation).toBe('SignUp');
    expect(request.body).toEqual({
      ClientId: POOL.clientId,
      Username: 'ada@example.com',
      Password: 'Correct-h0rse',
      UserAttributes: [{ Name: 'email', Value: 'ada@example.com' }],
    });
  });

  it('signs up a username with its attributes, custom ones included, as UserAttributes', async () => {
    answers.SignUp = {
      output: { UserConfirmed: false, UserSub: 'ada', CodeDeliveryDetails: { Destination: '+********0123', DeliveryMedium: 'SMS', AttributeName: 'phone_number' } },
    };
    const attributes = { phone_number: '+447700900123', given_name: 'Ada', birthdate: '1815-12-10', 'custom:team': 'Engines' };
    const result = await client.signUp({ email: 'Ada_Lovelace', password: 'Correct-h0rse', attributes });
    expect(result).toEqual({ userConfirmed: false, delivery: { destination: '+********0123', medium: 'SMS' } });
    expect(endpoint.requests[0]!.body).toEqual({
      ClientId: POOL.clientId,
      Username: 'Ada_Lovelace',
      Password: 'Correct-h0rse',
      UserAttributes: [
        { Name: 'phone_number', Value: '+447700900123' },
        { Name: 'given_name', Value: 'Ada' },
        { Name: 'birthdate', Value: '1815-12-10' },
        { Name: 'custom:team', Value: 'Engines' },
      ],
    });
  });

  it('signs in with an alias as typed in USERNAME, and answers later steps as the real username', async () => {
    answers.InitiateAuth = {
      output: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: S(2), ChallengeParameters: { USER_ID_FOR_SRP: 'ada_lovelace' } },
    };
    const step = await client.signIn({ email: 'ada@example.com', password: 'Correct-h0rse' });
    expect(endpoint.requests[0]!.body).toMatchObject({ AuthParameters: { USERNAME: 'ada@example.com', PASSWORD: 'Correct-h0rse' } });
    expect(step).toMatchObject({ type: 'challenge', challenge: { name: 'SOFTWARE_TOKEN_MFA', username: 'ada_lovelace' } });
  });

  it('signs in with USER_PASSWORD_AUTH and reads an MFA_SETUP challenge', async () => {
    answers.InitiateAuth = {
      output: {
        ChallengeName: 'MFA_SETUP',
        Session: S(1),
        ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]', USER_ID_FOR_SRP: 'uuid-1' },
      },
    };
    const step = await client.signIn({ email: 'ada@example.com', password: 'Correct-h0rse' });
    expect(step).toEqual({
      type: 'challenge',
      challenge: { name: 'MFA_SETUP', session: S(1), username: 'uuid-1', canSetup: ['SOFTWARE_TOKEN_MFA'] },
    });
    expect(endpoint.requests[0]).toMatchObject({
      operation: 'InitiateAuth',
      body: {
        ClientId: POOL.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'ada@example.com', PASSWORD: 'Correct-h0rse' },
      },
    });
    expect(Object.keys(endpoint.requests[0].body).sort()).toEqual(['AuthFlow', 'AuthParameters', 'ClientId']);
  });

  it('runs the MFA_SETUP chain with each Session it was given', async () => {
    answers.AssociateSoftwareToken = { output: { SecretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', Session: S(2) } };
    answers.VerifySoftwareToken = { output: { Status: 'SUCCESS', Session: S(3) } };
    answers.RespondToAuthChallenge = {
      output: {
        AuthenticationResult: { AccessToken: 'a.b.c', IdToken: 'd.e.f', RefreshToken: 'r', ExpiresIn: 3600, TokenType: 'Bearer' },
        ChallengeParameters: {},
      },
    };
    expect(await client.associateSoftwareToken({ session: S(1) })).toEqual({
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      session: S(2),
    });
    expect(await client.verifySoftwareToken({ session: S(2), code: '123456', deviceName: 'Pixel' })).toEqual({ session: S(3) });
    const step = await client.completeMfaSetup({ session: S(3), username: 'uuid-1' });
    expect(step.type).toBe('signedIn');

    expect(endpoint.requests.map((r) => [r.operation, r.body])).toEqual([
      ['AssociateSoftwareToken', { Session: S(1) }],
      ['VerifySoftwareToken', { Session: S(2), UserCode: '123456', FriendlyDeviceName: 'Pixel' }],
      [
        'RespondToAuthChallenge',
        { ClientId: POOL.clientId, ChallengeName: 'MFA_SETUP', Session: S(3), ChallengeResponses: { USERNAME: 'uuid-1' } },
      ],
    ]);
  });

  it.each([
    ['SOFTWARE_TOKEN_MFA', 'SOFTWARE_TOKEN_MFA_CODE'],
    ['SMS_MFA', 'SMS_MFA_CODE'],
    ['EMAIL_OTP', 'EMAIL_OTP_CODE'],
  ] as const)('answers %s with the %s key', async (challenge, key) => {
    answers.RespondToAuthChallenge = {
      output: { AuthenticationResult: { AccessToken: 'a', IdToken: 'b', ExpiresIn: 60 }, ChallengeParameters: {} },
    };
    await client.answerCode({ challenge, session: S(4), username: 'uuid-1', code: '987654' });
    expect(endpoint.requests[0].body).toEqual({
      ClientId: POOL.clientId,
      ChallengeName: challenge,
      Session: S(4),
      ChallengeResponses: { USERNAME: 'uuid-1', [key]: '987654' },
    });
  });

  it('reads the SMS destination and the MFA choices from challenge parameters', async () => {
    answers.RespondToAuthChallenge = {
      output: {
        ChallengeName: 'SMS_MFA',
        Session: S(5),
        ChallengeParameters: {
          CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
          CODE_DELIVERY_DESTINATION: '+*******0123',
          USER_ID_FOR_SRP: 'uuid-1',
        },
      },
    };
    const step = await client.selectMfaType({ session: S(4), username: 'uuid-1', mfa: 'SMS_MFA' });
    expect(endpoint.requests[0].body).toMatchObject({ ChallengeName: 'SELECT_MFA_TYPE', ChallengeResponses: { USERNAME: 'uuid-1', ANSWER: 'SMS_MFA' } });
    expect(step).toEqual({
      type: 'challenge',
      challenge: { name: 'SMS_MFA', session: S(5), username: 'uuid-1', delivery: { destination: '+*******0123', medium: 'SMS' } },
    });

    answers.InitiateAuth = {
      output: {
        ChallengeName: 'SELECT_MFA_TYPE',
        Session: S(6),
        ChallengeParameters: { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]', USER_ID_FOR_SRP: 'uuid-1' },
      },
    };
    expect(await client.signIn({ email: 'ada@example.com', password: 'x' })).toEqual({
      type: 'challenge',
      challenge: { name: 'SELECT_MFA_TYPE', session: S(6), username: 'uuid-1', options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] },
    });
  });

  it('sets up email codes by answering MFA_SETUP with the address on the MFA_SETUP Session, and reads the EMAIL_OTP challenge', async () => {
    answers.RespondToAuthChallenge = {
      output: {
        ChallengeName: 'EMAIL_OTP',
        Session: S(2),
        ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'a***@e***.com', USER_ID_FOR_SRP: 'uuid-1' },
      },
    };
    const step = await client.setUpEmailMfa({ session: S(1), username: 'uuid-1', email: 'ada@example.com' });
    expect(endpoint.requests[0].body).toEqual({
      ClientId: POOL.clientId,
      ChallengeName: 'MFA_SETUP',
      Session: S(1),
      ChallengeResponses: { USERNAME: 'uuid-1', EMAIL: 'ada@example.com' },
    });
    expect(step).toEqual({
      type: 'challenge',
      challenge: { name: 'EMAIL_OTP', session: S(2), username: 'uuid-1', delivery: { destination: 'a***@e***.com', medium: 'EMAIL' } },
    });
  });

  it('reads SMS codes sent to the phone number from GetUser’s legacy MFAOptions when UserMFASettingList lacks them', async () => {
    const option = { DeliveryMedium: 'SMS', AttributeName: 'phone_number' };
    answers.GetUser = { output: { Username: 'uuid-1', UserAttributes: [], MFAOptions: [option] } };
    expect(await client.getMfaSettings({ accessToken: 'a.b.c' })).toEqual({ enabled: [], preferred: null, smsByPhone: true });
    answers.GetUser = { output: { Username: 'uuid-1', UserAttributes: [], MFAOptions: [option], UserMFASettingList: ['SMS_MFA'], PreferredMfaSetting: 'SMS_MFA' } };
    expect(await client.getMfaSettings({ accessToken: 'a.b.c' })).toEqual({ enabled: ['SMS_MFA'], preferred: 'SMS_MFA' });
    answers.GetUser = { output: { Username: 'uuid-1', UserAttributes: [], UserMFASettingList: ['SOFTWARE_TOKEN_MFA'] } };
    expect(await client.getMfaSettings({ accessToken: 'a.b.c' })).toEqual({ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: null });
  });

  it('turns TOTP on with a preference only through SetUserMFAPreference, naming no other factor', async () => {
    answers.SetUserMFAPreference = { output: {} };
    await client.setMfaPreference({ accessToken: 'a.b.c', enabled: { SOFTWARE_TOKEN_MFA: true }, preferred: 'SOFTWARE_TOKEN_MFA' });
    // A settings object for SMS or email, even { PreferredMfa: false }, fails for a user without them.
    expect(endpoint.requests[0].body).toEqual({
      AccessToken: 'a.b.c',
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    });
  });

  it('turns one factor off naming only that factor, and clears a preference only where asked', async () => {
    answers.SetUserMFAPreference = { output: {} };
    await client.setMfaPreference({ accessToken: 'a.b.c', enabled: { SMS_MFA: false } });
    await client.setMfaPreference({ accessToken: 'a.b.c', enabled: { EMAIL_OTP: true }, preferred: null });
    expect(endpoint.requests.map((request) => request.body)).toEqual([
      { AccessToken: 'a.b.c', SMSMfaSettings: { Enabled: false } },
      { AccessToken: 'a.b.c', EmailMfaSettings: { Enabled: true, PreferredMfa: false } },
    ]);
  });

  it('sets up an authenticator for a signed-in person with the access token, and no device name when none was typed', async () => {
    answers.AssociateSoftwareToken = { output: { SecretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' } };
    answers.VerifySoftwareToken = { output: { Status: 'SUCCESS' } };
    await client.associateSoftwareToken({ accessToken: 'a.b.c' });
    await client.verifySoftwareToken({ accessToken: 'a.b.c', code: '123456', deviceName: '' });
    expect(endpoint.requests.map((r) => [r.operation, r.body])).toEqual([
      ['AssociateSoftwareToken', { AccessToken: 'a.b.c' }],
      ['VerifySoftwareToken', { AccessToken: 'a.b.c', UserCode: '123456' }],
    ]);
  });

  it('answers NEW_PASSWORD_REQUIRED with the new password and each required attribute under its userAttributes. name', async () => {
    answers.InitiateAuth = {
      output: {
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: S(7),
        ChallengeParameters: {
          USER_ID_FOR_SRP: 'uuid-1',
          requiredAttributes: '["userAttributes.name","userAttributes.family_name"]',
          userAttributes: '{"email_verified":"true","email":"ada@example.com"}',
        },
      },
    };
    expect(await client.signIn({ email: 'ada@example.com', password: 'Temp0rary!' })).toEqual({
      type: 'challenge',
      challenge: { name: 'NEW_PASSWORD_REQUIRED', session: S(7), username: 'uuid-1', requiredAttributes: ['name', 'family_name'] },
    });

    answers.RespondToAuthChallenge = { output: { AuthenticationResult: { AccessToken: 'a', IdToken: 'b', ExpiresIn: 60 }, ChallengeParameters: {} } };
    await client.setNewPassword({ session: S(7), username: 'uuid-1', password: 'Correct-h0rse', attributes: { name: 'Ada', family_name: 'Lovelace' } });
    expect(endpoint.requests[1].body).toEqual({
      ClientId: POOL.clientId,
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: S(7),
      ChallengeResponses: {
        USERNAME: 'uuid-1',
        NEW_PASSWORD: 'Correct-h0rse',
        'userAttributes.name': 'Ada',
        'userAttributes.family_name': 'Lovelace',
      },
    });
  });

  it('reads a SOFTWARE_TOKEN_MFA challenge with the authenticator’s name, and an EMAIL_OTP challenge with where the code went', async () => {
    answers.InitiateAuth = {
      output: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: S(8), ChallengeParameters: { FRIENDLY_DEVICE_NAME: 'Pixel', USER_ID_FOR_SRP: 'uuid-1' } },
    };
    expect(await client.signIn({ email: 'ada@example.com', password: 'x' })).toEqual({
      type: 'challenge',
      challenge: { name: 'SOFTWARE_TOKEN_MFA', session: S(8), username: 'uuid-1', deviceName: 'Pixel' },
    });

    answers.InitiateAuth = {
      output: {
        ChallengeName: 'EMAIL_OTP',
        Session: S(9),
        ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'a***@e***', USER_ID_FOR_SRP: 'uuid-1' },
      },
    };
    expect(await client.signIn({ email: 'ada@example.com', password: 'x' })).toEqual({
      type: 'challenge',
      challenge: { name: 'EMAIL_OTP', session: S(9), username: 'uuid-1', delivery: { destination: 'a***@e***', medium: 'EMAIL' } },
    });
  });

  it.each(['resendConfirmationCode', 'forgotPassword'] as const)('%s says a code went by text message when it did', async (operation) => {
    const delivery = { CodeDeliveryDetails: { Destination: '+*******0123', DeliveryMedium: 'SMS', AttributeName: 'phone_number' } };
    answers.ResendConfirmationCode = { output: delivery };
    answers.ForgotPassword = { output: delivery };
    expect(await client[operation]({ email: 'ada@example.com' })).toEqual({ destination: '+*******0123', medium: 'SMS' });
  });

  it('signs out without a request when there is no refresh token to revoke', async () => {
    await client.revoke({ refreshToken: '' });
    expect(endpoint.requests).toEqual([]);
  });

  it('signs out by revoking the refresh token with the client id', async () => {
    answers.RevokeToken = { output: {} };
    await client.revoke({ refreshToken: 'refresh.token' });
    expect(endpoint.requests[0]).toMatchObject({ operation: 'RevokeToken', body: { ClientId: POOL.clientId, Token: 'refresh.token' } });
  });

  it('refreshes with GetTokensFromRefreshToken, the client id and the refresh token alone, keeping it when no new one comes', async () => {
    answers.GetTokensFromRefreshToken = { output: { AuthenticationResult: { AccessToken: 'n.e.w', IdToken: 'i.d.t', ExpiresIn: 3600 } } };
    const tokens = await client.refresh({ refreshToken: 'refresh.token' });
    expect(tokens).toMatchObject({ accessToken: 'n.e.w', idToken: 'i.d.t', refreshToken: 'refresh.token' });
    expect(endpoint.requests.map((r) => [r.operation, r.body])).toEqual([
      ['GetTokensFromRefreshToken', { ClientId: POOL.clientId, RefreshToken: 'refresh.token' }],
    ]);
  });

  it('keeps the new refresh token of an app client that rotates them', async () => {
    answers.GetTokensFromRefreshToken = {
      output: { AuthenticationResult: { AccessToken: 'n.e.w', IdToken: 'i.d.t', RefreshToken: 'rotated.token', ExpiresIn: 3600 } },
    };
    expect(await client.refresh({ refreshToken: 'refresh.token' })).toMatchObject({ refreshToken: 'rotated.token' });
  });

  it('refreshes once, and does not fall back, when Cognito refuses the refresh token', async () => {
    answers.GetTokensFromRefreshToken = { error: 'NotAuthorizedException', message: 'Refresh Token has been revoked' };
    await expect(client.refresh({ refreshToken: 'refresh.token' })).rejects.toMatchObject({ code: 'sessionRevoked' });
    expect(endpoint.requests.map((r) => r.operation)).toEqual(['GetTokensFromRefreshToken']);
  });

  it.each(['UnknownOperationException', 'CognitoLocal#Unsupported'])(
    'falls back to REFRESH_TOKEN_AUTH for good on an emulator that answers %s',
    async (error) => {
      const emulated = createSdkClient(POOL);
      answers.GetTokensFromRefreshToken = { error, message: '', status: 400 };
      answers.InitiateAuth = { output: { AuthenticationResult: { AccessToken: 'n.e.w', IdToken: 'i.d.t', ExpiresIn: 3600 } } };
      expect(await emulated.refresh({ refreshToken: 'refresh.token' })).toMatchObject({ accessToken: 'n.e.w', refreshToken: 'refresh.token' });
      await emulated.refresh({ refreshToken: 'refresh.token' });
      expect(endpoint.requests.map((r) => r.operation)).toEqual(['GetTokensFromRefreshToken', 'InitiateAuth', 'InitiateAuth']);
      expect(endpoint.requests[1].body).toEqual({
        ClientId: POOL.clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: 'refresh.token' },
      });
    },
  );

  it('treats a missing ExpiresIn (some emulators) as Cognito’s default hour', async () => {
    answers.InitiateAuth = { output: { AuthenticationResult: { AccessToken: 'a', IdToken: 'b' } } };
    const before = Date.now();
    const step = await client.signIn({ email: 'ada@example.com', password: 'x' });
    expect(step.type === 'signedIn' && step.tokens.expiresAt - before).toBeGreaterThanOrEqual(3600_000);
  });
});

import { describe, expect, it } from 'vitest';
import { totpCode } from '../../src/simulated/totp';
import { CLIENT_ID, harness } from './helpers';

describe('request validation (InvalidParameterException, model constraints)', () => {
  it('lists every violation of a member, pattern before length, with the value shown', async () => {
    const h = harness();
    await h.fails(
      'VerifySoftwareToken',
      { AccessToken: 'abc', UserCode: 'Aaaa' },
      'InvalidParameterException',
      "2 validation errors detected: Value 'Aaaa' at 'userCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [0-9]+; " +
        "Value 'Aaaa' at 'userCode' failed to satisfy constraint: Member must have length greater than or equal to 6",
    );
    await h.fails(
      'VerifySoftwareToken',
      { AccessToken: 'abc', UserCode: '1234567' },
      'InvalidParameterException',
      "1 validation error detected: Value '1234567' at 'userCode' failed to satisfy constraint: Member must have length less than or equal to 6",
    );
  });

  it('leaves passwords, tokens and sessions out of the message', async () => {
    const h = harness();
    await h.fails(
      'SignUp',
      { ClientId: CLIENT_ID, Username: 'jane@example.com', Password: '   ' },
      'InvalidParameterException',
      "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\S]+",
    );
    await h.fails(
      'RespondToAuthChallenge',
      { ClientId: CLIENT_ID, ChallengeName: 'SMS_MFA', Session: 'too-short' },
      'InvalidParameterException',
      "1 validation error detected: Value at 'session' failed to satisfy constraint: Member must have length greater than or equal to 20",
    );
    await h.fails(
      'GetUser',
      { AccessToken: '!!' },
      'InvalidParameterException',
      "1 validation error detected: Value at 'accessToken' failed to satisfy constraint: Member must satisfy regular expression pattern: [A-Za-z0-9-_=.]+",
    );
  });

  it('reports missing required members as null, in model order', async () => {
    await harness().fails(
      'ConfirmForgotPassword',
      { Username: 'jane@example.com' },
      'InvalidParameterException',
      "3 validation errors detected: Value null at 'clientId' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'confirmationCode' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'password' failed to satisfy constraint: Member must not be null",
    );
  });

  it('checks enums and nested list members with 1-based paths', async () => {
    const h = harness();
    await h.fails(
      'InitiateAuth',
      { ClientId: CLIENT_ID, AuthFlow: 'PASSWORD' },
      'InvalidParameterException',
      "1 validation error detected: Value 'PASSWORD' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set: " +
        '[USER_SRP_AUTH, REFRESH_TOKEN_AUTH, REFRESH_TOKEN, CUSTOM_AUTH, ADMIN_NO_SRP_AUTH, USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH, USER_AUTH]',
    );
    await h.fails(
      'SignUp',
      { ClientId: CLIENT_ID, Username: 'jane@example.com', Password: 'Passw0rd!', UserAttributes: [{ Name: 'name', Value: 'J' }, { Value: 'x' }] },
      'InvalidParameterException',
      "1 validation error detected: Value null at 'userAttributes.2.member.name' failed to satisfy constraint: Member must not be null",
    );
  });

  it('validates before looking up the client', async () => {
    await harness().fails(
      'SignUp',
      { ClientId: '!!', Username: 'jane@example.com' },
      'InvalidParameterException',
      "1 validation error detected: Value '!!' at 'clientId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+]+",
    );
  });

  it('lets a session be retried after a validation error (the session is not consumed)', async () => {
    const h = harness();
    h.pool.seedUser({ email: 'jane@example.com', password: 'Passw0rd!' });
    const start = await h.ok('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'jane@example.com', PASSWORD: 'Passw0rd!' } });
    expect(start.ChallengeName).toBe('MFA_SETUP');
    const associated = await h.ok('AssociateSoftwareToken', { Session: start.Session });
    expect((await h.call('VerifySoftwareToken', { Session: associated.Session, UserCode: 'userCode' })).body.__type).toBe('InvalidParameterException');
    const code = totpCode(associated.SecretCode, h.clock.ms);
    expect((await h.ok('VerifySoftwareToken', { Session: associated.Session, UserCode: code })).Status).toBe('SUCCESS');
  });
});

describe('serialisation (SerializationException, capital Message)', () => {
  it('rejects an object where a string belongs', async () => {
    const response = await harness().call('SignUp', { ClientId: CLIENT_ID, Username: { email: 'jane@example.com' } });
    expect(response).toEqual({
      status: 400,
      body: { __type: 'SerializationException', Message: 'Start of structure or map found where not expected.' },
    });
  });

  it('rejects a non-object where a map belongs', async () => {
    const response = await harness().call('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: 'USERNAME=jane' });
    expect(response).toEqual({ status: 400, body: { __type: 'SerializationException', Message: 'Expected map or null' } });
  });

  it('rejects numbers, booleans and lists where strings belong, and strings where booleans belong', async () => {
    const h = harness();
    expect((await h.call('GetUser', { AccessToken: 42 })).body).toEqual({
      __type: 'SerializationException',
      Message: 'NUMBER_VALUE can not be converted to a String',
    });
    expect((await h.call('GetUser', { AccessToken: true })).body.__type).toBe('SerializationException');
    expect((await h.call('GetUser', { AccessToken: ['a'] })).body).toEqual({
      __type: 'SerializationException',
      Message: 'Start of list found where not expected',
    });
    expect((await h.call('SetUserMFAPreference', { AccessToken: 'abc', SMSMfaSettings: { Enabled: 'true' } })).body.__type).toBe(
      'SerializationException',
    );
    expect((await h.call('SignUp', { ClientId: CLIENT_ID, Username: 'a@b.co', UserAttributes: { Name: 'x' } })).body).toEqual({
      __type: 'SerializationException',
      Message: 'Expected list or null',
    });
  });

  it('treats null members as absent and ignores members the model does not know', async () => {
    const h = harness();
    const body = await h.ok('SignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com', Password: 'Passw0rd!', SecretHash: null, Favourite: 7 });
    expect(body.UserConfirmed).toBe(false);
  });
});

describe('operation and client lookup', () => {
  it('answers an unknown operation with UnknownOperationException and no message', async () => {
    expect(await harness().call('DeleteUserPool', {})).toEqual({ status: 400, body: { __type: 'UnknownOperationException' } });
  });

  it('answers an unknown client id with ResourceNotFoundException', async () => {
    await harness().fails(
      'SignUp',
      { ClientId: 'someOtherClient', Username: 'jane@example.com', Password: 'Passw0rd!' },
      'ResourceNotFoundException',
      'User pool client someOtherClient does not exist.',
    );
    await harness().fails(
      'InitiateAuth',
      { ClientId: 'someOtherClient', AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: {} },
      'ResourceNotFoundException',
      'User pool client someOtherClient does not exist.',
    );
  });

  it('does not know its client in another region', async () => {
    const h = harness();
    const response = await h.pool.handle('SignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com', Password: 'Passw0rd!' }, { region: 'eu-west-1' });
    expect(response).toEqual({
      status: 400,
      body: { __type: 'ResourceNotFoundException', message: `User pool client ${CLIENT_ID} does not exist.` },
    });
    expect((await h.pool.handle('SignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com', Password: 'Passw0rd!' }, { region: 'us-east-1' })).status).toBe(200);
  });
});

/**
 * Choice-based sign-in and passkeys: the adapter's requests through the SDK's real serialization,
 * checked against Cognito's API model (tests/model/cognito-idp.json), and the answers read into
 * the app's terms.
 */
import { describe, expect, it } from 'vitest';
import { createSdkClient } from '../../src/cognito/sdk-client';
import { useScriptedCognito } from '../support/cognito-wire';

const POOL = { userPoolId: 'eu-west-1_AbCdEf123', clientId: '4example0client0id', region: 'eu-west-1' };
const S = (n: number) => `AYABe${String(n).repeat(30)}`;
const TOKEN = 'access.token.value';
const RESULT = { AccessToken: 'a.b.c', IdToken: 'i.d.t', RefreshToken: 'r', ExpiresIn: 3600, TokenType: 'Bearer' };

const { answers, endpoint } = useScriptedCognito();

const client = createSdkClient(POOL);
const bodies = () => endpoint.requests.map((request) => [request.operation, request.body]);

describe('choice-based sign-in', () => {
  it('starts USER_AUTH with the username alone, and reads SELECT_CHALLENGE’s ways in the pool’s order', async () => {
    answers.InitiateAuth = {
      output: { ChallengeName: 'SELECT_CHALLENGE', Session: S(1), AvailableChallenges: ['WEB_AUTHN', 'PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP'], ChallengeParameters: {} },
    };
    const step = await client.startUserAuth({ email: 'ada@example.com' });
    expect(step).toEqual({
      type: 'challenge',
      challenge: { name: 'SELECT_CHALLENGE', session: S(1), username: 'ada@example.com', available: ['WEB_AUTHN', 'PASSWORD', 'EMAIL_OTP'] },
    });
    expect(bodies()).toEqual([['InitiateAuth', { ClientId: POOL.clientId, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'ada@example.com' } }]]);
  });

  it('names the way picked up front as PREFERRED_CHALLENGE, and reads WEB_AUTHN’s request options as text', async () => {
    const options = '{"challenge":"Y2hhbGxlbmdl","rpId":"example.com"}';
    answers.InitiateAuth = { output: { ChallengeName: 'WEB_AUTHN', Session: S(1), ChallengeParameters: { USERNAME: 'uuid-1', CREDENTIAL_REQUEST_OPTIONS: options } } };
    const step = await client.startUserAuth({ email: 'ada@example.com', preferred: 'WEB_AUTHN' });
    expect(step).toEqual({ type: 'challenge', challenge: { name: 'WEB_AUTHN', session: S(1), username: 'uuid-1', options } });
    expect(endpoint.requests[0].body).toMatchObject({ AuthParameters: { USERNAME: 'ada@example.com', PREFERRED_CHALLENGE: 'WEB_AUTHN' } });
  });

  it('signs in with ConfirmSignUp’s Session and no second code', async () => {
    answers.InitiateAuth = { output: { AuthenticationResult: RESULT, ChallengeParameters: {} } };
    const step = await client.startUserAuth({ email: 'ada@example.com', session: S(2) });
    expect(step.type).toBe('signedIn');
    expect(endpoint.requests[0].body).toEqual({ ClientId: POOL.clientId, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'ada@example.com' }, Session: S(2) });
  });

  it('answers SELECT_CHALLENGE with the password in the same call', async () => {
    answers.RespondToAuthChallenge = { output: { AuthenticationResult: RESULT, ChallengeParameters: {} } };
    await client.selectChallenge({ session: S(1), username: 'uuid-1', answer: 'PASSWORD', password: 'Correct-h0rse' });
    expect(endpoint.requests[0].body).toEqual({
      ClientId: POOL.clientId,
      ChallengeName: 'SELECT_CHALLENGE',
      Session: S(1),
      ChallengeResponses: { USERNAME: 'uuid-1', ANSWER: 'PASSWORD', PASSWORD: 'Correct-h0rse' },
    });
  });

  it('answers SELECT_CHALLENGE with a code’s way alone, reads where the code went, and answers SMS_OTP with SMS_OTP_CODE', async () => {
    answers.RespondToAuthChallenge = [
      { output: { ChallengeName: 'SMS_OTP', Session: S(2), ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+*******0123', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' } } },
      { output: { AuthenticationResult: RESULT, ChallengeParameters: {} } },
    ];
    const step = await client.selectChallenge({ session: S(1), username: 'uuid-1', answer: 'SMS_OTP' });
    expect(step).toEqual({
      type: 'challenge',
      challenge: { name: 'SMS_OTP', session: S(2), username: 'uuid-1', delivery: { destination: '+*******0123', medium: 'SMS' } },
    });
    await client.answerCode({ challenge: 'SMS_OTP', session: S(2), username: 'uuid-1', code: '123456' });
    expect(endpoint.requests.map((request) => request.body.ChallengeResponses)).toEqual([
      { USERNAME: 'uuid-1', ANSWER: 'SMS_OTP' },
      { USERNAME: 'uuid-1', SMS_OTP_CODE: '123456' },
    ]);
  });

  it('answers WEB_AUTHN with the assertion as CREDENTIAL text', async () => {
    answers.RespondToAuthChallenge = { output: { AuthenticationResult: RESULT, ChallengeParameters: {} } };
    const credential = '{"id":"cHNrLTE","type":"public-key","response":{"clientDataJSON":"e30"}}';
    const step = await client.answerPasskey({ session: S(1), username: 'uuid-1', credential });
    expect(step.type).toBe('signedIn');
    expect(endpoint.requests[0].body).toMatchObject({ ChallengeName: 'WEB_AUTHN', ChallengeResponses: { USERNAME: 'uuid-1', CREDENTIAL: credential } });
  });
});

describe('passwordless sign-up', () => {
  it('signs up without a password, hands SignUp’s Session to ConfirmSignUp and answers with the next one', async () => {
    answers.SignUp = { output: { UserConfirmed: false, UserSub: 'uuid', Session: S(1), CodeDeliveryDetails: { Destination: 'a***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } } };
    answers.ConfirmSignUp = { output: { Session: S(2) } };
    const signedUp = await client.signUp({ email: 'ada@example.com', attributes: { email: 'ada@example.com' } });
    expect(signedUp).toEqual({ userConfirmed: false, delivery: { destination: 'a***@e***.com', medium: 'EMAIL' }, session: S(1) });
    expect(await client.confirmSignUp({ email: 'ada@example.com', code: '123456', session: S(1) })).toEqual({ session: S(2) });
    expect(bodies()).toEqual([
      ['SignUp', { ClientId: POOL.clientId, Username: 'ada@example.com', UserAttributes: [{ Name: 'email', Value: 'ada@example.com' }] }],
      ['ConfirmSignUp', { ClientId: POOL.clientId, Username: 'ada@example.com', ConfirmationCode: '123456', Session: S(1) }],
    ]);
  });
});

describe('passkeys of the signed-in person', () => {
  it('registers one: the creation options as text, the credential sent back as a JSON document', async () => {
    const options = { challenge: 'Y2hhbGxlbmdl', rp: { id: 'example.com', name: 'Example' }, user: { id: 'dXNlcg', name: 'ada', displayName: 'ada' }, pubKeyCredParams: [{ type: 'public-key', alg: -7 }] };
    answers.StartWebAuthnRegistration = { output: { CredentialCreationOptions: options } };
    answers.CompleteWebAuthnRegistration = { output: {} };
    expect(JSON.parse(await client.startPasskeyRegistration({ accessToken: TOKEN }))).toEqual(options);
    const credential = { id: 'cHNrLTE', rawId: 'cHNrLTE', type: 'public-key', response: { clientDataJSON: 'e30', attestationObject: 'o2Nm' } };
    await client.completePasskeyRegistration({ accessToken: TOKEN, credential: JSON.stringify(credential) });
    expect(bodies()).toEqual([
      ['StartWebAuthnRegistration', { AccessToken: TOKEN }],
      ['CompleteWebAuthnRegistration', { AccessToken: TOKEN, Credential: credential }],
    ]);
  });

  it('lists every page, with the name, the kind of authenticator and the date', async () => {
    const described = (id: string, created: number) => ({
      CredentialId: id,
      FriendlyCredentialName: `Key ${id}`,
      RelyingPartyId: 'example.com',
      AuthenticatorAttachment: 'cross-platform',
      AuthenticatorTransports: ['usb'],
      CreatedAt: created,
    });
    answers.ListWebAuthnCredentials = [
      { output: { Credentials: [described('a', 1767312000)], NextToken: 'page-2' } },
      { output: { Credentials: [described('b', 1767398400)] } },
    ];
    expect(await client.listPasskeys({ accessToken: TOKEN })).toEqual([
      { id: 'a', name: 'Key a', attachment: 'cross-platform', createdAt: 1767312000_000 },
      { id: 'b', name: 'Key b', attachment: 'cross-platform', createdAt: 1767398400_000 },
    ]);
    expect(bodies()).toEqual([
      ['ListWebAuthnCredentials', { AccessToken: TOKEN, MaxResults: 20 }],
      ['ListWebAuthnCredentials', { AccessToken: TOKEN, MaxResults: 20, NextToken: 'page-2' }],
    ]);
  });

  it('deletes one by its id; one already gone counts as deleted, any other refusal is the failure it is', async () => {
    answers.DeleteWebAuthnCredential = [
      { output: {} },
      { error: 'ResourceNotFoundException', message: 'Credential not found.' },
      { error: 'NotAuthorizedException', message: 'Access Token has been revoked' },
    ];
    await client.deletePasskey({ accessToken: TOKEN, id: 'cHNrLTE' });
    await client.deletePasskey({ accessToken: TOKEN, id: 'cHNrLTE' });
    await expect(client.deletePasskey({ accessToken: TOKEN, id: 'cHNrLTE' })).rejects.toMatchObject({ code: 'signedOut' });
    expect(endpoint.requests[0].body).toEqual({ AccessToken: TOKEN, CredentialId: 'cHNrLTE' });
  });

  it('names a pool without passkeys and a relying party that is not this site as the operator’s to fix', async () => {
    answers.StartWebAuthnRegistration = { error: 'WebAuthnNotEnabledException', message: 'WebAuthn is not enabled.' };
    answers.CompleteWebAuthnRegistration = { error: 'WebAuthnRelyingPartyMismatchException', message: 'Relying party mismatch.' };
    await expect(client.startPasskeyRegistration({ accessToken: TOKEN })).rejects.toMatchObject({ code: 'passkeysOff' });
    await expect(client.completePasskeyRegistration({ accessToken: TOKEN, credential: '{}' })).rejects.toMatchObject({ code: 'passkeyWrongDomain' });
  });
});

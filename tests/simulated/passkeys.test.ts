/**
 * Passkeys on the simulated pool, driven by a software authenticator (authenticator.ts): register,
 * list, sign in without a password, delete, then sign in with an emailed code; and each way a
 * registration or an assertion can be wrong, answered with the error type Cognito's model names
 * for that operation.
 */

import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/simulated/scenarios';
import { SoftwareAuthenticator } from './authenticator';
import { CLIENT_ID, PASSWORD, harness, respond, type Harness, type Json } from './helpers';

const EMAIL = 'ada@example.com';

function passwordlessPool(scenario = 'passwordless'): Harness {
  const h = harness(settingsFor(scenario));
  h.pool.seedUser({ email: EMAIL, password: PASSWORD });
  return h;
}

function userAuth(parameters: Record<string, string>): Json {
  return { ClientId: CLIENT_ID, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: EMAIL, ...parameters } };
}

function accessToken(h: Harness): string {
  return h.ok('InitiateAuth', userAuth({ PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD })).AuthenticationResult.AccessToken;
}

async function registerPasskey(h: Harness, token: string, authenticator: SoftwareAuthenticator): Promise<void> {
  const { CredentialCreationOptions } = h.ok('StartWebAuthnRegistration', { AccessToken: token });
  h.ok('CompleteWebAuthnRegistration', { AccessToken: token, Credential: await authenticator.register(CredentialCreationOptions) });
}

/** SELECT_CHALLENGE answered with WEB_AUTHN: the WEB_AUTHN challenge. */
function passkeyChallenge(h: Harness): Json {
  const select = h.ok('InitiateAuth', userAuth({}));
  return h.ok('RespondToAuthChallenge', respond('SELECT_CHALLENGE', select.Session, { USERNAME: EMAIL, ANSWER: 'WEB_AUTHN' }));
}

function answerPasskey(challenge: Json, credential: string): Json {
  return respond('WEB_AUTHN', challenge.Session, { USERNAME: EMAIL, CREDENTIAL: credential });
}

describe('a passkey from registration to deletion', () => {
  it('registers, is listed, signs in without a password, is deleted; then an emailed code signs in', async () => {
    const h = passwordlessPool();
    const token = accessToken(h);
    const authenticator = await SoftwareAuthenticator.create();

    const { CredentialCreationOptions: creation } = h.ok('StartWebAuthnRegistration', { AccessToken: token });
    const username = h.pool.inspectUser(EMAIL)!.username;
    expect(creation).toMatchObject({
      rp: { id: 'localhost', name: 'localhost' },
      user: { id: Buffer.from(username).toString('base64url'), name: EMAIL },
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }, { type: 'public-key', alg: -257 }],
      excludeCredentials: [],
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    });
    expect(creation.challenge).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(h.ok('CompleteWebAuthnRegistration', { AccessToken: token, Credential: await authenticator.register(creation) })).toEqual({});

    const listed = h.ok('ListWebAuthnCredentials', { AccessToken: token });
    expect(listed).toEqual({
      Credentials: [
        {
          CredentialId: authenticator.credentialId,
          FriendlyCredentialName: 'Passkey on this device',
          RelyingPartyId: 'localhost',
          AuthenticatorAttachment: 'platform',
          AuthenticatorTransports: ['internal', 'hybrid'],
          CreatedAt: h.clock.ms / 1000,
        },
      ],
    });

    const select = h.ok('InitiateAuth', userAuth({}));
    expect(select).toMatchObject({ ChallengeName: 'SELECT_CHALLENGE', AvailableChallenges: ['PASSWORD', 'WEB_AUTHN', 'EMAIL_OTP'] });
    const challenge = h.ok('RespondToAuthChallenge', respond('SELECT_CHALLENGE', select.Session, { USERNAME: EMAIL, ANSWER: 'WEB_AUTHN' }));
    expect(challenge.ChallengeName).toBe('WEB_AUTHN');
    const request = JSON.parse(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS);
    expect(request).toMatchObject({
      rpId: 'localhost',
      allowCredentials: [{ id: authenticator.credentialId, type: 'public-key' }],
      userVerification: 'preferred',
      timeout: 180000,
    });
    expect(request.challenge).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const signedIn = h.ok('RespondToAuthChallenge', answerPasskey(challenge, await authenticator.assert(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS)));
    expect(signedIn.AuthenticationResult.AccessToken).toEqual(expect.any(String));
    expect(h.pool.inbox.list()).toEqual([]);

    h.ok('DeleteWebAuthnCredential', { AccessToken: token, CredentialId: authenticator.credentialId });
    expect(h.ok('ListWebAuthnCredentials', { AccessToken: token })).toEqual({ Credentials: [] });

    const again = h.ok('InitiateAuth', userAuth({}));
    expect(again.AvailableChallenges).toEqual(['PASSWORD', 'EMAIL_OTP']);
    const emailChallenge = h.ok('RespondToAuthChallenge', respond('SELECT_CHALLENGE', again.Session, { USERNAME: EMAIL, ANSWER: 'EMAIL_OTP' }));
    expect(emailChallenge).toMatchObject({
      ChallengeName: 'EMAIL_OTP',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'a***@e***.com' },
    });
    const code = h.pool.inbox.latest(EMAIL, 'mfa')!.code;
    const done = h.ok('RespondToAuthChallenge', respond('EMAIL_OTP', emailChallenge.Session, { USERNAME: EMAIL, EMAIL_OTP_CODE: code }));
    expect(done.AuthenticationResult.IdToken).toEqual(expect.any(String));
  });

  it('an RS256 passkey with packed self-attestation registers and signs in', async () => {
    const h = passwordlessPool();
    const token = accessToken(h);
    const authenticator = await SoftwareAuthenticator.create('RS256');
    const { CredentialCreationOptions } = h.ok('StartWebAuthnRegistration', { AccessToken: token });
    h.ok('CompleteWebAuthnRegistration', { AccessToken: token, Credential: await authenticator.register(CredentialCreationOptions, { format: 'packed' }) });
    const challenge = passkeyChallenge(h);
    const credential = await authenticator.assert(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS);
    expect(h.ok('RespondToAuthChallenge', answerPasskey(challenge, credential))).toHaveProperty('AuthenticationResult');
  });

  it('the next registration excludes the passkeys the user has; deleting one that is gone is ResourceNotFoundException', async () => {
    const h = passwordlessPool();
    const token = accessToken(h);
    const authenticator = await SoftwareAuthenticator.create();
    await registerPasskey(h, token, authenticator);
    const { CredentialCreationOptions } = h.ok('StartWebAuthnRegistration', { AccessToken: token });
    expect(CredentialCreationOptions.excludeCredentials).toEqual([{ type: 'public-key', id: authenticator.credentialId }]);
    h.ok('DeleteWebAuthnCredential', { AccessToken: token, CredentialId: authenticator.credentialId });
    h.fails('DeleteWebAuthnCredential', { AccessToken: token, CredentialId: authenticator.credentialId }, 'ResourceNotFoundException', 'The passkey credential was not found for the user.');
  });

  it('lists in pages of MaxResults with a NextToken', async () => {
    const h = passwordlessPool();
    const token = accessToken(h);
    for (let i = 0; i < 3; i++) await registerPasskey(h, token, await SoftwareAuthenticator.create());
    const first = h.ok('ListWebAuthnCredentials', { AccessToken: token, MaxResults: 2 });
    expect(first.Credentials).toHaveLength(2);
    const second = h.ok('ListWebAuthnCredentials', { AccessToken: token, MaxResults: 2, NextToken: first.NextToken });
    expect(second.Credentials).toHaveLength(1);
    expect(second).not.toHaveProperty('NextToken');
    h.fails('ListWebAuthnCredentials', { AccessToken: token, NextToken: 'nonsense' }, 'InvalidParameterException', 'Invalid NextToken.');
  });

  it('a pool without passkey sign-in refuses registration with WebAuthnNotEnabledException', () => {
    const h = harness(settingsFor('mfa-off'));
    h.pool.seedUser({ email: EMAIL, password: PASSWORD });
    const token = h.ok('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: EMAIL, PASSWORD } }).AuthenticationResult.AccessToken;
    h.fails('StartWebAuthnRegistration', { AccessToken: token }, 'WebAuthnNotEnabledException', 'Passkey sign-in is not enabled for this user pool.');
  });
});

describe('a registration that is wrong', () => {
  async function attempt(scenario: string, options: Parameters<SoftwareAuthenticator['register']>[1], start = true) {
    const h = passwordlessPool(scenario);
    const token = accessToken(h);
    const creation = start ? h.ok('StartWebAuthnRegistration', { AccessToken: token }).CredentialCreationOptions : { challenge: 'AAAA', rp: { id: 'localhost' } };
    const credential = await (await SoftwareAuthenticator.create()).register(creation, options);
    return h.call('CompleteWebAuthnRegistration', { AccessToken: token, Credential: credential }).body;
  }

  it.each([
    ['another challenge', { challenge: 'bm90LXRoZS1jaGFsbGVuZ2U' }, 'WebAuthnClientMismatchException', 'The passkey credential does not answer the registration request: the challenge is not the one the pool issued.'],
    ['a sign-in ceremony', { type: 'webauthn.get' }, 'WebAuthnClientMismatchException', 'The passkey credential does not answer the registration request: the credential was made for another ceremony.'],
    ['another origin', { origin: 'https://evil.example' }, 'WebAuthnOriginNotAllowedException', 'The passkey credential comes from an origin that relying party localhost does not allow.'],
    ['another relying party', { rpId: 'example.com' }, 'WebAuthnRelyingPartyMismatchException', 'The passkey credential is for another relying party than localhost.'],
    ['no user presence', { userPresent: false }, 'WebAuthnCredentialNotSupportedException', 'The passkey credential is not supported: the authenticator did not test user presence.'],
    ['a full attestation format', { format: 'fido-u2f' as const }, 'WebAuthnCredentialNotSupportedException', 'The passkey credential is not supported: its algorithm or attestation format is not supported.'],
    ['a forged self-attestation', { format: 'packed' as const, badAttestationSignature: true }, 'InvalidParameterException', 'The passkey credential is malformed: the signature does not match the passkey.'],
  ])('%s', async (_name, options, type, message) => {
    expect(await attempt('passwordless', options)).toEqual({ __type: type, message });
  });

  it('without user verification where the pool requires it', async () => {
    expect(await attempt('passkey-uv-required', { userVerified: false })).toEqual({
      __type: 'WebAuthnCredentialNotSupportedException',
      message: 'The passkey credential is not supported: the authenticator did not verify the user.',
    });
  });

  it('without user verification where it is only preferred, registers', async () => {
    expect(await attempt('passwordless', { userVerified: false })).toEqual({});
  });

  it('without StartWebAuthnRegistration, or after its challenge has expired', async () => {
    expect(await attempt('passwordless', {}, false)).toEqual({
      __type: 'WebAuthnChallengeNotFoundException',
      message: 'No passkey registration challenge was found for the user, or it has expired.',
    });
    const h = passwordlessPool();
    const token = accessToken(h);
    const { CredentialCreationOptions } = h.ok('StartWebAuthnRegistration', { AccessToken: token });
    h.clock.advance(5 * 60_000);
    const credential = await (await SoftwareAuthenticator.create()).register(CredentialCreationOptions);
    h.fails('CompleteWebAuthnRegistration', { AccessToken: token, Credential: credential }, 'WebAuthnChallengeNotFoundException', 'No passkey registration challenge was found for the user, or it has expired.');
  });

  it('a Credential that is not a RegistrationResponseJSON', () => {
    const h = passwordlessPool();
    const token = accessToken(h);
    h.ok('StartWebAuthnRegistration', { AccessToken: token });
    h.fails('CompleteWebAuthnRegistration', { AccessToken: token, Credential: { id: 'x' } }, 'InvalidParameterException', 'The passkey credential is malformed: the credential cannot be read.');
  });
});

describe('a passkey sign-in that is wrong', () => {
  async function signedUpWithPasskey(scenario = 'passwordless') {
    const h = passwordlessPool(scenario);
    const authenticator = await SoftwareAuthenticator.create();
    await registerPasskey(h, accessToken(h), authenticator);
    return { h, authenticator };
  }

  const refused = (reason: string) => ({ status: 400, body: { __type: 'NotAuthorizedException', message: `Invalid passkey credential for the user: ${reason}.` } });

  it.each([
    ['a bad signature', { badSignature: true }, 'the signature does not match the passkey'],
    ['another challenge', { challenge: 'bm90LXRoZS1jaGFsbGVuZ2U' }, 'the challenge is not the one the pool issued'],
    ['another origin', { origin: 'https://localhost.evil.example' }, 'its origin is not allowed for the relying party'],
    ['another relying party', { rpId: 'example.com' }, 'the credential is for another relying party'],
    ['an unknown credential', { credentialId: 'dW5rbm93bg' }, 'the passkey is not registered for the user'],
    ['a registration ceremony', { type: 'webauthn.create' }, 'the credential was made for another ceremony'],
  ])('%s is NotAuthorizedException, and the session takes a good one after', async (_name, options, reason) => {
    const { h, authenticator } = await signedUpWithPasskey();
    const challenge = passkeyChallenge(h);
    const requestOptions = challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS;
    expect(h.call('RespondToAuthChallenge', answerPasskey(challenge, await authenticator.assert(requestOptions, options)))).toEqual(refused(reason));
    expect(h.ok('RespondToAuthChallenge', answerPasskey(challenge, await authenticator.assert(requestOptions)))).toHaveProperty('AuthenticationResult');
  });

  it('no user verification where the pool requires it', async () => {
    const { h, authenticator } = await signedUpWithPasskey('passkey-uv-required');
    const challenge = passkeyChallenge(h);
    expect(JSON.parse(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS).userVerification).toBe('required');
    const credential = await authenticator.assert(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS, { userVerified: false });
    expect(h.call('RespondToAuthChallenge', answerPasskey(challenge, credential))).toEqual(refused('the authenticator did not verify the user'));
  });

  it('a replayed assertion: its session is spent, and on a new session the challenge differs', async () => {
    const { h, authenticator } = await signedUpWithPasskey();
    const challenge = passkeyChallenge(h);
    const credential = await authenticator.assert(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS);
    h.ok('RespondToAuthChallenge', answerPasskey(challenge, credential));
    h.fails('RespondToAuthChallenge', answerPasskey(challenge, credential), 'NotAuthorizedException', 'Invalid session for the user, session can only be used once.');
    expect(h.call('RespondToAuthChallenge', answerPasskey(passkeyChallenge(h), credential))).toEqual(refused('the challenge is not the one the pool issued'));
  });

  it('a signature counter that does not grow (a cloned authenticator)', async () => {
    const { h, authenticator } = await signedUpWithPasskey();
    const first = passkeyChallenge(h);
    h.ok('RespondToAuthChallenge', answerPasskey(first, await authenticator.assert(first.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS, { signCount: 5 })));
    const second = passkeyChallenge(h);
    const cloned = await authenticator.assert(second.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS, { signCount: 5 });
    expect(h.call('RespondToAuthChallenge', answerPasskey(second, cloned))).toEqual(
      refused('the signature counter did not increase (a cloned authenticator or a replay)'),
    );
  });

  it('an authenticator without a counter (always 0) signs in every time', async () => {
    const { h, authenticator } = await signedUpWithPasskey();
    for (let i = 0; i < 2; i++) {
      const challenge = passkeyChallenge(h);
      const credential = await authenticator.assert(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS, { signCount: 0 });
      expect(h.ok('RespondToAuthChallenge', answerPasskey(challenge, credential))).toHaveProperty('AuthenticationResult');
    }
  });

  it('a CREDENTIAL that is not JSON; four wrong answers spend the session', async () => {
    const { h } = await signedUpWithPasskey();
    const challenge = passkeyChallenge(h);
    for (let i = 0; i < 4; i++) expect(h.call('RespondToAuthChallenge', answerPasskey(challenge, '{'))).toEqual(refused('CREDENTIAL is not JSON'));
    h.fails('RespondToAuthChallenge', answerPasskey(challenge, '{'), 'NotAuthorizedException', 'Invalid session for the user, session can only be used once.');
  });
});

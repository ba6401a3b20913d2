/**
 * Choice-based sign-in and passkeys through the AWS SDK v3, as the app's adapter sends them: the
 * SDK must read what the simulated pool answers (AvailableChallenges, the CredentialCreationOptions
 * document, CreatedAt timestamps, the WebAuthn error types).
 */
import {
  CognitoIdentityProviderClient,
  CompleteWebAuthnRegistrationCommand,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  ListWebAuthnCredentialsCommand,
  RespondToAuthChallengeCommand,
  SignUpCommand,
  StartWebAuthnRegistrationCommand,
  WebAuthnClientMismatchException,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSimulatedServer } from '../../src/simulated/node';
import { settingsFor } from '../../src/simulated/scenarios';
import { SoftwareAuthenticator } from './authenticator';
import { CLIENT_ID } from './helpers';

const { server, inbox } = createSimulatedServer(settingsFor('passwordless'));
const client = new CognitoIdentityProviderClient({ region: 'us-east-1' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('signs up without a password, signs in with the Session, registers a passkey and signs in with it', async () => {
  const USERNAME = 'grace@example.com';
  const signUp = await client.send(new SignUpCommand({ ClientId: CLIENT_ID, Username: USERNAME }));
  const code = inbox.latest(USERNAME, 'signUp')!.code;
  const confirmed = await client.send(new ConfirmSignUpCommand({ ClientId: CLIENT_ID, Username: USERNAME, ConfirmationCode: code, Session: signUp.Session }));
  const first = await client.send(new InitiateAuthCommand({ ClientId: CLIENT_ID, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME }, Session: confirmed.Session }));
  const AccessToken = first.AuthenticationResult!.AccessToken!;

  const authenticator = await SoftwareAuthenticator.create();
  const start = await client.send(new StartWebAuthnRegistrationCommand({ AccessToken }));
  const creation = start.CredentialCreationOptions as { challenge: string; rp: { id: string } };
  const wrong = await client
    .send(new CompleteWebAuthnRegistrationCommand({ AccessToken, Credential: await authenticator.register(creation, { challenge: 'd3Jvbmc' }) }))
    .catch((error: unknown) => error);
  expect(wrong).toBeInstanceOf(WebAuthnClientMismatchException);
  await client.send(new CompleteWebAuthnRegistrationCommand({ AccessToken, Credential: (await authenticator.register(creation)) }));
  const { Credentials } = await client.send(new ListWebAuthnCredentialsCommand({ AccessToken }));
  expect(Credentials).toEqual([expect.objectContaining({ CredentialId: authenticator.credentialId, CreatedAt: expect.any(Date) })]);

  const select = await client.send(new InitiateAuthCommand({ ClientId: CLIENT_ID, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME } }));
  expect(select.ChallengeName).toBe('SELECT_CHALLENGE');
  expect(select.AvailableChallenges).toEqual(['WEB_AUTHN', 'EMAIL_OTP']);
  const challenge = await client.send(
    new RespondToAuthChallengeCommand({ ClientId: CLIENT_ID, ChallengeName: 'SELECT_CHALLENGE', Session: select.Session, ChallengeResponses: { USERNAME, ANSWER: 'WEB_AUTHN' } }),
  );
  const CREDENTIAL = await authenticator.assert(challenge.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS);
  const done = await client.send(
    new RespondToAuthChallengeCommand({ ClientId: CLIENT_ID, ChallengeName: 'WEB_AUTHN', Session: challenge.Session, ChallengeResponses: { USERNAME, CREDENTIAL } }),
  );
  expect(done.AuthenticationResult?.IdToken).toEqual(expect.any(String));
});

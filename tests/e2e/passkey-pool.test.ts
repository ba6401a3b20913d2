/**
 * The simulated pool's passkey checks in the page they run in (the demo build, its service worker
 * handing requests to handlers in the page), against credentials a real browser makes: Chromium's
 * virtual authenticator (DevTools protocol, WebAuthn domain) registers a passkey and signs in with
 * it, through navigator.credentials and Cognito's wire protocol alone. WebAuthn needs a secure
 * context and an RP ID that is a domain, so the page is opened as localhost.
 */
import { expect, it } from 'vitest';
import { endpointOf } from '../../src/config';
import { SIMULATED_POOL } from '../../src/simulated/pool-ids';
import { openPage, useDemoSite } from './support/site';

const demo = useDemoSite();

interface Call {
  status: number;
  body: Record<string, any>;
}

it('registers a passkey Chromium makes, lists it, and signs in with it without a password', async () => {
  const url = `${demo.site.url.replace('127.0.0.1', 'localhost')}?scenario=passwordless`;
  const { page, problems } = await openPage(demo.browser, url);
  await page.getByRole('complementary', { name: 'Dev inbox' }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  const result = await page.evaluate(
    async ({ endpoint, clientId }) => {
      const call = async (operation: string, body: unknown): Promise<Call> => {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: await response.json() };
      };
      const USERNAME = 'nomfa@example.com';
      const userAuth = (parameters: Record<string, string>) => call('InitiateAuth', { ClientId: clientId, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME, ...parameters } });

      const signIn = await userAuth({ PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: 'Passw0rd!' });
      const AccessToken = signIn.body.AuthenticationResult.AccessToken as string;
      const start = await call('StartWebAuthnRegistration', { AccessToken });
      const created = (await navigator.credentials.create({
        publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(start.body.CredentialCreationOptions),
      })) as PublicKeyCredential;
      const complete = await call('CompleteWebAuthnRegistration', { AccessToken, Credential: created.toJSON() });
      const list = await call('ListWebAuthnCredentials', { AccessToken });

      const challenge = await userAuth({ PREFERRED_CHALLENGE: 'WEB_AUTHN' });
      const options = JSON.parse(challenge.body.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS);
      const asserted = (await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) })) as PublicKeyCredential;
      const answer = await call('RespondToAuthChallenge', {
        ClientId: clientId,
        ChallengeName: 'WEB_AUTHN',
        Session: challenge.body.Session,
        ChallengeResponses: { USERNAME, CREDENTIAL: JSON.stringify(asserted.toJSON()) },
      });
      return { createdId: created.id, complete, list, challenge: challenge.body.ChallengeName, answer };
    },
    { endpoint: endpointOf(SIMULATED_POOL), clientId: SIMULATED_POOL.clientId },
  );

  expect(result.complete).toEqual({ status: 200, body: {} });
  expect(result.list.body.Credentials).toEqual([
    expect.objectContaining({ CredentialId: result.createdId, RelyingPartyId: 'localhost', AuthenticatorTransports: ['internal'] }),
  ]);
  expect(result.challenge).toBe('WEB_AUTHN');
  expect(result.answer.status).toBe(200);
  expect(result.answer.body.AuthenticationResult.AccessToken).toEqual(expect.any(String));
  expect(problems).toEqual([]);
}, 120_000);

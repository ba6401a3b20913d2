/**
 * The demo's service worker answers, beside the simulated pool, its JWKS at the issuer's
 * `/.well-known/jwks.json` and the sample API at `/sample-api/profile` on the page's own origin,
 * under the Content-Security-Policy the README gives (src/simulated/sample-api.ts).
 */
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { describe, expect, it } from 'vitest';
import { endpointOf } from '../../src/config';
import { DEMO_PASSWORD } from '../../src/simulated/demo-users';
import { SIMULATED_POOL } from '../../src/simulated/pool-ids';
import { openPage, useDemoSite } from './support/site';

const demo = useDemoSite();
const ISSUER = `https://cognito-idp.${SIMULATED_POOL.region}.amazonaws.com/${SIMULATED_POOL.userPoolId}`;

describe('the demo’s sample API and JWKS', () => {
  it('verify a signed-in person’s access token, and refuse a request without one', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=mfa-off`);
    // The pool answers once msw's worker has taken this page as its client, and the dev inbox is
    // mounted then (main.ts). The worker controls the page sooner: a request made in between goes
    // to the network ("Failed to fetch" here, seen once on a loaded machine).
    await page.getByRole('complementary', { name: 'Dev inbox' }).waitFor();
    const seen = await page.evaluate(
      async ({ endpoint, clientId, issuer, password }) => {
        const signIn = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
          body: JSON.stringify({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'totp@example.com', PASSWORD: password } }),
        });
        const tokens = (await signIn.json()).AuthenticationResult;
        const jwks = await (await fetch(`${issuer}/.well-known/jwks.json`)).json();
        const accepted = await fetch('/sample-api/profile', { headers: { Authorization: `Bearer ${tokens.AccessToken}` } });
        const refused = await fetch('/sample-api/profile');
        return {
          accessToken: tokens.AccessToken as string,
          jwks,
          accepted: { status: accepted.status, body: await accepted.json() },
          refused: { status: refused.status, challenge: refused.headers.get('www-authenticate'), body: await refused.json() },
        };
      },
      { endpoint: endpointOf(SIMULATED_POOL), clientId: SIMULATED_POOL.clientId, issuer: ISSUER, password: DEMO_PASSWORD },
    );

    const verifier = CognitoJwtVerifier.create({ userPoolId: SIMULATED_POOL.userPoolId, tokenUse: 'access', clientId: SIMULATED_POOL.clientId });
    verifier.cacheJwks(seen.jwks);
    const claims = await verifier.verify(seen.accessToken);
    expect(seen.accepted).toEqual({
      status: 200,
      body: { sub: claims.sub, username: claims.username, groups: ['editors'], tokenExpiresAt: claims.exp, servedAt: expect.any(String) },
    });
    expect(seen.refused).toEqual({ status: 401, challenge: 'Bearer error="invalid_token"', body: { message: 'Unauthorized' } });
    // The browser logs the 401 itself; nothing else went wrong, and the CSP let every request through.
    expect(problems.filter((problem) => !problem.includes('status of 401'))).toEqual([]);
  });
});

/**
 * `GET /sample-api/profile`: the simulated pool's stand-in for an API Gateway route with a Cognito
 * user pool authorizer (src/simulated/sample-api.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hostHeaders } from '../../src/build/csp';
import { readConfig } from '../../src/config';
import { createSimulatedServer } from '../../src/simulated/node';
import { CLIENT_ID, Clock, PASSWORD, harness, passwordAuth, post, sharedSigningKey, type Json } from './helpers';

const clock = new Clock();
const { server, pool } = createSimulatedServer({ mfa: 'OPTIONAL' }, { now: clock.now, signingKey: sharedSigningKey() });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => pool.reset());
afterAll(() => server.close());

const PROFILE_URL = 'http://localhost:5173/sample-api/profile';

function profile(authorization?: string): Promise<Response> {
  return fetch(PROFILE_URL, { headers: authorization === undefined ? {} : { Authorization: authorization } });
}

async function signedIn(): Promise<{ username: string; tokens: Json }> {
  const username = pool.seedUser({ email: 'jane@example.com', password: PASSWORD, groups: ['editors', 'readers'] });
  const body = (await (await post('InitiateAuth', passwordAuth('jane@example.com'))).json()) as Json;
  return { username, tokens: body.AuthenticationResult };
}

async function expectUnauthorized(response: Response): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  expect(await response.json()).toEqual({ message: 'Unauthorized' });
}

describe('the sample API', () => {
  it('answers a valid access token with who it names, their groups and when the token expires', async () => {
    const { username, tokens } = await signedIn();
    const response = await profile(`Bearer ${tokens.AccessToken}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      sub: username,
      username,
      groups: ['editors', 'readers'],
      tokenExpiresAt: Math.floor(clock.ms / 1000) + 3600,
      servedAt: new Date(clock.ms).toISOString(),
    });
  });

  it('lists no groups for a user in none', async () => {
    pool.seedUser({ email: 'solo@example.com', password: PASSWORD });
    const body = (await (await post('InitiateAuth', passwordAuth('solo@example.com'))).json()) as Json;
    const response = await profile(`Bearer ${body.AuthenticationResult.AccessToken}`);
    expect((await response.json()).groups).toEqual([]);
  });

  it('refuses a request without a token, or with one not sent as a bearer token', async () => {
    const { tokens } = await signedIn();
    await expectUnauthorized(await profile());
    await expectUnauthorized(await profile(tokens.AccessToken));
    await expectUnauthorized(await profile('Bearer '));
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const { tokens } = await signedIn();
    const [header, payload, signature] = tokens.AccessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 86_400 })).toString('base64url');
    await expectUnauthorized(await profile(`Bearer ${header}.${forged}.${signature}`));
  });

  it('refuses an expired token, from the second it expires', async () => {
    const { tokens } = await signedIn();
    clock.advance(3_599_000);
    expect((await profile(`Bearer ${tokens.AccessToken}`)).status).toBe(200);
    clock.advance(1000);
    await expectUnauthorized(await profile(`Bearer ${tokens.AccessToken}`));
  });

  it('refuses a token signed out with GlobalSignOut, or whose refresh token was revoked', async () => {
    const first = await signedIn();
    expect((await post('GlobalSignOut', { AccessToken: first.tokens.AccessToken })).status).toBe(200);
    await expectUnauthorized(await profile(`Bearer ${first.tokens.AccessToken}`));

    const again = (await (await post('InitiateAuth', passwordAuth('jane@example.com'))).json()) as Json;
    expect((await profile(`Bearer ${again.AuthenticationResult.AccessToken}`)).status).toBe(200);
    expect((await post('RevokeToken', { ClientId: CLIENT_ID, Token: again.AuthenticationResult.RefreshToken })).status).toBe(200);
    await expectUnauthorized(await profile(`Bearer ${again.AuthenticationResult.AccessToken}`));
  });

  it('refuses an ID token', async () => {
    const { tokens } = await signedIn();
    await expectUnauthorized(await profile(`Bearer ${tokens.IdToken}`));
  });

  it('refuses an access token of another app client, though signed with the same key for the same pool', async () => {
    const other = harness({ mfa: 'OPTIONAL', clientId: 'another0client0id' }, clock);
    other.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    const tokens = (await other.ok('InitiateAuth', { ...passwordAuth('jane@example.com'), ClientId: 'another0client0id' })).AuthenticationResult;
    expect(await other.pool.acceptedAccessClaims(tokens.AccessToken)).toMatchObject({ client_id: 'another0client0id' });
    await expectUnauthorized(await profile(`Bearer ${tokens.AccessToken}`));
  });

  it('is reachable under the demo build’s Content-Security-Policy, as is the pool’s JWKS', () => {
    const demo = readConfig({});
    expect(demo.kind).toBe('simulated');
    const connect = hostHeaders(demo)['Content-Security-Policy'].split('; ').find((directive) => directive.startsWith('connect-src'))!;
    expect(connect.split(' ')).toEqual(['connect-src', "'self'", new URL(pool.issuer).origin]);
  });
});

/**
 * The simulated pool's tokens, verified as a backend verifies Cognito's: aws-jwt-verify's
 * CognitoJwtVerifier with the JWKS the pool serves at `<issuer>/.well-known/jwks.json`.
 */
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatedServer } from '../../src/simulated/node';
import { DEFAULT_SETTINGS } from '../../src/simulated/pool';
import { CLIENT_ID, Clock, PASSWORD, authenticationResult, decodeJwt, harness, passwordAuth, post, sharedSigningKey, type Json } from './helpers';

const { userPoolId } = DEFAULT_SETTINGS;
const ISSUER = `https://cognito-idp.us-east-1.amazonaws.com/${userPoolId}`;

// The pool's clock is the real one: aws-jwt-verify checks expiry against Date.now().
const { server, pool } = createSimulatedServer({ mfa: 'OPTIONAL' }, { signingKey: sharedSigningKey() });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function served(): Promise<{ jwks: Json; tokens: Json }> {
  if (!pool.inspectUser('jane@example.com')) pool.seedUser({ email: 'jane@example.com', password: PASSWORD, groups: ['editors'] });
  const signIn = (await (await post('InitiateAuth', passwordAuth('jane@example.com'))).json()) as Json;
  const response = await fetch(`${ISSUER}/.well-known/jwks.json`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { jwks: (await response.json()) as Json, tokens: signIn.AuthenticationResult };
}

function verifiers(jwks: Json, clientId = CLIENT_ID) {
  const id = CognitoJwtVerifier.create({ userPoolId, tokenUse: 'id', clientId });
  const access = CognitoJwtVerifier.create({ userPoolId, tokenUse: 'access', clientId });
  id.cacheJwks(jwks as never);
  access.cacheJwks(jwks as never);
  return { id, access };
}

describe('the pool’s tokens, verified with aws-jwt-verify against the JWKS it serves', () => {
  it('serves one RS256 signing key, the one named in the tokens’ kid', async () => {
    const { jwks, tokens } = await served();
    expect(jwks.keys).toEqual([{ alg: 'RS256', e: 'AQAB', kid: expect.any(String), kty: 'RSA', n: expect.any(String), use: 'sig' }]);
    // 2048 bits of modulus: 256 bytes, 342 base64url characters.
    expect(jwks.keys[0].n).toHaveLength(342);
    expect(decodeJwt(tokens.IdToken).header.kid).toBe(jwks.keys[0].kid);
  });

  it('accepts the ID token as an ID token of this client, issued by this pool, with the user’s claims', async () => {
    const { jwks, tokens } = await served();
    const claims = await verifiers(jwks).id.verify(tokens.IdToken);
    expect(claims).toMatchObject({
      iss: ISSUER,
      aud: CLIENT_ID,
      token_use: 'id',
      email: 'jane@example.com',
      'cognito:groups': ['editors'],
      sub: pool.inspectUser('jane@example.com')!.username,
    });
    expect(claims.exp - claims.iat).toBe(3600);
  });

  it('accepts the access token as an access token of this client', async () => {
    const { jwks, tokens } = await served();
    const claims = await verifiers(jwks).access.verify(tokens.AccessToken);
    expect(claims).toMatchObject({ iss: ISSUER, client_id: CLIENT_ID, token_use: 'access', scope: 'aws.cognito.signin.user.admin' });
  });

  it('refuses each token as the other kind, and for another client', async () => {
    const { jwks, tokens } = await served();
    const { id, access } = verifiers(jwks);
    await expect(id.verify(tokens.AccessToken)).rejects.toThrow(/token use not allowed/i);
    await expect(access.verify(tokens.IdToken)).rejects.toThrow(/token use not allowed/i);
    const other = verifiers(jwks, 'another0client0id');
    await expect(other.id.verify(tokens.IdToken)).rejects.toThrow(/client id.* not allowed/i);
    await expect(other.access.verify(tokens.AccessToken)).rejects.toThrow(/client id.* not allowed/i);
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const { jwks, tokens } = await served();
    const [header, payload, signature] = tokens.AccessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admins'] })).toString('base64url');
    await expect(verifiers(jwks).access.verify(`${header}.${forged}.${signature}`)).rejects.toThrow(/signature/i);
  });

  it('refuses an expired token', async () => {
    const clock = new Clock();
    clock.ms = Date.now() - 3_601_000;
    const h = harness({ mfa: 'OPTIONAL' }, clock);
    h.pool.seedUser({ email: 'old@example.com', password: PASSWORD });
    const tokens = await authenticationResult(h, 'old@example.com');
    const { id, access } = verifiers(await h.pool.jwks());
    await expect(access.verify(tokens.AccessToken)).rejects.toThrow(/expired/i);
    await expect(id.verify(tokens.IdToken)).rejects.toThrow(/expired/i);
  });
});

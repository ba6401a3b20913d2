import { describe, expect, it } from 'vitest';
import { CLIENT_ID, PASSWORD, decodeJwt, harness, authenticationResult } from './helpers';

const refreshBody = (token: string, flow = 'REFRESH_TOKEN_AUTH') => ({ ClientId: CLIENT_ID, AuthFlow: flow, AuthParameters: { REFRESH_TOKEN: token } });

async function signedIn() {
  const h = harness({ mfa: 'OPTIONAL', usernameCaseSensitive: false });
  const username = h.pool.seedUser({ email: 'Jane@example.com', password: PASSWORD });
  return { h, username, tokens: await authenticationResult(h, 'jane@example.com') };
}

describe('tokens', () => {
  it('are JWTs with Cognito claims', async () => {
    const { h, username, tokens } = await signedIn();
    const now = Math.floor(h.clock.ms / 1000);
    const iss = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_DemoPool1';
    const id = decodeJwt(tokens.IdToken);
    const access = decodeJwt(tokens.AccessToken);
    expect(id.header).toEqual({ kid: expect.any(String), alg: 'RS256' });
    expect(access.header.alg).toBe('RS256');
    expect(id.payload).toEqual({
      sub: username,
      email_verified: true,
      iss,
      'cognito:username': username,
      origin_jti: expect.any(String),
      aud: CLIENT_ID,
      event_id: expect.any(String),
      token_use: 'id',
      auth_time: now,
      exp: now + 3600,
      iat: now,
      jti: expect.any(String),
      email: 'Jane@example.com',
    });
    expect(access.payload).toEqual({
      sub: username,
      iss,
      client_id: CLIENT_ID,
      origin_jti: id.payload.origin_jti,
      event_id: id.payload.event_id,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      auth_time: now,
      exp: now + 3600,
      iat: now,
      jti: expect.any(String),
      username,
    });
    expect(access.payload.jti).not.toBe(id.payload.jti);
    expect(access.header.kid).toBe(id.header.kid);
    for (const token of [tokens.IdToken, tokens.AccessToken, tokens.RefreshToken]) expect(token).toMatch(/^[A-Za-z0-9-_=.]+$/);
    expect(tokens.RefreshToken.split('.')).toHaveLength(5);
  });

  it('refresh with REFRESH_TOKEN_AUTH or REFRESH_TOKEN: new access and ID tokens, no refresh token, same origin', async () => {
    const { h, tokens } = await signedIn();
    h.clock.advance(10 * 60_000);
    for (const flow of ['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN']) {
      const body = await h.ok('InitiateAuth', refreshBody(tokens.RefreshToken, flow));
      expect(body.ChallengeParameters).toEqual({});
      expect(Object.keys(body.AuthenticationResult).sort()).toEqual(['AccessToken', 'ExpiresIn', 'IdToken', 'TokenType']);
      const access = decodeJwt(body.AuthenticationResult.AccessToken).payload;
      const original = decodeJwt(tokens.AccessToken).payload;
      expect(access.origin_jti).toBe(original.origin_jti);
      expect(access.auth_time).toBe(original.auth_time);
      expect(access.iat).toBe(original.iat + 600);
      expect((await h.ok('GetUser', { AccessToken: body.AuthenticationResult.AccessToken })).Username).toBe(original.username);
    }
    const viaNewApi = await h.ok('GetTokensFromRefreshToken', { ClientId: CLIENT_ID, RefreshToken: tokens.RefreshToken });
    expect(viaNewApi.AuthenticationResult.RefreshToken).toBeUndefined();
    expect(viaNewApi.AuthenticationResult.AccessToken).toBeDefined();
  });

  it('refuse to refresh with a made-up, an expired or an access token', async () => {
    const { h, tokens } = await signedIn();
    await h.fails('InitiateAuth', refreshBody('made.up.token'), 'NotAuthorizedException', 'Invalid Refresh Token.');
    await h.fails('InitiateAuth', refreshBody(tokens.AccessToken), 'NotAuthorizedException', 'Invalid Refresh Token.');
    await h.fails('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: {} }, 'InvalidParameterException', 'Missing required parameter REFRESH_TOKEN');
    h.clock.advance(30 * 24 * 3_600_000);
    await h.fails('InitiateAuth', refreshBody(tokens.RefreshToken), 'NotAuthorizedException', 'Refresh Token has expired');
  });

  it('stop working for the user pool API after an hour', async () => {
    const { h, tokens } = await signedIn();
    h.clock.advance(3_600_000 - 1000);
    await h.ok('GetUser', { AccessToken: tokens.AccessToken });
    h.clock.advance(1000);
    await h.fails('GetUser', { AccessToken: tokens.AccessToken }, 'NotAuthorizedException', 'Access Token has expired');
    // The refresh token still works.
    expect((await h.ok('InitiateAuth', refreshBody(tokens.RefreshToken))).AuthenticationResult).toBeDefined();
  });

  it('that the pool did not issue are invalid (ID tokens included)', async () => {
    const { h, tokens } = await signedIn();
    await h.fails('GetUser', { AccessToken: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln' }, 'NotAuthorizedException', 'Invalid Access Token');
    await h.fails('GetUser', { AccessToken: tokens.IdToken }, 'NotAuthorizedException', 'Invalid Access Token');
    expect((await h.pool.handle('GetUser', { AccessToken: tokens.AccessToken }, { region: 'eu-west-1' })).body.message).toBe('Invalid Access Token');
  });
});

describe('GlobalSignOut', () => {
  it('revokes every access and refresh token of the user, on every device', async () => {
    const { h, tokens } = await signedIn();
    const other = await authenticationResult(h, 'jane@example.com');
    expect(await h.ok('GlobalSignOut', { AccessToken: tokens.AccessToken })).toEqual({});
    for (const access of [tokens.AccessToken, other.AccessToken]) {
      await h.fails('GetUser', { AccessToken: access }, 'NotAuthorizedException', 'Access Token has been revoked');
    }
    await h.fails('GlobalSignOut', { AccessToken: tokens.AccessToken }, 'NotAuthorizedException', 'Access Token has been revoked');
    for (const refresh of [tokens.RefreshToken, other.RefreshToken]) {
      await h.fails('InitiateAuth', refreshBody(refresh), 'NotAuthorizedException', 'Refresh Token has been revoked');
    }
    // Signing in again works.
    expect((await h.ok('GetUser', { AccessToken: (await authenticationResult(h, 'jane@example.com')).AccessToken })).Username).toBeDefined();
  });

  it('leaves other users alone', async () => {
    const { h, tokens } = await signedIn();
    h.pool.seedUser({ email: 'bob@example.com', password: PASSWORD });
    const bob = await authenticationResult(h, 'bob@example.com');
    await h.ok('GlobalSignOut', { AccessToken: tokens.AccessToken });
    await h.ok('GetUser', { AccessToken: bob.AccessToken });
  });
});

describe('RevokeToken', () => {
  it('revokes one refresh token and the access tokens issued from it, not other sign-ins', async () => {
    const { h, tokens } = await signedIn();
    const refreshed = (await h.ok('InitiateAuth', refreshBody(tokens.RefreshToken))).AuthenticationResult;
    const other = await authenticationResult(h, 'jane@example.com');
    expect(await h.ok('RevokeToken', { ClientId: CLIENT_ID, Token: tokens.RefreshToken })).toEqual({});
    await h.fails('InitiateAuth', refreshBody(tokens.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
    await h.fails('GetUser', { AccessToken: tokens.AccessToken }, 'NotAuthorizedException', 'Access Token has been revoked');
    await h.fails('GetUser', { AccessToken: refreshed.AccessToken }, 'NotAuthorizedException', 'Access Token has been revoked');
    await h.ok('GetUser', { AccessToken: other.AccessToken });
    await h.ok('InitiateAuth', refreshBody(other.RefreshToken));
  });

  it('refuses access and ID tokens, and accepts tokens it does not know', async () => {
    const { h, tokens } = await signedIn();
    await h.fails('RevokeToken', { ClientId: CLIENT_ID, Token: tokens.AccessToken }, 'UnsupportedTokenTypeException', 'The token provided is not a refresh token.');
    await h.fails('RevokeToken', { ClientId: CLIENT_ID, Token: tokens.IdToken }, 'UnsupportedTokenTypeException', 'The token provided is not a refresh token.');
    expect(await h.ok('RevokeToken', { ClientId: CLIENT_ID, Token: 'unknown.token' })).toEqual({});
    await h.ok('GetUser', { AccessToken: tokens.AccessToken });
  });
});

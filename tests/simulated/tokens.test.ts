import { describe, expect, it } from 'vitest';
import { CLIENT_ID, PASSWORD, decodeJwt, harness, authenticationResult } from './helpers';

const refreshBody = (token: string, flow = 'REFRESH_TOKEN_AUTH') => ({ ClientId: CLIENT_ID, AuthFlow: flow, AuthParameters: { REFRESH_TOKEN: token } });

function signedIn() {
  const h = harness({ mfa: 'OPTIONAL', usernameCaseSensitive: false });
  const username = h.pool.seedUser({ email: 'Jane@example.com', password: PASSWORD });
  return { h, username, tokens: authenticationResult(h, 'jane@example.com') };
}

describe('tokens', () => {
  it('are JWTs with Cognito claims', () => {
    const { h, username, tokens } = signedIn();
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
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      auth_time: now,
      exp: now + 3600,
      iat: now,
      jti: expect.any(String),
      username,
    });
    expect(access.payload.jti).not.toBe(id.payload.jti);
    for (const token of [tokens.IdToken, tokens.AccessToken, tokens.RefreshToken]) expect(token).toMatch(/^[A-Za-z0-9-_=.]+$/);
    expect(tokens.RefreshToken.split('.')).toHaveLength(5);
  });

  it('refresh with REFRESH_TOKEN_AUTH or REFRESH_TOKEN: new access and ID tokens, no refresh token, same origin', () => {
    const { h, tokens } = signedIn();
    h.clock.advance(10 * 60_000);
    for (const flow of ['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN']) {
      const body = h.ok('InitiateAuth', refreshBody(tokens.RefreshToken, flow));
      expect(body.ChallengeParameters).toEqual({});
      expect(Object.keys(body.AuthenticationResult).sort()).toEqual(['AccessToken', 'ExpiresIn', 'IdToken', 'TokenType']);
      const access = decodeJwt(body.AuthenticationResult.AccessToken).payload;
      const original = decodeJwt(tokens.AccessToken).payload;
      expect(access.origin_jti).toBe(original.origin_jti);
      expect(access.auth_time).toBe(original.auth_time);
      expect(access.iat).toBe(original.iat + 600);
      expect(h.ok('GetUser', { AccessToken: body.AuthenticationResult.AccessToken }).Username).toBe(original.username);
    }
    const viaNewApi = h.ok('GetTokensFromRefreshToken', { ClientId: CLIENT_ID, RefreshToken: tokens.RefreshToken });
    expect(viaNewApi.AuthenticationResult.RefreshToken).toBeUndefined();
    expect(viaNewApi.AuthenticationResult.AccessToken).toBeDefined();
  });

  it('refuse to refresh with a made-up, an expired or an access token', () => {
    const { h, tokens } = signedIn();
    h.fails('InitiateAuth', refreshBody('made.up.token'), 'NotAuthorizedException', 'Invalid Refresh Token.');
    h.fails('InitiateAuth', refreshBody(tokens.AccessToken), 'NotAuthorizedException', 'Invalid Refresh Token.');
    h.fails('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: {} }, 'InvalidParameterException', 'Missing required parameter REFRESH_TOKEN');
    h.clock.advance(30 * 24 * 3_600_000);
    h.fails('InitiateAuth', refreshBody(tokens.RefreshToken), 'NotAuthorizedException', 'Refresh Token has expired');
  });

  it('stop working for the user pool API after an hour', () => {
    const { h, tokens } = signedIn();
    h.clock.advance(3_600_000 - 1000);
    h.ok('GetUser', { AccessToken: tokens.AccessToken });
    h.clock.advance(1000);
    h.fails('GetUser', { AccessToken: tokens.AccessToken }, 'NotAuthorizedException', 'Access Token has expired');
    // The refresh token still works.
    expect(h.ok('InitiateAuth', refreshBody(tokens.RefreshToken)).AuthenticationResult).toBeDefined();
  });

  it('that the pool did not issue are invalid (ID tokens included)', () => {
    const { h, tokens } = signedIn();
    h.fails('GetUser', { AccessToken: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln' }, 'NotAuthorizedException', 'Invalid Access Token');
    h.fails('GetUser', { AccessToken: tokens.IdToken }, 'NotAuthorizedException', 'Invalid Access Token');
    expect(h.pool.handle('GetUser', { AccessToken: tokens.AccessToken }, { region: 'eu-west-1' }).body.message).toBe('Invalid Access Token');
  });
});

describe('GlobalSignOut', () => {
  it('revokes every access and refresh token of the user, on every device', () => {
    const { h, tokens } = signedIn();
    const other = authenticationResult(h, 'jane@example.com');
    expect(h.ok('GlobalSignOut', { AccessToken: tokens.AccessToken })).toEqual({});
    for (const access of [tokens.AccessToken, other.AccessToken]) {
      h.fails('GetUser', { AccessToken: access }, 'NotAuthorizedException', 'Access Token has been revoked');
    }
    h.fails('GlobalSignOut', { AccessToken: tokens.AccessToken }, 'NotAuthorizedException', 'Access Token has been revoked');
    for (const refresh of [tokens.RefreshToken, other.RefreshToken]) {
      h.fails('InitiateAuth', refreshBody(refresh), 'NotAuthorizedException', 'Refresh Token has been revoked');
    }
    // Signing in again works.
    expect(h.ok('GetUser', { AccessToken: authenticationResult(h, 'jane@example.com').AccessToken }).Username).toBeDefined();
  });

  it('leaves other users alone', () => {
    const { h, tokens } = signedIn();
    h.pool.seedUser({ email: 'bob@example.com', password: PASSWORD });
    const bob = authenticationResult(h, 'bob@example.com');
    h.ok('GlobalSignOut', { AccessToken: tokens.AccessToken });
    h.ok('GetUser', { AccessToken: bob.AccessToken });
  });
});

describe('RevokeToken', () => {
  it('revokes one refresh token and the access tokens issued from it, not other sign-ins', () => {
    const { h, tokens } = signedIn();
    const refreshed = h.ok('InitiateAuth', refreshBody(tokens.RefreshToken)).AuthenticationResult;
    const other = authenticationResult(h, 'jane@example.com');
    expect(h.ok('RevokeToken', { ClientId: CLIENT_ID, Token: tokens.RefreshToken })).toEqual({});
    h.fails('InitiateAuth', refreshBody(tokens.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
    h.fails('GetUser', { AccessToken: tokens.AccessToken }, 'NotAuthorizedException', 'Access Token has been revoked');
    h.fails('GetUser', { AccessToken: refreshed.AccessToken }, 'NotAuthorizedException', 'Access Token has been revoked');
    h.ok('GetUser', { AccessToken: other.AccessToken });
    h.ok('InitiateAuth', refreshBody(other.RefreshToken));
  });

  it('refuses access and ID tokens, and accepts tokens it does not know', () => {
    const { h, tokens } = signedIn();
    h.fails('RevokeToken', { ClientId: CLIENT_ID, Token: tokens.AccessToken }, 'UnsupportedTokenTypeException', 'The token provided is not a refresh token.');
    h.fails('RevokeToken', { ClientId: CLIENT_ID, Token: tokens.IdToken }, 'UnsupportedTokenTypeException', 'The token provided is not a refresh token.');
    expect(h.ok('RevokeToken', { ClientId: CLIENT_ID, Token: 'unknown.token' })).toEqual({});
    h.ok('GetUser', { AccessToken: tokens.AccessToken });
  });
});

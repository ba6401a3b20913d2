/** Refresh token rotation (`refresh-rotation`) and short-lived tokens (`short-tokens`). */
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/simulated/scenarios';
import { CLIENT_ID, PASSWORD, authenticationResult, decodeJwt, harness, type Harness } from './helpers';

const refreshAuth = (token: string) => ({ ClientId: CLIENT_ID, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: token } });
const getTokens = (token: string) => ({ ClientId: CLIENT_ID, RefreshToken: token });

async function signedIn(settings = settingsFor('refresh-rotation', { mfa: 'OPTIONAL' })): Promise<{ h: Harness; tokens: Record<string, string> }> {
  const h = harness(settings);
  h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
  return { h, tokens: await authenticationResult(h, 'jane@example.com') };
}

const REUSED = ['RefreshTokenReuseException', 'Refresh token has already been used.'] as const;

describe('refresh token rotation (refresh-rotation: RetryGracePeriodSeconds 10)', () => {
  it('refuses REFRESH_TOKEN_AUTH on the rotating client', async () => {
    const { h, tokens } = await signedIn();
    await h.fails('InitiateAuth', refreshAuth(tokens.RefreshToken), 'InvalidParameterException', 'REFRESH_TOKEN_AUTH flow not enabled for this client');
  });

  it('answers GetTokensFromRefreshToken with new tokens and a new refresh token of the same sign-in', async () => {
    const { h, tokens } = await signedIn();
    const result = (await h.ok('GetTokensFromRefreshToken', getTokens(tokens.RefreshToken))).AuthenticationResult;
    expect(Object.keys(result).sort()).toEqual(['AccessToken', 'ExpiresIn', 'IdToken', 'RefreshToken', 'TokenType']);
    expect(result.RefreshToken).not.toBe(tokens.RefreshToken);
    expect(decodeJwt(result.AccessToken).payload.origin_jti).toBe(decodeJwt(tokens.AccessToken).payload.origin_jti);
    await h.ok('GetUser', { AccessToken: result.AccessToken });
    // The new refresh token rotates in turn.
    const next = (await h.ok('GetTokensFromRefreshToken', getTokens(result.RefreshToken))).AuthenticationResult;
    expect(next.RefreshToken).not.toBe(result.RefreshToken);
  });

  it('takes the old refresh token again within the grace period, and refuses it from its end on', async () => {
    const { h, tokens } = await signedIn();
    const rotated = (await h.ok('GetTokensFromRefreshToken', getTokens(tokens.RefreshToken))).AuthenticationResult;
    h.clock.advance(9_999);
    const retry = (await h.ok('GetTokensFromRefreshToken', getTokens(tokens.RefreshToken))).AuthenticationResult;
    expect(retry.RefreshToken).toBeDefined();
    h.clock.advance(1);
    await h.fails('GetTokensFromRefreshToken', getTokens(tokens.RefreshToken), ...REUSED);
    // What replaced it still works.
    await h.ok('GetTokensFromRefreshToken', getTokens(rotated.RefreshToken));
    await h.ok('GetTokensFromRefreshToken', getTokens(retry.RefreshToken));
  });

  it('retires the old refresh token at once with no grace period', async () => {
    const { h, tokens } = await signedIn(settingsFor('refresh-rotation', { mfa: 'OPTIONAL', refreshTokenGracePeriodSec: 0 }));
    await h.ok('GetTokensFromRefreshToken', getTokens(tokens.RefreshToken));
    await h.fails('GetTokensFromRefreshToken', getTokens(tokens.RefreshToken), ...REUSED);
  });

  it('ends the whole sign-in when any of its refresh tokens is revoked', async () => {
    const { h, tokens } = await signedIn();
    const rotated = (await h.ok('GetTokensFromRefreshToken', getTokens(tokens.RefreshToken))).AuthenticationResult;
    await h.ok('RevokeToken', { ClientId: CLIENT_ID, Token: rotated.RefreshToken });
    await h.fails('GetTokensFromRefreshToken', getTokens(tokens.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
    await h.fails('GetUser', { AccessToken: rotated.AccessToken }, 'NotAuthorizedException', 'Access Token has been revoked');
  });

  it('is off by default: the same refresh token keeps working, with either operation', async () => {
    const { h, tokens } = await signedIn(settingsFor('mfa-optional'));
    for (let i = 0; i < 2; i++) {
      expect((await h.ok('GetTokensFromRefreshToken', getTokens(tokens.RefreshToken))).AuthenticationResult).not.toHaveProperty('RefreshToken');
      await h.ok('InitiateAuth', refreshAuth(tokens.RefreshToken));
    }
  });
});

describe('short-tokens', () => {
  it('issues ID and access tokens that last 90 seconds', async () => {
    const { h, tokens } = await signedIn(settingsFor('short-tokens', { mfa: 'OPTIONAL' }));
    expect(Number(tokens.ExpiresIn)).toBe(90);
    for (const token of [tokens.IdToken, tokens.AccessToken]) {
      const { exp, iat } = decodeJwt(token).payload;
      expect(exp - iat).toBe(90);
    }
    h.clock.advance(89_000);
    await h.ok('GetUser', { AccessToken: tokens.AccessToken });
    h.clock.advance(1000);
    await h.fails('GetUser', { AccessToken: tokens.AccessToken }, 'NotAuthorizedException', 'Access Token has expired');
  });
});

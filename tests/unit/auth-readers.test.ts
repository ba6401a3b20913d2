/** What the chart reads out of tokens, settings and failures (src/auth/context.ts, readers.ts, errors.ts). */
import { describe, expect, it } from 'vitest';
import { userFrom } from '../../src/auth/context';
import { activeFactorsOf } from '../../src/auth/readers';
import { AuthError, asAuthError } from '../../src/auth/errors';
import type { AuthContext } from '../../src/auth/context';
import type { Tokens } from '../../src/auth/types';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const withClaims = (claims: object): Tokens =>
  ({ idToken: [part({ alg: 'RS256' }), part(claims), 'signature'].join('.'), accessToken: 'a.b.c', refreshToken: 'r', expiresAt: 0 }) as Tokens;

describe('who is signed in, from the ID token', () => {
  it('is named by email, else phone number, else preferred username, else username, each trimmed', () => {
    expect(userFrom(withClaims({ email: ' ada@example.com ', phone_number: '+4915112345678' }))).toEqual({ email: 'ada@example.com', shown: 'ada@example.com' });
    expect(userFrom(withClaims({ phone_number: '+4915112345678', 'cognito:username': 'ada' }))).toEqual({ email: '', shown: '+4915112345678' });
    expect(userFrom(withClaims({ preferred_username: 'Countess', 'cognito:username': 'ada' }))).toEqual({ email: '', shown: 'Countess' });
    expect(userFrom(withClaims({ 'cognito:username': ' ada ' }))).toEqual({ email: '', shown: 'ada' });
    expect(userFrom(withClaims({ email: 42 }))).toEqual({ email: '', shown: '' });
  });
});

describe('the second factors in effect', () => {
  const context = (mfaSettings: AuthContext['mfaSettings']) => ({ mfaSettings }) as AuthContext;

  it('are those turned on, and SMS where the phone number carries it', () => {
    expect(activeFactorsOf(context(null))).toEqual([]);
    expect(activeFactorsOf(context({ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: null }))).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(activeFactorsOf(context({ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: null, smsByPhone: true }))).toEqual(['SOFTWARE_TOKEN_MFA', 'SMS_MFA']);
  });
});

describe('a failure the chart did not expect', () => {
  it("reads as 'unknown', keeping what was thrown; an AuthError stays itself", () => {
    const thrown = new TypeError('a bug');
    const error = asAuthError(thrown);
    expect(error).toBeInstanceOf(AuthError);
    expect([error.code, error.cause, error.name]).toEqual(['unknown', thrown, 'AuthError']);
    const known = new AuthError('network');
    expect(asAuthError(known)).toBe(known);
  });
});

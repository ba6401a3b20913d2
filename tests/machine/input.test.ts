/**
 * What the app hands the machine when it starts (AuthInput): each setting is honoured, and
 * nothing handed over means Cognito's defaults; an ID token the page cannot read names no one.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { authMachine, RESEND_COOLDOWN_MS, SESSION_TTL_MS } from '../../src/auth/machine';
import { DEFAULT_PASSWORD_POLICY } from '../../src/auth/validate';
import type { Tokens } from '../../src/auth/types';
import { startAuth, tokensFor } from '../support/scripted-client';

const EMAIL = 'ada@example.com';

describe('what the machine starts with', () => {
  it('starts on sign-in with Cognito’s defaults when nothing is handed over', () => {
    const actor = createActor(authMachine, { input: undefined }).start();
    expect(actor.getSnapshot().matches({ signIn: 'idle' })).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({
      email: '',
      tokens: null,
      user: null,
      passwordPolicy: DEFAULT_PASSWORD_POLICY,
      sessionTtlMs: SESSION_TTL_MS,
      resendCooldownMs: RESEND_COOLDOWN_MS,
      totpIssuer: 'Sign-in',
    });
    actor.stop();
  });

  it('takes each setting it is handed', () => {
    const policy = { minLength: 12, requireUppercase: false, requireLowercase: true, requireNumbers: false, requireSymbols: false };
    const { actor } = startAuth({}, { email: EMAIL, passwordPolicy: policy, sessionTtlMs: 60_000, resendCooldownMs: 5_000, totpIssuer: 'Acme' });
    expect(actor.getSnapshot().context).toMatchObject({
      email: EMAIL,
      passwordPolicy: policy,
      sessionTtlMs: 60_000,
      resendCooldownMs: 5_000,
      totpIssuer: 'Acme',
    });
  });
});

describe('who is signed in, from the ID token', () => {
  const withIdToken = (idToken: string): Tokens => ({ ...tokensFor(EMAIL), idToken });
  const payload = (claims: unknown) => Buffer.from(JSON.stringify(claims)).toString('base64url');

  it('reads a token whose payload needs the URL-safe alphabet', () => {
    const claims = payload({ email: EMAIL, name: 'Ada ~~~ ???' });
    expect(claims).toMatch(/-.*_|_.*-/);
    const { actor } = startAuth({}, { tokens: withIdToken(`e30.${claims}.signature`) });
    expect(actor.getSnapshot().context.user).toEqual({ email: EMAIL, shown: EMAIL });
  });

  it.each([
    ['not a JWT', 'opaque-token'],
    ['not base64', 'e30.!!!.signature'],
    ['not JSON', `e30.${Buffer.from('{email').toString('base64url')}.signature`],
    ['JSON null', `e30.${payload(null)}.signature`],
    ['JSON but not an object', `e30.${payload('ada@example.com')}.signature`],
    ['an object without an email', `e30.${payload({ sub: 'uuid' })}.signature`],
    ['an email that is not text', `e30.${payload({ email: 42 })}.signature`],
  ])('names no one when the ID token is %s, and stays signed in', (_, idToken) => {
    const { actor } = startAuth({}, { tokens: withIdToken(idToken) });
    expect(actor.getSnapshot().matches('signedIn')).toBe(true);
    expect(actor.getSnapshot().context.user).toEqual({ email: '', shown: '' });
  });
});

/**
 * What the site and its other tabs tell the machine (src/session): a refresh asked for now, a
 * sign-out in another tab, tokens another tab rotated; the header's links; and short-lived
 * tokens, refreshed halfway rather than again at once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Tokens } from '../../src/auth/types';
import { deferred, startAuth, tokensFor } from '../support/scripted-client';

const EMAIL = 'ada@example.com';
afterEach(() => vi.useRealTimers());

describe('what the site and its tabs tell the machine', () => {
  it('refreshes at once when the site asks, and only once while that refresh is out', () => {
    const refresh = deferred<Tokens>();
    const { actor, ops } = startAuth({ refresh: () => refresh.promise }, { tokens: tokensFor(EMAIL) });
    for (let i = 0; i < 3; i++) actor.send({ type: 'session.refresh' });
    expect(ops()).toEqual(['refresh']);
    expect(actor.getSnapshot().hasTag('refreshing')).toBe(true);
    expect(actor.getSnapshot().hasTag('busy')).toBe(false);
  });

  it('signs out, saying so, when the person signed out in another tab', () => {
    const { actor, ops } = startAuth({}, { tokens: tokensFor(EMAIL) });
    actor.send({ type: 'session.signedOutElsewhere' });
    expect(actor.getSnapshot().matches('signIn')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ tokens: null, user: null, notice: 'signedOutElsewhere' });
    expect(ops()).toEqual([]);
  });

  it('takes tokens another tab rotated only in place of the exact refresh token they replace', () => {
    const refresh = deferred<Tokens>();
    const { actor } = startAuth({ refresh: () => refresh.promise }, { tokens: tokensFor(EMAIL) });
    const rotated = { ...tokensFor(EMAIL), accessToken: 'rotated.access', refreshToken: 'rotated-refresh' };
    actor.send({ type: 'session.tokensShared', tokens: rotated, replaces: 'another-refresh-token' });
    expect(actor.getSnapshot().context.tokens?.refreshToken).toBe('refresh-token');
    // Adopted even while a refresh of our own is out: its answer (for a token now replaced) is dropped.
    actor.send({ type: 'session.refresh' });
    actor.send({ type: 'session.tokensShared', tokens: rotated, replaces: 'refresh-token' });
    expect(actor.getSnapshot().context.tokens).toEqual(rotated);
    expect(actor.getSnapshot().matches({ signedIn: { tokens: 'fresh' } })).toBe(true);
  });

  it('refreshes 60-second tokens 2 seconds after they arrive, not again the moment they do', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const short = () => ({ ...tokensFor(EMAIL), expiresAt: Date.now() + 60_000 });
    const { actor, ops } = startAuth({ refresh: async () => short() }, { tokens: short() });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(ops()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(ops()).toEqual(['refresh']);
    await vi.advanceTimersByTimeAsync(1_990);
    expect(ops()).toEqual(['refresh']);
    await vi.advanceTimersByTimeAsync(10);
    expect(ops()).toEqual(['refresh', 'refresh']);
    actor.stop();
  });
});

describe('the header of every signed-in screen', () => {
  it('leads from the account page and the password change back to the pages, and signs out from either', () => {
    const { actor, ops } = startAuth({ getMfaSettings: async () => ({ enabled: [], preferred: null }), revoke: async () => undefined }, { tokens: tokensFor(EMAIL) });
    actor.send({ type: 'signedIn.openAccount' });
    actor.send({ type: 'account.changePassword' });
    actor.send({ type: 'signedIn.openAccount' });
    expect(actor.getSnapshot().matches({ signedIn: { screen: 'account' } })).toBe(true);
    actor.send({ type: 'account.changePassword' });
    actor.send({ type: 'signedIn.home' });
    expect(actor.getSnapshot().matches({ signedIn: { screen: 'home' } })).toBe(true);
    actor.send({ type: 'signedIn.openAccount' });
    actor.send({ type: 'account.changePassword' });
    actor.send({ type: 'signedIn.signOut' });
    expect(actor.getSnapshot().matches({ signedIn: { screen: 'signingOut' } })).toBe(true);
    expect(ops().filter((op) => op === 'revoke')).toHaveLength(1);
  });
});

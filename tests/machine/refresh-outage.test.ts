/**
 * Refreshing the tokens during an outage: the refresh token is good for days, so only Cognito
 * refusing it ends the session. Until then the refresh is tried again with a growing back-off,
 * and at once when the browser is online again; once the tokens have expired, the page says it
 * is reconnecting.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthError } from '../../src/auth/errors';
import type { Tokens } from '../../src/auth/types';
import { startAuth, tokensFor } from '../support/scripted-client';

const EMAIL = 'ada@example.com';

afterEach(() => vi.useRealTimers());

const renewed = (): Tokens => ({ ...tokensFor(EMAIL), accessToken: 'renewed.access.token', expiresAt: Date.now() + 3600_000 });
/** Tokens whose access token has expired (a tab that slept), with a refresh token still good. */
const expired = (): Tokens => ({ ...tokensFor(EMAIL), expiresAt: Date.now() - 5_000 });

/** A refresh that fails on the network until `outage.over`, then renews the tokens. */
function refreshDuring(outage = { over: false, failure: 'network' as AuthError['code'] }) {
  const attempts: number[] = [];
  return {
    outage,
    attempts,
    refresh: async () => {
      attempts.push(Date.now());
      if (!outage.over) throw new AuthError(outage.failure);
      return renewed();
    },
  };
}

describe('refreshing the tokens during an outage', () => {
  it('tries again after 2, 4, 8 ... seconds, at most a minute apart, and keeps the person signed in', async () => {
    vi.useFakeTimers();
    const outage = refreshDuring();
    const { actor } = startAuth({ refresh: outage.refresh }, { tokens: tokensFor(EMAIL) });
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(3600_000 - 60_000);
    expect(outage.attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    const gaps = outage.attempts.slice(1).map((at, index) => (at - outage.attempts[index]) / 1000);
    expect(gaps.slice(0, 7)).toEqual([2, 4, 8, 16, 32, 60, 60]);
    expect(outage.attempts[0] - start).toBe(3600_000 - 60_000);

    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ signedIn: { screen: 'home' } })).toBe(true);
    expect(snapshot.context.tokens).not.toBeNull();
    expect(snapshot.context.user?.email).toBe(EMAIL);
  });

  it('uses the tokens while they last, then says it is reconnecting, until a refresh gets through', async () => {
    vi.useFakeTimers();
    const outage = refreshDuring();
    const { actor } = startAuth({ refresh: outage.refresh }, { tokens: tokensFor(EMAIL) });
    await vi.advanceTimersByTimeAsync(3600_000 - 60_000);
    expect(actor.getSnapshot().matches({ signedIn: { tokens: 'retrying' } })).toBe(true);
    expect(actor.getSnapshot().hasTag('reconnecting')).toBe(false);
    expect(actor.getSnapshot().context.tokens?.accessToken).toBe('access.token.value');

    await vi.advanceTimersByTimeAsync(60_000);
    expect(actor.getSnapshot().matches({ signedIn: { tokens: 'reconnecting' } })).toBe(true);
    expect(actor.getSnapshot().hasTag('reconnecting')).toBe(true);
    expect(actor.getSnapshot().hasTag('busy')).toBe(false);

    outage.outage.over = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(actor.getSnapshot().matches({ signedIn: { tokens: 'fresh', screen: 'home' } })).toBe(true);
    expect(actor.getSnapshot().hasTag('reconnecting')).toBe(false);
    expect(actor.getSnapshot().context).toMatchObject({ refreshFailures: 0, tokens: { accessToken: 'renewed.access.token' } });
  });

  it('tries again at once when the browser says it is online again', async () => {
    vi.useFakeTimers();
    const outage = refreshDuring();
    const { actor } = startAuth({ refresh: outage.refresh }, { tokens: expired() });
    await vi.advanceTimersByTimeAsync(2_000 + 4_000 + 8_000);
    expect(outage.attempts).toHaveLength(4);
    expect(actor.getSnapshot().hasTag('reconnecting')).toBe(true);

    outage.outage.over = true;
    actor.send({ type: 'connection.online' });
    await vi.advanceTimersByTimeAsync(0);
    expect(outage.attempts).toHaveLength(5);
    expect(actor.getSnapshot().matches({ signedIn: { tokens: 'fresh' } })).toBe(true);
  });

  it('ends the session only when Cognito refuses the refresh token, saying why', async () => {
    vi.useFakeTimers();
    const outage = refreshDuring();
    const { actor } = startAuth({ refresh: outage.refresh }, { tokens: expired() });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(actor.getSnapshot().matches('signedIn')).toBe(true);

    outage.outage.failure = 'signedOut';
    actor.send({ type: 'connection.online' });
    await vi.advanceTimersByTimeAsync(0);
    expect(actor.getSnapshot().matches({ signIn: 'idle' })).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ tokens: null, user: null, notice: 'sessionEnded', refreshFailures: 0 });
  });

  it.each(['userDisabled', 'serviceError', 'unknown'] as const)('after a refresh failing with %s: ends the session only on a refusal', async (failure) => {
    const outage = refreshDuring({ over: false, failure });
    const { actor } = startAuth({ refresh: outage.refresh }, { tokens: expired() });
    await vi.waitFor(() => expect(outage.attempts).toHaveLength(1));
    await vi.waitFor(() => expect(actor.getSnapshot().matches(failure === 'userDisabled' ? 'signIn' : 'signedIn')).toBe(true));
    expect(actor.getSnapshot().hasTag('reconnecting')).toBe(failure !== 'userDisabled');
  });

  it('ignores the browser coming online while the tokens are fresh', async () => {
    const outage = refreshDuring();
    const { actor } = startAuth({ refresh: outage.refresh }, { tokens: tokensFor(EMAIL) });
    actor.send({ type: 'connection.online' });
    expect(outage.attempts).toHaveLength(0);
    expect(actor.getSnapshot().matches({ signedIn: { tokens: 'fresh' } })).toBe(true);
  });
});

describe('a laptop that wakes from sleep with expired tokens', () => {
  it('stays signed in when the refresh it makes at once succeeds', async () => {
    const outage = refreshDuring({ over: true, failure: 'network' });
    const { actor } = startAuth({ refresh: outage.refresh }, { tokens: expired() });
    await vi.waitFor(() => expect(actor.getSnapshot().context.tokens?.accessToken).toBe('renewed.access.token'));
    expect(outage.attempts).toHaveLength(1);
    expect(actor.getSnapshot().matches({ signedIn: { screen: 'home', tokens: 'fresh' } })).toBe(true);
  });

  it('stays signed in, reconnecting, when that refresh fails on the network', async () => {
    const outage = refreshDuring();
    const { actor } = startAuth({ refresh: outage.refresh }, { tokens: expired() });
    await vi.waitFor(() => expect(outage.attempts).toHaveLength(1));
    await vi.waitFor(() => expect(actor.getSnapshot().hasTag('reconnecting')).toBe(true));
    expect(actor.getSnapshot().matches({ signedIn: { screen: 'home' } })).toBe(true);
    expect(actor.getSnapshot().context.user?.email).toBe(EMAIL);
  });
});

/**
 * The session API (src/session) on the real statechart with a scripted Cognito: one refresh for
 * any number of token requests, the authorised fetch and its one retry after a 401, a refresh
 * refused for good, rotation, sign-out, and the user as subscribers see it.
 */
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { AuthError } from '../../src/auth/errors';
import type { Tokens } from '../../src/auth/types';
import { createSession, SessionUnavailableError, SignedOutError, TOKEN_MIN_LIFE_MS } from '../../src/session/session';
import { deferred, startAuth, tokensFor } from '../support/scripted-client';

const BASE = 'https://site.example/app/#/profile';
const API = 'https://api.example';

/** Tokens about to expire (within the session's margin), with a refresh token to renew them. */
const expiring = (): Tokens => ({ ...tokensFor('ada@example.com'), accessToken: 'old.access', expiresAt: Date.now() + TOKEN_MIN_LIFE_MS / 2 });
const renewed = (refreshToken = 'refresh-token'): Tokens => ({
  ...tokensFor('ada@example.com'),
  accessToken: 'new.access',
  idToken: tokensFor('ada@example.com').idToken,
  refreshToken,
  expiresAt: Date.now() + 3600_000,
});

/** A network that answers each request with the next status, and records what it was sent. */
function network(statuses: number[]) {
  const sent: Request[] = [];
  const transport = async (input: RequestInfo | URL) => {
    sent.push(input as Request);
    return new Response(JSON.stringify({ ok: true }), { status: statuses.shift() ?? 200 });
  };
  return { sent, transport: transport as typeof fetch, bearers: () => sent.map((r) => r.headers.get('authorization')) };
}

describe('tokens', () => {
  it('refreshes once for any number of concurrent requests, and hands everyone the new token', async () => {
    const refresh = deferred<Tokens>();
    const { actor, ops } = startAuth({ refresh: () => refresh.promise }, { tokens: expiring() });
    const session = createSession(actor, { base: BASE });
    const asked = [session.getAccessToken(), session.getAccessToken(), session.getIdToken(), session.getAccessToken()];
    await Promise.resolve();
    refresh.resolve(renewed());
    const [first, second, id, fourth] = await Promise.all(asked);
    expect([first, second, fourth]).toEqual(['new.access', 'new.access', 'new.access']);
    expect(id).toBe(renewed().idToken);
    expect(ops()).toEqual(['refresh']);
  });

  it('joins the refresh already in flight rather than starting a second', async () => {
    const refresh = deferred<Tokens>();
    const { actor, ops } = startAuth({ refresh: () => refresh.promise }, { tokens: expiring() });
    actor.send({ type: 'session.refresh' });
    expect(actor.getSnapshot().hasTag('refreshing')).toBe(true);
    const token = createSession(actor, { base: BASE }).getAccessToken();
    refresh.resolve(renewed());
    expect(await token).toBe('new.access');
    expect(ops()).toEqual(['refresh']);
  });

  it('hands out a token with time left without asking Cognito', async () => {
    const { actor, ops } = startAuth({}, { tokens: tokensFor('ada@example.com') });
    expect(await createSession(actor, { base: BASE }).getAccessToken()).toBe('access.token.value');
    expect(ops()).toEqual([]);
  });

  it('keeps the new refresh token of a rotating app client, and the next refresh sends it', async () => {
    const sent: string[] = [];
    let n = 0;
    const { actor } = startAuth(
      {
        refresh: async ({ refreshToken }) => {
          sent.push(refreshToken);
          return { ...renewed(`rotated-${++n}`), expiresAt: Date.now() + TOKEN_MIN_LIFE_MS / 2 };
        },
      },
      { tokens: expiring() },
    );
    const session = createSession(actor, { base: BASE });
    await session.getAccessToken().catch(() => undefined);
    await session.getAccessToken().catch(() => undefined);
    expect(sent.slice(0, 2)).toEqual(['refresh-token', 'rotated-1']);
    expect(actor.getSnapshot().context.tokens?.refreshToken).toBe(`rotated-${n}`);
  });

  it('rejects as signed out when nobody is', async () => {
    const { actor } = startAuth({});
    await expect(createSession(actor, { base: BASE }).getAccessToken()).rejects.toBeInstanceOf(SignedOutError);
  });

  it('rejects as unavailable, the session kept, when the refresh gets no answer and the tokens have expired', async () => {
    const { actor } = startAuth({ refresh: async () => Promise.reject(new AuthError('network')) }, { tokens: { ...expiring(), expiresAt: Date.now() - 1 } });
    await expect(createSession(actor, { base: BASE }).getAccessToken()).rejects.toBeInstanceOf(SessionUnavailableError);
    expect(actor.getSnapshot().context.tokens).not.toBeNull();
  });
});

describe('the authorised fetch', () => {
  it('adds the access token as a Bearer token, to the page’s origin and the API’s only', async () => {
    const { actor } = startAuth({}, { tokens: tokensFor('ada@example.com') });
    const net = network([200, 200]);
    const session = createSession(actor, { base: BASE, apiOrigins: [API], transport: net.transport });
    const response = await session.fetch('/sample-api/profile', { headers: { accept: 'application/json' } });
    await session.fetch(`${API}/orders`);
    expect(response.status).toBe(200);
    expect(net.sent.map((r) => r.url)).toEqual(['https://site.example/sample-api/profile', `${API}/orders`]);
    expect(net.bearers()).toEqual(['Bearer access.token.value', 'Bearer access.token.value']);
    expect(net.sent[0]!.headers.get('accept')).toBe('application/json');
    await expect(session.fetch('https://elsewhere.example/steal')).rejects.toThrow(/Not an API of this site/);
    expect(net.sent).toHaveLength(2);
  });

  it('on a 401, refreshes once and retries once with the new token, body and all', async () => {
    const { actor, ops } = startAuth({ refresh: async () => renewed() }, { tokens: tokensFor('ada@example.com') });
    const net = network([401, 200]);
    const session = createSession(actor, { base: BASE, transport: net.transport });
    const response = await session.fetch('/sample-api/orders', { method: 'POST', body: 'order=1' });
    expect(response.status).toBe(200);
    expect(ops()).toEqual(['refresh']);
    expect(net.bearers()).toEqual(['Bearer access.token.value', 'Bearer new.access']);
    expect(await Promise.all(net.sent.map((r) => r.text()))).toEqual(['order=1', 'order=1']);
  });

  it('retries only once: a second 401 is the answer', async () => {
    const { actor, ops } = startAuth({ refresh: async () => renewed() }, { tokens: tokensFor('ada@example.com') });
    const net = network([401, 401, 200]);
    const response = await createSession(actor, { base: BASE, transport: net.transport }).fetch('/sample-api/profile');
    expect(response.status).toBe(401);
    expect(ops()).toEqual(['refresh']);
    expect(net.sent).toHaveLength(2);
  });

  it('two requests refused at once share one refresh', async () => {
    const refresh = deferred<Tokens>();
    const { actor, ops } = startAuth({ refresh: () => refresh.promise }, { tokens: tokensFor('ada@example.com') });
    const net = network([401, 401, 200, 200]);
    const session = createSession(actor, { base: BASE, transport: net.transport });
    const both = Promise.all([session.fetch('/a'), session.fetch('/b')]);
    await waitFor(actor, (s) => s.hasTag('refreshing'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    refresh.resolve(renewed());
    expect((await both).map((r) => r.status)).toEqual([200, 200]);
    expect(ops()).toEqual(['refresh']);
  });

  it('when Cognito refuses the refresh for good: signed out, with the sentence saying why, and nothing retried', async () => {
    const { actor, ops } = startAuth(
      { refresh: async () => Promise.reject(new AuthError('sessionRevoked')) },
      { tokens: tokensFor('ada@example.com') },
    );
    const net = network([401]);
    await expect(createSession(actor, { base: BASE, transport: net.transport }).fetch('/sample-api/profile')).rejects.toBeInstanceOf(SignedOutError);
    expect(ops()).toEqual(['refresh']);
    expect(net.sent).toHaveLength(1);
    expect(actor.getSnapshot().matches('signIn')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ tokens: null, notice: 'sessionRevoked' });
  });
});

describe('the user and sign-out', () => {
  it('tells subscribers who signed in and out, once each, with the ID token’s claims', async () => {
    const groupsToken = (groups: string[]) => {
      const claims = { sub: 'u-1', email: 'ada@example.com', 'cognito:username': 'u-1', 'cognito:groups': groups };
      return ['x', Buffer.from(JSON.stringify(claims)).toString('base64url'), 'sig'].join('.');
    };
    const { actor } = startAuth({ revoke: async () => undefined, refresh: async () => ({ ...renewed(), idToken: groupsToken(['admins']) }) }, {
      tokens: { ...tokensFor('ada@example.com'), idToken: groupsToken(['admins']) },
    });
    const session = createSession(actor, { base: BASE });
    const seen: unknown[] = [];
    const stop = session.subscribe((user) => seen.push(user));
    actor.send({ type: 'session.refresh' });
    await waitFor(actor, (s) => !s.hasTag('refreshing'));
    await session.signOut();
    stop();
    expect(seen).toEqual([{ sub: 'u-1', email: 'ada@example.com', username: 'u-1', groups: ['admins'] }, null]);
    expect(actor.getSnapshot().context.notice).toBe('signedOut');
  });
});

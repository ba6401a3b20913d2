/**
 * The session API: what the site's own code needs of the sign-in, read from the auth actor.
 * Plain TypeScript (no Svelte, no SDK); `subscribe` follows Svelte's store contract, so a
 * component reads the user as `$session`.
 *
 * Tokens are only ever handed out fresh: one about to expire is refreshed first, and every
 * caller waiting meanwhile waits for that one refresh, which the machine runs (it ignores a
 * request for a refresh while one is in flight: src/auth/flows/signed-in.ts).
 */
import type { Actor } from 'xstate';
import type { AuthMachine } from '../auth/machine';
import type { Tokens } from '../auth/types';
import { jwtClaims } from '../auth/jwt';

/** Who is signed in: claims of the ID token. */
export interface SessionUser {
  sub: string;
  email: string;
  /** `cognito:username`: the pool's own name for the user (a UUID where email is the username). */
  username: string;
  /** `cognito:groups`: the pool's groups the user is in. */
  groups: string[];
}

/** Nobody is signed in (any more): the page shows the sign-in, saying why. */
export class SignedOutError extends Error {
  override name = 'SignedOutError';
}

/** The tokens could not be renewed now (no network, the service down): try again later. */
export class SessionUnavailableError extends Error {
  override name = 'SessionUnavailableError';
}

export type AuthActor = Pick<Actor<AuthMachine>, 'getSnapshot' | 'subscribe' | 'send'>;

export interface SessionOptions {
  /** Origins besides the page's own that the authorised fetch sends the access token to (the site's API). */
  apiOrigins?: readonly string[];
  /** The page's address (location.href): relative URLs resolve against it, and its origin may carry the token. */
  base: string;
  /** The network (window.fetch), for tests. */
  transport?: typeof fetch;
}

export interface Session {
  /** The signed-in user, or null. */
  readonly user: SessionUser | null;
  /** Called at once with the user (or null), then whenever someone signs in or out; returns the unsubscribe. */
  subscribe(listener: (user: SessionUser | null) => void): () => void;
  /** A valid access token, refreshed first when it is about to expire. */
  getAccessToken(): Promise<string>;
  /** A valid ID token, refreshed first when it is about to expire. */
  getIdToken(): Promise<string>;
  /** fetch with `Authorization: Bearer <access token>`; on a 401, one refresh and one retry. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Revokes the refresh token and shows the sign-in. */
  signOut(): Promise<void>;
}

/** A token is handed out only with at least this long to live (a request's time, and some). */
export const TOKEN_MIN_LIFE_MS = 15_000;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function userFromIdToken(idToken: string): SessionUser {
  const claims = jwtClaims(idToken);
  const groups = claims['cognito:groups'];
  return {
    sub: text(claims.sub),
    email: text(claims.email),
    username: text(claims['cognito:username']) || text(claims.username),
    groups: Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : [],
  };
}

/** The page's origin and the API's: the only places the access token goes. */
function mayCarryToken(url: string, options: SessionOptions): boolean {
  const origin = new URL(url).origin;
  return origin === new URL(options.base).origin || (options.apiOrigins ?? []).includes(origin);
}

function withBearer(request: Request, token: string): Request {
  const headers = new Headers(request.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return new Request(request, { headers });
}

export function createSession(actor: AuthActor, options: SessionOptions): Session {
  const transport = options.transport ?? ((input, init) => fetch(input, init));
  const tokensNow = () => actor.getSnapshot().context.tokens;

  /** Resolves once the snapshot satisfies `done` (at once if it already does). */
  const until = (done: () => boolean) =>
    new Promise<void>((resolve) => {
      if (done()) return resolve();
      const subscription = actor.subscribe(() => {
        if (!done()) return;
        subscription.unsubscribe();
        resolve();
      });
    });
  const settled = () => until(() => !actor.getSnapshot().hasTag('refreshing'));

  /** Asks the machine for a refresh (or joins the one in flight) and waits for its outcome. */
  async function refreshed(): Promise<Tokens> {
    const snapshot = actor.getSnapshot();
    if (!snapshot.hasTag('refreshing')) {
      if (!snapshot.can({ type: 'session.refresh' })) throw new SessionUnavailableError('No refresh is possible now.');
      actor.send({ type: 'session.refresh' });
    }
    await settled();
    const tokens = tokensNow();
    if (!tokens) throw new SignedOutError('Signed out.');
    return tokens;
  }

  async function freshTokens(): Promise<Tokens> {
    await settled();
    let tokens = tokensNow();
    if (!tokens) throw new SignedOutError('Nobody is signed in.');
    if (tokens.expiresAt - Date.now() > TOKEN_MIN_LIFE_MS) return tokens;
    tokens = await refreshed();
    // A refresh that did not get through leaves the old tokens: usable only while they last.
    if (tokens.expiresAt <= Date.now()) throw new SessionUnavailableError('The session could not be renewed now.');
    return tokens;
  }

  /** After a 401 for `used`: tokens newer than it, from a refresh of our own or one that ran meanwhile. */
  async function renewedAfter(used: string): Promise<Tokens> {
    await settled();
    const current = tokensNow();
    if (current && current.accessToken !== used) return freshTokens();
    const tokens = await refreshed();
    if (tokens.accessToken === used) throw new SessionUnavailableError('The session could not be renewed now.');
    return tokens;
  }

  let user: SessionUser | null = null;
  let userToken: string | null = null;
  function currentUser(): SessionUser | null {
    const idToken = tokensNow()?.idToken ?? null;
    if (idToken !== userToken) {
      userToken = idToken;
      // The same person across refreshes stays the same object, so subscribers hear only of changes.
      const next = idToken ? userFromIdToken(idToken) : null;
      user = next && user && next.sub === user.sub && next.email === user.email && String(next.groups) === String(user.groups) ? user : next;
    }
    return user;
  }

  return {
    get user() {
      return currentUser();
    },
    subscribe(listener) {
      let last = currentUser();
      listener(last);
      const subscription = actor.subscribe(() => {
        const next = currentUser();
        if (next === last) return;
        last = next;
        listener(next);
      });
      return () => subscription.unsubscribe();
    },
    getAccessToken: async () => (await freshTokens()).accessToken,
    getIdToken: async () => (await freshTokens()).idToken,
    async fetch(input, init) {
      const request = new Request(input instanceof Request ? input : new URL(input, options.base), init);
      if (!mayCarryToken(request.url, options)) throw new TypeError(`Not an API of this site: ${new URL(request.url).origin}`);
      const used = (await freshTokens()).accessToken;
      const response = await transport(withBearer(request.clone(), used));
      if (response.status !== 401) return response;
      const renewed = await renewedAfter(used);
      return transport(withBearer(request, renewed.accessToken));
    },
    async signOut() {
      // Not while the screen waits for an answer: sign out once it is in.
      await until(() => !tokensNow() || actor.getSnapshot().can({ type: 'signedIn.signOut' }));
      if (tokensNow()) actor.send({ type: 'signedIn.signOut' });
      await until(() => !tokensNow());
    },
  };
}

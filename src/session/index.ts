/**
 * The session of this page, for the site's code: `import { session } from '../session'`.
 * main.ts starts it once the auth actor exists (`startSession`); until then `user` is null and
 * the methods wait for it. README: "The session API".
 */
import { createSession, type AuthActor, type Session, type SessionOptions } from './session';
import type { Notice } from '../auth/context';
import { CHANNEL, shareAcrossTabs, type TabChannel } from './tabs';

export { SessionUnavailableError, SignedOutError, type Session, type SessionUser } from './session';

/** A sign-out the person chose, here or in another tab (a session that ended keeps its page: see README). */
const SIGNED_OUT: readonly (Notice | null)[] = ['signedOut', 'signedOutEverywhere', 'signedOutElsewhere'];

let started: Session | undefined;
let begin: (session: Session) => void;
const ready = new Promise<Session>((resolve) => (begin = resolve));

export interface StartOptions extends SessionOptions {
  /** Tokens are kept in sessionStorage (VITE_KEEP_SESSION), so tabs may share a refresh token. */
  keepSession: boolean;
  /** The person signed out here or in another tab: the page they were on is not to come back. */
  onSignedOut?: () => void;
}

export function startSession(actor: AuthActor, { keepSession, onSignedOut, ...options }: StartOptions): Session {
  started = createSession(actor, options);
  if (typeof BroadcastChannel === 'function') {
    shareAcrossTabs(actor, new BroadcastChannel(CHANNEL) as unknown as TabChannel, { shareTokens: keepSession });
  }
  let signedIn = actor.getSnapshot().context.tokens !== null;
  actor.subscribe(({ context }) => {
    const was = signedIn;
    signedIn = context.tokens !== null;
    if (was && !signedIn && SIGNED_OUT.includes(context.notice)) onSignedOut?.();
  });
  begin(started);
  return started;
}

export const session: Session = {
  get user() {
    return started?.user ?? null;
  },
  subscribe(listener) {
    if (started) return started.subscribe(listener);
    listener(null);
    let stop: (() => void) | undefined;
    let stopped = false;
    void ready.then((session) => {
      if (!stopped) stop = session.subscribe(listener);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  },
  getAccessToken: () => ready.then((session) => session.getAccessToken()),
  getIdToken: () => ready.then((session) => session.getIdToken()),
  fetch: (input, init) => ready.then((session) => session.fetch(input, init)),
  signOut: () => ready.then((session) => session.signOut()),
};

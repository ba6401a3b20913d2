/**
 * The sign-in form before the statechart is loaded. The machine (with XState, about a third of
 * the app's JavaScript) is not needed to show the form, only to act on it, so it loads right
 * after the first paint. Until then a stand-in actor shows the machine's first screen: its
 * snapshot is the one the machine starts with (tests/unit/first-screen.test.ts checks that they
 * agree), and the events a person causes meanwhile are kept and handed to the machine, in order,
 * once it runs. If its chunk cannot be fetched, a submit says so (the network problem) and the
 * next one tries again. The moment the machine runs is marked for `npm run bench`
 * (performance mark `auth:statechart`).
 *
 * No XState at runtime here: only its types.
 */
import type { Actor, Observer, SnapshotFrom, StateValue, Subscription } from 'xstate';
import type { AuthEvent } from '../auth/events';
import type { AuthContext, AuthInput } from '../auth/context';
import type { AuthMachine } from '../auth/machine';
import { initialContext } from '../auth/context';

type AuthActor = Actor<AuthMachine>;
type AuthSnapshot = SnapshotFrom<AuthMachine>;
/** The stand-in is for a fresh visit; kept tokens would start on another screen. */
export type FirstInput = Omit<AuthInput, 'tokens'>;

/** The machine's own starting context (the same factory the machine uses). */
export function firstContext(input: FirstInput): AuthContext {
  return initialContext(input);
}

/** The state the machine rests in first. */
export const FIRST_STATE: StateValue = { signIn: 'idle' };

/** `matches` as XState defines it: `test` names `value` or one of its ancestors. */
function matchesState(test: StateValue, value: StateValue): boolean {
  if (typeof test === 'string') return typeof value === 'string' ? value === test : test in value;
  if (typeof value === 'string') return false;
  return Object.entries(test).every(([key, sub]) => key in value && (sub === undefined || matchesState(sub, value[key]!)));
}

/**
 * A snapshot of the machine's first screen, answering what views ask of one. `busy`: something
 * the person asked for waits for the machine (the views say so, as they do while it works).
 */
export function firstSnapshot(context: AuthContext, busy = false): AuthSnapshot {
  const snapshot = {
    status: 'active',
    value: FIRST_STATE,
    context,
    tags: new Set<string>(busy ? ['busy'] : []),
    children: {},
    historyValue: {},
    output: undefined,
    error: undefined,
    matches: (test: StateValue) => matchesState(test, FIRST_STATE),
    hasTag: (tag: string) => busy && tag === 'busy',
    can: () => true,
    getMeta: () => ({}),
    toJSON: () => ({ status: 'active', value: FIRST_STATE, context }),
  };
  return snapshot as unknown as AuthSnapshot;
}

type Listener = Partial<Observer<AuthSnapshot>> | ((snapshot: AuthSnapshot) => void);

/**
 * An actor that is the stand-in until `load` resolves and the real actor (started here) after.
 * `load` is called at once, and again on the next event if it failed.
 */
export function deferredAuthActor(input: FirstInput, load: () => Promise<AuthActor>): AuthActor {
  let snapshot = firstSnapshot(firstContext(input));
  let real: AuthActor | undefined;
  let loading: Promise<void> | undefined;
  const pending: AuthEvent[] = [];
  const listeners = new Map<Listener, Subscription | undefined>();

  const notify = (next: AuthSnapshot) => {
    for (const listener of listeners.keys()) {
      if (typeof listener === 'function') listener(next);
      else listener.next?.(next);
    }
  };

  const fetchMachine = () => {
    loading ??= load().then(
      (actor) => {
        real = actor;
        for (const listener of listeners.keys()) listeners.set(listener, actor.subscribe(listener as never));
        actor.start();
        for (const event of pending.splice(0)) actor.send(event);
        notify(actor.getSnapshot());
        globalThis.performance?.mark?.('auth:statechart');
      },
      () => {
        loading = undefined;
        // What was asked for is not done (nor under way): say why, as the machine would; the next
        // submit retries.
        const submitted = pending.some((event) => event.type.endsWith('.submit'));
        notify((snapshot = firstSnapshot(submitted ? { ...snapshot.context, problems: { form: { reason: 'network' } } } : snapshot.context)));
        pending.length = 0;
      },
    );
  };
  fetchMachine();

  const standIn = {
    getSnapshot: () => real?.getSnapshot() ?? snapshot,
    send(event: AuthEvent) {
      if (real) return real.send(event);
      pending.push(event);
      // What the person asked of the form (a submit, another screen) shows at once that it is under way.
      if (event.type.startsWith('signIn.')) notify((snapshot = firstSnapshot(snapshot.context, true)));
      fetchMachine();
    },
    subscribe(listener: Listener) {
      listeners.set(listener, real?.subscribe(listener as never));
      return {
        unsubscribe() {
          listeners.get(listener)?.unsubscribe();
          listeners.delete(listener);
        },
      };
    },
    start: () => standIn,
  };
  return standIn as unknown as AuthActor;
}

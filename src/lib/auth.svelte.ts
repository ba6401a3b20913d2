/**
 * The bridge between the auth actor and Svelte: reading `snapshot` inside a component or
 * `$derived` subscribes to the actor for as long as something reads it. Handed down by context
 * so a test or a preview can inject any actor.
 */
import { createContext } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';
import type { Actor, SnapshotFrom } from 'xstate';
import type { AuthMachine } from '../auth/machine';
import type { AuthEvent } from '../auth/events';

export class AuthBinding {
  readonly #actor: Actor<AuthMachine>;
  readonly #subscribe: () => void;

  constructor(actor: Actor<AuthMachine>) {
    this.#actor = actor;
    this.#subscribe = createSubscriber((update) => {
      const subscription = actor.subscribe(update);
      return () => subscription.unsubscribe();
    });
  }

  get snapshot(): SnapshotFrom<AuthMachine> {
    this.#subscribe();
    return this.#actor.getSnapshot();
  }

  get busy(): boolean {
    return this.snapshot.hasTag('busy');
  }

  send = (event: AuthEvent): void => {
    this.#actor.send(event);
  };
}

export const [getAuth, setAuth] = createContext<AuthBinding>();

/** The current time, ticking once a second while something on screen reads it. */
import { createSubscriber } from 'svelte/reactivity';

export class Now {
  readonly #subscribe = createSubscriber((update) => {
    const timer = setInterval(update, 1000);
    return () => clearInterval(timer);
  });

  get current(): number {
    this.#subscribe();
    return Date.now();
  }
}

/** Whole seconds from now until `at`, never negative. */
export function secondsUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 1000));
}

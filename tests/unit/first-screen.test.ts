/**
 * The sign-in form shows before the statechart loads (src/boot/first-screen.ts): its stand-in
 * snapshot must be the machine's own first snapshot, and what a person does meanwhile must reach
 * the machine once it runs.
 */
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { authMachine, type AuthInput } from '../../src/auth/machine';
import { SCREEN_STATES, SCREENS, screenOf } from '../../src/auth/screens';
import { cognitoActors } from '../../src/auth/actors';
import { deferredAuthActor, FIRST_STATE, firstContext, firstSnapshot, type FirstInput } from '../../src/boot/first-screen';
import { deferred, scriptedClient, signedIn } from '../support/scripted-client';

const INPUTS: FirstInput[] = [
  {},
  { totpIssuer: 'Acme' },
  {
    email: 'ada@example.com',
    sessionTtlMs: 20_000,
    resendCooldownMs: 5_000,
    passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: false, requireNumbers: true, requireSymbols: false },
  },
];

function realActor(input: AuthInput, script: Parameters<typeof scriptedClient>[0] = {}) {
  const scripted = scriptedClient(script);
  return { actor: createActor(authMachine.provide({ actors: cognitoActors(scripted.client) }), { input }), ...scripted };
}

describe('the stand-in for the statechart', () => {
  it.each(INPUTS)('is the snapshot the machine starts with (%o)', (input) => {
    const real = realActor(input).actor.getSnapshot();
    const first = firstSnapshot(firstContext(input));
    expect(real.value).toEqual(FIRST_STATE);
    expect(first.value).toEqual(real.value);
    expect(first.context).toEqual(real.context);
    expect([...first.tags]).toEqual([...real.tags]);
    expect(first.hasTag('busy')).toBe(real.hasTag('busy'));
    expect(screenOf(first)).toBe(screenOf(real));
    for (const screen of SCREENS) {
      for (const state of SCREEN_STATES[screen]) expect(first.matches(state), JSON.stringify(state)).toBe(real.matches(state));
    }
  });

  it('hands what was done before the machine loaded to the machine, in order, then is the machine', async () => {
    const loading = deferred<ReturnType<typeof realActor>['actor']>();
    const { actor: real, ops } = realActor({}, { signIn: async () => signedIn('ada@example.com') });
    const actor = deferredAuthActor({}, () => loading.promise);
    const seen: string[] = [];
    actor.subscribe((snapshot) => seen.push(screenOf(snapshot)));

    expect(screenOf(actor.getSnapshot())).toBe('signIn');
    actor.send({ type: 'edit', field: 'email' });
    actor.send({ type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
    expect(ops()).toEqual([]);

    loading.resolve(real);
    await waitFor(real, (snapshot) => screenOf(snapshot) === 'signedIn');
    expect(ops()).toEqual(['signIn']);
    expect(actor.getSnapshot()).toBe(real.getSnapshot());
    expect(seen.at(-1)).toBe('signedIn');
  });

  it('says so when the machine cannot be fetched, and fetches it again on the next submit', async () => {
    const { actor: real, ops } = realActor({}, { signIn: async () => signedIn('ada@example.com') });
    let attempts = 0;
    const actor = deferredAuthActor({}, () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(real)));
    const submit = { type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' } as const;
    actor.send(submit);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(actor.getSnapshot().context.problems).toEqual({ form: { reason: 'network' } });
    expect(screenOf(actor.getSnapshot())).toBe('signIn');

    actor.send(submit);
    await waitFor(real, (snapshot) => screenOf(snapshot) === 'signedIn');
    expect(attempts).toBe(2);
    expect(ops()).toEqual(['signIn']);
  });

  it('shows at once that a submit or another screen asked for waits for the machine, and not while the person types', async () => {
    const loading = deferred<ReturnType<typeof realActor>['actor']>();
    const { actor: real } = realActor({});
    const actor = deferredAuthActor({}, () => loading.promise);
    const busy: boolean[] = [];
    actor.subscribe((snapshot) => busy.push(snapshot.hasTag('busy')));

    actor.send({ type: 'edit', field: 'email' });
    expect(actor.getSnapshot().hasTag('busy')).toBe(false);
    actor.send({ type: 'signIn.toSignUp', email: 'ada@example.com' });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    expect(busy).toEqual([true]);

    loading.resolve(real);
    await waitFor(real, (snapshot) => screenOf(snapshot) === 'signUp');
    expect(actor.getSnapshot().hasTag('busy')).toBe(false);
  });

  it('is no longer busy when the machine cannot be fetched', async () => {
    const actor = deferredAuthActor({}, () => Promise.reject(new TypeError('Failed to fetch')));
    actor.send({ type: 'signIn.toForgotPassword' });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(actor.getSnapshot().hasTag('busy')).toBe(false);
    expect(screenOf(actor.getSnapshot())).toBe('signIn');
  });
});

/**
 * The offer to add a passkey after a password sign-in (src/auth/flows/passkey-offer.ts), through
 * createAuthActor as the app builds it: the device's memory and the browser's prompt are scripted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor, type Actor } from 'xstate';
import type { AuthInput, AuthMachine } from '../../src/auth/machine';
import { AuthError } from '../../src/auth/errors';
import type { OfferedPerson, PasskeyOfferPort, PasskeyPort } from '../../src/auth/passkeys';
import type { CognitoClient } from '../../src/auth/client';
import type { AuthStep } from '../../src/auth/types';
import { OFFER_CHECK_MOST_MS } from '../../src/auth/context';
import { createAuthActor } from '../../src/boot/auth-actor';
import { ISSUER, SESSION, scriptedClient, signedIn, tokensFor } from '../support/scripted-client';

const CHOICE: AuthInput = { firstFactors: ['PASSWORD', 'WEB_AUTHN', 'EMAIL_OTP'] };
const SUB = '7d2c1f3e-0000-4000-8000-000000000001';
const PASSKEY = { id: 'cHNrLTE', name: 'Pixel', attachment: 'platform', createdAt: 0 };
const SELECT: AuthStep = { type: 'challenge', challenge: { name: 'SELECT_CHALLENGE', session: SESSION(1), username: 'uuid-1', available: ['WEB_AUTHN', 'EMAIL_OTP', 'PASSWORD'] } };
const answering: PasskeyPort = { get: async () => '{"id":"cHNr"}', create: async () => '{"id":"cHNr","type":"public-key"}' };

/** The device's memory: due unless told otherwise; what was asked and remembered. */
function memory(due: boolean | (() => Promise<boolean>) = true) {
  const asked: OfferedPerson[] = [];
  const remembered: OfferedPerson[] = [];
  const port: PasskeyOfferPort = {
    due: (person) => {
      asked.push(person);
      return typeof due === 'function' ? due() : Promise.resolve(due);
    },
    remember: (person) => void remembered.push(person),
  };
  return { port, asked, remembered };
}

function start(script: Partial<CognitoClient>, offers: PasskeyOfferPort, passkeys: PasskeyPort = answering, input: AuthInput = CHOICE, delays = {}) {
  const scripted = scriptedClient({
    startUserAuth: async () => SELECT,
    selectChallenge: async () => signedIn('ada@example.com'),
    listPasskeys: async () => [],
    ...script,
  });
  const actor = createAuthActor(scripted.client, input, passkeys, offers, delays);
  actor.start();
  return { actor, ...scripted };
}

type Started = { actor: Actor<AuthMachine> };
const screenIs = (actor: Actor<AuthMachine>, state: string) => actor.getSnapshot().matches({ signedIn: { screen: state } } as never);
const offerAt = (state: string) => ({ signedIn: { screen: { passkeyOffer: state } } }) as never;

/** The password, picked on the choice screen. */
async function signInWithPassword({ actor }: Started) {
  actor.send({ type: 'signIn.continue', email: 'ada@example.com' });
  await waitFor(actor, (s) => s.matches('selectChallenge'));
  actor.send({ type: 'selectChallenge.choose', factor: 'PASSWORD', password: 'Correct-h0rse' });
}

const settled = (actor: Actor<AuthMachine>) => waitFor(actor, (s) => s.matches('signedIn') && !s.hasTag('busy'));

afterEach(() => {
  vi.useRealTimers();
});

describe('the passkey offer after a password sign-in', () => {
  it('is shown to someone without a passkey, once: remembered as this pool and person, then Not now goes on', async () => {
    const { port, asked, remembered } = memory();
    const started = start({}, port);
    await signInWithPassword(started);
    await settled(started.actor);
    expect(started.actor.getSnapshot().matches(offerAt('offer'))).toBe(true);
    expect(started.ops()).toEqual(['startUserAuth', 'selectChallenge', 'listPasskeys']);
    expect(started.calls.at(-1)?.input).toEqual({ accessToken: 'access.token.value' });
    expect(asked).toEqual([{ issuer: ISSUER, sub: SUB }]);
    expect(remembered).toEqual([{ issuer: ISSUER, sub: SUB }]);
    started.actor.send({ type: 'passkeyOffer.skip' });
    expect(screenIs(started.actor, 'home')).toBe(true);
    expect(started.ops()).toEqual(['startUserAuth', 'selectChallenge', 'listPasskeys']);
    expect(remembered).toHaveLength(1);
  });

  it('follows a password on the USER_PASSWORD_AUTH form too, where the page offers passkeys', async () => {
    const { port } = memory();
    const started = start({ signIn: async () => signedIn('ada@example.com') }, port);
    started.actor.send({ type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
    await settled(started.actor);
    expect(started.actor.getSnapshot().matches(offerAt('offer'))).toBe(true);
  });

  it('is not shown where this device offered it before: no call to Cognito at all', async () => {
    const { port, remembered } = memory(false);
    const started = start({}, port);
    await signInWithPassword(started);
    await settled(started.actor);
    expect(screenIs(started.actor, 'home')).toBe(true);
    expect(started.ops()).toEqual(['startUserAuth', 'selectChallenge']);
    expect(remembered).toEqual([]);
  });

  it('is not shown to someone who has a passkey already', async () => {
    const { port, remembered } = memory();
    const started = start({ listPasskeys: async () => [PASSKEY] }, port);
    await signInWithPassword(started);
    await settled(started.actor);
    expect(screenIs(started.actor, 'home')).toBe(true);
    expect(remembered).toEqual([]);
  });

  it('is skipped, silently, when the list fails or the memory fails', async () => {
    for (const [script, due] of [
      [{ listPasskeys: () => Promise.reject(new AuthError('network')) }, true],
      [{}, () => Promise.reject(new Error('storage'))],
    ] as const) {
      const started = start(script, memory(due).port);
      await signInWithPassword(started);
      await settled(started.actor);
      expect(screenIs(started.actor, 'home')).toBe(true);
      expect(started.actor.getSnapshot().context.problems).toEqual({});
    }
  });

  it('never holds the sign-in up: a list with no answer gives way to the signed-in page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const started = start({ listPasskeys: () => new Promise(() => undefined) }, memory().port);
    await signInWithPassword(started);
    await vi.advanceTimersByTimeAsync(10);
    expect(started.actor.getSnapshot().matches(offerAt('listing'))).toBe(true);
    await vi.advanceTimersByTimeAsync(OFFER_CHECK_MOST_MS);
    expect(screenIs(started.actor, 'home')).toBe(true);
  });

  it("holds a check past the time limit where the limit is replaced, as the previews of the checks do", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const started = start({ listPasskeys: () => new Promise(() => undefined) }, memory().port, answering, CHOICE, { offerCheckMost: 2 ** 31 - 1 });
    await signInWithPassword(started);
    await vi.advanceTimersByTimeAsync(OFFER_CHECK_MOST_MS * 10);
    expect(started.actor.getSnapshot().matches(offerAt('listing'))).toBe(true);
  });

  it('is not shown after a way in without the password, on a page without passkeys, or with tokens kept from before', async () => {
    const emailed = memory();
    const code: AuthStep = { type: 'challenge', challenge: { name: 'EMAIL_OTP', session: SESSION(2), username: 'uuid-1' } };
    const byCode = start({ selectChallenge: async () => code, answerCode: async () => signedIn('ada@example.com') }, emailed.port);
    byCode.actor.send({ type: 'signIn.continue', email: 'ada@example.com' });
    await waitFor(byCode.actor, (s) => s.matches('selectChallenge'));
    byCode.actor.send({ type: 'selectChallenge.choose', factor: 'EMAIL_OTP' });
    await waitFor(byCode.actor, (s) => s.matches({ emailChallenge: 'idle' }));
    byCode.actor.send({ type: 'emailChallenge.submit', code: '123456' });
    await settled(byCode.actor);
    expect(screenIs(byCode.actor, 'home')).toBe(true);
    expect(emailed.asked).toEqual([]);

    for (const input of [{}, { firstFactors: ['PASSWORD', 'EMAIL_OTP'] }] as AuthInput[]) {
      const plain = memory();
      const started = start({ signIn: async () => signedIn('ada@example.com') }, plain.port, answering, input);
      started.actor.send({ type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
      await settled(started.actor);
      expect(screenIs(started.actor, 'home')).toBe(true);
      expect(plain.asked).toEqual([]);
    }

    const kept = memory();
    const started = start({}, kept.port, answering, { ...CHOICE, tokens: tokensFor('ada@example.com') });
    expect(screenIs(started.actor, 'home')).toBe(true);
    expect(kept.asked).toEqual([]);
  });

  it('adds a passkey: registration with the access token, the prompt, then the signed-in page saying so', async () => {
    const prompted: string[] = [];
    const prompt: PasskeyPort = { get: answering.get, create: (options, signal) => (prompted.push(options), answering.create(options, signal)) };
    const started = start({ startPasskeyRegistration: async () => '{"challenge":"AAEC"}', completePasskeyRegistration: async () => undefined }, memory().port, prompt);
    await signInWithPassword(started);
    await settled(started.actor);
    started.actor.send({ type: 'passkeyOffer.add' });
    started.actor.send({ type: 'passkeyOffer.add' });
    await settled(started.actor);
    expect(screenIs(started.actor, 'home')).toBe(true);
    expect(started.actor.getSnapshot().context.notice).toBe('passkeyAdded');
    expect(started.calls.slice(3).map((call) => [call.op, call.input])).toEqual([
      ['startPasskeyRegistration', { accessToken: 'access.token.value' }],
      ['completePasskeyRegistration', { accessToken: 'access.token.value', credential: '{"id":"cHNr","type":"public-key"}' }],
    ]);
    // The prompt was given the options StartWebAuthnRegistration returned.
    expect(prompted).toEqual(['{"challenge":"AAEC"}']);
  });

  it('says so when the prompt is closed, then adds on Try again, or goes on with Not now', async () => {
    let create: PasskeyPort['create'] = () => Promise.reject<string>(new AuthError('passkeyCancelled'));
    const passkeys: PasskeyPort = { get: answering.get, create: (options, signal) => create(options, signal) };
    const script = { startPasskeyRegistration: async () => '{"challenge":"AAEC"}', completePasskeyRegistration: async () => undefined };
    const started = start(script, memory().port, passkeys);
    await signInWithPassword(started);
    await settled(started.actor);
    started.actor.send({ type: 'passkeyOffer.add' });
    await waitFor(started.actor, (s) => s.matches(offerAt('failed')));
    expect(started.actor.getSnapshot().context.problems).toEqual({ form: { reason: 'passkeyCancelled' } });
    create = answering.create;
    started.actor.send({ type: 'passkeyOffer.add' });
    await settled(started.actor);
    expect(screenIs(started.actor, 'home')).toBe(true);
    expect(started.ops().filter((op) => op === 'completePasskeyRegistration')).toHaveLength(1);

    const skipping = start({ startPasskeyRegistration: () => Promise.reject(new AuthError('network')) }, memory().port);
    await signInWithPassword(skipping);
    await settled(skipping.actor);
    skipping.actor.send({ type: 'passkeyOffer.add' });
    await waitFor(skipping.actor, (s) => s.matches(offerAt('failed')));
    expect(skipping.actor.getSnapshot().context.problems).toEqual({ form: { reason: 'network' } });
    skipping.actor.send({ type: 'passkeyOffer.skip' });
    expect(screenIs(skipping.actor, 'home')).toBe(true);
    expect(skipping.actor.getSnapshot().context.problems).toEqual({});
  });

  it('signs out when Cognito no longer takes the tokens', async () => {
    const started = start({ startPasskeyRegistration: () => Promise.reject(new AuthError('signedOut')) }, memory().port);
    await signInWithPassword(started);
    await settled(started.actor);
    started.actor.send({ type: 'passkeyOffer.add' });
    await waitFor(started.actor, (s) => s.matches('signIn'));
    expect(started.actor.getSnapshot().context.tokens).toBeNull();
  });
});

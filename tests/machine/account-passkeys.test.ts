/**
 * The account's passkeys page (src/auth/flows/passkeys.ts), through createAuthActor as the app
 * builds it, the browser's prompt scripted: each call carries the access token, the prompt gets
 * StartWebAuthnRegistration's options, and the list shown is the one Cognito gave.
 */
import { describe, expect, it } from 'vitest';
import { waitFor, type Actor } from 'xstate';
import type { AuthInput, AuthMachine } from '../../src/auth/machine';
import type { PasskeyOfferPort, PasskeyPort } from '../../src/auth/passkeys';
import { createAuthActor } from '../../src/boot/auth-actor';
import { scriptedClient, tokensFor } from '../support/scripted-client';

const INPUT: AuthInput = { firstFactors: ['PASSWORD', 'WEB_AUTHN'], tokens: tokensFor('ada@example.com') };
const ACCESS = { accessToken: 'access.token.value' };
const PIXEL = { id: 'cHNrLTE', name: 'Pixel', attachment: 'platform', createdAt: 0 };
const KEY = { id: 'cHNrLTI', name: 'Key', attachment: 'cross-platform', createdAt: 1 };
const NEVER_OFFERED: PasskeyOfferPort = { due: async () => false, remember: () => undefined };

const idle = (actor: Actor<AuthMachine>) => waitFor(actor, (s) => !s.hasTag('busy'));
const onPage = (actor: Actor<AuthMachine>, state: string) => actor.getSnapshot().matches({ signedIn: { screen: { passkeys: state } } } as never);

async function atPasskeysPage(lists: unknown[][]) {
  const created: string[] = [];
  const prompt: PasskeyPort = {
    get: () => Promise.reject(new Error('not asked here')),
    create: async (options) => (created.push(options), '{"id":"cHNrLTM","type":"public-key"}'),
  };
  let listed = 0;
  const scripted = scriptedClient({
    getMfaSettings: async () => ({ enabled: [], preferred: null }),
    listPasskeys: async () => lists[Math.min(listed++, lists.length - 1)] as never,
    startPasskeyRegistration: async () => '{"challenge":"AAEC"}',
    completePasskeyRegistration: async () => undefined,
    deletePasskey: async () => undefined,
  });
  const actor = createAuthActor(scripted.client, INPUT, prompt, NEVER_OFFERED);
  actor.start();
  actor.send({ type: 'signedIn.openAccount' });
  await idle(actor);
  actor.send({ type: 'account.passkeys' });
  await idle(actor);
  return { actor, created, ...scripted };
}

describe("the account's passkeys page", () => {
  it('lists the passkeys Cognito gives, with the access token', async () => {
    const { actor, calls } = await atPasskeysPage([[PIXEL, KEY]]);
    expect(onPage(actor, 'ready')).toBe(true);
    expect(actor.getSnapshot().context.passkeys).toEqual([PIXEL, KEY]);
    expect(calls.filter((call) => call.op === 'listPasskeys').map((call) => call.input)).toEqual([ACCESS]);
  });

  it("adds one: registration started with the access token, the prompt given its options, the credential completed, the list read again", async () => {
    const { actor, calls, created } = await atPasskeysPage([[PIXEL], [PIXEL, KEY]]);
    actor.send({ type: 'passkeys.add' });
    await idle(actor);
    expect(created).toEqual(['{"challenge":"AAEC"}']);
    expect(calls.slice(-3).map((call) => [call.op, call.input])).toEqual([
      ['startPasskeyRegistration', ACCESS],
      ['completePasskeyRegistration', { ...ACCESS, credential: '{"id":"cHNrLTM","type":"public-key"}' }],
      ['listPasskeys', ACCESS],
    ]);
    expect(actor.getSnapshot().context.notice).toBe('passkeyAdded');
    expect(actor.getSnapshot().context.passkeys).toEqual([PIXEL, KEY]);
  });

  it('deletes one only once it is confirmed, by its id and with the access token', async () => {
    const { actor, calls } = await atPasskeysPage([[PIXEL, KEY], [PIXEL]]);
    actor.send({ type: 'passkeys.delete', id: KEY.id });
    expect(onPage(actor, 'confirmingDelete')).toBe(true);
    expect(calls.some((call) => call.op === 'deletePasskey')).toBe(false);
    actor.send({ type: 'passkeys.confirmDelete' });
    await idle(actor);
    expect(calls.slice(-2).map((call) => [call.op, call.input])).toEqual([
      ['deletePasskey', { ...ACCESS, id: KEY.id }],
      ['listPasskeys', ACCESS],
    ]);
    expect(actor.getSnapshot().context.passkeys).toEqual([PIXEL]);
    expect(actor.getSnapshot().context.notice).toBe('passkeyDeleted');
  });
});

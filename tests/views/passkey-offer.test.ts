/** The offer to add a passkey after a password sign-in (src/views/PasskeyOffer.svelte). */
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/svelte';
import { waitFor as waitForState } from 'xstate';
import PasskeyOffer from '../../src/views/PasskeyOffer.svelte';
import { AuthError, type AuthErrorCode } from '../../src/auth/errors';
import type { PasskeyPort } from '../../src/auth/passkeys';
import type { CognitoClient } from '../../src/auth/client';
import { createAuthActor } from '../../src/boot/auth-actor';
import { OFFER_DUE, scriptedClient, signedIn } from '../support/scripted-client';
import { renderView } from '../support/render-view';
import { en } from '../../src/i18n/en';

const offerAt = (state: string) => ({ signedIn: { screen: { passkeyOffer: state } } }) as never;

async function offered(script: Partial<CognitoClient>, create: PasskeyPort['create']) {
  const scripted = scriptedClient({ signIn: async () => signedIn('ada@example.com'), listPasskeys: async () => [], ...script });
  const actor = createAuthActor(scripted.client, { firstFactors: ['PASSWORD', 'WEB_AUTHN'] }, { get: create, create }, OFFER_DUE);
  actor.start();
  actor.send({ type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
  await waitForState(actor, (s) => s.matches(offerAt('offer')));
  return { actor, ...scripted };
}

describe('the passkey offer', () => {
  it('asks, and adds a passkey on one click however often it is clicked', async () => {
    let finish!: (credential: string) => void;
    const { actor, ops } = await offered(
      { startPasskeyRegistration: async () => '{"challenge":"AAEC"}', completePasskeyRegistration: async () => undefined },
      () => new Promise((resolve) => (finish = resolve)),
    );
    const { user } = renderView(PasskeyOffer, actor);
    expect(screen.getByRole('heading', { name: en.passkeyOffer.heading })).toBeInTheDocument();
    expect(screen.getByText(en.passkeyOffer.intro)).toBeInTheDocument();
    const add = screen.getByRole('button', { name: en.passkeys.add });
    await user.click(add);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(en.passkeys.creating));
    expect(add).toBeDisabled();
    expect(screen.getByRole('button', { name: en.passkeyOffer.notNow })).toBeDisabled();
    await user.click(add);
    finish('{"id":"cHNr"}');
    await waitForState(actor, (s) => s.matches({ signedIn: { screen: 'home' } }));
    expect(ops().filter((op) => op === 'startPasskeyRegistration')).toHaveLength(1);
    expect(actor.getSnapshot().context.notice).toBe('passkeyAdded');
  });

  it('says why adding failed in its own words, with Try again and Not now', async () => {
    const { actor } = await offered({ startPasskeyRegistration: async () => '{"challenge":"AAEC"}' }, () => Promise.reject(new AuthError('passkeyCancelled')));
    const { user } = renderView(PasskeyOffer, actor);
    await user.click(screen.getByRole('button', { name: en.passkeys.add }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(en.problemsOnScreen.passkeyOffer.passkeyCancelled));
    // Not the sign-in's sentence, which sends the person who just signed in to "sign in another way".
    expect(screen.getByRole('alert')).not.toHaveTextContent(en.problems.passkeyCancelled);
    expect(screen.getByRole('button', { name: en.retry })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: en.passkeyOffer.notNow }));
    expect(actor.getSnapshot().matches({ signedIn: { screen: 'home' } })).toBe(true);
  });

  // Every problem the offer has a sentence for, from the step that gives it: the browser's prompt,
  // or Cognito's StartWebAuthnRegistration / CompleteWebAuthnRegistration.
  const FROM_PROMPT = new Set<AuthErrorCode>(['passkeyCancelled', 'passkeyExists', 'passkeyWrongDomain', 'passkeyUnsupported']);
  const OWN = Object.keys(en.problemsOnScreen.passkeyOffer) as (keyof typeof en.problemsOnScreen.passkeyOffer)[];
  it.each(OWN.flatMap((code) => (FROM_PROMPT.has(code) ? [{ code, step: 'create' }] : [{ code, step: 'start' }, { code, step: 'complete' }])))(
    'says $code (failed at $step) in the offer’s words, ending in Try again or Not now',
    async ({ code, step }) => {
      const fail = () => Promise.reject(new AuthError(code));
      const { actor } = await offered(
        {
          startPasskeyRegistration: step === 'start' ? fail : async () => '{"challenge":"AAEC"}',
          completePasskeyRegistration: step === 'complete' ? fail : async () => undefined,
        },
        step === 'create' ? fail : async () => '{"id":"cHNr"}',
      );
      const { user } = renderView(PasskeyOffer, actor);
      await user.click(screen.getByRole('button', { name: en.passkeys.add }));
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(en.problemsOnScreen.passkeyOffer[code]));
      expect(en.problemsOnScreen.passkeyOffer[code]).toContain(`“${en.passkeyOffer.notNow}”`);
      expect(en.problemsOnScreen.passkeyOffer[code]).not.toMatch(/sign in another way/i);
      expect(screen.getByRole('button', { name: en.retry })).toBeEnabled();
    },
  );

  it('says it is signing in while it decides whether to offer', async () => {
    const scripted = scriptedClient({ signIn: async () => signedIn('ada@example.com'), listPasskeys: () => new Promise(() => undefined) });
    const actor = createAuthActor(scripted.client, { firstFactors: ['PASSWORD', 'WEB_AUTHN'] }, { get: async () => '', create: async () => '' }, OFFER_DUE);
    actor.start();
    actor.send({ type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
    await waitForState(actor, (s) => s.matches(offerAt('listing')));
    renderView(PasskeyOffer, actor);
    expect(screen.getByRole('heading', { name: en.passkeyOffer.checking })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    actor.stop();
  });
});

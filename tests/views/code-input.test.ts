/**
 * The code field (parts/CodeInput.svelte): full-width digits from an input method, a composition
 * left alone until it ends, and a whole message pasted.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { waitFor as waitForState } from 'xstate';
import TotpChallenge from '../../src/views/TotpChallenge.svelte';
import { SESSION, signedIn, startAuth } from '../support/scripted-client';
import { renderView } from '../support/render-view';
import { en } from '../../src/i18n/en';

async function atCodeScreen() {
  const started = startAuth({
    signIn: async () => ({ type: 'challenge', challenge: { name: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: 'uuid-1' } }),
    answerCode: async () => signedIn('ada@example.com'),
  });
  started.actor.send({ type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
  await waitForState(started.actor, (s) => s.matches({ totpChallenge: 'idle' }));
  const rendered = renderView(TotpChallenge, started.actor);
  return { ...started, ...rendered, input: screen.getByLabelText(en.fields.code) as HTMLInputElement };
}

describe('the code field', () => {
  it('takes full-width digits as the digits they are, and sends them', async () => {
    const { user, input, actor, calls } = await atCodeScreen();
    await user.type(input, '１２３４５６');
    expect(input).toHaveValue('123456');
    await user.click(screen.getByRole('button', { name: en.totpChallenge.submit }));
    await waitFor(() => expect(actor.getSnapshot().matches('signedIn')).toBe(true));
    expect(calls.at(-1)?.input).toMatchObject({ code: '123456' });
  });

  it('leaves the value alone while an input method composes, and tidies it when the composition ends', async () => {
    const { input } = await atCodeScreen();
    await fireEvent.compositionStart(input, { data: '' });
    for (const typed of ['１', '１２', '１２３']) {
      input.value = typed;
      await fireEvent.input(input, { data: typed, isComposing: true });
      // Rewriting the value now would break the composition.
      expect(input).toHaveValue(typed);
    }
    await fireEvent.compositionEnd(input, { data: '１２３' });
    await waitFor(() => expect(input).toHaveValue('123'));
  });

  it('reads the code out of a whole message pasted into it, however long', async () => {
    const { user, input } = await atCodeScreen();
    expect(input).not.toHaveAttribute('maxlength');
    await user.click(input);
    await user.paste('Your verification code is 482 913. It expires in 3 minutes.');
    expect(input).toHaveValue('482913');
  });

  it('keeps at most six digits typed', async () => {
    const { user, input } = await atCodeScreen();
    await user.type(input, '1234567');
    expect(input).toHaveValue('123456');
  });
});

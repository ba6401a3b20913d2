/** Screens when an answer from Cognito is lost: what the person sees, and what the buttons do. */
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import { waitFor as waitForState } from 'xstate';
import TotpSetup from '../../src/views/TotpSetup.svelte';
import { AuthError } from '../../src/auth/errors';
import SignIn from '../../src/views/SignIn.svelte';
import SignUp from '../../src/views/SignUp.svelte';
import Account from '../../src/views/Account.svelte';
import ConfirmSignUp from '../../src/views/ConfirmSignUp.svelte';
import SignedIn from '../../src/views/SignedIn.svelte';
import App from '../../src/App.svelte';
import { I18n } from '../../src/lib/i18n.svelte';
import { deferred, failsThen, lostAnswer, SESSION, signedIn, startAuth, tokensFor } from '../support/scripted-client';
import { renderView } from '../support/render-view';
import { en } from '../../src/i18n/en';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('authenticator setup when its last step gets no answer', () => {
  it('says the app is verified, shows the network problem, and finishes on “Try again”', async () => {
    const { actor, calls } = startAuth({
      signIn: async () => ({
        type: 'challenge',
        challenge: { name: 'MFA_SETUP', session: SESSION(1), username: 'uuid-1', canSetup: ['SOFTWARE_TOKEN_MFA'] },
      }),
      associateSoftwareToken: async () => ({ secret: SECRET, session: SESSION(2) }),
      verifySoftwareToken: async () => ({ session: SESSION(3) }),
      completeMfaSetup: failsThen([lostAnswer()], () => signedIn('ada@example.com')),
    });
    actor.send({ type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
    await waitForState(actor, (s) => s.matches({ totpSetup: 'ready' }));
    const { user } = renderView(TotpSetup, actor);
    await user.type(screen.getByLabelText(en.fields.code), '123456');
    await user.click(screen.getByRole('button', { name: en.totpSetup.submit }));

    await screen.findByText(en.totpSetup.verified);
    expect(screen.getByRole('alert')).toHaveTextContent(en.problems.network);
    // Verified: no second code is asked for.
    expect(screen.queryByLabelText(en.fields.code)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.retry }));
    await waitFor(() => expect(actor.getSnapshot().matches('signedIn')).toBe(true));
    expect(calls.filter((call) => call.op === 'completeMfaSetup').map((call) => call.input)).toEqual([
      { session: SESSION(3), username: 'uuid-1' },
      { session: SESSION(3), username: 'uuid-1' },
    ]);
  });
});

describe('secondary actions while a request is out', () => {
  it('sign-in: the links to the other forms still work, with the email typed', async () => {
    const { actor } = startAuth({ signIn: () => deferred<never>().promise });
    const { user } = renderView(SignIn, actor);
    await user.type(screen.getByLabelText(en.fields.email), 'ada@example.com');
    await user.type(screen.getByLabelText(en.fields.password), 'Correct-h0rse{Enter}');
    expect(screen.getByRole('button', { name: en.busy })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: en.signIn.toSignUp }));
    expect(actor.getSnapshot().matches({ signUp: 'idle' })).toBe(true);
    expect(actor.getSnapshot().context.email).toBe('ada@example.com');
  });

  it('sign-in: “Forgot your password?” still works', async () => {
    const { actor } = startAuth({ signIn: () => deferred<never>().promise });
    const { user } = renderView(SignIn, actor);
    await user.type(screen.getByLabelText(en.fields.email), 'ada@example.com');
    await user.type(screen.getByLabelText(en.fields.password), 'Correct-h0rse{Enter}');
    await user.click(screen.getByRole('button', { name: en.signIn.forgot }));
    expect(actor.getSnapshot().matches({ forgotPassword: 'idle' })).toBe(true);
  });

  it('sign-up: the link to sign-in still works', async () => {
    const { actor } = startAuth({ signUp: () => deferred<never>().promise });
    actor.send({ type: 'signIn.toSignUp' });
    const { user } = renderView(SignUp, actor);
    await user.type(screen.getByLabelText(en.fields.email), 'ada@example.com');
    await user.type(screen.getByLabelText(en.fields.password), 'Correct-h0rse!{Enter}');
    expect(actor.getSnapshot().matches({ signUp: 'submitting' })).toBe(true);
    await user.click(screen.getByRole('button', { name: en.signUp.toSignIn }));
    expect(actor.getSnapshot().matches({ signIn: 'idle' })).toBe(true);
  });

  it('confirming: “Send a new code”, which sends, is disabled; “Back” still works', async () => {
    const { actor } = startAuth(
      { signUp: async () => ({ userConfirmed: false, delivery: null }), confirmSignUp: () => deferred<never>().promise },
      { resendCooldownMs: 0 },
    );
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: 'ada@example.com', password: 'Correct-h0rse!' });
    await waitForState(actor, (s) => s.matches({ confirmSignUp: 'idle' }));
    const { user } = renderView(ConfirmSignUp, actor);
    await user.type(screen.getByLabelText(en.fields.code), '123456{Enter}');
    expect(screen.getByRole('button', { name: en.code.resend })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: en.back }));
    expect(actor.getSnapshot().matches({ signIn: 'idle' })).toBe(true);
  });

  it('account: “Change password” works while the settings load, and after they failed to', async () => {
    const loads = [
      ['loading', () => deferred<never>().promise],
      ['failed', failsThen([lostAnswer()], () => ({ enabled: [], preferred: null }))],
    ] as const;
    for (const [state, getMfaSettings] of loads) {
      const { actor } = startAuth({ signIn: async () => signedIn('ada@example.com'), getMfaSettings });
      actor.send({ type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
      await waitForState(actor, (s) => s.matches('signedIn'));
      actor.send({ type: 'signedIn.openAccount' });
      await waitForState(actor, (s) => s.matches({ signedIn: { screen: { account: state } } }));
      const { user, unmount } = renderView(Account, actor);
      await user.click(screen.getByRole('button', { name: en.account.changePassword }));
      expect(actor.getSnapshot().matches({ signedIn: { screen: 'changePassword' } })).toBe(true);
      unmount();
    }
  });
});

describe('the signed-in page during an outage', () => {
  const expired = () => ({ ...tokensFor('ada@example.com'), expiresAt: Date.now() - 1_000 });

  it('says it is reconnecting while the tokens have expired and the refresh fails, and stops saying so once one gets through', async () => {
    let online = false;
    const { actor } = startAuth(
      {
        refresh: async () => {
          if (!online) throw new AuthError('network');
          return { ...tokensFor('ada@example.com'), expiresAt: Date.now() + 3600_000 };
        },
      },
      { tokens: expired() },
    );
    renderView(SignedIn, actor);
    const status = await screen.findByText(en.signedIn.reconnecting);
    expect(status).toHaveAttribute('role', 'status');
    expect(screen.getByText(en.signedIn.as('ada@example.com'))).toBeInTheDocument();

    online = true;
    actor.send({ type: 'connection.online' });
    await waitFor(() => expect(screen.queryByText(en.signedIn.reconnecting)).not.toBeInTheDocument());
    expect(actor.getSnapshot().matches({ signedIn: { tokens: 'fresh' } })).toBe(true);
  });

  it('hears from the browser that it is online again: the app passes it to the machine', async () => {
    const refreshes: number[] = [];
    const { actor } = startAuth(
      {
        refresh: async () => {
          refreshes.push(Date.now());
          throw new AuthError('network');
        },
      },
      { tokens: expired() },
    );
    render(App, { props: { actor, i18n: new I18n(en) } });
    await waitFor(() => expect(actor.getSnapshot().hasTag('reconnecting')).toBe(true));
    expect(refreshes).toHaveLength(1);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(refreshes).toHaveLength(2));
  });
});

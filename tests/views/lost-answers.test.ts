/** Screens when an answer from Cognito is lost: what the person sees, and what the buttons do. */
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/svelte';
import { waitFor as waitForState } from 'xstate';
import TotpSetup from '../../src/views/TotpSetup.svelte';
import { failsThen, lostAnswer, SESSION, signedIn, startAuth } from '../support/scripted-client';
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

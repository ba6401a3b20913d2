/**
 * The whole journey through the real views, the real adapter and SDK, and the simulated pool:
 * sign up, confirm, first sign-in with MFA setup, sign out, sign in with an authenticator code.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/svelte';
import { useSimulatedCognito } from '../support/simulated-server';
import { totpCode } from '../../src/simulated/totp';
import { en } from '../../src/i18n/en';
import { renderApp } from '../support/render-app';

const simulated = useSimulatedCognito();
const targets = simulated.targets;

const EMAIL = 'grace@example.com';
const PASSWORD = 'Correct-h0rse';

describe('the journey on the simulated pool', () => {
  it('signs up, confirms, sets up an authenticator in four calls, signs out and back in with a code', async () => {
    const { user } = renderApp();

    await user.click(screen.getByRole('button', { name: en.signIn.toSignUp }));
    await user.type(await screen.findByLabelText(en.fields.email), EMAIL);
    await user.type(screen.getByLabelText(en.fields.password), `${PASSWORD}{Enter}`);

    await screen.findByRole('heading', { name: en.confirmSignUp.heading });
    expect(screen.getByText(/g\*+@e\*+\.com/)).toBeInTheDocument();
    const signUpCode = simulated.inbox.latest(EMAIL, 'signUp')?.code ?? '';
    expect(signUpCode).toMatch(/^\d{6}$/);
    await user.type(screen.getByLabelText(en.fields.code), `${signUpCode}{Enter}`);

    // Confirmed: signed in with the password held from the form, straight into MFA setup.
    await screen.findByRole('heading', { name: en.totpSetup.heading });
    const key = (await screen.findByLabelText(en.totpSetup.secretLabel)).textContent!.replace(/\s/g, '');
    expect(key).toMatch(/^[A-Z2-7]{16,}$/);
    const passwordCalls = targets.length;

    await user.type(screen.getByLabelText(en.fields.code), '000000');
    await user.click(screen.getByRole('button', { name: en.totpSetup.submit }));
    await waitFor(() => expect(screen.getByLabelText(en.fields.code)).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText(en.totpSetup.secretLabel).textContent!.replace(/\s/g, '')).toBe(key);

    await user.clear(screen.getByLabelText(en.fields.code));
    await user.type(screen.getByLabelText(en.fields.code), totpCode(key, Date.now()));
    await user.click(screen.getByRole('button', { name: en.totpSetup.submit }));
    await screen.findByRole('heading', { name: en.signedIn.heading });
    expect(screen.getByText(`Signed in as ${EMAIL}`)).toBeInTheDocument();
    expect(targets.slice(passwordCalls - 2)).toEqual([
      'InitiateAuth',
      'AssociateSoftwareToken',
      'VerifySoftwareToken',
      'VerifySoftwareToken',
      'RespondToAuthChallenge',
    ]);
    expect(targets.slice(0, 4)).toEqual(['SignUp', 'ConfirmSignUp', 'InitiateAuth', 'AssociateSoftwareToken']);

    await user.click(screen.getByRole('button', { name: en.signedIn.signOut }));
    await screen.findByText(en.notices.signedOut);
    expect(screen.getByLabelText(en.fields.email)).toHaveValue(EMAIL);

    await user.type(screen.getByLabelText(en.fields.password), `${PASSWORD}{Enter}`);
    await screen.findByRole('heading', { name: en.totpChallenge.heading });
    // The code of the next 30-second step: the one just used for setup cannot be used again.
    await user.type(screen.getByLabelText(en.fields.code), `${totpCode(key, Date.now() + 30_000)}{Enter}`);
    await screen.findByRole('heading', { name: en.signedIn.heading });
  });
});

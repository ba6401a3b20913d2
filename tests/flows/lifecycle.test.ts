/**
 * The rest of the account lifecycle through the real views, adapter and SDK, on the simulated pool:
 * an authenticator turned on from the account page (MFA optional), a forgotten password reset.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/svelte';
import { useSimulatedCognito } from '../support/simulated-server';
import { seedDemoUsers, demoUser, DEMO_PASSWORD } from '../../src/simulated/demo-users';
import { settingsFor } from '../../src/simulated/scenarios';
import { totpCode } from '../../src/simulated/totp';
import { en } from '../../src/i18n/en';
import { renderApp } from '../support/render-app';

const simulated = useSimulatedCognito(settingsFor('mfa-optional'));
const targets = simulated.targets;

describe('on a pool where MFA is optional', () => {
  it('turns an authenticator on from the account page; the next sign-in asks for its code', async () => {
    seedDemoUsers(simulated.pool);
    const person = demoUser('noMfa');
    const { user } = renderApp();
    await user.type(screen.getByLabelText(en.fields.email), person.email);
    await user.type(screen.getByLabelText(en.fields.password), `${DEMO_PASSWORD}{Enter}`);
    await screen.findByRole('heading', { name: en.signedIn.heading });

    await user.click(screen.getByRole('button', { name: en.signedIn.account }));
    await user.click(await screen.findByRole('button', { name: en.account.setUpTotp }));
    const key = (await screen.findByLabelText(en.totpSetup.secretLabel)).textContent!.replace(/\s/g, '');
    expect(screen.queryByText(/Time left/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(en.fields.code), totpCode(key, Date.now()));
    await user.click(screen.getByRole('button', { name: en.totpSetup.submit }));
    await screen.findByText(en.notices.totpEnabled);
    expect(await screen.findByText(en.account.preferred)).toBeInTheDocument();
    expect(targets).toEqual([
      'InitiateAuth',
      'GetUser',
      'AssociateSoftwareToken',
      'VerifySoftwareToken',
      'SetUserMFAPreference',
      'GetUser',
    ]);

    await user.click(screen.getByRole('button', { name: en.backToHome }));
    await user.click(await screen.findByRole('button', { name: en.signedIn.signOut }));
    await screen.findByText(en.notices.signedOut);
    await user.type(screen.getByLabelText(en.fields.password), `${DEMO_PASSWORD}{Enter}`);
    await screen.findByRole('heading', { name: en.totpChallenge.heading });
    await user.type(screen.getByLabelText(en.fields.code), `${totpCode(key, Date.now() + 30_000)}{Enter}`);
    await screen.findByRole('heading', { name: en.signedIn.heading });
  });

  it('resets a forgotten password with the emailed code and signs in with the new one', async () => {
    seedDemoUsers(simulated.pool);
    const person = demoUser('noMfa');
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: en.signIn.forgot }));
    await screen.findByRole('heading', { name: en.forgotPassword.heading });
    await user.type(screen.getByLabelText(en.fields.email), `${person.email}{Enter}`);
    await screen.findByRole('heading', { name: en.resetPassword.heading });
    const code = simulated.inbox.latest(person.email, 'forgotPassword')?.code ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await user.type(screen.getByLabelText(en.fields.code), code);
    await user.type(screen.getByLabelText(en.fields.newPassword), 'Fresh-passw0rd!{Enter}');
    await screen.findByRole('heading', { name: en.signedIn.heading });
    expect(targets).toEqual(['ForgotPassword', 'ConfirmForgotPassword', 'InitiateAuth']);

    await user.click(screen.getByRole('button', { name: en.signedIn.signOut }));
    await screen.findByText(en.notices.signedOut);
    await user.type(screen.getByLabelText(en.fields.password), `${DEMO_PASSWORD}{Enter}`);
    await waitFor(() => expect(screen.getByLabelText(en.fields.password)).toHaveAccessibleDescription(en.problems.wrongCredentials));
  });
});

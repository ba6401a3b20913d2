import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/svelte';
import { waitFor as waitForState } from 'xstate';
import Account from '../../src/views/Account.svelte';
import ChangePassword from '../../src/views/ChangePassword.svelte';
import ResetPassword from '../../src/views/ResetPassword.svelte';
import NewPassword from '../../src/views/NewPassword.svelte';
import TotpSetup from '../../src/views/TotpSetup.svelte';
import { AuthError } from '../../src/auth/errors';
import type { CognitoClient } from '../../src/auth/client';
import type { MfaSettings } from '../../src/auth/types';
import type { AuthInput } from '../../src/auth/context';
import { signedIn, startAuth } from '../support/scripted-client';
import { renderView } from '../support/render-view';
import { en } from '../../src/i18n/en';

async function account(settings: MfaSettings, script: Partial<CognitoClient> = {}, input: AuthInput = {}) {
  const started = startAuth({ signIn: async () => signedIn('ada@example.com'), getMfaSettings: async () => settings, ...script }, input);
  started.actor.send({ type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
  await waitForState(started.actor, (s) => s.matches('signedIn'));
  started.actor.send({ type: 'signedIn.openAccount' });
  await waitForState(started.actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }));
  return started;
}

describe('the account page', () => {
  it('offers to set up an authenticator app when none is on', async () => {
    const { actor } = await account({ enabled: [], preferred: null });
    const { user } = renderView(Account, actor);
    expect(screen.getByRole('heading', { level: 2, name: en.account.mfaHeading })).toBeInTheDocument();
    expect(screen.getByText(en.account.off)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.account.setUpTotp }));
    expect(actor.getSnapshot().matches('totpSetup')).toBe(true);
  });

  it('shows which factors are on and which is used first, and can turn one off', async () => {
    const { actor, calls } = await account(
      { enabled: ['SOFTWARE_TOKEN_MFA', 'SMS_MFA'], preferred: 'SMS_MFA' },
      { setMfaPreference: async () => undefined },
    );
    const { user } = renderView(Account, actor);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[1]).getByText(en.account.preferred)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.account.prefer('Authenticator app') }));
    await waitFor(() => expect(calls.some((c) => c.op === 'setMfaPreference')).toBe(true));
    expect(calls.find((c) => c.op === 'setMfaPreference')?.input).toMatchObject({ preferred: 'SOFTWARE_TOKEN_MFA' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(en.notices.mfaUpdated));
  });
});

describe('the account page where the pool requires MFA', () => {
  it('does not offer to turn off the only second step, and says why', async () => {
    const { actor } = await account({ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' }, {}, { mfaRequired: true });
    renderView(Account, actor);
    expect(screen.getByText(en.account.on)).toBeInTheDocument();
    expect(screen.getByText(en.account.requiredOnly)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.account.turnOff('Authenticator app') })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.account.replaceTotp })).toBeInTheDocument();
  });

  it('offers to turn off either of two', async () => {
    const { actor } = await account({ enabled: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'], preferred: null }, {}, { mfaRequired: true });
    renderView(Account, actor);
    expect(screen.getByRole('button', { name: en.account.turnOff('Authenticator app') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.account.turnOff('Email') })).toBeInTheDocument();
    expect(screen.queryByText(en.account.requiredOnly)).not.toBeInTheDocument();
  });

  it('shows SMS codes sent to the phone number as on, with no way to turn them off, though GetUser does not list them', async () => {
    const { actor } = await account({ enabled: [], preferred: null, smsByPhone: true }, {}, { mfaRequired: true });
    renderView(Account, actor);
    const sms = screen.getAllByRole('listitem')[1];
    expect(within(sms).getByText('Text message (SMS)')).toBeInTheDocument();
    expect(within(sms).getByText(en.account.on)).toBeInTheDocument();
    expect(within(sms).getByText(en.account.smsByPhone)).toBeInTheDocument();
    expect(within(sms).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.account.setUpTotp })).toBeInTheDocument();
  });
});

describe('an authenticator verified but not turned on', () => {
  async function verifiedNotOn() {
    let failing = true;
    let settings: MfaSettings = { enabled: [], preferred: null };
    const started = await account(settings, {
      getMfaSettings: async () => settings,
      associateSoftwareToken: async () => ({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }),
      verifySoftwareToken: async () => ({}),
      setMfaPreference: async () => {
        if (failing) throw new AuthError('network');
        settings = { enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' };
      },
    });
    started.actor.send({ type: 'account.setUpTotp' });
    await waitForState(started.actor, (s) => s.matches({ totpSetup: 'ready' }));
    started.actor.send({ type: 'totpSetup.verify', code: '123456', deviceName: '' });
    await waitForState(started.actor, (s) => s.matches({ totpSetup: 'enableFailed' }));
    return { ...started, succeed: () => (failing = false) };
  }

  it('says the code was accepted and tries again without a code field', async () => {
    const { actor, ops, succeed } = await verifiedNotOn();
    const { user } = renderView(TotpSetup, actor);
    expect(screen.getByText(en.totpSetup.notTurnedOn)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(en.problems.network);
    expect(screen.queryByLabelText(en.fields.code)).not.toBeInTheDocument();
    succeed();
    await user.click(screen.getByRole('button', { name: en.retry }));
    await waitFor(() => expect(actor.getSnapshot().context.notice).toBe('totpEnabled'));
    expect(ops().filter((op) => op === 'verifySoftwareToken')).toHaveLength(1);
    expect(ops().filter((op) => op === 'setMfaPreference')).toHaveLength(2);
  });

  it('shows it on the account page with the one button that turns it on', async () => {
    const { actor, calls, succeed } = await verifiedNotOn();
    actor.send({ type: 'back' });
    await waitForState(actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }));
    const { user } = renderView(Account, actor);
    expect(screen.getByText(en.account.verifiedNotOn)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.account.setUpTotp })).not.toBeInTheDocument();
    succeed();
    const before = calls.length;
    await user.click(screen.getByRole('button', { name: en.account.turnOnTotp }));
    await waitFor(() => expect(screen.getByText(en.account.on)).toBeInTheDocument());
    expect(calls.slice(before).map((c) => c.op)).toEqual(['setMfaPreference', 'getMfaSettings']);
    expect(screen.queryByText(en.account.verifiedNotOn)).not.toBeInTheDocument();
  });
});

describe('password screens', () => {
  it('puts a wrong current password at the current password field', async () => {
    const { actor } = await account({ enabled: [], preferred: null }, {
      changePassword: async () => {
        throw new AuthError('wrongCredentials');
      },
    });
    actor.send({ type: 'account.changePassword' });
    const { user } = renderView(ChangePassword, actor);
    await user.type(screen.getByLabelText(en.fields.currentPassword), 'Not-my-passw0rd');
    await user.type(screen.getByLabelText(en.fields.newPassword), 'Brand-new-passw0rd');
    await user.click(screen.getByRole('button', { name: en.changePassword.submit }));
    await waitFor(() => expect(screen.getByLabelText(en.fields.currentPassword)).toHaveAccessibleDescription(en.problems.wrongCurrentPassword));
    expect(screen.getByLabelText(en.fields.newPassword)).toHaveValue('Brand-new-passw0rd');
  });

  it('asks for the code and a new password that meets the rules', async () => {
    const { actor, calls } = startAuth({ forgotPassword: async () => ({ destination: 'a***@e***.com', medium: 'EMAIL' }) });
    actor.send({ type: 'signIn.toForgotPassword', email: 'ada@example.com' });
    actor.send({ type: 'forgotPassword.submit', email: 'ada@example.com' });
    await waitForState(actor, (s) => s.matches({ resetPassword: 'idle' }));
    const { user } = renderView(ResetPassword, actor);
    expect(screen.getByText(en.resetPassword.sentTo('a***@e***.com'))).toBeInTheDocument();
    await user.type(screen.getByLabelText(en.fields.code), '123456');
    await user.type(screen.getByLabelText(en.fields.newPassword), 'weak{Enter}');
    expect(screen.getByLabelText(en.fields.newPassword)).toHaveAttribute('aria-invalid', 'true');
    expect(calls.map((c) => c.op)).toEqual(['forgotPassword']);
  });

  it('asks an administrator-created account for the attributes the pool requires', async () => {
    const { actor, calls } = startAuth({
      signIn: async () => ({
        type: 'challenge',
        challenge: { name: 'NEW_PASSWORD_REQUIRED', session: 'AYABe'.padEnd(30, 'x'), username: 'uuid', requiredAttributes: ['given_name'] },
      }),
      setNewPassword: async () => signedIn('ada@example.com'),
    });
    actor.send({ type: 'signIn.submit', email: 'ada@example.com', password: 'TempPassw0rd!' });
    await waitForState(actor, (s) => s.matches('newPassword'));
    const { user } = renderView(NewPassword, actor);
    await user.type(screen.getByLabelText(en.fields.newPassword), 'Mine-passw0rd!');
    await user.type(screen.getByLabelText(en.attributes.given_name), 'Ada');
    await user.click(screen.getByRole('button', { name: en.newPassword.submit }));
    await waitFor(() => expect(actor.getSnapshot().matches('signedIn')).toBe(true));
    expect(calls[1].input).toMatchObject({ password: 'Mine-passw0rd!', attributes: { given_name: 'Ada' } });
  });
});

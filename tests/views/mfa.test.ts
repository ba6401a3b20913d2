import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { waitFor as waitForState } from 'xstate';
import TotpSetup from '../../src/views/TotpSetup.svelte';
import TotpChallenge from '../../src/views/TotpChallenge.svelte';
import SmsChallenge from '../../src/views/SmsChallenge.svelte';
import EmailChallenge from '../../src/views/EmailChallenge.svelte';
import SelectMfaType from '../../src/views/SelectMfaType.svelte';
import SignedIn from '../../src/views/SignedIn.svelte';
import SignIn from '../../src/views/SignIn.svelte';
import MfaSetupChoice from '../../src/views/MfaSetupChoice.svelte';
import { AuthError } from '../../src/auth/errors';
import type { CognitoClient } from '../../src/auth/client';
import type { AuthStep, Challenge, MfaType } from '../../src/auth/types';
import { SESSION, deferred, signedIn, startAuth } from '../support/scripted-client';
import { renderView } from '../support/render-view';
import { en } from '../../src/i18n/en';
import { qrDataUrl } from '../../src/lib/qr';

// The real encoder, watched; a test may make it fail.
vi.mock('../../src/lib/qr', { spy: true });

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

async function at(challenge: Challenge, script: Partial<CognitoClient> = {}) {
  const started = startAuth(
    { signIn: async () => ({ type: 'challenge', challenge }), ...script },
    { totpIssuer: 'Acme: Cloud' },
  );
  started.actor.send({ type: 'signIn.submit', email: 'ada+test@example.com', password: 'Correct-h0rse' });
  await waitForState(started.actor, (s) => !s.hasTag('busy') && !s.matches('signIn'));
  return started;
}

describe('authenticator setup view', () => {
  const setup: Challenge = { name: 'MFA_SETUP', session: SESSION(1), username: 'uuid-1', canSetup: ['SOFTWARE_TOKEN_MFA'] };
  beforeEach(() => {
    vi.mocked(qrDataUrl).mockClear();
  });

  it('shows the QR code with a text alternative, the grouped key and an otpauth link', async () => {
    const { actor } = await at(setup, { associateSoftwareToken: async () => ({ secret: SECRET, session: SESSION(2) }) });
    renderView(TotpSetup, actor);
    const qr = await screen.findByRole('img', { name: en.totpSetup.qrAlt('ada+test@example.com') });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getByLabelText('Setup key')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    const link = screen.getByRole('link', { name: en.totpSetup.openInApp });
    expect(link).toHaveAttribute(
      'href',
      `otpauth://totp/Acme%20Cloud:ada%2Btest%40example.com?secret=${SECRET}&issuer=Acme%20Cloud&algorithm=SHA1&digits=6&period=30`,
    );
  });

  it('copies the key with the copy button', async () => {
    const { actor } = await at(setup, { associateSoftwareToken: async () => ({ secret: SECRET, session: SESSION(2) }) });
    const { user } = renderView(TotpSetup, actor);
    await user.click(screen.getByRole('button', { name: en.totpSetup.copy }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(screen.getByText(en.totpSetup.copied)).toBeInTheDocument();
  });

  it('keeps the same QR code and key after a wrong code, with the message at the code field', async () => {
    const { actor, calls } = await at(setup, {
      associateSoftwareToken: async () => ({ secret: SECRET, session: SESSION(2) }),
      verifySoftwareToken: async () => {
        throw new AuthError('codeMismatch');
      },
    });
    const { user } = renderView(TotpSetup, actor);
    const qrBefore = (await screen.findByRole('img')).getAttribute('src');
    await user.type(screen.getByLabelText(en.fields.code), '123 456');
    expect(screen.getByLabelText(en.fields.code)).toHaveValue('123456');
    await user.type(screen.getByLabelText(en.totpSetup.deviceName), 'Work phone');
    await user.click(screen.getByRole('button', { name: en.totpSetup.submit }));
    await waitFor(() => expect(screen.getByLabelText(en.fields.code)).toHaveAccessibleDescription(`${en.fields.codeHint} ${en.problems.codeMismatch}`));
    expect(screen.getByRole('img').getAttribute('src')).toBe(qrBefore);
    expect(screen.getByLabelText(en.totpSetup.deviceName)).toHaveValue('Work phone');
    expect(calls.at(-1)).toEqual({ op: 'verifySoftwareToken', input: { session: SESSION(2), code: '123456', deviceName: 'Work phone' } });
  });

  it('shows how long is left on the session', async () => {
    const { actor } = await at(setup, { associateSoftwareToken: async () => ({ secret: SECRET, session: SESSION(2) }) });
    renderView(TotpSetup, actor);
    expect(screen.getByText(/Time left to finish this step: (3:00|2:59)/)).toBeInTheDocument();
  });

  it('draws the QR code once for the secret, not again as the screen changes', async () => {
    const { actor } = await at(setup, {
      associateSoftwareToken: async () => ({ secret: SECRET, session: SESSION(2) }),
      verifySoftwareToken: async () => {
        throw new AuthError('codeMismatch');
      },
    });
    const { user } = renderView(TotpSetup, actor);
    await screen.findByRole('img', { name: en.totpSetup.qrAlt('ada+test@example.com') });
    await user.type(screen.getByLabelText(en.fields.code), '123456');
    await user.click(screen.getByRole('button', { name: en.totpSetup.submit }));
    await waitFor(() => expect(screen.getByLabelText(en.fields.code)).toHaveAccessibleDescription(`${en.fields.codeHint} ${en.problems.codeMismatch}`));
    expect(screen.getByRole('img')).toBeInTheDocument();
    expect(qrDataUrl).toHaveBeenCalledTimes(1);
  });

  it('still offers the key as text and the otpauth link when the QR code cannot be drawn', async () => {
    vi.mocked(qrDataUrl).mockRejectedValueOnce(new Error('The encoder did not load'));
    const { actor } = await at(setup, { associateSoftwareToken: async () => ({ secret: SECRET, session: SESSION(2) }) });
    renderView(TotpSetup, actor);
    await expect(vi.mocked(qrDataUrl).mock.results[0]?.value).rejects.toThrow('The encoder did not load');
    await tick();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Setup key')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(screen.getByRole('link', { name: en.totpSetup.openInApp })).toHaveAttribute('href', expect.stringMatching(/^otpauth:/));
    expect(screen.getByLabelText(en.fields.code)).toBeInTheDocument();
  });
});

describe('code challenge views', () => {
  it('asks for the authenticator code with a one-time-code input', async () => {
    const { actor } = await at({ name: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: 'uuid-1', deviceName: 'Pixel' });
    renderView(TotpChallenge, actor);
    const input = screen.getByLabelText(en.fields.code);
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByText('Authenticator: Pixel')).toBeInTheDocument();
  });

  it('accepts a pasted code with spaces and shows where an SMS code went', async () => {
    const { actor, calls } = await at(
      { name: 'SMS_MFA', session: SESSION(1), username: 'uuid-1', delivery: { destination: '+*******0123', medium: 'SMS' } },
      { answerCode: async () => signedIn('ada@example.com') },
    );
    const { user } = renderView(SmsChallenge, actor);
    expect(screen.getByText(en.smsChallenge.sentTo('+*******0123'))).toBeInTheDocument();
    await user.click(screen.getByLabelText(en.fields.code));
    await user.paste(' 987-654 ');
    expect(screen.getByLabelText(en.fields.code)).toHaveValue('987654');
    await user.click(screen.getByRole('button', { name: en.smsChallenge.submit }));
    await waitFor(() => expect(actor.getSnapshot().matches('signedIn')).toBe(true));
    expect(calls.at(-1)?.input).toMatchObject({ challenge: 'SMS_MFA', code: '987654' });
  });

  it('shows where an emailed code went, and sends the code as the answer to the email challenge', async () => {
    const { actor, calls } = await at(
      { name: 'EMAIL_OTP', session: SESSION(1), username: 'uuid-1', delivery: { destination: 'a***@example.com', medium: 'EMAIL' } },
      { answerCode: async () => signedIn('ada@example.com') },
    );
    const { user } = renderView(EmailChallenge, actor);
    expect(screen.getByRole('heading', { name: en.emailChallenge.heading })).toBeInTheDocument();
    expect(screen.getByText(en.emailChallenge.sentTo('a***@example.com'))).toBeInTheDocument();
    await user.type(screen.getByLabelText(en.fields.code), '246810');
    await user.click(screen.getByRole('button', { name: en.emailChallenge.submit }));
    await waitFor(() => expect(actor.getSnapshot().matches('signedIn')).toBe(true));
    expect(calls.at(-1)?.input).toMatchObject({ challenge: 'EMAIL_OTP', code: '246810' });
  });

  it('says a code was texted when the pool does not say where', async () => {
    const { actor } = await at({ name: 'SMS_MFA', session: SESSION(1), username: 'uuid-1' });
    renderView(SmsChallenge, actor);
    expect(screen.getByRole('heading', { name: en.smsChallenge.heading })).toBeInTheDocument();
    expect(screen.getByText(en.smsChallenge.sentSomewhere)).toBeInTheDocument();
  });

  it('offers each second step the account has, by name', async () => {
    const { actor, calls } = await at(
      { name: 'SELECT_MFA_TYPE', session: SESSION(1), username: 'uuid-1', options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] },
      { selectMfaType: async () => ({ type: 'challenge', challenge: { name: 'SMS_MFA', session: SESSION(2), username: 'uuid-1' } }) },
    );
    const { user } = renderView(SelectMfaType, actor);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('button').map((b) => b.textContent?.trim())).toEqual(['Text message (SMS)', 'Authenticator app']);
    await user.click(screen.getByRole('button', { name: 'Text message (SMS)' }));
    await waitFor(() => expect(actor.getSnapshot().matches('smsChallenge')).toBe(true));
    expect(calls.at(-1)?.input).toMatchObject({ mfa: 'SMS_MFA' });
  });
});

describe('choosing a second step to set up', () => {
  const setup = (canSetup: MfaType[]): Challenge => ({ name: 'MFA_SETUP', session: SESSION(1), username: 'uuid-1', canSetup });
  const emailChallenge: AuthStep = {
    type: 'challenge',
    challenge: { name: 'EMAIL_OTP', session: SESSION(2), username: 'uuid-1', delivery: { destination: 'a***@e***.com', medium: 'EMAIL' } },
  };

  it('offers an authenticator app and email, says where codes go, and sets up the one chosen', async () => {
    const pending = deferred<AuthStep>();
    const { actor, calls } = await at(setup(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']), { setUpEmailMfa: () => pending.promise });
    const { user } = renderView(MfaSetupChoice, actor);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.mfaSetupChoice.heading);
    expect(screen.getByText(en.mfaSetupChoice.intro)).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('button').map((b) => b.textContent?.trim())).toEqual(['Authenticator app', 'Email']);
    expect(screen.getByText(en.mfaSetupChoice.emailTo('ada+test@example.com'))).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Email' }));
    expect(screen.getByRole('status')).toHaveTextContent(en.mfaSetupChoice.sending);
    expect(screen.getByRole('button', { name: 'Email' })).toBeDisabled();
    expect(calls.at(-1)).toEqual({ op: 'setUpEmailMfa', input: { session: SESSION(1), username: 'uuid-1', email: 'ada+test@example.com' } });
    pending.resolve(emailChallenge);
    await waitFor(() => expect(actor.getSnapshot().matches('emailChallenge')).toBe(true));
  });

  it('with email alone, says a code is on its way; if it could not be sent, says why and sends it again', async () => {
    let failures = 1;
    const { actor, ops } = await at(setup(['EMAIL_OTP']), {
      setUpEmailMfa: async () => {
        if (failures-- > 0) throw new AuthError('network');
        return emailChallenge;
      },
    });
    const { user } = renderView(MfaSetupChoice, actor);
    expect(screen.getByText(en.mfaSetupChoice.emailOnly)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(en.problems.network);
    expect(within(screen.getByRole('list')).getAllByRole('button').map((b) => b.textContent?.trim())).toEqual(['Email']);
    await user.click(screen.getByRole('button', { name: 'Email' }));
    await waitFor(() => expect(actor.getSnapshot().matches('emailChallenge')).toBe(true));
    expect(ops()).toEqual(['signIn', 'setUpEmailMfa', 'setUpEmailMfa']);
  });

  it('explains an account without a phone number where only SMS can be set up, back on the sign-in form', async () => {
    const { actor } = startAuth({ signIn: async () => ({ type: 'challenge', challenge: setup(['SMS_MFA']) }) });
    const { user } = renderView(SignIn, actor);
    await user.type(screen.getByLabelText(en.fields.email), 'ada@example.com');
    await user.type(screen.getByLabelText(en.fields.password), 'Correct-h0rse{Enter}');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(en.problems.smsSetupNeedsPhone));
    expect(screen.getByLabelText(en.fields.email)).toHaveValue('ada@example.com');
    expect(screen.getByRole('button', { name: en.signIn.submit })).toBeEnabled();
  });
});

describe('signed-in view', () => {
  it('says who is signed in and signs out', async () => {
    const { actor, ops } = startAuth({ signIn: async () => signedIn('ada@example.com'), revoke: async () => undefined });
    actor.send({ type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
    await waitForState(actor, (s) => s.matches('signedIn'));
    const { user } = renderView(SignedIn, actor);
    expect(screen.getByText('Signed in as ada@example.com')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(actor.getSnapshot().matches('signIn')).toBe(true));
    expect(ops()).toEqual(['signIn', 'revoke']);
  });
});

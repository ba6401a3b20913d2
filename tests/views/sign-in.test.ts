import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/svelte';
import SignIn from '../../src/views/SignIn.svelte';
import { AuthError } from '../../src/auth/errors';
import type { AuthStep } from '../../src/auth/types';
import { deferred, signedIn, startAuth } from '../support/scripted-client';
import { renderView } from '../support/render-view';
import { en } from '../../src/i18n/en';

describe('the sign-in view', () => {
  it('focuses the email field and sends what was typed', async () => {
    const { actor, calls } = startAuth({ signIn: async () => signedIn('ada@example.com') });
    const { user } = renderView(SignIn, actor);
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sign in');

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'Correct-h0rse{Enter}');
    await waitFor(() => expect(actor.getSnapshot().matches('signedIn')).toBe(true));
    expect(calls).toEqual([{ op: 'signIn', input: { email: 'ada@example.com', password: 'Correct-h0rse' } }]);
  });

  it('puts each message next to its field, tied to it, and keeps what was typed', async () => {
    const { actor } = startAuth({
      signIn: async () => {
        throw new AuthError('wrongCredentials');
      },
    });
    const { user } = renderView(SignIn, actor);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(en.problems.required);

    await user.type(email, 'ada@example.com');
    expect(email).not.toHaveAttribute('aria-invalid');
    await user.type(screen.getByLabelText('Password'), 'wrong-Passw0rd');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const password = await screen.findByLabelText('Password');
    await waitFor(() => expect(password).toHaveAccessibleDescription(en.problems.wrongCredentials));
    expect(screen.getByRole('alert')).toHaveTextContent(en.problems.wrongCredentials);
    expect(email).toHaveValue('ada@example.com');
    expect(password).toHaveValue('wrong-Passw0rd');
  });

  it('never sends twice on a double click, and says it is working', async () => {
    const pending = deferred<AuthStep>();
    const { actor, ops } = startAuth({ signIn: () => pending.promise });
    const { user } = renderView(SignIn, actor);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'Correct-h0rse');
    await user.dblClick(screen.getByRole('button', { name: 'Sign in' }));
    await user.keyboard('{Enter}{Enter}');
    const button = screen.getByRole('button', { name: en.busy });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    pending.resolve(signedIn('ada@example.com'));
    await waitFor(() => expect(actor.getSnapshot().matches('signedIn')).toBe(true));
    expect(ops()).toEqual(['signIn']);
  });

  it('shows and hides the password without losing it', async () => {
    const { actor } = startAuth({});
    const { user } = renderView(SignIn, actor);
    const password = screen.getByLabelText('Password');
    await user.type(password, 'Secret-1');
    expect(password).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(password).toHaveAttribute('type', 'text');
    expect(password).toHaveValue('Secret-1');
    expect(screen.getByRole('button', { name: 'Hide password' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('tells the operator how to fix an app client with a secret', async () => {
    const { actor } = startAuth({
      signIn: async () => {
        throw new AuthError('clientHasSecret');
      },
    });
    const { user } = renderView(SignIn, actor);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'x{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('without a secret');
    expect(alert).toHaveTextContent('VITE_COGNITO_CLIENT_ID');
  });

  it('says why the person is back here after a session ran out, with the email filled in', async () => {
    const { actor } = startAuth({
      signIn: async () => ({
        type: 'challenge',
        challenge: { name: 'SOFTWARE_TOKEN_MFA', session: 'AYABe-session-0000000000001', username: 'uuid-1' },
      }),
      answerCode: async () => {
        throw new AuthError('sessionExpired');
      },
    });
    actor.send({ type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
    await waitFor(() => expect(actor.getSnapshot().matches('totpChallenge')).toBe(true));
    actor.send({ type: 'totpChallenge.submit', code: '123456' });
    await waitFor(() => expect(actor.getSnapshot().matches('signIn')).toBe(true));

    renderView(SignIn, actor);
    expect(screen.getByRole('status')).toHaveTextContent(en.notices.sessionExpired);
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });
});

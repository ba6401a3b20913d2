import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/svelte';
import { waitFor as waitForState } from 'xstate';
import SignUp from '../../src/views/SignUp.svelte';
import ConfirmSignUp from '../../src/views/ConfirmSignUp.svelte';
import { AuthError } from '../../src/auth/errors';
import { startAuth } from '../support/scripted-client';
import { renderView } from '../support/render-view';
import { en } from '../../src/i18n/en';

afterEach(() => vi.useRealTimers());

describe('the sign-up view', () => {
  it('ticks off each password rule as the person types', async () => {
    const { actor } = startAuth({});
    actor.send({ type: 'signIn.toSignUp' });
    const { user } = renderView(SignUp, actor);
    const rule = (text: string) => screen.getByText(text);
    expect(rule('At least 8 characters')).not.toHaveClass('met');
    await user.type(screen.getByLabelText('Password'), 'abcdefgH1');
    expect(rule('At least 8 characters')).toHaveClass('met');
    expect(rule('An uppercase letter')).toHaveClass('met');
    expect(rule('A number')).toHaveClass('met');
    expect(rule('A symbol such as ! @ # or ?')).not.toHaveClass('met');
  });

  it('refuses a weak password before sending, with the rules tied to the field', async () => {
    const { actor, calls } = startAuth({});
    actor.send({ type: 'signIn.toSignUp' });
    const { user } = renderView(SignUp, actor);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'password{Enter}');
    expect(calls).toEqual([]);
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining(en.problems.weakPassword));
    expect(password).toHaveAccessibleDescription(expect.stringContaining('An uppercase letter'));
    expect(password).toHaveValue('password');
  });

  it('offers sign-in when the email is taken, carrying the email over', async () => {
    const { actor } = startAuth({
      signUp: async () => {
        throw new AuthError('usernameExists');
      },
    });
    actor.send({ type: 'signIn.toSignUp' });
    const { user } = renderView(SignUp, actor);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'Correct-h0rse{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(en.problems.usernameExists));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(actor.getSnapshot().matches('signIn')).toBe(true);
    expect(actor.getSnapshot().context.email).toBe('ada@example.com');
  });
});

describe('the confirmation view', () => {
  it('says where the code went and counts down before a new code can be asked for', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { actor, ops } = startAuth(
      {
        signUp: async () => ({ userConfirmed: false, delivery: { destination: 'a***@e***.com', medium: 'EMAIL' } }),
        resendConfirmationCode: async () => ({ destination: 'a***@e***.com', medium: 'EMAIL' }),
      },
      { resendCooldownMs: 30_000 },
    );
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
    await waitForState(actor, (s) => s.matches({ confirmSignUp: 'idle' }));
    renderView(ConfirmSignUp, actor);

    expect(screen.getByText(en.confirmSignUp.sentTo('a***@e***.com'))).toBeInTheDocument();
    const resend = screen.getByRole('button', { name: en.code.resend });
    expect(resend).toBeDisabled();
    expect(screen.getByText(/You can ask for a new code in (30|29) s/)).toBeInTheDocument();
    expect(screen.getByLabelText(en.fields.code)).toHaveFocus();

    await vi.advanceTimersByTimeAsync(31_000);
    await waitFor(() => expect(resend).toBeEnabled());
    resend.click();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(en.notices.codeResent));
    expect(ops()).toEqual(['signUp', 'resendConfirmationCode']);
  });

  it('offers a new code when the code has expired', async () => {
    const { actor } = startAuth({
      signUp: async () => ({ userConfirmed: false, delivery: null }),
      confirmSignUp: async () => {
        throw new AuthError('expiredCode');
      },
    });
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: 'ada@example.com', password: 'Correct-h0rse' });
    await waitForState(actor, (s) => s.matches({ confirmSignUp: 'idle' }));
    const { user } = renderView(ConfirmSignUp, actor);
    expect(screen.getByText(en.confirmSignUp.sentSomewhere)).toBeInTheDocument();
    await user.type(screen.getByLabelText(en.fields.code), '123456{Enter}');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(en.problems.expiredCode));
    expect(screen.getByLabelText(en.fields.code)).toHaveValue('123456');
  });
});

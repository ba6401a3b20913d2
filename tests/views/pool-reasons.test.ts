/** The pool's own reasons reach the person: in their words where the pool's owner wrote them. */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/svelte';
import SignUp from '../../src/views/SignUp.svelte';
import { AuthError } from '../../src/auth/errors';
import { readPasswordPolicy } from '../../src/config';
import type { AuthInput } from '../../src/auth/machine';
import { startAuth } from '../support/scripted-client';
import { renderView } from '../support/render-view';
import { en } from '../../src/i18n/en';

/** The sign-up form, on a machine whose SignUp fails with `error` (none: never called). */
function signUpForm(error?: AuthError, input: AuthInput = {}) {
  const refuse = async (): Promise<never> => {
    throw error;
  };
  const { actor } = startAuth(error ? { signUp: refuse } : {}, input);
  actor.send({ type: 'signIn.toSignUp' });
  const rendered = renderView(SignUp, actor);
  const submit = async (typed: Record<string, string>) => {
    for (const [label, text] of Object.entries(typed)) await rendered.user.type(screen.getByLabelText(label), text);
    await rendered.user.click(screen.getByRole('button', { name: 'Create account' }));
  };
  return { ...rendered, submit };
}

describe('the pool’s own reasons', () => {
  it('shows the reason a Lambda trigger refused with, as text and never as markup', async () => {
    const reason = 'Sign-ups from <b>example.org</b> are closed.';
    const { submit, container } = signUpForm(new AuthError('lambdaRefused', { detail: reason }));
    await submit({ Email: 'ada@example.org', Password: 'Correct-h0rse' });

    const alert = await screen.findByText(en.problemDetails.lambdaRefused(reason));
    expect(alert).toHaveAttribute('role', 'alert');
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.org');
  });

  it('lists the pool’s password rules, as VITE_PASSWORD_POLICY states them, from the first keystroke', async () => {
    const { user } = signUpForm(undefined, { passwordPolicy: readPasswordPolicy('min=12,upper,number') });
    await user.type(screen.getByLabelText('Password'), 'a');
    const list = document.querySelector<HTMLElement>('ul.rules')!;
    const rules = within(list).getAllByRole('listitem').map((item) => item.textContent);
    expect(rules).toEqual([en.passwordRules.length(12), en.passwordRules.uppercase(), en.passwordRules.number()]);
  });

  it('says a password the pool refuses as compromised is the problem, at the password', async () => {
    const { submit } = signUpForm(new AuthError('compromisedPassword'));
    await submit({ Email: 'ada@example.org', Password: 'Correct-h0rse' });
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAccessibleDescription(expect.stringContaining(en.problems.compromisedPassword)));
  });
});

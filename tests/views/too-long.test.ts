/** An email or a password longer than Cognito takes: the reason stands next to the field. */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import SignUp from '../../src/views/SignUp.svelte';
import { startAuth } from '../support/scripted-client';
import { renderView } from '../support/render-view';
import { en } from '../../src/i18n/en';

describe('lengths Cognito refuses, on the sign-up form', () => {
  it('says at each field how long it may be, and sends nothing', async () => {
    const { actor, calls } = startAuth({});
    actor.send({ type: 'signIn.toSignUp' });
    const { user } = renderView(SignUp, actor);
    // Typed at once: 250 keystrokes would only slow the test down.
    await fireEvent.input(screen.getByLabelText(en.fields.email), { target: { value: `${'a'.repeat(120)}@example.com` } });
    await fireEvent.input(screen.getByLabelText(en.fields.password), { target: { value: `Aa1!${'x'.repeat(253)}` } });
    await user.click(screen.getByRole('button', { name: en.signUp.submit }));
    expect(screen.getByLabelText(en.fields.email)).toHaveAccessibleDescription(en.problems.emailTooLong);
    expect(screen.getByLabelText(en.fields.password)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(en.problems.passwordTooLong)).toHaveAttribute('role', 'alert');
    expect(calls).toEqual([]);
  });
});

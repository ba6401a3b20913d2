/**
 * The forms in every pool shape: the identifier field labelled, typed and autofilled for what it
 * takes; the sign-up attributes, each with its label, input type and message; no sign-up link
 * where only administrators create users; the confirmation naming the phone a code was texted to.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/svelte';
import { waitFor as waitForState } from 'xstate';
import SignIn from '../../src/views/SignIn.svelte';
import SignUp from '../../src/views/SignUp.svelte';
import ConfirmSignUp from '../../src/views/ConfirmSignUp.svelte';
import ForgotPassword from '../../src/views/ForgotPassword.svelte';
import ResetPassword from '../../src/views/ResetPassword.svelte';
import type { CodeDelivery } from '../../src/auth/types';
import type { PoolShape } from '../../src/auth/pool-shape';
import { AuthError } from '../../src/auth/errors';
import { startAuth } from '../support/scripted-client';
import { renderView } from '../support/render-view';
import { en } from '../../src/i18n/en';

const shape = (signInWith: PoolShape['signInWith'], extra: Partial<PoolShape> = {}): PoolShape => ({
  signInWith,
  signUpAttributes: [],
  selfSignUp: true,
  ...extra,
});

describe('the identifier field', () => {
  it.each([
    [['email'], en.fields.identifier.email, 'email', 'username', null],
    [['phone'], en.fields.identifier.phone, 'tel', 'username', null],
    [['username'], en.fields.identifier.username, 'text', 'username', null],
    [['email', 'phone'], en.fields.identifier.emailOrPhone, 'text', 'username', 'email'],
    [['username', 'email'], en.fields.identifier.usernameOrEmail, 'text', 'username', 'email'],
    [['username', 'phone'], en.fields.identifier.usernameOrPhone, 'text', 'username', null],
    [['username', 'email', 'phone'], en.fields.identifier.usernameEmailOrPhone, 'text', 'username', 'email'],
    [['username', 'preferred_username'], en.fields.identifier.usernameOrPreferred, 'text', 'username', null],
    [['username', 'preferred_username', 'email'], en.fields.identifier.usernamePreferredOrEmail, 'text', 'username', 'email'],
    [['username', 'preferred_username', 'phone'], en.fields.identifier.usernamePreferredOrPhone, 'text', 'username', null],
    [['username', 'preferred_username', 'email', 'phone'], en.fields.identifier.usernamePreferredEmailOrPhone, 'text', 'username', 'email'],
  ] as const)('signing in with %j is labelled “%s”, of type %s, autofilled as %s', (kinds, label, type, autocomplete, inputmode) => {
    const { actor } = startAuth({}, { poolShape: shape(kinds) });
    renderView(SignIn, actor);
    const field = screen.getByLabelText(label);
    expect(field).toHaveAttribute('type', type);
    expect(field).toHaveAttribute('autocomplete', autocomplete);
    if (inputmode) expect(field).toHaveAttribute('inputmode', inputmode);
    else expect(field).not.toHaveAttribute('inputmode');
    // A username is typed as it is: no capital first letter on a phone's keyboard.
    if (kinds.includes('username' as never)) expect(field).toHaveAttribute('autocapitalize', 'none');
    // Where a phone number is taken, the country code is asked for next to the field.
    if (kinds.includes('phone' as never)) expect(field).toHaveAccessibleDescription(en.fields.phoneHint);
  });

  it('shows a phone number without its country code refused at the field, as typed', async () => {
    const { actor, calls } = startAuth({}, { poolShape: shape(['phone']) });
    const { user } = renderView(SignIn, actor);
    await user.type(screen.getByLabelText(en.fields.identifier.phone), '07700 900123');
    await user.type(screen.getByLabelText(en.fields.password), 'Correct-h0rse{Enter}');
    expect(calls).toEqual([]);
    const field = screen.getByLabelText(en.fields.identifier.phone);
    expect(field).toHaveAccessibleDescription(expect.stringContaining(en.problems.phoneFormat));
    expect(field).toHaveValue('07700 900123');
  });

  it('words a refused sign-in without naming an email where people sign in otherwise', async () => {
    const refuse = async () => {
      throw new AuthError('wrongCredentials');
    };
    for (const [kinds, label, typed, sentence] of [
      [['username'], en.fields.identifier.username, 'ada', en.problemsNotByEmail.wrongCredentials],
      [['email'], en.fields.identifier.email, 'ada@example.com', en.problems.wrongCredentials],
    ] as const) {
      const { actor } = startAuth({ signIn: refuse }, { poolShape: shape(kinds) });
      const { user, unmount } = renderView(SignIn, actor);
      await user.type(screen.getByLabelText(label), typed);
      await user.type(screen.getByLabelText(en.fields.password), 'Wrong-passw0rd{Enter}');
      await waitFor(() => expect(screen.getByLabelText(en.fields.password)).toHaveAccessibleDescription(sentence));
      unmount();
    }
  }, 20_000);

  it('asks the password reset for what the pool signs in with', () => {
    const { actor } = startAuth({}, { poolShape: shape(['username', 'email']) });
    actor.send({ type: 'signIn.toForgotPassword' });
    renderView(ForgotPassword, actor);
    expect(screen.getByLabelText(en.fields.identifier.usernameOrEmail)).toBeInTheDocument();
    expect(screen.getByText(en.forgotPassword.introAny)).toBeInTheDocument();
  });
});

describe('no public sign-up', () => {
  it('offers no way to create an account', () => {
    const { actor } = startAuth({}, { poolShape: shape(['email'], { selfSignUp: false }) });
    renderView(SignIn, actor);
    expect(screen.queryByRole('button', { name: en.signIn.toSignUp })).toBeNull();
    expect(screen.getByRole('button', { name: en.signIn.forgot })).toBeInTheDocument();
  });

  it('offers it where people sign up themselves', () => {
    const { actor } = startAuth({});
    renderView(SignIn, actor);
    expect(screen.getByRole('button', { name: en.signIn.toSignUp })).toBeInTheDocument();
  });
});

describe('the sign-up form', () => {
  const ATTRIBUTES = shape(['username', 'email'], {
    signUpAttributes: [
      { name: 'given_name', required: true },
      { name: 'birthdate', required: true },
      { name: 'phone_number', required: false },
      { name: 'custom:team', required: false, label: 'Team' },
    ],
  });

  it('asks for a username, the email alias, and each attribute with its label, type and autocomplete', () => {
    const { actor } = startAuth({}, { poolShape: ATTRIBUTES });
    actor.send({ type: 'signIn.toSignUp' });
    renderView(SignUp, actor);
    const field = (label: string) => screen.getByLabelText(label);
    expect(field(en.fields.identifier.username)).toHaveAttribute('autocomplete', 'username');
    expect(field(en.attributes.email)).toHaveAttribute('autocomplete', 'email');
    expect(field(en.attributes.email)).toHaveAttribute('type', 'email');
    expect(field(en.attributes.given_name)).toHaveAttribute('autocomplete', 'given-name');
    expect(field(en.attributes.birthdate)).toHaveAttribute('type', 'date');
    expect(field(en.attributes.birthdate)).toHaveAttribute('autocomplete', 'bday');
    expect(field(en.signUp.optional(en.attributes.phone_number))).toHaveAttribute('type', 'tel');
    expect(field(en.signUp.optional('Team'))).toHaveAttribute('autocomplete', 'off');
  });

  it('shows each attribute’s problem at its field and keeps what was typed', async () => {
    const { actor, calls } = startAuth({}, { poolShape: ATTRIBUTES });
    actor.send({ type: 'signIn.toSignUp' });
    const { user } = renderView(SignUp, actor);
    await user.type(screen.getByLabelText(en.fields.identifier.username), 'ada');
    await user.type(screen.getByLabelText(en.attributes.email), 'ada@example.com');
    await user.type(screen.getByLabelText(en.signUp.optional(en.attributes.phone_number)), '0770');
    await user.type(screen.getByLabelText(en.fields.password), 'Correct-h0rse{Enter}');
    expect(calls).toEqual([]);
    expect(screen.getByLabelText(en.attributes.given_name)).toHaveAccessibleDescription(en.problems.required);
    expect(screen.getByLabelText(en.signUp.optional(en.attributes.phone_number))).toHaveAccessibleDescription(
      expect.stringContaining(en.problems.phoneFormat),
    );
    expect(screen.getByLabelText(en.signUp.optional(en.attributes.phone_number))).toHaveValue('0770');
    // Mending one field takes its message away, and only its.
    await user.type(screen.getByLabelText(en.attributes.given_name), 'Ada');
    expect(screen.getByLabelText(en.attributes.given_name)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText(en.signUp.optional(en.attributes.phone_number))).toHaveAttribute('aria-invalid', 'true');
  }, 20_000);

  it('sends the attributes typed', async () => {
    const { actor, calls } = startAuth({ signUp: async () => ({ userConfirmed: false, delivery: null }) }, { poolShape: ATTRIBUTES });
    actor.send({ type: 'signIn.toSignUp' });
    const { user } = renderView(SignUp, actor);
    await user.type(screen.getByLabelText(en.fields.identifier.username), 'ada');
    await user.type(screen.getByLabelText(en.attributes.email), 'Ada@Example.com');
    await user.type(screen.getByLabelText(en.attributes.given_name), 'Ada');
    await user.type(screen.getByLabelText(en.attributes.birthdate), '1815-12-10');
    await user.type(screen.getByLabelText(en.signUp.optional('Team')), 'Engines');
    await user.type(screen.getByLabelText(en.fields.password), 'Correct-h0rse{Enter}');
    await waitForState(actor, (s) => s.matches('confirmSignUp'));
    expect(calls[0]).toEqual({
      op: 'signUp',
      input: {
        email: 'ada',
        password: 'Correct-h0rse',
        attributes: { email: 'ada@example.com', given_name: 'Ada', birthdate: '1815-12-10', 'custom:team': 'Engines' },
      },
    });
  }, 20_000);
});

describe('a preferred username as an alias', () => {
  it('is sent as typed, case kept, as USERNAME', async () => {
    const { actor, calls } = startAuth({ signIn: async () => { throw new AuthError('wrongCredentials'); } }, { poolShape: shape(['username', 'preferred_username']) });
    const { user } = renderView(SignIn, actor);
    await user.type(screen.getByLabelText(en.fields.identifier.usernameOrPreferred), '  Countess ');
    await user.type(screen.getByLabelText(en.fields.password), 'Correct-h0rse{Enter}');
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ op: 'signIn', input: { email: 'Countess' } });
  });

  it('is not asked for at sign-up, where Cognito refuses it', () => {
    const { actor } = startAuth({}, { poolShape: shape(['username', 'preferred_username', 'email']) });
    actor.send({ type: 'signIn.toSignUp' });
    renderView(SignUp, actor);
    expect(screen.getByLabelText(en.fields.identifier.username)).toBeInTheDocument();
    expect(screen.getByLabelText(en.attributes.email)).toBeInTheDocument();
    expect(screen.queryByLabelText(en.attributes.preferred_username)).toBeNull();
  });
});

describe('confirmation by phone', () => {
  it('names the masked phone the code was texted to', async () => {
    const delivery = { destination: '+********0123', medium: 'SMS' as const };
    const { actor } = startAuth({ signUp: async () => ({ userConfirmed: false, delivery }) }, { poolShape: shape(['phone']) });
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: '+447700900123', password: 'Correct-h0rse' });
    await waitForState(actor, (s) => s.matches('confirmSignUp'));
    renderView(ConfirmSignUp, actor);
    await waitFor(() => expect(screen.getByRole('heading', { name: en.confirmSignUp.headingPhone })).toBeInTheDocument());
    expect(screen.getByText(en.confirmSignUp.sentByText('+********0123'))).toBeInTheDocument();
  });
});

describe('the reset code sent', () => {
  const byText: CodeDelivery = { destination: '+********0123', medium: 'SMS' };
  const byEmail: CodeDelivery = { destination: 'a***@e***.com', medium: 'EMAIL' };

  /** The reset screen after ForgotPassword answered `delivery`, in a pool signed in with `kinds`. */
  async function resetScreen(kinds: PoolShape['signInWith'], typed: string, delivery: CodeDelivery | null) {
    const { actor } = startAuth({ forgotPassword: async () => delivery }, { poolShape: shape(kinds) });
    actor.send({ type: 'signIn.toForgotPassword' });
    actor.send({ type: 'forgotPassword.submit', email: typed });
    await waitForState(actor, (s) => s.matches('resetPassword'));
    return renderView(ResetPassword, actor);
  }

  it.each([
    ['a phone pool, by text', ['phone'], '+447700900123', byText, en.resetPassword.ifTexted, en.resetPassword.sentByText(byText.destination)],
    ['a username pool, by email', ['username'], 'ada', byEmail, en.resetPassword.ifEmailed, en.resetPassword.sentTo(byEmail.destination)],
    ['a username pool, by text', ['username', 'phone'], 'ada', byText, en.resetPassword.ifTexted, en.resetPassword.sentByText(byText.destination)],
    ['an email pool, by text', ['email'], 'ada@example.com', byText, en.resetPassword.ifTexted, en.resetPassword.sentByText(byText.destination)],
    ['an email pool, by email', ['email'], 'ada@example.com', byEmail, en.notices.resetCodeSent, en.resetPassword.sentTo(byEmail.destination)],
    ['a username pool, no delivery named', ['username'], 'ada', null, en.resetPassword.ifSent, en.resetPassword.sentSomewhere],
  ] as const)('in %s, names the channel Cognito reported', async (_, kinds, typed, delivery, notice, sentence) => {
    await resetScreen(kinds, typed, delivery);
    await waitFor(() => expect(screen.getByText(notice)).toBeInTheDocument());
    expect(screen.getByText(sentence)).toBeInTheDocument();
    // "This email" only where an email is what people sign in with and the code was emailed.
    if (notice !== en.notices.resetCodeSent) expect(screen.queryByText(en.notices.resetCodeSent)).toBeNull();
  });
});

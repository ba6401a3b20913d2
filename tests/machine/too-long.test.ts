/** An email or a password longer than Cognito takes is refused at its field; nothing is sent. */
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import type { AuthEvent } from '../../src/auth/events';
import { signedIn, startAuth } from '../support/scripted-client';

const LONG_EMAIL = `${'a'.repeat(120)}@example.com`;
const LONG_PASSWORD = `Aa1!${'x'.repeat(253)}`;
const EMAIL = 'ada@example.com';
const PASSWORD = 'Correct-h0rse!';

describe('lengths Cognito refuses', () => {
  it.each<[string, AuthEvent[], AuthEvent, Record<string, { reason: string }>]>([
    ['sign-in, email', [], { type: 'signIn.submit', email: LONG_EMAIL, password: PASSWORD }, { email: { reason: 'emailTooLong' } }],
    ['sign-in, password', [], { type: 'signIn.submit', email: EMAIL, password: LONG_PASSWORD }, { password: { reason: 'passwordTooLong' } }],
    [
      'sign-up',
      [{ type: 'signIn.toSignUp' }],
      { type: 'signUp.submit', email: LONG_EMAIL, password: LONG_PASSWORD },
      { email: { reason: 'emailTooLong' }, password: { reason: 'passwordTooLong' } },
    ],
    [
      'a forgotten password',
      [{ type: 'signIn.toForgotPassword' }],
      { type: 'forgotPassword.submit', email: LONG_EMAIL },
      { email: { reason: 'emailTooLong' } },
    ],
  ])('on %s: shown at the field, nothing sent', (_, before, submit, problems) => {
    const { actor, calls } = startAuth({});
    for (const event of before) actor.send(event);
    actor.send(submit);
    expect(actor.getSnapshot().context.problems).toEqual(problems);
    expect(calls).toEqual([]);
  });

  it('on a change of password: both fields', async () => {
    const { actor, ops } = startAuth({ signIn: async () => signedIn(EMAIL), getMfaSettings: async () => ({ enabled: [], preferred: null }) });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches('signedIn'));
    actor.send({ type: 'signedIn.openAccount' });
    actor.send({ type: 'account.changePassword' });
    actor.send({ type: 'changePassword.submit', currentPassword: LONG_PASSWORD, newPassword: LONG_PASSWORD });
    expect(actor.getSnapshot().context.problems).toEqual({
      password: { reason: 'passwordTooLong' },
      newPassword: { reason: 'passwordTooLong' },
    });
    expect(ops()).not.toContain('changePassword');
  });
});

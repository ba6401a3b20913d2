/** The email goes to Cognito in one spelling, whatever case it was typed in (validate.ts). */
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { signedIn, startAuth } from '../support/scripted-client';

const TYPED = ' Ada@Example.COM ';
const SENT = 'ada@example.com';
const PASSWORD = 'Correct-h0rse!';

describe('the email as typed, in any case', () => {
  it('is sent lower-cased to SignIn, SignUp and ConfirmSignUp', async () => {
    const { actor, calls } = startAuth({
      signUp: async () => ({ userConfirmed: false, delivery: null }),
      confirmSignUp: async () => undefined,
      signIn: async () => signedIn(SENT),
    });
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: TYPED, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ confirmSignUp: 'idle' }));
    actor.send({ type: 'confirmSignUp.submit', code: '123456' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls.map((call) => [call.op, (call.input as { email: string }).email])).toEqual([
      ['signUp', SENT],
      ['confirmSignUp', SENT],
      ['signIn', SENT],
    ]);
  });

  it('is sent lower-cased to ForgotPassword and ConfirmForgotPassword', async () => {
    const { actor, calls } = startAuth({
      forgotPassword: async () => null,
      confirmForgotPassword: async () => undefined,
      signIn: async () => signedIn(SENT),
    });
    actor.send({ type: 'signIn.toForgotPassword' });
    actor.send({ type: 'forgotPassword.submit', email: TYPED });
    await waitFor(actor, (s) => s.matches({ resetPassword: 'idle' }));
    actor.send({ type: 'resetPassword.submit', code: '123456', password: PASSWORD });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls.map((call) => (call.input as { email: string }).email)).toEqual([SENT, SENT, SENT]);
  });
});

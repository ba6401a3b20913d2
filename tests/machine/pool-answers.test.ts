/**
 * What a real pool answers beyond a wrong password, as the machine files it: each on the screen
 * it concerns, at the field it concerns, with its own words.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from 'xstate';
import { AuthError, type AuthErrorCode } from '../../src/auth/errors';
import { signedIn, startAuth } from '../support/scripted-client';

const EMAIL = 'ada@example.com';
const PASSWORD = 'Correct-h0rse';

afterEach(() => vi.useRealTimers());

const failWith = (code: AuthErrorCode, options: { detail?: string } = {}) => async (): Promise<never> => {
  throw new AuthError(code, options);
};

describe('refusals that are not a wrong password', () => {
  it('files a threat-protection block in the alert, not at the password as if mistyped', async () => {
    const { actor } = startAuth({ signIn: failWith('blockedBySecurity') });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    const snapshot = await waitFor(actor, (s) => s.matches({ signIn: 'idle' }) && Object.keys(s.context.problems).length > 0);
    expect(snapshot.context.problems).toEqual({ form: { reason: 'blockedBySecurity' } });
  });

  it('keeps the reason a Lambda trigger gave, for the screen to show', async () => {
    const reason = 'Registration from this domain is not allowed.';
    const { actor } = startAuth({ signUp: failWith('lambdaRefused', { detail: reason }) });
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: EMAIL, password: PASSWORD });
    const snapshot = await waitFor(actor, (s) => s.matches({ signUp: 'idle' }) && Object.keys(s.context.problems).length > 0);
    expect(snapshot.context.problems).toEqual({ form: { reason: 'lambdaRefused', detail: reason } });
  });

  it('puts a password the history refuses at the new password, keeping the code typed', async () => {
    const { actor } = startAuth({
      forgotPassword: async () => ({ destination: 'a***@e***.com', medium: 'EMAIL' }),
      confirmForgotPassword: failWith('passwordReused'),
    });
    actor.send({ type: 'signIn.toForgotPassword' });
    actor.send({ type: 'forgotPassword.submit', email: EMAIL });
    await waitFor(actor, (s) => s.matches({ resetPassword: 'idle' }));
    actor.send({ type: 'resetPassword.submit', code: '123456', password: PASSWORD });
    const snapshot = await waitFor(actor, (s) => s.matches({ resetPassword: 'idle' }) && Object.keys(s.context.problems).length > 0);
    expect(snapshot.context.problems).toEqual({ newPassword: { reason: 'passwordReused' } });
  });
});

describe('tokens that stop working say why', () => {
  it.each([
    ['sessionRevoked', 'sessionRevoked'],
    ['refreshTokenInvalid', 'sessionNotRenewed'],
    ['signedOut', 'sessionEnded'],
  ] as const)('a refresh failing with %s signs out with the notice %s', async (code, notice) => {
    vi.useFakeTimers();
    const { actor } = startAuth({ signIn: async () => signedIn(EMAIL), refresh: failWith(code) });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await vi.advanceTimersByTimeAsync(3600_000);
    expect(actor.getSnapshot().matches('signIn')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ tokens: null, notice, email: EMAIL });
  });
});

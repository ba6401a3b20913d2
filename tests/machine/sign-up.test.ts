import { describe, expect, it, vi, afterEach } from 'vitest';
import { waitFor } from 'xstate';
import { AuthError } from '../../src/auth/errors';
import { startAuth, signedIn, deferred } from '../support/scripted-client';

const EMAIL = 'ada@example.com';
const PASSWORD = 'Correct-h0rse';
const delivery = { destination: 'a***@e***.com', medium: 'EMAIL' as const };

afterEach(() => vi.useRealTimers());

describe('sign up and confirm', () => {
  it('checks the password rules before sending anything, naming each broken rule', () => {
    const { actor, calls } = startAuth({});
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: EMAIL, password: 'short' });

    expect(calls).toEqual([]);
    expect(actor.getSnapshot().context.problems.password).toEqual({
      reason: 'weakPassword',
      rules: ['length', 'uppercase', 'number', 'symbol'],
    });
    expect(actor.getSnapshot().matches({ signUp: 'idle' })).toBe(true);
  });

  it('rejects a malformed email next to the email field', () => {
    const { actor, calls } = startAuth({});
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: 'ada@', password: PASSWORD });
    expect(calls).toEqual([]);
    expect(actor.getSnapshot().context.problems).toEqual({ email: { reason: 'emailFormat' } });
  });

  it('goes to confirmation with the masked destination, then signs in without asking for the password again', async () => {
    const { actor, calls } = startAuth({
      signUp: async () => ({ userConfirmed: false, delivery }),
      confirmSignUp: async () => undefined,
      signIn: async () => signedIn(EMAIL),
    });
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: ` ${EMAIL} `, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ confirmSignUp: 'idle' }));
    expect(actor.getSnapshot().context.delivery).toEqual(delivery);

    actor.send({ type: 'confirmSignUp.submit', code: '123 456' });
    await waitFor(actor, (s) => s.matches('signedIn'));

    expect(calls).toEqual([
      { op: 'signUp', input: { email: EMAIL, password: PASSWORD, attributes: { email: EMAIL } } },
      { op: 'confirmSignUp', input: { email: EMAIL, code: '123456' } },
      { op: 'signIn', input: { email: EMAIL, password: PASSWORD } },
    ]);
    // The password was needed once, and is gone.
    expect(actor.getSnapshot().context.password).toBeNull();
    expect(actor.getSnapshot().context.user?.email).toBe(EMAIL);
  });

  it('keeps the person on the code screen with a message on a wrong or expired code', async () => {
    let failure = new AuthError('codeMismatch');
    const { actor } = startAuth({
      signUp: async () => ({ userConfirmed: false, delivery }),
      confirmSignUp: async () => {
        throw failure;
      },
    });
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ confirmSignUp: 'idle' }));

    actor.send({ type: 'confirmSignUp.submit', code: '000000' });
    await waitFor(actor, (s) => s.matches({ confirmSignUp: 'idle' }) && !!s.context.problems.code);
    expect(actor.getSnapshot().context.problems.code).toEqual({ reason: 'codeMismatch' });

    failure = new AuthError('expiredCode');
    actor.send({ type: 'confirmSignUp.submit', code: '111111' });
    await waitFor(actor, (s) => s.context.problems.code?.reason === 'expiredCode');
    expect(actor.getSnapshot().context.password).toBe(PASSWORD);
  });

  it('offers a new code only after the cool-down, and says it was sent', async () => {
    vi.useFakeTimers();
    const resent = { destination: 'a***@e***.com', medium: 'EMAIL' as const };
    const { actor, ops } = startAuth(
      {
        signUp: async () => ({ userConfirmed: false, delivery }),
        resendConfirmationCode: async () => resent,
      },
      { resendCooldownMs: 30_000 },
    );
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: EMAIL, password: PASSWORD });
    await vi.waitFor(() => expect(actor.getSnapshot().matches({ confirmSignUp: 'idle' })).toBe(true));

    actor.send({ type: 'confirmSignUp.resend' });
    expect(ops()).toEqual(['signUp']);

    vi.advanceTimersByTime(30_000);
    actor.send({ type: 'confirmSignUp.resend' });
    await vi.waitFor(() => expect(actor.getSnapshot().context.notice).toBe('codeResent'));
    expect(ops()).toEqual(['signUp', 'resendConfirmationCode']);
    // And the cool-down starts again.
    actor.send({ type: 'confirmSignUp.resend' });
    expect(ops()).toEqual(['signUp', 'resendConfirmationCode']);
  });

  it('points to sign-in when the email is taken, keeping the email', async () => {
    const { actor } = startAuth({
      signUp: async () => {
        throw new AuthError('usernameExists');
      },
    });
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ signUp: 'idle' }) && !!s.context.problems.email);
    expect(actor.getSnapshot().context.problems.email).toEqual({ reason: 'usernameExists' });
    expect(actor.getSnapshot().context.password).toBeNull();

    actor.send({ type: 'signUp.toSignIn', email: EMAIL });
    expect(actor.getSnapshot().matches('signIn')).toBe(true);
    expect(actor.getSnapshot().context.email).toBe(EMAIL);
  });

  it('shows the rule Cognito names when its policy is stricter than the checks here', async () => {
    const { actor } = startAuth({
      signUp: async () => {
        throw new AuthError('invalidPassword', { rule: 'symbol' });
      },
    });
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => !!s.context.problems.password);
    expect(actor.getSnapshot().context.problems.password).toEqual({ reason: 'weakPassword', rules: ['symbol'] });
  });

  it('sends a sign-up once however many times it is submitted', async () => {
    const pending = deferred<{ userConfirmed: boolean; delivery: null }>();
    const { actor, ops } = startAuth({ signUp: () => pending.promise });
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: EMAIL, password: PASSWORD });
    actor.send({ type: 'signUp.submit', email: EMAIL, password: PASSWORD });
    actor.send({ type: 'signUp.submit', email: EMAIL, password: PASSWORD });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    pending.resolve({ userConfirmed: false, delivery: null });
    await waitFor(actor, (s) => s.matches({ confirmSignUp: 'idle' }));
    expect(ops()).toEqual(['signUp']);
  });

  it('goes to sign-in with a notice when the account was confirmed already', async () => {
    const { actor } = startAuth({
      signUp: async () => ({ userConfirmed: false, delivery }),
      confirmSignUp: async () => {
        throw new AuthError('alreadyConfirmed');
      },
    });
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ confirmSignUp: 'idle' }));
    actor.send({ type: 'confirmSignUp.submit', code: '123456' });
    await waitFor(actor, (s) => s.matches('signIn'));
    expect(actor.getSnapshot().context).toMatchObject({ email: EMAIL, password: null, notice: 'alreadyConfirmed' });
  });
});

describe('the ways around confirmation', () => {
  const toConfirmation = async (script: Parameters<typeof startAuth>[0] = {}) => {
    const started = startAuth({ signUp: async () => ({ userConfirmed: false, delivery }), ...script });
    started.actor.send({ type: 'signIn.toSignUp' });
    started.actor.send({ type: 'signUp.submit', email: EMAIL, password: PASSWORD });
    await waitFor(started.actor, (s) => s.matches({ confirmSignUp: 'idle' }));
    return started;
  };

  it('signs straight in when a trigger confirmed the account at sign-up', async () => {
    const { actor, calls } = startAuth({ signUp: async () => ({ userConfirmed: true, delivery: null }), signIn: async () => signedIn(EMAIL) });
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls.map((call) => call.op)).toEqual(['signUp', 'signIn']);
  });

  it('keeps the email of a refused sign-up form for the sign-in screen', () => {
    const { actor } = startAuth({});
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: EMAIL, password: 'short' });
    actor.send({ type: 'signUp.toSignIn' });
    expect(actor.getSnapshot().matches('signIn')).toBe(true);
    expect(actor.getSnapshot().context.email).toBe(EMAIL);
  });

  it('goes back to sign-in from the code screen, forgetting the password', async () => {
    const { actor } = await toConfirmation();
    actor.send({ type: 'back' });
    expect(actor.getSnapshot().matches('signIn')).toBe(true);
    expect(actor.getSnapshot().context.password).toBeNull();
  });

  it('clears the last wrong code’s message when another code is sent', async () => {
    const confirming = deferred<void>();
    let calls = 0;
    const { actor } = await toConfirmation({
      confirmSignUp: () => (++calls === 1 ? Promise.reject(new AuthError('codeMismatch')) : confirming.promise),
    });
    actor.send({ type: 'confirmSignUp.submit', code: '111111' });
    await waitFor(actor, (s) => s.matches({ confirmSignUp: 'idle' }) && Object.keys(s.context.problems).length > 0);
    actor.send({ type: 'confirmSignUp.submit', code: '222222' });
    expect(actor.getSnapshot().matches({ confirmSignUp: 'confirming' })).toBe(true);
    expect(actor.getSnapshot().context.problems).toEqual({});
  });

  it('says the account is confirmed when signing in after it fails', async () => {
    const { actor } = await toConfirmation({
      confirmSignUp: async () => undefined,
      signIn: () => Promise.reject(new AuthError('network')),
    });
    actor.send({ type: 'confirmSignUp.submit', code: '123456' });
    await waitFor(actor, (s) => s.matches('signIn') && !s.hasTag('busy'));
    expect(actor.getSnapshot().context.notice).toBe('accountConfirmed');
  });
});

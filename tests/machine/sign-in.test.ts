import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { AuthError, type AuthErrorCode } from '../../src/auth/errors';
import type { Field } from '../../src/auth/problems';
import { startAuth, signedIn, deferred, SESSION } from '../support/scripted-client';
import type { AuthStep } from '../../src/auth/types';

const EMAIL = 'ada@example.com';
const PASSWORD = 'Correct-h0rse';

describe('sign in', () => {
  it('asks for both fields before sending anything', () => {
    const { actor, calls } = startAuth({});
    actor.send({ type: 'signIn.submit', email: '', password: '' });
    expect(calls).toEqual([]);
    expect(actor.getSnapshot().context.problems).toEqual({
      email: { reason: 'required' },
      password: { reason: 'required' },
    });
  });

  it('takes the email typed so far along to sign-up, and back, and to the reset form', () => {
    const { actor } = startAuth({});
    actor.send({ type: 'signIn.toSignUp', email: 'ada@' });
    expect(actor.getSnapshot().context.email).toBe('ada@');
    actor.send({ type: 'signUp.toSignIn', email: EMAIL });
    expect(actor.getSnapshot().context.email).toBe(EMAIL);
    actor.send({ type: 'signIn.toForgotPassword', email: ` ${EMAIL}x` });
    expect(actor.getSnapshot().matches('forgotPassword')).toBe(true);
    expect(actor.getSnapshot().context.email).toBe(` ${EMAIL}x`);
  });

  it('clears a field’s message once the person edits it', () => {
    const { actor } = startAuth({});
    actor.send({ type: 'signIn.submit', email: 'nope', password: '' });
    actor.send({ type: 'edit', field: 'email' });
    expect(actor.getSnapshot().context.problems).toEqual({ password: { reason: 'required' } });
  });

  it('signs in with the email and password as typed (email trimmed) and reads who is signed in', async () => {
    const { actor, calls } = startAuth({ signIn: async () => signedIn(EMAIL) });
    actor.send({ type: 'signIn.submit', email: `  ${EMAIL}`, password: ` ${PASSWORD}` });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls).toEqual([{ op: 'signIn', input: { email: EMAIL, password: ` ${PASSWORD}` } }]);
    expect(actor.getSnapshot().context.user).toMatchObject({ email: EMAIL });
    expect(actor.getSnapshot().context.password).toBeNull();
  });

  it('sends once however often the button is pressed while waiting', async () => {
    const pending = deferred<AuthStep>();
    const { actor, ops } = startAuth({ signIn: () => pending.promise });
    for (let i = 0; i < 5; i++) actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    pending.resolve(signedIn(EMAIL));
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(ops()).toEqual(['signIn']);
  });

  const failures: [AuthErrorCode, Field][] = [
    ['wrongCredentials', 'password'],
    ['passwordAttemptsExceeded', 'form'],
    ['tooManyRequests', 'form'],
    ['network', 'form'],
    ['clientHasSecret', 'form'],
    ['userPasswordAuthDisabled', 'form'],
    ['unknownClient', 'form'],
    ['userDisabled', 'form'],
    ['unknown', 'form'],
  ];
  it.each(failures)('shows %s next to the %s field and keeps the email', async (code, field) => {
    const { actor } = startAuth({
      signIn: async () => {
        throw new AuthError(code);
      },
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ signIn: 'idle' }) && Object.keys(s.context.problems).length > 0);
    expect(actor.getSnapshot().context.problems).toEqual({ [field]: { reason: code } });
    expect(actor.getSnapshot().context.email).toBe(EMAIL);
    expect(actor.getSnapshot().context.password).toBeNull();
  });

  it('lets the person try again after a network failure', async () => {
    let attempt = 0;
    const { actor, ops } = startAuth({
      signIn: async () => {
        attempt += 1;
        if (attempt === 1) throw new AuthError('network');
        return signedIn(EMAIL);
      },
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.context.problems.form?.reason === 'network');
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(ops()).toEqual(['signIn', 'signIn']);
  });

  it('takes an unconfirmed person to confirmation with a fresh code, then signs them in', async () => {
    const { actor, calls } = startAuth({
      signIn: async () => {
        if (calls.filter((c) => c.op === 'confirmSignUp').length === 0) throw new AuthError('userNotConfirmed');
        return signedIn(EMAIL);
      },
      resendConfirmationCode: async () => ({ destination: 'a***@e***.com', medium: 'EMAIL' }),
      confirmSignUp: async () => undefined,
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ confirmSignUp: 'idle' }));
    expect(actor.getSnapshot().context).toMatchObject({
      notice: 'confirmBeforeSignIn',
      delivery: { destination: 'a***@e***.com', medium: 'EMAIL' },
      problems: {},
    });

    actor.send({ type: 'confirmSignUp.submit', code: '654321' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls.map((c) => c.op)).toEqual(['signIn', 'resendConfirmationCode', 'confirmSignUp', 'signIn']);
    expect(calls[3].input).toEqual({ email: EMAIL, password: PASSWORD });
  });

  it('answers a challenge it does not know with a message instead of a dead end', async () => {
    const { actor } = startAuth({
      signIn: async () => ({ type: 'challenge', challenge: { name: 'UNSUPPORTED', challengeName: 'CUSTOM_CHALLENGE' } }),
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ signIn: 'idle' }) && !!s.context.problems.form);
    expect(actor.getSnapshot().context.problems.form).toEqual({ reason: 'unsupportedChallenge' });
  });

  it('does not offer an authenticator setup when the pool can only set up SMS, and says the account needs a phone number', async () => {
    const { actor } = startAuth({
      signIn: async () => ({
        type: 'challenge',
        challenge: { name: 'MFA_SETUP', session: SESSION(1), username: 'uuid-1', canSetup: ['SMS_MFA'] },
      }),
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ signIn: 'idle' }) && !!s.context.problems.form);
    expect(actor.getSnapshot().context.problems.form?.reason).toBe('smsSetupNeedsPhone');
    expect(actor.getSnapshot().context).toMatchObject({ challenge: null, password: null, email: EMAIL });
  });
});

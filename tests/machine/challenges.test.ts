import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { AuthError } from '../../src/auth/errors';
import { startAuth, signedIn, SESSION } from '../support/scripted-client';
import type { AuthStep, Challenge } from '../../src/auth/types';

const EMAIL = 'ada@example.com';
const PASSWORD = 'Correct-h0rse';
const USER_ID = 'b1e0c2d4-0000-4000-8000-00000000beef';

const challenge = (c: Challenge): AuthStep => ({ type: 'challenge', challenge: c });

describe('MFA challenges at sign-in', () => {
  it('answers SOFTWARE_TOKEN_MFA with the code, the session and the real username', async () => {
    const { actor, calls } = startAuth({
      signIn: async () => challenge({ name: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: USER_ID, deviceName: 'Pixel' }),
      answerCode: async () => signedIn(EMAIL),
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ totpChallenge: 'idle' }));
    actor.send({ type: 'totpChallenge.submit', code: '246 810' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls[1]).toEqual({
      op: 'answerCode',
      input: { challenge: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: USER_ID, code: '246810' },
    });
  });

  it('answers SMS_MFA through RespondToAuthChallenge, showing where the code went, never VerifySoftwareToken', async () => {
    const delivery = { destination: '+*******0123', medium: 'SMS' as const };
    const { actor, calls, ops } = startAuth({
      signIn: async () => challenge({ name: 'SMS_MFA', session: SESSION(1), username: USER_ID, delivery }),
      answerCode: async () => signedIn(EMAIL),
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ smsChallenge: 'idle' }));
    expect(actor.getSnapshot().context.delivery).toEqual(delivery);

    actor.send({ type: 'smsChallenge.submit', code: '135790' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls[1].input).toEqual({ challenge: 'SMS_MFA', session: SESSION(1), username: USER_ID, code: '135790' });
    expect(ops()).not.toContain('verifySoftwareToken');
  });

  it('lets the person choose between app and SMS, then answers the chosen challenge', async () => {
    const { actor, calls } = startAuth({
      signIn: async () =>
        challenge({ name: 'SELECT_MFA_TYPE', session: SESSION(1), username: USER_ID, options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] }),
      selectMfaType: async () => challenge({ name: 'SOFTWARE_TOKEN_MFA', session: SESSION(2), username: USER_ID }),
      answerCode: async () => signedIn(EMAIL),
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ selectMfaType: 'idle' }));
    actor.send({ type: 'selectMfaType.choose', mfa: 'SOFTWARE_TOKEN_MFA' });
    await waitFor(actor, (s) => s.matches({ totpChallenge: 'idle' }));
    actor.send({ type: 'totpChallenge.submit', code: '111222' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls.slice(1)).toEqual([
      { op: 'selectMfaType', input: { session: SESSION(1), username: USER_ID, mfa: 'SOFTWARE_TOKEN_MFA' } },
      { op: 'answerCode', input: { challenge: 'SOFTWARE_TOKEN_MFA', session: SESSION(2), username: USER_ID, code: '111222' } },
    ]);
  });

  it('keeps the person on the code screen after a wrong or reused code', async () => {
    let failure = new AuthError('codeMismatch');
    const { actor } = startAuth({
      signIn: async () => challenge({ name: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: USER_ID }),
      answerCode: async () => {
        throw failure;
      },
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ totpChallenge: 'idle' }));
    actor.send({ type: 'totpChallenge.submit', code: '000000' });
    await waitFor(actor, (s) => s.context.problems.code?.reason === 'codeMismatch');
    failure = new AuthError('totpCodeReused');
    actor.send({ type: 'totpChallenge.submit', code: '000001' });
    await waitFor(actor, (s) => s.context.problems.code?.reason === 'totpCodeReused');
    expect(actor.getSnapshot().matches({ totpChallenge: 'idle' })).toBe(true);
  });

  it('goes back to sign-in, keeping the email, when the person leaves a challenge', async () => {
    const { actor } = startAuth({
      signIn: async () => challenge({ name: 'SMS_MFA', session: SESSION(1), username: USER_ID }),
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ smsChallenge: 'idle' }));
    actor.send({ type: 'back' });
    expect(actor.getSnapshot().matches({ signIn: 'idle' })).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ email: EMAIL, challenge: null, notice: null });
  });

  it('signs out by revoking the refresh token, and forgets the tokens even if that fails', async () => {
    const { actor, calls } = startAuth({
      signIn: async () => signedIn(EMAIL),
      revoke: async () => {
        throw new AuthError('network');
      },
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches('signedIn'));
    actor.send({ type: 'signedIn.signOut' });
    await waitFor(actor, (s) => s.matches('signIn'));
    expect(calls[1]).toEqual({ op: 'revoke', input: { refreshToken: 'refresh-token' } });
    expect(actor.getSnapshot().context).toMatchObject({ tokens: null, user: null, notice: 'signedOut', email: EMAIL });
  });
});

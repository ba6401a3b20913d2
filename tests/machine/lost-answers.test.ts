/**
 * A step of the sign-in chain whose answer is lost (the network, a timeout): nobody is sent back
 * to the password. The statechart, not the SDK, decides what is sent again, with which Session,
 * and says honestly when Cognito had already spent it. (Authenticator setup: mfa-setup.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import type { CognitoClient } from '../../src/auth/client';
import type { AuthStep, Challenge } from '../../src/auth/types';
import { failsThen, lostAnswer, sessionSpent, SESSION, signedIn, startAuth } from '../support/scripted-client';

const EMAIL = 'ada@example.com';
const PASSWORD = 'Correct-h0rse';
const USER_ID = '7d2c1f3e-0000-4000-8000-000000000001';

const challenge = (c: Challenge): AuthStep => ({ type: 'challenge', challenge: c });

/** Each chained step: the screen, how to answer it, the operation, and the session it must resend. */
const steps: [string, Partial<CognitoClient>, string, { type: string; [key: string]: unknown }, keyof CognitoClient][] = [
  [
    'an authenticator code',
    { signIn: async () => challenge({ name: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: USER_ID }) },
    'totpChallenge',
    { type: 'totpChallenge.submit', code: '123456' },
    'answerCode',
  ],
  [
    'a texted code',
    { signIn: async () => challenge({ name: 'SMS_MFA', session: SESSION(1), username: USER_ID }) },
    'smsChallenge',
    { type: 'smsChallenge.submit', code: '123456' },
    'answerCode',
  ],
  [
    'an emailed code',
    { signIn: async () => challenge({ name: 'EMAIL_OTP', session: SESSION(1), username: USER_ID }) },
    'emailChallenge',
    { type: 'emailChallenge.submit', code: '123456' },
    'answerCode',
  ],
  [
    'the choice of a second step',
    {
      signIn: async () =>
        challenge({ name: 'SELECT_MFA_TYPE', session: SESSION(1), username: USER_ID, options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] }),
    },
    'selectMfaType',
    { type: 'selectMfaType.choose', mfa: 'SMS_MFA' },
    'selectMfaType',
  ],
  [
    'a new password',
    { signIn: async () => challenge({ name: 'NEW_PASSWORD_REQUIRED', session: SESSION(1), username: USER_ID, requiredAttributes: [] }) },
    'newPassword',
    { type: 'newPassword.submit', password: 'Mine-passw0rd!', attributes: {} },
    'setNewPassword',
  ],
];

describe('a chained step of sign-in gets no answer', () => {
  it.each(steps)('keeps the person on the screen for %s with the alert; the submit sends the same Session again', async (_, script, screen, answer, op) => {
    const { actor, calls } = startAuth({ ...script, [op]: failsThen([lostAnswer()], () => signedIn(EMAIL)) });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ [screen]: 'idle' } as never));
    actor.send(answer as never);
    await waitFor(actor, (s) => s.matches({ [screen]: 'idle' } as never) && !!s.context.problems.form);
    expect(actor.getSnapshot().context.problems.form).toEqual({ reason: 'network' });
    expect(actor.getSnapshot().context.challenge).toMatchObject({ session: SESSION(1) });

    actor.send(answer as never);
    await waitFor(actor, (s) => s.matches('signedIn'));
    const sessions = calls.filter((call) => call.op === op).map((call) => (call.input as { session: string }).session);
    expect(sessions).toEqual([SESSION(1), SESSION(1)]);
  });

  it('says the step was already used when a resent answer finds its Session spent', async () => {
    const { actor } = startAuth({
      signIn: async () => challenge({ name: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: USER_ID }),
      answerCode: failsThen([lostAnswer(), sessionSpent()], () => signedIn(EMAIL)),
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ totpChallenge: 'idle' }));
    actor.send({ type: 'totpChallenge.submit', code: '123456' });
    await waitFor(actor, (s) => !!s.context.problems.form);
    actor.send({ type: 'totpChallenge.submit', code: '123456' });
    await waitFor(actor, (s) => s.matches({ signIn: 'idle' }));
    expect(actor.getSnapshot().context).toMatchObject({ email: EMAIL, notice: 'sessionUsed', challenge: null });
  });
});

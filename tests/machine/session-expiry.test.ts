import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from 'xstate';
import { AuthError } from '../../src/auth/errors';
import { startAuth, deferred, SESSION } from '../support/scripted-client';
import type { CognitoClient } from '../../src/auth/client';

const EMAIL = 'ada@example.com';
const PASSWORD = 'Correct-h0rse';
const USER_ID = 'b1e0c2d4-0000-4000-8000-00000000beef';

afterEach(() => vi.useRealTimers());

const expired = async () => {
  throw new AuthError('sessionExpired');
};

const scripts: [string, Partial<CognitoClient>, (send: (e: never) => void) => void][] = [
  [
    'TOTP challenge',
    {
      signIn: async () => ({ type: 'challenge', challenge: { name: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: USER_ID } }),
      answerCode: expired,
    },
    (send) => send({ type: 'totpChallenge.submit', code: '123456' } as never),
  ],
  [
    'SMS challenge',
    {
      signIn: async () => ({ type: 'challenge', challenge: { name: 'SMS_MFA', session: SESSION(1), username: USER_ID } }),
      answerCode: expired,
    },
    (send) => send({ type: 'smsChallenge.submit', code: '123456' } as never),
  ],
  [
    'MFA type choice',
    {
      signIn: async () => ({
        type: 'challenge',
        challenge: { name: 'SELECT_MFA_TYPE', session: SESSION(1), username: USER_ID, options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] },
      }),
      selectMfaType: expired,
    },
    (send) => send({ type: 'selectMfaType.choose', mfa: 'SMS_MFA' } as never),
  ],
  [
    'authenticator setup (verify)',
    {
      signIn: async () => ({
        type: 'challenge',
        challenge: { name: 'MFA_SETUP', session: SESSION(1), username: USER_ID, canSetup: ['SOFTWARE_TOKEN_MFA'] },
      }),
      associateSoftwareToken: async () => ({ secret: 'JBSWY3DPEHPK3PXP', session: SESSION(2) }),
      verifySoftwareToken: expired,
    },
    (send) => send({ type: 'totpSetup.verify', code: '123456', deviceName: '' } as never),
  ],
  [
    'authenticator setup (complete)',
    {
      signIn: async () => ({
        type: 'challenge',
        challenge: { name: 'MFA_SETUP', session: SESSION(1), username: USER_ID, canSetup: ['SOFTWARE_TOKEN_MFA'] },
      }),
      associateSoftwareToken: async () => ({ secret: 'JBSWY3DPEHPK3PXP', session: SESSION(2) }),
      verifySoftwareToken: async () => ({ session: SESSION(3) }),
      completeMfaSetup: expired,
    },
    (send) => send({ type: 'totpSetup.verify', code: '123456', deviceName: '' } as never),
  ],
];

describe('an expired challenge session', () => {
  it.each(scripts)('during the %s leads back to sign-in with the email kept and the reason given', async (_, script, answer) => {
    const { actor } = startAuth(script);
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => !s.hasTag('busy') && !s.matches('signIn'));
    answer(actor.send as never);
    await waitFor(actor, (s) => s.matches({ signIn: 'idle' }));
    expect(actor.getSnapshot().context).toMatchObject({
      email: EMAIL,
      password: null,
      challenge: null,
      totpSecret: null,
      notice: 'sessionExpired',
      problems: {},
    });
  });

  it('is noticed by the page itself when the time runs out, before anything is sent', async () => {
    vi.useFakeTimers();
    const { actor, ops } = startAuth(scripts[0][1], { sessionTtlMs: 180_000 });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await vi.waitFor(() => expect(actor.getSnapshot().matches({ totpChallenge: 'idle' })).toBe(true));

    vi.advanceTimersByTime(179_000);
    expect(actor.getSnapshot().matches('totpChallenge')).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(actor.getSnapshot().matches({ signIn: 'idle' })).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ email: EMAIL, notice: 'sessionExpired' });
    expect(ops()).toEqual(['signIn']);
  });

  it('restarts its clock with each new session in the MFA setup chain', async () => {
    vi.useFakeTimers();
    const association = deferred<{ secret: string; session: string }>();
    const { actor } = startAuth(
      { ...scripts[3][1], associateSoftwareToken: () => association.promise },
      { sessionTtlMs: 180_000 },
    );
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await vi.advanceTimersByTimeAsync(0);
    expect(actor.getSnapshot().matches({ totpSetup: 'associating' })).toBe(true);

    // Associate answers late with a new session: the three minutes count from then.
    await vi.advanceTimersByTimeAsync(100_000);
    association.resolve({ secret: 'JBSWY3DPEHPK3PXP', session: SESSION(2) });
    await vi.advanceTimersByTimeAsync(0);
    expect(actor.getSnapshot().matches({ totpSetup: 'ready' })).toBe(true);
    expect(actor.getSnapshot().context.sessionExpiresAt).toBe(Date.now() + 180_000);

    await vi.advanceTimersByTimeAsync(179_000);
    expect(actor.getSnapshot().matches({ totpSetup: 'ready' })).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(actor.getSnapshot().matches({ signIn: 'idle' })).toBe(true);
  });
});

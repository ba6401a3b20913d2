import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from 'xstate';
import { AuthError } from '../../src/auth/errors';
import { failsThen, lostAnswer, sessionSpent, startAuth, signedIn, SESSION } from '../support/scripted-client';
import type { CognitoClient } from '../../src/auth/client';

const EMAIL = 'ada@example.com';
const PASSWORD = 'Correct-h0rse';
const USER_ID = '7d2c1f3e-0000-4000-8000-000000000001';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** Cognito's MFA_SETUP chain: S1 from InitiateAuth, S2 from Associate, S3 from Verify. */
function setupChain(overrides: Partial<CognitoClient> = {}): Partial<CognitoClient> {
  return {
    signIn: async () => ({
      type: 'challenge',
      challenge: { name: 'MFA_SETUP', session: SESSION(1), username: USER_ID, canSetup: ['SOFTWARE_TOKEN_MFA'] },
    }),
    associateSoftwareToken: async () => ({ secret: SECRET, session: SESSION(2) }),
    verifySoftwareToken: async () => ({ session: SESSION(3) }),
    completeMfaSetup: async () => signedIn(EMAIL),
    ...overrides,
  };
}

async function reachSetup(script: Partial<CognitoClient>) {
  const started = startAuth(script);
  started.actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
  await waitFor(started.actor, (s) => s.matches({ totpSetup: 'ready' }));
  return started;
}

describe('first sign-in on a pool that requires MFA', () => {
  it('chains each Session into the next call and signs in without a second sign-in', async () => {
    const { actor, calls } = await reachSetup(setupChain());
    expect(actor.getSnapshot().context.totpSecret).toBe(SECRET);

    actor.send({ type: 'totpSetup.verify', code: '123456', deviceName: '  Pixel 9 ' });
    await waitFor(actor, (s) => s.matches('signedIn'));

    expect(calls).toEqual([
      { op: 'signIn', input: { email: EMAIL, password: PASSWORD } },
      { op: 'associateSoftwareToken', input: { session: SESSION(1) } },
      { op: 'verifySoftwareToken', input: { session: SESSION(2), code: '123456', deviceName: 'Pixel 9' } },
      { op: 'completeMfaSetup', input: { session: SESSION(3), username: USER_ID } },
    ]);
  });

  it('keeps the same secret and the Associate session after a wrong code, and lets the person try again', async () => {
    let tries = 0;
    const { actor, calls } = await reachSetup(
      setupChain({
        verifySoftwareToken: async () => {
          tries += 1;
          if (tries === 1) throw new AuthError('codeMismatch');
          return { session: SESSION(3) };
        },
      }),
    );
    actor.send({ type: 'totpSetup.verify', code: '000000', deviceName: '' });
    await waitFor(actor, (s) => s.matches({ totpSetup: 'ready' }) && !!s.context.problems.code);
    expect(actor.getSnapshot().context.problems.code).toEqual({ reason: 'codeMismatch' });
    expect(actor.getSnapshot().context.totpSecret).toBe(SECRET);

    actor.send({ type: 'totpSetup.verify', code: '123456', deviceName: '' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    const verifies = calls.filter((c) => c.op === 'verifySoftwareToken').map((c) => (c.input as { session: string }).session);
    expect(verifies).toEqual([SESSION(2), SESSION(2)]);
    expect(calls.filter((c) => c.op === 'associateSoftwareToken')).toHaveLength(1);
  });

  it('never sends a code that is not six digits to VerifySoftwareToken', async () => {
    const { actor, ops } = await reachSetup(setupChain());
    actor.send({ type: 'totpSetup.verify', code: '12345', deviceName: '' });
    actor.send({ type: 'totpSetup.verify', code: 'abcdef', deviceName: '' });
    expect(ops()).toEqual(['signIn', 'associateSoftwareToken']);
    expect(actor.getSnapshot().context.problems.code).toEqual({ reason: 'codeFormat' });
  });

  it('offers to try again when no secret could be had, without a new sign-in', async () => {
    let tries = 0;
    const { actor, ops } = startAuth(
      setupChain({
        associateSoftwareToken: async () => {
          tries += 1;
          if (tries === 1) throw new AuthError('network');
          return { secret: SECRET, session: SESSION(2) };
        },
      }),
    );
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ totpSetup: 'failed' }));
    expect(actor.getSnapshot().context.problems.form).toEqual({ reason: 'network' });
    actor.send({ type: 'totpSetup.retry' });
    await waitFor(actor, (s) => s.matches({ totpSetup: 'ready' }));
    expect(ops()).toEqual(['signIn', 'associateSoftwareToken', 'associateSoftwareToken']);
  });

  it('explains a pool without authenticator apps to its operator', async () => {
    const { actor } = startAuth(
      setupChain({
        associateSoftwareToken: async () => {
          throw new AuthError('softwareTokenMfaNotEnabled');
        },
      }),
    );
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ totpSetup: 'failed' }));
    expect(actor.getSnapshot().context.problems.form).toEqual({ reason: 'softwareTokenMfaNotEnabled' });
  });
});

describe('MFA_SETUP offering email codes', () => {
  const EMAIL_OTP = {
    type: 'challenge',
    challenge: { name: 'EMAIL_OTP', session: SESSION(2), username: USER_ID, delivery: { destination: 'a***@e***.com', medium: 'EMAIL' } },
  } as const;
  const offering = (canSetup: ('SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP' | 'SMS_MFA')[]): Partial<CognitoClient> => ({
    signIn: async () => ({ type: 'challenge', challenge: { name: 'MFA_SETUP', session: SESSION(1), username: USER_ID, canSetup } }),
  });

  it('lets the person choose between an authenticator and email, then answers MFA_SETUP with the email and the code', async () => {
    const { actor, calls } = startAuth({
      ...offering(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']),
      setUpEmailMfa: async () => EMAIL_OTP,
      answerCode: async () => signedIn(EMAIL),
    });
    actor.send({ type: 'signIn.submit', email: ` ${EMAIL} `, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ mfaSetupChoice: 'idle' }));
    expect(actor.getSnapshot().context.mfaRequired).toBe(true);

    actor.send({ type: 'mfaSetupChoice.choose', mfa: 'EMAIL_OTP' });
    // A second press while the first is on its way sends nothing.
    actor.send({ type: 'mfaSetupChoice.choose', mfa: 'EMAIL_OTP' });
    await waitFor(actor, (s) => s.matches({ emailChallenge: 'idle' }));
    expect(actor.getSnapshot().context.delivery).toEqual({ destination: 'a***@e***.com', medium: 'EMAIL' });
    actor.send({ type: 'emailChallenge.submit', code: '424242' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls.map((c) => [c.op, c.input])).toEqual([
      ['signIn', { email: EMAIL, password: PASSWORD }],
      ['setUpEmailMfa', { session: SESSION(1), username: USER_ID, email: EMAIL }],
      ['answerCode', { challenge: 'EMAIL_OTP', session: SESSION(2), username: USER_ID, code: '424242' }],
    ]);
  });

  it('goes to the authenticator setup when the person chooses it, with the MFA_SETUP session', async () => {
    const { actor, calls } = startAuth({ ...setupChain(), ...offering(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']) });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ mfaSetupChoice: 'idle' }));
    actor.send({ type: 'mfaSetupChoice.choose', mfa: 'SOFTWARE_TOKEN_MFA' });
    await waitFor(actor, (s) => s.matches({ totpSetup: 'ready' }));
    expect(calls.at(-1)).toEqual({ op: 'associateSoftwareToken', input: { session: SESSION(1) } });
    actor.send({ type: 'back' });
    expect(actor.getSnapshot().matches('signIn')).toBe(true);
  });

  it('sends the code at once when email is the only choice, and offers to send it again when that fails', async () => {
    let failures = 1;
    const { actor, ops } = startAuth({
      ...offering(['EMAIL_OTP']),
      setUpEmailMfa: async () => {
        if (failures-- > 0) throw new AuthError('network');
        return EMAIL_OTP;
      },
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ mfaSetupChoice: 'idle' }));
    expect(actor.getSnapshot().context.problems.form).toEqual({ reason: 'network' });
    actor.send({ type: 'mfaSetupChoice.choose', mfa: 'EMAIL_OTP' });
    await waitFor(actor, (s) => s.matches({ emailChallenge: 'idle' }));
    expect(ops()).toEqual(['signIn', 'setUpEmailMfa', 'setUpEmailMfa']);
  });

  it('goes back to sign-in, saying so, when the setup session has run out', async () => {
    const { actor } = startAuth({
      ...offering(['EMAIL_OTP']),
      setUpEmailMfa: async () => {
        throw new AuthError('sessionExpired');
      },
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ signIn: 'idle' }));
    expect(actor.getSnapshot().context).toMatchObject({ notice: 'sessionExpired', challenge: null, email: EMAIL });
  });

  it('sets up an authenticator where SMS is offered beside it (SMS needs a phone number sign-in cannot add)', async () => {
    const { actor } = startAuth({ ...setupChain(), ...offering(['SMS_MFA', 'SOFTWARE_TOKEN_MFA']) });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ totpSetup: 'ready' }));
  });
});

/** Past the QR code: the person sent a code, which Cognito verifies (unless scripted otherwise). */
async function verified(script: Partial<CognitoClient>, input = {}) {
  const started = startAuth(script, input);
  started.actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
  await waitFor(started.actor, (s) => s.matches({ totpSetup: 'ready' }));
  started.actor.send({ type: 'totpSetup.verify', code: '123456', deviceName: '' });
  return started;
}

describe('the last step of authenticator setup gets no answer', () => {
  afterEach(() => vi.useRealTimers());

  it('stays verified, says why, and sends the same Session again on “Try again”', async () => {
    const { actor, calls } = await verified(setupChain({ completeMfaSetup: failsThen([lostAnswer()], () => signedIn(EMAIL)) }));
    await waitFor(actor, (s) => s.matches({ totpSetup: 'completingFailed' }));
    expect(actor.getSnapshot().context).toMatchObject({ problems: { form: { reason: 'network' } }, totpSecret: SECRET });
    expect(actor.getSnapshot().context.challenge).toMatchObject({ name: 'MFA_SETUP', session: SESSION(3) });

    actor.send({ type: 'totpSetup.retry' });
    expect(actor.getSnapshot().matches({ totpSetup: 'completing' })).toBe(true);
    expect(actor.getSnapshot().context.problems).toEqual({});
    await waitFor(actor, (s) => s.matches('signedIn'));
    const completes = calls.filter((call) => call.op === 'completeMfaSetup').map((call) => call.input);
    expect(completes).toEqual([
      { session: SESSION(3), username: USER_ID },
      { session: SESSION(3), username: USER_ID },
    ]);
    expect(calls.filter((call) => call.op === 'verifySoftwareToken')).toHaveLength(1);
  });

  it('offers the same after Cognito failed or was busy', async () => {
    for (const code of ['serviceError', 'tooManyRequests'] as const) {
      const { actor } = await verified(setupChain({ completeMfaSetup: failsThen([new AuthError(code)], () => signedIn(EMAIL)) }));
      await waitFor(actor, (s) => s.matches({ totpSetup: 'completingFailed' }));
      expect(actor.getSnapshot().context.problems.form).toEqual({ reason: code });
    }
  });

  it('says so at sign-in when the lost request had spent the Session', async () => {
    const { actor } = await verified(
      setupChain({ completeMfaSetup: failsThen([lostAnswer(), sessionSpent()], () => signedIn(EMAIL)) }),
    );
    await waitFor(actor, (s) => s.matches({ totpSetup: 'completingFailed' }));
    actor.send({ type: 'totpSetup.retry' });
    await waitFor(actor, (s) => s.matches({ signIn: 'idle' }));
    expect(actor.getSnapshot().context).toMatchObject({ email: EMAIL, notice: 'sessionUsed', challenge: null, totpSecret: null, problems: {} });
  });

  it('keeps the session clock running while it waits, then goes to sign-in saying time ran out', async () => {
    vi.useFakeTimers();
    const { actor, ops } = await verified(setupChain({ completeMfaSetup: failsThen([lostAnswer()], () => signedIn(EMAIL)) }), {
      sessionTtlMs: 180_000,
    });
    await vi.waitFor(() => expect(actor.getSnapshot().matches({ totpSetup: 'completingFailed' })).toBe(true));
    vi.advanceTimersByTime(179_000);
    expect(actor.getSnapshot().matches({ totpSetup: 'completingFailed' })).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(actor.getSnapshot().matches({ signIn: 'idle' })).toBe(true);
    expect(actor.getSnapshot().context.notice).toBe('sessionExpired');
    expect(ops().filter((op) => op === 'completeMfaSetup')).toHaveLength(1);
  });

  it('keeps the verified authenticator after any other failure too, saying what it was; Back leaves', async () => {
    const { actor } = await verified(setupChain({ completeMfaSetup: failsThen([new AuthError('unknown')], () => signedIn(EMAIL)) }));
    await waitFor(actor, (s) => s.matches({ totpSetup: 'completingFailed' }));
    expect(actor.getSnapshot().context.problems.form).toEqual({ reason: 'unknown' });
    actor.send({ type: 'back' });
    expect(actor.getSnapshot().matches({ signIn: 'idle' })).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ challenge: null, totpSecret: null });
  });

  it('keeps the QR code and the Associate session when verifying the first code gets no answer', async () => {
    const { actor, calls } = await verified(setupChain({ verifySoftwareToken: failsThen([lostAnswer()], () => ({ session: SESSION(3) })) }));
    await waitFor(actor, (s) => s.matches({ totpSetup: 'ready' }) && !!s.context.problems.form);
    expect(actor.getSnapshot().context).toMatchObject({ problems: { form: { reason: 'network' } }, totpSecret: SECRET });
    actor.send({ type: 'totpSetup.verify', code: '123456', deviceName: '' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    const verifies = calls.filter((call) => call.op === 'verifySoftwareToken').map((call) => (call.input as { session: string }).session);
    expect(verifies).toEqual([SESSION(2), SESSION(2)]);
  });
});

/**
 * A request that never answers must not hold the person: the way back and the links to other
 * screens work while it is out, and its late answer, when it comes, changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { AuthError } from '../../src/auth/errors';
import type { CognitoClient } from '../../src/auth/client';
import type { AuthEvent } from '../../src/auth/events';
import type { AuthStep, MfaSettings } from '../../src/auth/types';
import { stateMatcher } from '../../src/preview/states';
import { deferred, SESSION, signedIn, startAuth } from '../support/scripted-client';

const EMAIL = 'ada@example.com';
const PASSWORD = 'Correct-h0rse';

type Busy = [
  what: string,
  script: (pending: Promise<never>) => Partial<CognitoClient>,
  steps: AuthEvent[],
  busyIn: string,
  leave: AuthEvent,
  landsIn: string,
];

const mfaChallenge = async (): Promise<AuthStep> => ({
  type: 'challenge',
  challenge: { name: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: 'uuid-1' },
});
const settings = async (): Promise<MfaSettings> => ({ enabled: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' });

const cases: Busy[] = [
  [
    'signing in, to create an account',
    (pending) => ({ signIn: () => pending }),
    [{ type: 'signIn.submit', email: EMAIL, password: PASSWORD }],
    'signIn.submitting',
    { type: 'signIn.toSignUp', email: EMAIL },
    'signUp.idle',
  ],
  [
    'signing in, to reset the password',
    (pending) => ({ signIn: () => pending }),
    [{ type: 'signIn.submit', email: EMAIL, password: PASSWORD }],
    'signIn.submitting',
    { type: 'signIn.toForgotPassword', email: EMAIL },
    'forgotPassword.idle',
  ],
  [
    'creating an account, to sign in',
    (pending) => ({ signUp: () => pending }),
    [{ type: 'signIn.toSignUp' }, { type: 'signUp.submit', email: EMAIL, password: PASSWORD }],
    'signUp.submitting',
    { type: 'signUp.toSignIn', email: EMAIL },
    'signIn.idle',
  ],
  [
    'checking a code, back to sign-in',
    (pending) => ({ signIn: mfaChallenge, answerCode: () => pending }),
    [{ type: 'signIn.submit', email: EMAIL, password: PASSWORD }, { type: 'totpChallenge.submit', code: '123456' }],
    'totpChallenge.submitting',
    { type: 'back' },
    'signIn.idle',
  ],
  [
    'loading the account page, to change the password',
    (pending) => ({ signIn: async () => signedIn(EMAIL), getMfaSettings: () => pending }),
    [{ type: 'signIn.submit', email: EMAIL, password: PASSWORD }, { type: 'signedIn.openAccount' }],
    'signedIn.screen.account.loading',
    { type: 'account.changePassword' },
    'signedIn.screen.changePassword.idle',
  ],
  [
    'saving a setting, back home',
    (pending) => ({
      signIn: async () => signedIn(EMAIL),
      getMfaSettings: settings,
      setMfaPreference: () => pending,
    }),
    [
      { type: 'signIn.submit', email: EMAIL, password: PASSWORD },
      { type: 'signedIn.openAccount' },
      { type: 'account.turnOff', mfa: 'SMS_MFA' },
    ],
    'signedIn.screen.account.saving',
    { type: 'back' },
    'signedIn.screen.home',
  ],
];

const matcher = (dotted: string) => stateMatcher(dotted) as never;

describe('leaving a screen while its request is out', () => {
  it.each(cases)('works while %s, and the late answer changes nothing', async (_, script, steps, busyIn, leave, landsIn) => {
    const pending = deferred<never>();
    const { actor, calls } = startAuth(script(pending.promise));
    for (const step of steps) {
      actor.send(step);
      await waitFor(actor, (s) => !s.hasTag('busy') || s.matches(matcher(busyIn)));
    }
    expect(actor.getSnapshot().matches(matcher(busyIn))).toBe(true);
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);

    actor.send(leave);
    expect(actor.getSnapshot().matches(matcher(landsIn))).toBe(true);
    expect(actor.getSnapshot().hasTag('busy')).toBe(false);
    const left = actor.getSnapshot();
    expect(left.context.password).toBeNull();

    // The answer comes after all, and goes nowhere; nothing more is sent.
    const sent = calls.length;
    pending.resolve(signedIn(EMAIL) as never);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(actor.getSnapshot().value).toEqual(left.value);
    expect(actor.getSnapshot().context).toEqual(left.context);
    expect(calls.length).toBe(sent);
  });

  it('keeps the email typed on the form it left', async () => {
    const pending = deferred<never>();
    const { actor } = startAuth({ signIn: () => pending.promise });
    actor.send({ type: 'signIn.submit', email: ' Ada@example.com ', password: PASSWORD });
    actor.send({ type: 'signIn.toSignUp', email: 'ada@example.org' });
    expect(actor.getSnapshot().matches({ signUp: 'idle' })).toBe(true);
    expect(actor.getSnapshot().context.email).toBe('ada@example.org');
  });

  it('leaves the account page for the password change when its settings failed to load', async () => {
    const { actor } = startAuth({
      signIn: async () => signedIn(EMAIL),
      getMfaSettings: async () => {
        throw new AuthError('network');
      },
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches('signedIn'));
    actor.send({ type: 'signedIn.openAccount' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: { account: 'failed' } } }));
    actor.send({ type: 'account.changePassword' });
    expect(actor.getSnapshot().matches({ signedIn: { screen: { changePassword: 'idle' } } })).toBe(true);
  });
});

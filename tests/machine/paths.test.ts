/**
 * Reachability from the chart itself: every state of the machine is on some path from the start,
 * found by getShortestPaths with synthetic done/error events for whatever is invoked.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import type { AnyStateNode, EventObject, SnapshotFrom } from 'xstate';
import { authMachine, type AuthMachine } from '../../src/auth/machine';
import { AuthError, type AuthErrorCode } from '../../src/auth/errors';
import type { AuthEvent } from '../../src/auth/events';
import type { AuthStep, Challenge } from '../../src/auth/types';
import { SCREENS } from '../../src/auth/views';
import { SESSION, tokensFor } from '../support/scripted-client';

type Snapshot = SnapshotFrom<AuthMachine>;

const USER = 'user-1';
const STEPS: AuthStep[] = [
  { type: 'signedIn', tokens: tokensFor('ada@example.com') },
  ...(
    [
      { name: 'MFA_SETUP', session: SESSION(1), username: USER, canSetup: ['SOFTWARE_TOKEN_MFA'] },
      { name: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: USER },
      { name: 'SMS_MFA', session: SESSION(1), username: USER },
      { name: 'SELECT_MFA_TYPE', session: SESSION(1), username: USER, options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] },
    ] satisfies Challenge[]
  ).map((challenge): AuthStep => ({ type: 'challenge', challenge })),
];

/** What each actor may answer with when it succeeds. */
const OUTPUTS: Record<string, unknown[]> = {
  signIn: STEPS,
  answerCode: STEPS,
  selectMfaType: STEPS,
  completeMfaSetup: STEPS,
  signUp: [
    { userConfirmed: false, delivery: { destination: 'a***@e***.com', medium: 'EMAIL' } },
    { userConfirmed: true, delivery: null },
  ],
  confirmSignUp: [undefined],
  resendConfirmationCode: [{ destination: 'a***@e***.com', medium: 'EMAIL' }],
  associateSoftwareToken: [{ secret: 'JBSWY3DPEHPK3PXP', session: SESSION(2) }],
  verifySoftwareToken: [{ session: SESSION(3) }],
  revoke: [undefined],
};
const FAILURES: AuthErrorCode[] = ['sessionExpired', 'userNotConfirmed', 'alreadyConfirmed', 'codeMismatch', 'network'];

const USER_EVENTS: AuthEvent[] = [
  { type: 'signIn.submit', email: 'ada@example.com', password: 'Correct-h0rse' },
  { type: 'signIn.toSignUp' },
  { type: 'signUp.submit', email: 'ada@example.com', password: 'Correct-h0rse' },
  { type: 'signUp.toSignIn' },
  { type: 'confirmSignUp.submit', code: '123456' },
  { type: 'confirmSignUp.resend' },
  { type: 'totpSetup.verify', code: '123456', deviceName: '' },
  { type: 'totpSetup.retry' },
  { type: 'totpChallenge.submit', code: '123456' },
  { type: 'smsChallenge.submit', code: '123456' },
  { type: 'selectMfaType.choose', mfa: 'SMS_MFA' },
  { type: 'signedIn.signOut' },
  { type: 'back' },
];

/** Done and error events for every actor the snapshot has invoked. */
function actorEvents(snapshot: Snapshot): EventObject[] {
  return Object.entries(snapshot.children).flatMap(([id, child]) => {
    const src = (child as { src?: unknown }).src;
    if (typeof src !== 'string') return [];
    const outputs = OUTPUTS[src];
    if (!outputs) throw new Error(`no synthetic outputs for actor ${src}: add them to OUTPUTS`);
    return [
      ...outputs.map((output) => ({ type: `xstate.done.actor.${id}`, output, actorId: id })),
      ...FAILURES.map((code) => ({ type: `xstate.error.actor.${id}`, error: new AuthError(code), actorId: id })),
    ];
  });
}

function atomicStates(node: AnyStateNode): string[] {
  const children = Object.values(node.states) as AnyStateNode[];
  if (children.length === 0) return [node.path.join('.')];
  return children.flatMap(atomicStates);
}

describe('the chart', () => {
  // The resend cool-down reads the clock, which does not move here: open it.
  const machine = authMachine.provide({ guards: { canResend: () => true } });
  const paths = getShortestPaths(machine, {
    events: (snapshot) => [...USER_EVENTS, ...actorEvents(snapshot as Snapshot)] as AuthEvent[],
    serializeState: (snapshot) => JSON.stringify((snapshot as Snapshot).value),
  });
  const reached = new Set(paths.map((path) => JSON.stringify(path.state.value)));

  it('reaches every state from the start', () => {
    const expected = atomicStates(authMachine.root).filter((state) => state !== 'routing');
    const missing = expected.filter((state) => {
      const [screen, step] = state.split('.');
      const value = step ? { [screen]: step } : screen;
      return !reached.has(JSON.stringify(value));
    });
    expect(expected.length).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });

  it('never rests in the routing step', () => {
    expect([...reached].some((value) => value.includes('routing'))).toBe(false);
  });

  it('has exactly one screen per top-level state, each bound to a view', () => {
    const topLevel = Object.keys(authMachine.root.states).filter((name) => name !== 'routing');
    expect([...SCREENS].sort()).toEqual(topLevel.sort());
  });
});

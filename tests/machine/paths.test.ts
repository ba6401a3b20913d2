/**
 * Reachability from the chart itself: every state of the machine is on some path from the start,
 * found by getShortestPaths with synthetic done/error events for whatever is invoked.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import type { AnyStateNode, EventObject, SnapshotFrom } from 'xstate';
import { authMachine, type AuthInput, type AuthMachine } from '../../src/auth/machine';
import { AuthError, type AuthErrorCode } from '../../src/auth/errors';
import type { AuthEvent } from '../../src/auth/events';
import type { AuthStep, Challenge } from '../../src/auth/types';
import { SCREENS, SCREEN_STATES, screenOf } from '../../src/auth/screens';
import { VIEWS } from '../../src/views/index';
import { SESSION, tokensFor } from '../support/scripted-client';
import { atomicStates, matcher, TRANSIENT } from '../support/chart';

type Snapshot = SnapshotFrom<AuthMachine>;

const USER = 'user-1';
const STEPS: AuthStep[] = [
  { type: 'signedIn', tokens: tokensFor('ada@example.com') },
  ...(
    [
      { name: 'MFA_SETUP', session: SESSION(1), username: USER, canSetup: ['SOFTWARE_TOKEN_MFA'] },
      { name: 'MFA_SETUP', session: SESSION(1), username: USER, canSetup: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] },
      { name: 'MFA_SETUP', session: SESSION(1), username: USER, canSetup: ['EMAIL_OTP'] },
      { name: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: USER },
      { name: 'SMS_MFA', session: SESSION(1), username: USER },
      { name: 'SELECT_MFA_TYPE', session: SESSION(1), username: USER, options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] },
      { name: 'EMAIL_OTP', session: SESSION(1), username: USER },
      { name: 'NEW_PASSWORD_REQUIRED', session: SESSION(1), username: USER, requiredAttributes: [] },
      { name: 'UNSUPPORTED', challengeName: 'CUSTOM_CHALLENGE' },
      { name: 'SELECT_CHALLENGE', session: SESSION(1), username: USER, available: ['WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP', 'PASSWORD'] },
      { name: 'WEB_AUTHN', session: SESSION(1), username: USER, options: '{"challenge":"Y2hhbGxlbmdl"}' },
      { name: 'SMS_OTP', session: SESSION(1), username: USER },
    ] satisfies Challenge[]
  ).map((challenge): AuthStep => ({ type: 'challenge', challenge })),
];

/** What each actor may answer with when it succeeds. */
const OUTPUTS: Record<string, unknown[]> = {
  signIn: STEPS,
  startUserAuth: STEPS,
  selectChallenge: STEPS,
  answerPasskey: STEPS,
  getPasskey: ['{"id":"cHNrLTE"}'],
  createPasskey: ['{"id":"cHNrLTE"}'],
  startPasskeyRegistration: ['{"challenge":"Y2hhbGxlbmdl"}'],
  completePasskeyRegistration: [undefined],
  listPasskeys: [[{ id: 'cHNrLTE', name: 'Pixel', attachment: 'platform', createdAt: 0 }], []],
  deletePasskey: [undefined],
  passkeyOfferDue: [true, false],
  answerCode: STEPS,
  selectMfaType: STEPS,
  completeMfaSetup: STEPS,
  setUpEmailMfa: STEPS,
  signUp: [
    { userConfirmed: false, delivery: { destination: 'a***@e***.com', medium: 'EMAIL' } },
    { userConfirmed: true, delivery: null },
    { userConfirmed: false, delivery: { destination: 'a***@e***.com', medium: 'EMAIL' }, session: SESSION(4) },
  ],
  confirmSignUp: [undefined, { session: SESSION(5) }],
  resendConfirmationCode: [{ destination: 'a***@e***.com', medium: 'EMAIL' }],
  associateSoftwareToken: [{ secret: 'JBSWY3DPEHPK3PXP', session: SESSION(2) }],
  verifySoftwareToken: [{ session: SESSION(3) }],
  revoke: [undefined],
  setNewPassword: STEPS,
  forgotPassword: [{ destination: 'a***@e***.com', medium: 'EMAIL' }],
  confirmForgotPassword: [undefined],
  getMfaSettings: [{ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' }],
  setMfaPreference: [undefined],
  refresh: [tokensFor('ada@example.com')],
  globalSignOut: [undefined],
  changePassword: [undefined],
};
const FAILURES: AuthErrorCode[] = ['sessionExpired', 'signedOut', 'userNotConfirmed', 'alreadyConfirmed', 'codeMismatch', 'network'];

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
  { type: 'mfaSetupChoice.choose', mfa: 'SOFTWARE_TOKEN_MFA' },
  { type: 'mfaSetupChoice.choose', mfa: 'EMAIL_OTP' },
  { type: 'signedIn.signOut' },
  { type: 'signedIn.signOutEverywhere' },
  { type: 'signedIn.openAccount' },
  { type: 'signIn.toForgotPassword' },
  { type: 'forgotPassword.submit', email: 'ada@example.com' },
  { type: 'resetPassword.submit', code: '123456', password: 'Correct-h0rse' },
  { type: 'resetPassword.resend' },
  { type: 'newPassword.submit', password: 'Correct-h0rse', attributes: {} },
  { type: 'emailChallenge.submit', code: '123456' },
  { type: 'account.setUpTotp' },
  { type: 'account.turnOff', mfa: 'SOFTWARE_TOKEN_MFA' },
  { type: 'account.prefer', mfa: 'SOFTWARE_TOKEN_MFA' },
  { type: 'account.retry' },
  { type: 'account.changePassword' },
  { type: 'changePassword.submit', currentPassword: 'Old-passw0rd', newPassword: 'Correct-h0rse' },
  { type: 'signIn.continue', email: 'ada@example.com' },
  { type: 'signIn.continue', email: 'ada@example.com', factor: 'EMAIL_OTP' },
  { type: 'signIn.continue', email: 'ada@example.com', factor: 'SMS_OTP' },
  { type: 'selectChallenge.choose', factor: 'PASSWORD', password: 'Correct-h0rse' },
  { type: 'emailChallenge.resend' },
  { type: 'smsChallenge.resend' },
  { type: 'passkey.retry' },
  { type: 'passkey.otherWay' },
  { type: 'account.passkeys' },
  { type: 'passkeys.add' },
  { type: 'passkeys.delete', id: 'cHNrLTE' },
  { type: 'passkeys.confirmDelete' },
  { type: 'passkeys.cancelDelete' },
  { type: 'passkeys.retry' },
  { type: 'passkeyOffer.add' },
  { type: 'passkeyOffer.skip' },
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

/** The delayed events (`after`) of every active state: time passing is an event here too. */
function delayedEvents(snapshot: Snapshot): EventObject[] {
  const nodes = (snapshot as unknown as { _nodes: AnyStateNode[] })._nodes;
  return nodes.flatMap((node) => node.after.map((transition) => ({ type: transition.eventType })));
}

/**
 * Whether any active state has a transition for events of this type (exactly, or by a wildcard
 * `*` or `prefix.*`). An event that none of them takes leaves the snapshot as it is, a state the
 * search has already seen: trying it only costs a transition. Offering just the events some
 * active state takes finds the very same paths (25,594 of them, the same states at the same
 * depths) in a fifth of the time: 18 s rather than 83 on 2 cores.
 */
function takes(snapshot: Snapshot): (type: string) => boolean {
  const nodes = (snapshot as unknown as { _nodes: AnyStateNode[] })._nodes;
  const descriptors = new Set(nodes.flatMap((node) => [...node.transitions.keys()]));
  if (descriptors.has('*')) return () => true;
  const prefixes = [...descriptors].filter((descriptor) => descriptor.endsWith('.*')).map((descriptor) => descriptor.slice(0, -1));
  return (type) => descriptors.has(type) || prefixes.some((prefix) => type.startsWith(prefix));
}

describe('the chart', () => {
  // The resend cool-down reads the clock, which does not move here: open it.
  const machine = authMachine.provide({ guards: { canResend: () => true } });
  // The password sign-in (the default), and choice-based sign-in with every way in and with none but passwordless ones.
  const INPUTS: AuthInput[] = [{}, { firstFactors: ['PASSWORD', 'WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP'] }, { firstFactors: ['WEB_AUTHN', 'EMAIL_OTP'] }];
  const paths = INPUTS.flatMap((input) =>
    getShortestPaths(machine, {
      input,
      events: (snapshot) => {
        const taken = takes(snapshot as Snapshot);
        return [...USER_EVENTS, ...actorEvents(snapshot as Snapshot), ...delayedEvents(snapshot as Snapshot)].filter((event) => taken(event.type)) as AuthEvent[];
      },
      // The state, and the context that decides where it leads: a challenge in hand, tokens in hand,
      // the way picked, a password or a sign-up Session held.
      serializeState: (snapshot) => {
        const { value, context } = snapshot as Snapshot;
        return JSON.stringify([
          value,
          context.challenge?.name ?? null,
          context.tokens !== null,
          context.preferredFactor,
          context.password !== null,
          context.signUpSession !== null,
        ]);
      },
    }),
  );
  const snapshots = paths.map((path) => path.state as Snapshot);

  it('reaches every state from the start', () => {
    const expected = atomicStates().filter((path) => !TRANSIENT.includes(path[0]));
    const missing = expected.filter((path) => !snapshots.some((s) => s.matches(matcher(path))));
    expect(expected.length).toBeGreaterThan(30);
    expect(missing.map((path) => path.join('.'))).toEqual([]);
  });

  it('never rests in a transient step', () => {
    expect(snapshots.filter((s) => s.matches('routing') || s.matches('start'))).toEqual([]);
  });

  it('shows exactly one screen in every state it can rest in, and every screen somewhere', () => {
    for (const snapshot of snapshots) {
      const screens = SCREENS.filter((name) => SCREEN_STATES[name].some((state) => snapshot.matches(state as never)));
      expect(screens, JSON.stringify(snapshot.value)).toHaveLength(1);
    }
    const shown = new Set(snapshots.map(screenOf));
    expect([...shown].sort()).toEqual([...SCREENS].sort());
  }, 30_000);

  it('binds a view to every screen', () => {
    expect(Object.keys(VIEWS).sort()).toEqual([...SCREENS].sort());
  });
});

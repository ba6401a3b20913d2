/**
 * The screens: each names the state it is shown in. Every state of the machine but the
 * transient `start` and `routing` belongs to exactly one screen, and one view is bound to each
 * screen (src/views/index.ts); tests check both against the machine itself.
 */
import type { SnapshotFrom } from 'xstate';
import type { AuthMachine } from './machine';

type Snapshot = SnapshotFrom<AuthMachine>;
type StateMatch = Parameters<Snapshot['matches']>[0];

export const SCREEN_STATES = {
  signIn: ['signIn'],
  signUp: ['signUp'],
  confirmSignUp: ['confirmSignUp'],
  forgotPassword: ['forgotPassword'],
  resetPassword: ['resetPassword'],
  newPassword: ['newPassword'],
  mfaSetupChoice: ['mfaSetupChoice'],
  totpSetup: ['totpSetup'],
  totpChallenge: ['totpChallenge'],
  smsChallenge: ['smsChallenge'],
  emailChallenge: ['emailChallenge'],
  selectMfaType: ['selectMfaType'],
  selectChallenge: ['selectChallenge'],
  passkeySignIn: ['passkeySignIn'],
  // Signing out happens on the signed-in screen, its buttons showing the wait.
  signedIn: [
    { signedIn: { screen: 'home' } },
    { signedIn: { screen: 'signingOut' } },
    { signedIn: { screen: 'signingOutEverywhere' } },
  ],
  account: [{ signedIn: { screen: 'account' } }],
  changePassword: [{ signedIn: { screen: 'changePassword' } }],
  passkeys: [{ signedIn: { screen: 'passkeys' } }],
  passkeyOffer: [{ signedIn: { screen: 'passkeyOffer' } }],
} as const satisfies Record<string, readonly StateMatch[]>;

export type Screen = keyof typeof SCREEN_STATES;

export const SCREENS = Object.keys(SCREEN_STATES) as Screen[];

/** The screen `snapshot` is shown on, or undefined in the transient states. */
export function screenAt(snapshot: Snapshot): Screen | undefined {
  return SCREENS.find((name) => SCREEN_STATES[name].some((state) => snapshot.matches(state)));
}

export function screenOf(snapshot: Snapshot): Screen {
  const screen = screenAt(snapshot);
  if (!screen) throw new Error(`No screen for state ${JSON.stringify(snapshot.value)}`);
  return screen;
}

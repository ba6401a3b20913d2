/**
 * The screens: every top-level state of the machine but `routing`, which never rests. A view
 * is bound to each (src/views/index.ts); a test checks this list against the machine itself.
 */
import type { SnapshotFrom } from 'xstate';
import type { AuthMachine } from './machine';

export const SCREENS = [
  'signIn',
  'signUp',
  'confirmSignUp',
  'totpSetup',
  'totpChallenge',
  'smsChallenge',
  'selectMfaType',
  'signedIn',
] as const;

export type Screen = (typeof SCREENS)[number];

export function screenOf(snapshot: SnapshotFrom<AuthMachine>): Screen {
  const screen = SCREENS.find((name) => snapshot.matches(name));
  if (!screen) throw new Error(`No screen for state ${JSON.stringify(snapshot.value)}`);
  return screen;
}

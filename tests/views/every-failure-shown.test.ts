/**
 * No screen is ever silent: on every screen the machine rests on, whatever problem it holds, at
 * whatever field, the view shows it (at the field, or in the screen's alert). Both lists come from
 * the code: the resting states from the chart itself, the screens from screens.ts, the errors from
 * AUTH_ERROR_CODES (a code missing there is a type error) put where the machine's own actions put
 * them, and every field from FIELDS.
 */
import { describe, expect, it } from 'vitest';
import { flushSync, type Component } from 'svelte';
import { screen as dom } from '@testing-library/svelte';
import type { Actor, AnyStateNode, StateValue } from 'xstate';
import { authMachine, type AuthContext, type AuthMachine } from '../../src/auth/machine';
import { initialContext } from '../../src/auth/context';
import { AUTH_ERROR_CODES, AuthError } from '../../src/auth/errors';
import { FIELDS, problemFromError, type FieldProblems } from '../../src/auth/problems';
import { SCREENS, screenOf, type Screen } from '../../src/auth/screens';
import type { Challenge } from '../../src/auth/types';
import { problemText } from '../../src/lib/messages';
import { restingStates, stateMatcher } from '../../src/preview/states';
import { VIEWS } from '../../src/views';
import { en } from '../../src/i18n/en';
import { renderView } from '../support/render-view';
import { SESSION, tokensFor } from '../support/scripted-client';

type Snapshot = ReturnType<Actor<AuthMachine>['getSnapshot']>;

/** A state node by its dotted path. */
function nodeAt(path: string): AnyStateNode {
  return path.split('.').reduce<AnyStateNode>((node, name) => node.states[name] as AnyStateNode, authMachine.root);
}

/**
 * Where a screen waits for the person: an atomic state with no call in flight (no invoke, not
 * busy). The signed-in screens are a region beside the token refresh, which rests in `fresh`.
 */
const RESTING: { state: string; value: StateValue }[] = restingStates(authMachine.root)
  .filter((state) => !state.startsWith('signedIn.tokens.'))
  .filter((state) => {
    const node = nodeAt(state);
    return node.invoke.length === 0 && !node.tags.includes('busy');
  })
  .map((state) => {
    const value = stateMatcher(state);
    return {
      state,
      value: state.startsWith('signedIn.screen.')
        ? { signedIn: { tokens: 'fresh', screen: (value as { signedIn: { screen: StateValue } }).signedIn.screen } }
        : value,
    };
  });

const session = SESSION(1);
const CHALLENGES: Partial<Record<Screen, Challenge>> = {
  totpSetup: { name: 'MFA_SETUP', session, username: 'u-1', canSetup: ['SOFTWARE_TOKEN_MFA'] },
  totpChallenge: { name: 'SOFTWARE_TOKEN_MFA', session, username: 'u-1', deviceName: 'Phone' },
  smsChallenge: { name: 'SMS_MFA', session, username: 'u-1', delivery: { destination: '+*******0123', medium: 'SMS' } },
  emailChallenge: { name: 'EMAIL_OTP', session, username: 'u-1', delivery: { destination: 'a***@e***.com', medium: 'EMAIL' } },
  selectMfaType: { name: 'SELECT_MFA_TYPE', session, username: 'u-1', options: ['SOFTWARE_TOKEN_MFA', 'SMS_MFA'] },
  newPassword: { name: 'NEW_PASSWORD_REQUIRED', session, username: 'u-1', requiredAttributes: ['name'] },
};

/** What the screen has when a person reaches it: its challenge, the tokens, the key being set up. */
function contextFor(screen: Screen, problems: FieldProblems): AuthContext {
  const tokens = tokensFor('ada@example.com');
  const signedIn = screen === 'signedIn' || screen === 'account' || screen === 'changePassword';
  return {
    ...initialContext({ email: 'ada@example.com', tokens: signedIn ? tokens : null }),
    challenge: CHALLENGES[screen] ?? null,
    totpSecret: screen === 'totpSetup' ? 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' : null,
    sessionExpiresAt: Date.now() + 180_000,
    mfaSettings: signedIn ? { enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' } : null,
    problems,
  };
}

/**
 * Every way the machine's actions file an error (showFailure, showNewPasswordFailure,
 * showChangePasswordFailure), for every code, and every code at every field besides: a superset
 * of what any one screen can be given.
 */
const PROBLEM_SETS: FieldProblems[] = [
  ...AUTH_ERROR_CODES.flatMap((code) => {
    const error = new AuthError(code, { rule: code === 'invalidPassword' ? 'length' : undefined });
    return [problemFromError(error), problemFromError(error, 'newPassword')];
  }),
  { password: { reason: 'wrongCurrentPassword' } },
  // Every code at every field: in set i, field k holds code i + k, so each field meets each code once.
  ...AUTH_ERROR_CODES.map(
    (_, i): FieldProblems =>
      Object.fromEntries(FIELDS.map((field, k) => [field, { reason: AUTH_ERROR_CODES[(i + k) % AUTH_ERROR_CODES.length] }])),
  ),
];

/** An actor stand-in whose snapshot the test sets: one render per screen, many problems. */
function settableActor(first: Snapshot) {
  let current = first;
  const listeners = new Set<(snapshot: Snapshot) => void>();
  const actor = {
    getSnapshot: () => current,
    subscribe(listener: (snapshot: Snapshot) => void) {
      listeners.add(listener);
      return { unsubscribe: () => listeners.delete(listener) };
    },
    send() {},
  } as unknown as Actor<AuthMachine>;
  return {
    actor,
    set(snapshot: Snapshot) {
      current = snapshot;
      for (const listener of listeners) listener(snapshot);
      flushSync();
    },
  };
}

async function viewOf(screen: Screen): Promise<Component> {
  const view = VIEWS[screen];
  return typeof view === 'function' ? view : (await view.load()).default;
}

/** The texts shown with role="alert": at a field, or in the screen's alert. */
function shownMessages(): string[] {
  return dom.queryAllByRole('alert').map((element) => element.textContent?.trim() ?? '');
}

describe('every failure is shown', () => {
  it('rests on every screen', () => {
    const screens = new Set(RESTING.map(({ value }) => screenOf(authMachine.resolveState({ value, context: initialContext({}) }))));
    expect([...screens].sort()).toEqual([...SCREENS].sort());
  });

  it.each(RESTING)('$state shows every problem the machine can hold', { timeout: 30_000 }, async ({ value }) => {
    const snapshotWith = (problems: FieldProblems) => {
      const probe = authMachine.resolveState({ value, context: initialContext({}) });
      return authMachine.resolveState({ value, context: contextFor(screenOf(probe), problems) });
    };
    const first = snapshotWith({});
    const screen = screenOf(first);
    const { actor, set } = settableActor(first);
    const { unmount } = renderView(await viewOf(screen), actor);

    const silent: string[] = [];
    for (const problems of PROBLEM_SETS) {
      set(snapshotWith(problems));
      const shown = shownMessages();
      for (const [field, problem] of Object.entries(problems)) {
        const text = problemText(en, problem!, undefined, screen);
        if (!shown.some((message) => message.includes(text))) silent.push(`${field}: ${problem!.reason}`);
      }
    }
    unmount();
    expect(silent, `${screen} shows nothing for`).toEqual([]);
  });
});

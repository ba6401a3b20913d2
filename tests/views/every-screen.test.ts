/**
 * Promises every view keeps, checked on every screen rather than one: the actions that call
 * Cognito are found from the machine (tests/support/reach.ts), each view is rendered in the state
 * it belongs to, and what the machine assigns there is what the view must show.
 */
import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import type { UserEvent } from '@testing-library/user-event';
import { waitFor } from 'xstate';
import { tick, type Component } from 'svelte';
import type { Actor } from 'xstate';
import type { AuthMachine } from '../../src/auth/machine';
import { AuthError, type AuthErrorCode } from '../../src/auth/errors';
import type { FieldProblems, Problem } from '../../src/auth/problems';
import { screenOf, type Screen } from '../../src/auth/screens';
import { problemText } from '../../src/lib/messages';
import { viewFor } from '../../src/views/index';
import { en } from '../../src/i18n/en';
import { callStarters, reach, type CallStarter, type Reached } from '../support/reach';
import { matcher, restingStates } from '../support/chart';
import { EMPTY, personEvent, VALID, type EventType } from '../support/person';
import { renderView } from '../support/render-view';

/** Every action with a control on screen (the site's code asks for fresh tokens: tests/unit/session.test.ts). */
const STARTERS = (await callStarters()).filter(({ type }) => type !== 'session.refresh');

/** What a person types into each field, by its label. */
const TYPED: Record<string, string> = {
  [en.fields.email]: VALID.email,
  [en.fields.password]: VALID.password,
  [en.fields.currentPassword]: VALID.password,
  [en.fields.newPassword]: VALID.newPassword,
  [en.fields.code]: VALID.code,
  [en.totpSetup.deviceName]: VALID.deviceName,
  [en.attributes.name]: 'Ada Lovelace',
};

/** Renders the view of the screen the machine is on. */
async function show(actor: Actor<AuthMachine>) {
  const view = (await viewFor(screenOf(actor.getSnapshot()))) as Component;
  return renderView(view, actor);
}

/** Fills every field of the view as a person would. */
function fill(): void {
  for (const input of document.querySelectorAll('input')) {
    const label = input.labels?.[0]?.textContent?.trim() ?? '';
    const value = TYPED[label];
    if (value === undefined) throw new Error(`nothing to type into “${label}”: add it to TYPED`);
    fireEvent.input(input, { target: { value } });
  }
}

/** The button that sends this event: each enabled one is pressed with the actor not listening. */
async function controlSending(type: EventType, actor: Actor<AuthMachine>, user: UserEvent): Promise<HTMLButtonElement> {
  const heard: string[] = [];
  const send = actor.send;
  actor.send = (event) => void heard.push(event.type);
  try {
    for (const button of screen.getAllByRole<HTMLButtonElement>('button')) {
      if (button.disabled) continue;
      heard.length = 0;
      await user.click(button);
      if (heard.includes(type)) return button;
    }
  } finally {
    actor.send = send;
  }
  throw new Error(`no button on this screen sends ${type}`);
}

describe('a double submit', () => {
  it.each(STARTERS)('$state: the control for $type, pressed twice (and Enter twice), calls Cognito once', async ({ state, type }) => {
    const { actor, since } = await reach(state);
    const { user } = await show(actor);
    fill();
    const control = await controlSending(type, actor, user);
    await user.dblClick(control);
    if (control.type === 'submit') {
      document.querySelector('input')?.focus();
      await user.keyboard('{Enter}{Enter}');
    }
    expect(since()).toHaveLength(1);
    // The view keeps it from being pressed again while the call is in flight (leaving is always possible).
    if (type !== 'back') expect(!control.isConnected || control.disabled, 'disabled or gone while busy').toBe(true);
  });
});

/**
 * Each message the machine assigns is in an alert, and each field message is tied to its field.
 * Messages that read the same (two fields left empty) need an alert each.
 */
function expectShown(problems: FieldProblems, on: Screen): void {
  // The screen's own sentence where it has one (the passkey offer's), else the problem's.
  const textOf = (problem: Problem) => problemText(en, problem, undefined, on);
  const alerts = screen.queryAllByRole('alert').map((alert) => alert.textContent ?? '');
  const invalid = [...document.querySelectorAll('[aria-invalid="true"]')];
  const description = (element: Element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  const entries = Object.entries(problems) as [string, Problem][];
  for (const [field, problem] of entries) {
    const message = textOf(problem);
    const wanted = entries.filter(([, other]) => textOf(other) === message).length;
    expect(alerts.filter((text) => text.includes(message)).length, `${field}: “${message}” in an alert`).toBeGreaterThanOrEqual(wanted);
    if (field !== 'form') {
      expect(invalid.some((element) => description(element).includes(message)), `${field}: “${message}” tied to its field`).toBe(true);
    }
  }
  expect(invalid).toHaveLength(entries.filter(([field]) => field !== 'form').length);
}

/** A way to get messages onto a screen: a form sent empty, or a call Cognito refuses. */
interface Trouble extends CallStarter {
  /** Cognito's refusal; none: the form was sent with nothing typed. */
  code?: AuthErrorCode;
  /** The state the machine then rests in, and the fields it has messages for there. */
  rests: string;
  fields: string[];
}

/** Refusals that give each kind of field a message: the email, the password, the new password, the code, the form. */
const CODES: AuthErrorCode[] = ['usernameExists', 'wrongCredentials', 'invalidPassword', 'codeMismatch', 'network'];

/** Brings the trouble about; resolves once the machine rests again. */
async function cause({ state, type, typed, code }: Omit<Trouble, 'rests' | 'fields'>, reached: Reached): Promise<void> {
  if (code === undefined) {
    reached.actor.send(personEvent(type, EMPTY));
    return;
  }
  reached.actor.send(personEvent(type, typed));
  reached.pending[0].reject(new AuthError(code));
  await waitFor(reached.actor, (s) => !s.hasTag('busy'), { timeout: 500 }).catch(() => {
    throw new Error(`${state}: ${type} refused with ${code} does not come to rest`);
  });
}

/** Every trouble that leaves messages on a screen, found by causing it on the machine alone. */
async function troubles(): Promise<Trouble[]> {
  const found: Trouble[] = [];
  for (const starter of STARTERS) {
    for (const code of [undefined, ...CODES]) {
      const reached = await reach(starter.state);
      await cause({ ...starter, code }, reached);
      const snapshot = reached.actor.getSnapshot();
      const fields = Object.keys(snapshot.context.problems);
      const rests = restingStates().find((state) => snapshot.matches(matcher(state.split('.'))));
      if (rests && fields.length > 0) found.push({ ...starter, code, rests, fields });
      reached.actor.stop();
    }
  }
  return found;
}

const TROUBLES = await troubles();

/**
 * The fields each resting state shows: those its form names when sent empty, and the form itself.
 * Messages the machine puts on a field the screen lacks are another matter, not checked here
 * (with every code in CODES and no filter, this would check them too).
 */
const FIELDS = new Map<string, Set<string>>();
for (const trouble of TROUBLES) {
  if (trouble.code === undefined) FIELDS.set(trouble.rests, new Set(['form', ...trouble.fields]));
}
const fieldsOf = (state: string) => FIELDS.get(state) ?? new Set(['form']);
const SHOWN = TROUBLES.filter((trouble) => trouble.fields.some((field) => fieldsOf(trouble.rests).has(field)));
const named = (t: Trouble) => `${t.state}: ${t.type} ${t.code ? `refused with ${t.code}` : 'sent empty'}`;

describe('messages', () => {
  it('can be brought onto every screen, for every kind of field', () => {
    const states = new Set(SHOWN.map((trouble) => trouble.state));
    expect([...new Set(STARTERS.map((starter) => starter.state))].filter((state) => !states.has(state))).toEqual([]);
    expect([...new Set(SHOWN.flatMap((trouble) => trouble.fields))].sort()).toEqual(['code', 'email', 'form', 'newPassword', 'password']);
  });

  it.each(SHOWN.map((trouble) => [named(trouble), trouble] as const))('%s: every message is an alert, tied to its field', async (_, trouble) => {
    const reached = await reach(trouble.state);
    const shownFirst = screenOf(reached.actor.getSnapshot());
    await show(reached.actor);
    await cause(trouble, reached);
    const snapshot = reached.actor.getSnapshot();
    // Refused and sent elsewhere (the account page that failed to load): that screen's view.
    if (screenOf(snapshot) !== shownFirst) {
      cleanup();
      await show(reached.actor);
    }
    await tick();
    const fields = fieldsOf(trouble.rests);
    expectShown(Object.fromEntries(Object.entries(snapshot.context.problems).filter(([field]) => fields.has(field))), screenOf(snapshot));
  });
});

/**
 * Every action that sends something to Cognito, in every state a person can rest in: found by
 * trying every event of src/auth/events.ts in every such state of the chart (tests/support/reach.ts),
 * so a new form or button is covered the day it is added.
 */
import { describe, expect, it } from 'vitest';
import { restingStates } from '../support/chart';
import { callStarters, reach, ROUTES } from '../support/reach';
import { personEvent, VALID, type Typed } from '../support/person';

const STARTERS = await callStarters();

describe('the states a person rests in', () => {
  it('each has a way there, and the way ends there', async () => {
    expect(Object.keys(ROUTES).sort()).toEqual(restingStates().sort());
    for (const state of restingStates()) (await reach(state)).actor.stop();
  });

  it('each offers at least one action that calls Cognito', () => {
    expect(restingStates().filter((state) => !STARTERS.some((starter) => starter.state === state))).toEqual([]);
  });
});

describe('one call per action', () => {
  it.each(STARTERS)('$state: $type, sent five times, calls Cognito once', async ({ state, type, typed }) => {
    const { actor, since } = await reach(state);
    for (let i = 0; i < 5; i++) actor.send(personEvent(type, typed));
    expect(since()).toHaveLength(1);
    // Leaving the screen may land on one that loads at once (the account page), and leaving
    // that one abandons its call: busy only for the actions that stay. The site's request for
    // fresh tokens is no action of the screen: the refresh runs beside it.
    if (type !== 'back') expect(actor.getSnapshot().hasTag(type === 'session.refresh' ? 'refreshing' : 'busy')).toBe(true);
  });
});

/** What a paste or a phone keyboard brings: spaces around, letters in any case. */
const PASTED: Typed = {
  ...VALID,
  email: ' \tAda.Lovelace@Example.COM \n',
  code: ' 123-456 ',
  password: ' Correct h0rse ',
  newPassword: 'Brand new h0rse',
};

describe('what is sent is what was typed, normalised one way per kind', () => {
  const taking = (...keys: string[]) => STARTERS.filter(({ type }) => keys.some((key) => key in personEvent(type, PASTED)));

  it('covers every form that takes an email, a code or a password', () => {
    const types = (starters: typeof STARTERS) => starters.map(({ type }) => type).sort();
    expect(types(taking('email'))).toEqual(['forgotPassword.submit', 'signIn.submit', 'signUp.submit']);
    expect(types(taking('code'))).toEqual([
      'confirmSignUp.submit',
      'emailChallenge.submit',
      'resetPassword.submit',
      'smsChallenge.submit',
      'totpChallenge.submit',
      'totpSetup.verify',
    ]);
    expect(types(taking('password', 'currentPassword'))).toEqual([
      'changePassword.submit',
      'newPassword.submit',
      'resetPassword.submit',
      'selectChallenge.choose',
      'signIn.submit',
      'signUp.submit',
    ]);
  });

  // Lower-cased too: the pool uses the email as its username (src/auth/validate.ts, normalizeEmail).
  it.each(taking('email'))('$type sends the email without the spaces around it, in lower case', async ({ state, type }) => {
    const { actor, since } = await reach(state);
    actor.send(personEvent(type, PASTED));
    expect(since()).toHaveLength(1);
    expect(since()[0].input).toMatchObject({ email: 'ada.lovelace@example.com' });
  });

  it.each(taking('code'))('$state: $type sends the six digits alone', async ({ state, type }) => {
    const { actor, since } = await reach(state);
    actor.send(personEvent(type, PASTED));
    expect(since()).toHaveLength(1);
    expect(since()[0].input).toMatchObject({ code: '123456' });
  });

  it.each(taking('password', 'currentPassword'))('$type sends passwords exactly as typed, spaces and all', async ({ state, type }) => {
    const { actor, since } = await reach(state);
    actor.send(personEvent(type, PASTED));
    expect(since()).toHaveLength(1);
    const input = since()[0].input as Record<string, unknown>;
    const sent = ['password', 'previousPassword', 'proposedPassword'].filter((key) => key in input).map((key) => input[key]);
    expect(sent.length).toBeGreaterThan(0);
    for (const password of sent) expect([PASTED.password, PASTED.newPassword]).toContain(password);
  });
});

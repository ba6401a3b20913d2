/**
 * What each form checks before anything is sent (src/auth/validate.ts): the message a person
 * reads next to the field, and nothing sent to Cognito; and what passes the checks is sent.
 * The password rules are Cognito's default policy (8 characters, upper, lower, number, symbol).
 */
import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../src/auth/events';
import type { FieldProblems } from '../../src/auth/problems';
import { reach } from '../support/reach';

const EMAIL = 'ada@example.com';
const GOOD = 'Correct-h0rse';

interface Case {
  what: string;
  state: string;
  event: AuthEvent;
  /** What the screen shows; `sent` when the checks pass and the call goes out. */
  expected: FieldProblems | 'sent';
}

const signUp = (email: string, password: string): AuthEvent => ({ type: 'signUp.submit', email, password });
const confirm = (code: string): AuthEvent => ({ type: 'confirmSignUp.submit', code });
/** An address of `length` characters. */
const emailOf = (length: number) => `${'a'.repeat(length - '@example.com'.length)}@example.com`;

const CASES: Case[] = [
  { what: 'a sign-up with no password', state: 'signUp.idle', event: signUp(EMAIL, ''), expected: { password: { reason: 'required' } } },
  { what: 'a password of exactly the minimum length', state: 'signUp.idle', event: signUp(EMAIL, 'Abcdef1!'), expected: 'sent' },
  {
    what: 'a password one character short',
    state: 'signUp.idle',
    event: signUp(EMAIL, 'Abcde1!'),
    expected: { password: { reason: 'weakPassword', rules: ['length'] } },
  },
  {
    what: 'a password without a lower-case letter',
    state: 'signUp.idle',
    event: signUp(EMAIL, 'CORRECT-H0RSE'),
    expected: { password: { reason: 'weakPassword', rules: ['lowercase'] } },
  },
  {
    what: 'a password that starts with a space',
    state: 'signUp.idle',
    event: signUp(EMAIL, ' Correct-h0rse'),
    expected: { password: { reason: 'weakPassword', rules: ['spaces'] } },
  },
  {
    what: 'a password that ends with a space',
    state: 'signUp.idle',
    event: signUp(EMAIL, 'Correct-h0rse '),
    expected: { password: { reason: 'weakPassword', rules: ['spaces'] } },
  },
  {
    what: 'a password with a tab inside',
    state: 'signUp.idle',
    event: signUp(EMAIL, 'Correct\th0rse!'),
    expected: { password: { reason: 'weakPassword', rules: ['spaces'] } },
  },
  { what: 'a password with a space inside', state: 'signUp.idle', event: signUp(EMAIL, 'Correct h0rse'), expected: 'sent' },
  { what: 'an email of 128 characters (Cognito’s longest username)', state: 'signUp.idle', event: signUp(emailOf(128), GOOD), expected: 'sent' },
  {
    what: 'an email of 129 characters',
    state: 'signUp.idle',
    event: signUp(emailOf(129), GOOD),
    expected: { email: { reason: 'emailTooLong' } },
  },
  { what: 'no code', state: 'confirmSignUp.idle', event: confirm(' - '), expected: { code: { reason: 'required' } } },
  { what: 'a code of seven digits', state: 'confirmSignUp.idle', event: confirm('1234567'), expected: { code: { reason: 'codeFormat' } } },
  { what: 'a code with a letter before six digits', state: 'confirmSignUp.idle', event: confirm('a123456'), expected: { code: { reason: 'codeFormat' } } },
  { what: 'a code with a letter after six digits', state: 'confirmSignUp.idle', event: confirm('123456a'), expected: { code: { reason: 'codeFormat' } } },
  {
    what: 'a reset with a short code',
    state: 'resetPassword.idle',
    event: { type: 'resetPassword.submit', code: '12', password: GOOD },
    expected: { code: { reason: 'codeFormat' } },
  },
  {
    what: 'a reset with a weak new password',
    state: 'resetPassword.idle',
    event: { type: 'resetPassword.submit', code: '123456', password: 'short' },
    expected: { newPassword: { reason: 'weakPassword', rules: ['length', 'uppercase', 'number', 'symbol'] } },
  },
  {
    what: 'a new password (NEW_PASSWORD_REQUIRED) that is weak',
    state: 'newPassword.idle',
    event: { type: 'newPassword.submit', password: 'short', attributes: { name: 'Ada' } },
    expected: { newPassword: { reason: 'weakPassword', rules: ['length', 'uppercase', 'number', 'symbol'] } },
  },
  {
    what: 'a required attribute of spaces only',
    state: 'newPassword.idle',
    event: { type: 'newPassword.submit', password: GOOD, attributes: { name: '   ' } },
    expected: { form: { reason: 'required' } },
  },
];

describe('checks before sending', () => {
  it.each(CASES.map((c) => [c.what, c] as const))('%s', async (_, { state, event, expected }) => {
    const { actor, since } = await reach(state);
    actor.send(event);
    if (expected === 'sent') {
      expect(since()).toHaveLength(1);
      expect(actor.getSnapshot().context.problems).toEqual({});
    } else {
      expect(since()).toEqual([]);
      expect(actor.getSnapshot().context.problems).toEqual(expected);
    }
    actor.stop();
  });
});

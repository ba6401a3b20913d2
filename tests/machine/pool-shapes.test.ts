/**
 * The machine in every pool shape (src/auth/pool-shape.ts): what each form checks, how it
 * normalises the identifier, and what SignUp and InitiateAuth are sent.
 */
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import type { PoolShape } from '../../src/auth/pool-shape';
import { startAuth, signedIn } from '../support/scripted-client';

const PASSWORD = 'Correct-h0rse';
const shape = (signInWith: PoolShape['signInWith'], extra: Partial<PoolShape> = {}): PoolShape => ({
  signInWith,
  signUpAttributes: [],
  selfSignUp: true,
  ...extra,
});
const EMAIL = shape(['email']);
const PHONE = shape(['phone']);
const EMAIL_OR_PHONE = shape(['email', 'phone']);
const USERNAME = shape(['username'], { signUpAttributes: [{ name: 'email', required: true }] });
const USERNAME_EMAIL_ALIAS = shape(['username', 'email']);
const ATTRIBUTES = shape(['email'], {
  signUpAttributes: [
    { name: 'given_name', required: true },
    { name: 'birthdate', required: true },
    { name: 'phone_number', required: false },
    { name: 'custom:team', required: false, label: 'Team' },
  ],
});

/** Signs in as `typed` on a pool of `poolShape`; answers what InitiateAuth was sent. */
async function signInAs(poolShape: PoolShape, typed: string) {
  const { actor, calls } = startAuth({ signIn: async () => signedIn('ada@example.com') }, { poolShape });
  actor.send({ type: 'signIn.submit', email: typed, password: PASSWORD });
  await waitFor(actor, (s) => s.matches('signedIn') || s.matches({ signIn: 'idle' }));
  return { calls, problems: actor.getSnapshot().context.problems };
}

/** Submits the sign-up form on a pool of `poolShape`; answers what SignUp was sent, or the problems. */
async function signUpAs(poolShape: PoolShape, typed: string, attributes?: Record<string, string>) {
  const delivery = { destination: '+********0123', medium: 'SMS' as const };
  const { actor, calls } = startAuth({ signUp: async () => ({ userConfirmed: false, delivery }) }, { poolShape });
  actor.send({ type: 'signIn.toSignUp' });
  actor.send({ type: 'signUp.submit', email: typed, password: PASSWORD, attributes });
  await waitFor(actor, (s) => s.matches('confirmSignUp') || s.matches({ signUp: 'idle' }));
  return { calls, problems: actor.getSnapshot().context.problems, snapshot: actor.getSnapshot() };
}

describe('signing in', () => {
  it.each([
    ['an email, trimmed and in lower case', EMAIL, ' Ada@Example.COM ', 'ada@example.com'],
    ['a phone number in E.164, without the spaces and dashes people type', PHONE, ' +44 7700-900 (123) ', '+447700900123'],
    ['a full-width phone number, as Japanese input methods type it', PHONE, '＋８１ ９０ １２３４ ５６７８', '+819012345678'],
    ['a username, trimmed, its case kept', USERNAME, '  Ada_Lovelace ', 'Ada_Lovelace'],
    ['an email alias, as typed (trimmed and in lower case)', USERNAME_EMAIL_ALIAS, 'Ada@Example.com', 'ada@example.com'],
    ['a phone number where email or phone is the username', EMAIL_OR_PHONE, '+1 555 555 0123', '+15555550123'],
    ['an email where email or phone is the username', EMAIL_OR_PHONE, 'ADA@example.com', 'ada@example.com'],
  ])('sends %s as USERNAME', async (_what, poolShape, typed, sent) => {
    const { calls } = await signInAs(poolShape, typed);
    expect(calls).toEqual([{ op: 'signIn', input: { email: sent, password: PASSWORD } }]);
  });

  it.each([
    ['a phone number without the country code', PHONE, '07700 900123', 'phoneFormat'],
    ['a username with a space', USERNAME, 'ada lovelace', 'usernameFormat'],
    ['no email', EMAIL_OR_PHONE, 'ada', 'emailFormat'],
    ['digits that are no number', EMAIL_OR_PHONE, '12', 'phoneFormat'],
  ])('refuses %s at the field, sending nothing', async (_what, poolShape, typed, reason) => {
    const { calls, problems } = await signInAs(poolShape, typed);
    expect(calls).toEqual([]);
    expect(problems).toEqual({ email: { reason } });
  });

  it('takes a numeric username as a username where the pool has usernames and phone numbers', async () => {
    const { calls } = await signInAs(shape(['username', 'phone']), '1234567');
    expect(calls).toEqual([{ op: 'signIn', input: { email: '1234567', password: PASSWORD } }]);
  });
});

describe('signing up', () => {
  it('sends the email as the username and as the email attribute, on the default shape', async () => {
    const { calls } = await signUpAs(EMAIL, ' Ada@Example.com ');
    expect(calls).toEqual([{ op: 'signUp', input: { email: 'ada@example.com', password: PASSWORD, attributes: { email: 'ada@example.com' } } }]);
  });

  it('sends a phone number as the username and as phone_number, and shows where the text went', async () => {
    const { calls, snapshot } = await signUpAs(PHONE, '+44 7700 900123');
    expect(calls).toEqual([
      { op: 'signUp', input: { email: '+447700900123', password: PASSWORD, attributes: { phone_number: '+447700900123' } } },
    ]);
    expect(snapshot.context.delivery).toEqual({ destination: '+********0123', medium: 'SMS' });
  });

  it('sends a username with the email the pool needs as an attribute', async () => {
    const { calls } = await signUpAs(USERNAME, ' ada ', { email: ' Ada@Example.com ' });
    expect(calls).toEqual([{ op: 'signUp', input: { email: 'ada', password: PASSWORD, attributes: { email: 'ada@example.com' } } }]);
  });

  it('asks for the alias too, and refuses a username shaped like it (Cognito would)', async () => {
    const missing = await signUpAs(USERNAME_EMAIL_ALIAS, 'ada');
    expect(missing.calls).toEqual([]);
    expect(missing.problems).toEqual({ 'attribute:email': { reason: 'required' } });

    const shaped = await signUpAs(USERNAME_EMAIL_ALIAS, 'ada@example.com', { email: 'ada@example.com' });
    expect(shaped.calls).toEqual([]);
    expect(shaped.problems).toEqual({ email: { reason: 'usernameLooksLikeEmail' } });

    const phoneShaped = await signUpAs(shape(['username', 'phone']), '+447700900123', { phone_number: '+447700900123' });
    expect(phoneShaped.problems).toEqual({ email: { reason: 'usernameLooksLikePhone' } });
  });

  it('checks each attribute at its own field before sending', async () => {
    const { calls, problems } = await signUpAs(ATTRIBUTES, 'ada@example.com', { birthdate: '10/12/1815', phone_number: '0770' });
    expect(calls).toEqual([]);
    expect(problems).toEqual({
      'attribute:given_name': { reason: 'required' },
      'attribute:birthdate': { reason: 'birthdateFormat' },
      'attribute:phone_number': { reason: 'phoneFormat' },
    });
    const tooLong = await signUpAs(ATTRIBUTES, 'ada@example.com', { given_name: 'A'.repeat(2049), birthdate: '1815-12-10' });
    expect(tooLong.problems).toEqual({ 'attribute:given_name': { reason: 'attributeTooLong' } });
    const notADay = await signUpAs(ATTRIBUTES, 'ada@example.com', { given_name: 'Ada', birthdate: '1815-02-30' });
    expect(notADay.problems).toEqual({ 'attribute:birthdate': { reason: 'birthdateFormat' } });
  });

  it('sends every attribute typed, normalised, and leaves out the empty optional ones', async () => {
    const typed = { given_name: ' Ada ', birthdate: '1815-12-10', phone_number: '', 'custom:team': ' Engines ' };
    const { calls } = await signUpAs(ATTRIBUTES, 'ada@example.com', typed);
    expect(calls).toEqual([
      {
        op: 'signUp',
        input: {
          email: 'ada@example.com',
          password: PASSWORD,
          attributes: { email: 'ada@example.com', given_name: 'Ada', birthdate: '1815-12-10', 'custom:team': 'Engines' },
        },
      },
    ]);
  });
});

describe('no public sign-up', () => {
  it('does not open the sign-up form', () => {
    const { actor } = startAuth({}, { poolShape: shape(['email'], { selfSignUp: false }) });
    actor.send({ type: 'signIn.toSignUp', email: 'ada@example.com' });
    expect(actor.getSnapshot().matches({ signIn: 'idle' })).toBe(true);
  });
});

describe('email codes at MFA setup', () => {
  it('are offered only where the person signed in with an email, the address they are set up with', async () => {
    const challenge = { name: 'MFA_SETUP' as const, session: 'AYABe'.padEnd(30, 'x'), username: 'uuid', canSetup: ['EMAIL_OTP' as const, 'SOFTWARE_TOKEN_MFA' as const] };
    const { actor } = startAuth({ signIn: async () => ({ type: 'challenge', challenge }) }, { poolShape: USERNAME });
    actor.send({ type: 'signIn.submit', email: 'ada', password: PASSWORD });
    // A username is no address to send codes to: the authenticator app alone, so its setup at once.
    await waitFor(actor, (s) => s.matches('totpSetup'));
  });
});

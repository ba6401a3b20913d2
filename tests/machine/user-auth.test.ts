/** Choice-based sign-in (USER_AUTH), the passkey prompt's outcomes, passwordless sign-up and the account's passkeys, in the machine. */
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { authMachine, type AuthInput } from '../../src/auth/machine';
import { cognitoActors } from '../../src/auth/actors';
import { AuthError } from '../../src/auth/errors';
import type { PasskeyPort } from '../../src/auth/passkeys';
import { passkeyActors } from '../../src/auth/passkeys';
import type { AuthStep, Challenge } from '../../src/auth/types';
import type { CognitoClient } from '../../src/auth/client';
import { SESSION, scriptedClient, signedIn } from '../support/scripted-client';

const CHOICE: AuthInput = { firstFactors: ['PASSWORD', 'WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP'] };
const USER = 'uuid-1';
const step = (challenge: Challenge): AuthStep => ({ type: 'challenge', challenge });
const WEB_AUTHN = step({ name: 'WEB_AUTHN', session: SESSION(1), username: USER, options: '{"challenge":"AAEC"}' });
const SELECT = step({ name: 'SELECT_CHALLENGE', session: SESSION(2), username: USER, available: ['EMAIL_OTP', 'PASSWORD'] });

function start(script: Partial<CognitoClient>, passkeys: PasskeyPort, input: AuthInput = CHOICE) {
  const scripted = scriptedClient(script);
  const actor = createActor(authMachine.provide({ actors: { ...cognitoActors(scripted.client), ...passkeyActors(passkeys) } }), { input });
  actor.start();
  return { actor, ...scripted };
}
const idle = (actor: ReturnType<typeof start>['actor']) => waitFor(actor, (s) => !s.hasTag('busy'));
const refusing = (code: 'passkeyCancelled' | 'passkeyWrongDomain'): PasskeyPort => ({
  get: () => Promise.reject(new AuthError(code)),
  create: () => Promise.reject(new AuthError(code)),
});
const answering: PasskeyPort = { get: async () => '{"id":"cHNr"}', create: async () => '{"id":"cHNr"}' };

describe('choice-based sign-in', () => {
  it('starts USER_AUTH with the email as typed, normalised, and a passkey picked up front as the preference', async () => {
    const prompted: string[] = [];
    const prompt: PasskeyPort = { ...answering, get: (options, signal) => (prompted.push(options), answering.get(options, signal)) };
    const { actor, calls } = start({ startUserAuth: async () => WEB_AUTHN, answerPasskey: async () => signedIn('ada@example.com') }, prompt);
    actor.send({ type: 'signIn.continue', email: '  Ada@Example.COM ', factor: 'WEB_AUTHN' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls.map((call) => [call.op, call.input])).toEqual([
      ['startUserAuth', { email: 'ada@example.com', preferred: 'WEB_AUTHN' }],
      ['answerPasskey', { session: SESSION(1), username: USER, credential: '{"id":"cHNr"}' }],
    ]);
    // The browser's prompt was given the challenge's CREDENTIAL_REQUEST_OPTIONS.
    expect(prompted).toEqual(['{"challenge":"AAEC"}']);
    // Signed in with a passkey, not a password: no offer to add one follows.
    expect(actor.getSnapshot().context.passwordFirst).toBe(false);
  });

  it('checks the identifier before USER_AUTH starts: nothing is sent for one that cannot be', async () => {
    const { actor, calls } = start({ startUserAuth: async () => SELECT }, answering);
    actor.send({ type: 'signIn.continue', email: 'ada.example.com' });
    expect(actor.getSnapshot().context.problems).toEqual({ email: { reason: 'emailFormat' } });
    expect(calls).toEqual([]);
  });

  it('says a refusal about the password at the form: the first screen has no password field', async () => {
    const { actor } = start({ startUserAuth: () => Promise.reject(new AuthError('wrongCredentials')) }, answering);
    actor.send({ type: 'signIn.continue', email: 'ada@example.com' });
    await idle(actor);
    expect(actor.getSnapshot().context.problems).toEqual({ form: { reason: 'wrongCredentials' } });
  });

  it('is not offered by a page built for the password sign-in', () => {
    const { actor, calls } = start({}, answering, {});
    actor.send({ type: 'signIn.continue', email: 'ada@example.com' });
    expect(actor.getSnapshot().matches({ signIn: 'idle' })).toBe(true);
    expect(calls).toEqual([]);
  });

  it('a cancelled prompt says so and offers another way: USER_AUTH again, without a preference, to the choice of ways', async () => {
    const { actor, calls } = start({ startUserAuth: async (input) => (input.preferred ? WEB_AUTHN : SELECT) }, refusing('passkeyCancelled'));
    actor.send({ type: 'signIn.continue', email: 'ada@example.com', factor: 'WEB_AUTHN' });
    await waitFor(actor, (s) => s.matches({ passkeySignIn: 'failed' }));
    expect(actor.getSnapshot().context.problems).toEqual({ form: { reason: 'passkeyCancelled' } });
    actor.send({ type: 'passkey.otherWay' });
    await waitFor(actor, (s) => s.matches({ selectChallenge: 'idle' }));
    expect(calls.map((call) => call.input)).toEqual([{ email: 'ada@example.com', preferred: 'WEB_AUTHN' }, { email: 'ada@example.com' }]);
  });

  it('a relying party that is not this domain is the operator’s to fix; trying the prompt again sends nothing to Cognito', async () => {
    const { actor, calls } = start({ startUserAuth: async () => WEB_AUTHN }, refusing('passkeyWrongDomain'));
    actor.send({ type: 'signIn.continue', email: 'ada@example.com', factor: 'WEB_AUTHN' });
    await waitFor(actor, (s) => s.matches({ passkeySignIn: 'failed' }));
    actor.send({ type: 'passkey.retry' });
    await waitFor(actor, (s) => s.matches({ passkeySignIn: 'failed' }));
    expect(actor.getSnapshot().context.problems).toEqual({ form: { reason: 'passkeyWrongDomain' } });
    expect(calls).toHaveLength(1);
  });

  it('an emailed code asked after the password, a second step, is never sent again as a way in', async () => {
    const emailed = step({ name: 'EMAIL_OTP', session: SESSION(3), username: USER, delivery: { destination: 'a***@e***.com', medium: 'EMAIL' } });
    const { actor, calls } = start({ startUserAuth: async () => SELECT, selectChallenge: async () => emailed }, answering, { ...CHOICE, resendCooldownMs: 0 });
    actor.send({ type: 'signIn.continue', email: 'ada@example.com' });
    await waitFor(actor, (s) => s.matches({ selectChallenge: 'idle' }));
    actor.send({ type: 'selectChallenge.choose', factor: 'PASSWORD', password: 'Correct-h0rse' });
    await waitFor(actor, (s) => s.matches({ emailChallenge: 'idle' }));
    actor.send({ type: 'emailChallenge.resend' });
    await idle(actor);
    // Cognito has no resend for a second step, and USER_AUTH again would start another sign-in.
    expect(calls.map((call) => call.op)).toEqual(['startUserAuth', 'selectChallenge']);
    expect(actor.getSnapshot().matches({ emailChallenge: 'idle' })).toBe(true);
  });

  it('an emailed code picked as the way in can be sent again: USER_AUTH with the same preference, a new Session', async () => {
    const emailed = (n: number) => step({ name: 'EMAIL_OTP', session: SESSION(n), username: USER, delivery: { destination: 'a***@e***.com', medium: 'EMAIL' } });
    const { actor, calls } = start(
      { startUserAuth: async (input) => (input.preferred ? emailed(4) : SELECT), selectChallenge: async () => emailed(3), answerCode: async () => signedIn('ada@example.com') },
      answering,
      { ...CHOICE, resendCooldownMs: 0 },
    );
    actor.send({ type: 'signIn.continue', email: 'ada@example.com' });
    await waitFor(actor, (s) => s.matches({ selectChallenge: 'idle' }));
    actor.send({ type: 'selectChallenge.choose', factor: 'EMAIL_OTP' });
    await waitFor(actor, (s) => s.matches({ emailChallenge: 'idle' }));
    actor.send({ type: 'emailChallenge.resend' });
    await waitFor(actor, (s) => s.matches({ emailChallenge: 'idle' }) && s.context.notice === 'codeResent');
    actor.send({ type: 'emailChallenge.submit', code: '123456' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls.map((call) => [call.op, call.input])).toEqual([
      ['startUserAuth', { email: 'ada@example.com' }],
      ['selectChallenge', { session: SESSION(2), username: USER, answer: 'EMAIL_OTP' }],
      ['startUserAuth', { email: 'ada@example.com', preferred: 'EMAIL_OTP' }],
      ['answerCode', { challenge: 'EMAIL_OTP', session: SESSION(4), username: USER, code: '123456' }],
    ]);
  });

  it('refuses an empty password on the choice screen before sending anything', async () => {
    const { actor, calls } = start({ startUserAuth: async () => SELECT }, answering);
    actor.send({ type: 'signIn.continue', email: 'ada@example.com' });
    await waitFor(actor, (s) => s.matches({ selectChallenge: 'idle' }));
    actor.send({ type: 'selectChallenge.choose', factor: 'PASSWORD', password: '' });
    expect(actor.getSnapshot().context.problems).toEqual({ password: { reason: 'required' } });
    expect(calls).toHaveLength(1);
  });
});

describe('passwordless sign-up', () => {
  it("says so when SignUp's Session ran out before the code was confirmed, and lets it go", async () => {
    const { actor } = start(
      {
        signUp: async () => ({ userConfirmed: false, delivery: null, session: SESSION(1) }),
        confirmSignUp: () => Promise.reject(new AuthError('sessionExpired')),
      },
      answering,
      { firstFactors: ['WEB_AUTHN', 'EMAIL_OTP'] },
    );
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: 'ada@example.com', password: '' });
    await waitFor(actor, (s) => s.matches({ confirmSignUp: 'idle' }));
    actor.send({ type: 'confirmSignUp.submit', code: '123456' });
    await waitFor(actor, (s) => s.matches({ confirmSignUp: 'idle' }) && Object.keys(s.context.problems).length > 0);
    expect(actor.getSnapshot().context.problems).toEqual({ form: { reason: 'signUpSessionExpired' } });
    expect(actor.getSnapshot().context.signUpSession).toBeNull();
  });

  it('signs up without a password and signs in with ConfirmSignUp’s Session, no second code, no password held', async () => {
    const { actor, calls } = start(
      {
        signUp: async () => ({ userConfirmed: false, delivery: null, session: SESSION(1) }),
        confirmSignUp: async () => ({ session: SESSION(2) }),
        startUserAuth: async () => signedIn('ada@example.com'),
      },
      answering,
      { firstFactors: ['WEB_AUTHN', 'EMAIL_OTP'] },
    );
    actor.send({ type: 'signIn.toSignUp' });
    actor.send({ type: 'signUp.submit', email: 'ada@example.com', password: '' });
    await waitFor(actor, (s) => s.matches({ confirmSignUp: 'idle' }));
    expect(actor.getSnapshot().context.password).toBeNull();
    actor.send({ type: 'confirmSignUp.submit', code: '123456' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls.map((call) => [call.op, call.input])).toEqual([
      ['signUp', { email: 'ada@example.com', attributes: { email: 'ada@example.com' } }],
      ['confirmSignUp', { email: 'ada@example.com', code: '123456', session: SESSION(1) }],
      ['startUserAuth', { email: 'ada@example.com', session: SESSION(2) }],
    ]);
    expect(actor.getSnapshot().context.signUpSession).toBeNull();
    // Not a password sign-in: the offer to add a passkey, which follows one, does not come.
    expect(actor.getSnapshot().context.passwordFirst).toBe(false);
  });
});

describe('the account’s passkeys', () => {
  const PASSKEY = { id: 'cHNr', name: 'Pixel', attachment: 'platform', createdAt: 0 };

  async function atPasskeys(script: Partial<CognitoClient>, passkeys: PasskeyPort) {
    const started = start({ startUserAuth: async () => signedIn('ada@example.com'), getMfaSettings: async () => ({ enabled: [], preferred: null }), ...script }, passkeys);
    started.actor.send({ type: 'signIn.continue', email: 'ada@example.com' });
    await waitFor(started.actor, (s) => s.matches('signedIn'));
    started.actor.send({ type: 'signedIn.openAccount' });
    await waitFor(started.actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }));
    started.actor.send({ type: 'account.passkeys' });
    await waitFor(started.actor, (s) => s.matches({ signedIn: { screen: { passkeys: 'ready' } } }));
    return started;
  }

  it('adds one: the options from Cognito to the prompt, its answer back, with the access token; then lists again', async () => {
    const { actor, ops, calls } = await atPasskeys(
      { listPasskeys: async () => [PASSKEY], startPasskeyRegistration: async () => '{"challenge":"AAEC"}', completePasskeyRegistration: async () => undefined },
      answering,
    );
    actor.send({ type: 'passkeys.add' });
    await waitFor(actor, (s) => s.context.notice === 'passkeyAdded' && s.matches({ signedIn: { screen: { passkeys: 'ready' } } }));
    expect(ops().slice(-3)).toEqual(['startPasskeyRegistration', 'completePasskeyRegistration', 'listPasskeys']);
    expect(calls.find((call) => call.op === 'completePasskeyRegistration')?.input).toEqual({ accessToken: 'access.token.value', credential: '{"id":"cHNr"}' });
  });

  it('a cancelled prompt leaves the page as it was, saying so, and sends nothing to complete', async () => {
    const { actor, ops } = await atPasskeys({ listPasskeys: async () => [], startPasskeyRegistration: async () => '{}' }, refusing('passkeyCancelled'));
    actor.send({ type: 'passkeys.add' });
    await idle(actor);
    expect(actor.getSnapshot().context.problems).toEqual({ form: { reason: 'passkeyCancelled' } });
    expect(ops()).not.toContain('completePasskeyRegistration');
  });

  it('deletes one only after the person confirms; cancelling sends nothing', async () => {
    const { actor, calls } = await atPasskeys({ listPasskeys: async () => [PASSKEY], deletePasskey: async () => undefined }, answering);
    const before = calls.length;
    actor.send({ type: 'passkeys.delete', id: PASSKEY.id });
    actor.send({ type: 'passkeys.cancelDelete' });
    expect(actor.getSnapshot().context.passkeyToDelete).toBeNull();
    actor.send({ type: 'passkeys.delete', id: PASSKEY.id });
    await idle(actor);
    expect(calls).toHaveLength(before);
    actor.send({ type: 'passkeys.confirmDelete' });
    await waitFor(actor, (s) => s.context.notice === 'passkeyDeleted' && s.matches({ signedIn: { screen: { passkeys: 'ready' } } }));
    expect(calls[before]).toEqual({ op: 'deletePasskey', input: { accessToken: 'access.token.value', id: PASSKEY.id } });
  });
});


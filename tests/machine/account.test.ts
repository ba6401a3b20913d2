import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from 'xstate';
import { AuthError } from '../../src/auth/errors';
import type { CognitoClient } from '../../src/auth/client';
import type { MfaSettings } from '../../src/auth/types';
import { SESSION, startAuth, signedIn, tokensFor } from '../support/scripted-client';

const EMAIL = 'ada@example.com';
const PASSWORD = 'Correct-h0rse';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

afterEach(() => vi.useRealTimers());

async function signedInWith(script: Partial<CognitoClient>) {
  const started = startAuth({ signIn: async () => signedIn(EMAIL), ...script });
  started.actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
  await waitFor(started.actor, (s) => s.matches('signedIn'));
  return started;
}

async function atAccount(script: Partial<CognitoClient>) {
  const started = await signedInWith(script);
  started.actor.send({ type: 'signedIn.openAccount' });
  await waitFor(started.actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }));
  return started;
}

describe('turning an authenticator app on from the account page', () => {
  it('associates and verifies with the access token, and only then makes it preferred', async () => {
    let settings: MfaSettings = { enabled: [], preferred: null };
    const { actor, calls } = await atAccount({
      getMfaSettings: async () => settings,
      associateSoftwareToken: async () => ({ secret: SECRET }),
      verifySoftwareToken: async () => ({}),
      setMfaPreference: async () => {
        settings = { enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' };
      },
    });
    actor.send({ type: 'account.setUpTotp' });
    await waitFor(actor, (s) => s.matches({ totpSetup: 'ready' }));
    expect(actor.getSnapshot().context.totpSecret).toBe(SECRET);
    actor.send({ type: 'totpSetup.verify', code: '123456', deviceName: 'Phone' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }) && s.context.notice === 'totpEnabled');

    const accessToken = tokensFor(EMAIL).accessToken;
    expect(calls.map((c) => [c.op, c.input])).toEqual([
      ['signIn', { email: EMAIL, password: PASSWORD }],
      ['getMfaSettings', { accessToken }],
      ['associateSoftwareToken', { accessToken }],
      ['verifySoftwareToken', { accessToken, code: '123456', deviceName: 'Phone' }],
      ['setMfaPreference', { accessToken, enabled: { SOFTWARE_TOKEN_MFA: true }, preferred: 'SOFTWARE_TOKEN_MFA' }],
      ['getMfaSettings', { accessToken }],
    ]);
    expect(actor.getSnapshot().context.mfaSettings).toEqual(settings);
  });

  it('never sets a preference when the code was wrong', async () => {
    const { actor, ops } = await atAccount({
      getMfaSettings: async () => ({ enabled: [], preferred: null }),
      associateSoftwareToken: async () => ({ secret: SECRET }),
      verifySoftwareToken: async () => {
        throw new AuthError('codeMismatch');
      },
    });
    actor.send({ type: 'account.setUpTotp' });
    await waitFor(actor, (s) => s.matches({ totpSetup: 'ready' }));
    actor.send({ type: 'totpSetup.verify', code: '000000', deviceName: '' });
    await waitFor(actor, (s) => s.context.problems.code?.reason === 'codeMismatch');
    expect(ops()).not.toContain('setMfaPreference');
    actor.send({ type: 'back' });
    expect(actor.getSnapshot().matches({ signedIn: { screen: 'account' } })).toBe(true);
  });

  /**
   * An authenticator associated and verified from the account page, whose SetUserMFAPreference
   * fails with each error in `failures` in turn, then succeeds.
   */
  async function verifiedThenFailing(...failures: AuthError[]) {
    let settings: MfaSettings = { enabled: [], preferred: null };
    const started = await atAccount({
      getMfaSettings: async () => settings,
      associateSoftwareToken: async () => ({ secret: SECRET }),
      verifySoftwareToken: async () => ({}),
      setMfaPreference: async () => {
        const failure = failures.shift();
        if (failure) throw failure;
        settings = { enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' };
      },
    });
    started.actor.send({ type: 'account.setUpTotp' });
    await waitFor(started.actor, (s) => s.matches({ totpSetup: 'ready' }));
    started.actor.send({ type: 'totpSetup.verify', code: '123456', deviceName: '' });
    return started;
  }

  it('after a verified code, tries again with SetUserMFAPreference alone, never asking for another code', async () => {
    const { actor, ops } = await verifiedThenFailing(new AuthError('network'));
    await waitFor(actor, (s) => s.matches({ totpSetup: 'enableFailed' }));
    expect(actor.getSnapshot().context).toMatchObject({ problems: { form: { reason: 'network' } }, totpVerified: true });
    // A code typed now would be for a token Cognito has already verified: it is not taken.
    actor.send({ type: 'totpSetup.verify', code: '654321', deviceName: '' });
    expect(actor.getSnapshot().matches({ totpSetup: 'enableFailed' })).toBe(true);

    actor.send({ type: 'totpSetup.retry' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }) && s.context.notice === 'totpEnabled');
    expect(ops()).toEqual(['signIn', 'getMfaSettings', 'associateSoftwareToken', 'verifySoftwareToken', 'setMfaPreference', 'setMfaPreference', 'getMfaSettings']);
    expect(actor.getSnapshot().context.totpVerified).toBe(false);
  });

  it('remembers a verified authenticator that is not on yet, and turns it on from the account page alone', async () => {
    const { actor, calls } = await verifiedThenFailing(new AuthError('serviceError'));
    await waitFor(actor, (s) => s.matches({ totpSetup: 'enableFailed' }));
    actor.send({ type: 'back' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }));
    // GetUser still lists nothing: the machine remembers the verified authenticator for this session.
    expect(actor.getSnapshot().context).toMatchObject({ mfaSettings: { enabled: [] }, totpVerified: true, totpSecret: null });

    const before = calls.length;
    actor.send({ type: 'account.prefer', mfa: 'SOFTWARE_TOKEN_MFA' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }) && s.context.notice === 'mfaUpdated');
    expect(calls.slice(before)).toEqual([
      { op: 'setMfaPreference', input: { accessToken: 'access.token.value', enabled: { SOFTWARE_TOKEN_MFA: true }, preferred: 'SOFTWARE_TOKEN_MFA' } },
      { op: 'getMfaSettings', input: { accessToken: 'access.token.value' } },
    ]);
    expect(actor.getSnapshot().context.totpVerified).toBe(false);
  });

  it('forgets a verified authenticator with the tokens', async () => {
    const { actor } = await verifiedThenFailing(new AuthError('signedOut'));
    await waitFor(actor, (s) => s.matches('signIn'));
    expect(actor.getSnapshot().context).toMatchObject({ totpVerified: false, tokens: null, notice: 'sessionEnded' });
  });

  it('turns a factor off and prefers another through SetUserMFAPreference', async () => {
    const { actor, calls } = await atAccount({
      getMfaSettings: async () => ({ enabled: ['SOFTWARE_TOKEN_MFA', 'SMS_MFA'], preferred: 'SMS_MFA' }),
      setMfaPreference: async () => undefined,
    });
    actor.send({ type: 'account.prefer', mfa: 'SOFTWARE_TOKEN_MFA' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }) && s.context.notice === 'mfaUpdated');
    actor.send({ type: 'account.turnOff', mfa: 'SMS_MFA' });
    await waitFor(actor, (s) => calls.filter((c) => c.op === 'getMfaSettings').length === 3 && s.matches({ signedIn: { screen: { account: 'ready' } } }));
    const preferences = calls.filter((c) => c.op === 'setMfaPreference').map((c) => c.input);
    expect(preferences).toEqual([
      { accessToken: 'access.token.value', enabled: { SOFTWARE_TOKEN_MFA: true }, preferred: 'SOFTWARE_TOKEN_MFA' },
      { accessToken: 'access.token.value', enabled: { SMS_MFA: false }, preferred: undefined },
    ]);
  });
});

describe('a pool that requires MFA', () => {
  async function atAccountWith(settings: MfaSettings, input: { mfaRequired?: boolean } = {}) {
    const started = startAuth({ signIn: async () => signedIn(EMAIL), getMfaSettings: async () => settings, setMfaPreference: async () => undefined }, input);
    started.actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(started.actor, (s) => s.matches('signedIn'));
    started.actor.send({ type: 'signedIn.openAccount' });
    await waitFor(started.actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }));
    return started;
  }

  it('holds no authenticator verified and waiting to be turned on before one is verified', async () => {
    // The account page would otherwise offer to turn on an authenticator nobody set up.
    const { actor } = await atAccountWith({ enabled: [], preferred: null });
    expect(actor.getSnapshot().context.totpVerified).toBe(false);
  });

  it('lets a person who signed in with their authenticator turn it off where MFA is optional', async () => {
    // A second step at sign-in says nothing of the pool requiring one: only MFA_SETUP does.
    const { actor, ops } = startAuth({
      signIn: async () => ({ type: 'challenge', challenge: { name: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: EMAIL } }),
      answerCode: async () => signedIn(EMAIL),
      getMfaSettings: async () => ({ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' }),
      setMfaPreference: async () => undefined,
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ totpChallenge: 'idle' }));
    actor.send({ type: 'totpChallenge.submit', code: '246810' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    actor.send({ type: 'signedIn.openAccount' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }));
    actor.send({ type: 'account.turnOff', mfa: 'SOFTWARE_TOKEN_MFA' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }));
    expect(actor.getSnapshot().context.mfaRequired).toBe(false);
    expect(ops()).toContain('setMfaPreference');
  });

  it('never turns off the only factor where the operator says MFA is required', async () => {
    const { actor, ops } = await atAccountWith({ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' }, { mfaRequired: true });
    actor.send({ type: 'account.turnOff', mfa: 'SOFTWARE_TOKEN_MFA' });
    expect(actor.getSnapshot().matches({ signedIn: { screen: { account: 'ready' } } })).toBe(true);
    expect(ops()).not.toContain('setMfaPreference');
  });

  it('turns one of two factors off, and the only one where MFA is optional', async () => {
    const two = await atAccountWith({ enabled: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'], preferred: null }, { mfaRequired: true });
    two.actor.send({ type: 'account.turnOff', mfa: 'EMAIL_OTP' });
    expect(two.actor.getSnapshot().matches({ signedIn: { screen: { account: 'saving' } } })).toBe(true);
    const optional = await atAccountWith({ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' });
    optional.actor.send({ type: 'account.turnOff', mfa: 'SOFTWARE_TOKEN_MFA' });
    expect(optional.actor.getSnapshot().matches({ signedIn: { screen: { account: 'saving' } } })).toBe(true);
  });

  it('counts SMS codes sent to the phone number as a factor, and never turns them off (they are not on to turn off)', async () => {
    const bySms = await atAccountWith({ enabled: [], preferred: null, smsByPhone: true }, { mfaRequired: true });
    bySms.actor.send({ type: 'account.turnOff', mfa: 'SMS_MFA' });
    expect(bySms.ops()).not.toContain('setMfaPreference');
    const both = await atAccountWith({ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA', smsByPhone: true }, { mfaRequired: true });
    both.actor.send({ type: 'account.turnOff', mfa: 'SOFTWARE_TOKEN_MFA' });
    expect(both.actor.getSnapshot().matches({ signedIn: { screen: { account: 'saving' } } })).toBe(true);
  });

  it('learns that MFA is required from an MFA_SETUP at sign-in', async () => {
    const { actor, ops } = startAuth({
      signIn: async () => ({ type: 'challenge', challenge: { name: 'MFA_SETUP', session: 'AYABe'.padEnd(30, 'm'), username: 'uuid', canSetup: ['SOFTWARE_TOKEN_MFA'] } }),
      associateSoftwareToken: async () => ({ secret: SECRET, session: 'AYABe'.padEnd(30, 'n') }),
      verifySoftwareToken: async () => ({ session: 'AYABe'.padEnd(30, 'o') }),
      completeMfaSetup: async () => signedIn(EMAIL),
      getMfaSettings: async () => ({ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' }),
    });
    expect(actor.getSnapshot().context.mfaRequired).toBe(false);
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ totpSetup: 'ready' }));
    actor.send({ type: 'totpSetup.verify', code: '123456', deviceName: '' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    actor.send({ type: 'signedIn.openAccount' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }));
    actor.send({ type: 'account.turnOff', mfa: 'SOFTWARE_TOKEN_MFA' });
    expect(actor.getSnapshot().context.mfaRequired).toBe(true);
    expect(ops()).not.toContain('setMfaPreference');
  });
});

describe('passwords', () => {
  it('changes the password, telling a wrong current password apart from a weak new one', async () => {
    let failure: AuthError | null = new AuthError('wrongCredentials');
    const { actor, calls } = await signedInWith({
      getMfaSettings: async () => ({ enabled: [], preferred: null }),
      changePassword: async () => {
        if (failure) throw failure;
      },
    });
    actor.send({ type: 'signedIn.openAccount' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }));
    actor.send({ type: 'account.changePassword' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: 'changePassword' } }));

    actor.send({ type: 'changePassword.submit', currentPassword: 'x', newPassword: 'short' });
    expect(actor.getSnapshot().context.problems.newPassword?.reason).toBe('weakPassword');

    actor.send({ type: 'changePassword.submit', currentPassword: 'Wrong-passw0rd', newPassword: 'New-passw0rd!' });
    await waitFor(actor, (s) => !!s.context.problems.password);
    expect(actor.getSnapshot().context.problems).toEqual({ password: { reason: 'wrongCurrentPassword' } });

    failure = null;
    actor.send({ type: 'changePassword.submit', currentPassword: PASSWORD, newPassword: 'New-passw0rd!' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: 'home' } }));
    expect(actor.getSnapshot().context.notice).toBe('passwordChanged');
    expect(calls.at(-1)).toEqual({
      op: 'changePassword',
      input: { accessToken: 'access.token.value', previousPassword: PASSWORD, proposedPassword: 'New-passw0rd!' },
    });
  });

  it('shows a refused new password at the new password, and any other failure on the form', async () => {
    let failure = new AuthError('invalidPassword', { rule: 'symbol' });
    const { actor } = await signedInWith({
      getMfaSettings: async () => ({ enabled: [], preferred: null }),
      changePassword: async () => {
        throw failure;
      },
    });
    actor.send({ type: 'signedIn.openAccount' });
    await waitFor(actor, (s) => s.matches({ signedIn: { screen: { account: 'ready' } } }));
    actor.send({ type: 'account.changePassword' });
    const submit = async () => {
      actor.send({ type: 'changePassword.submit', currentPassword: PASSWORD, newPassword: 'New-passw0rd!' });
      await waitFor(actor, (s) => s.matches({ signedIn: { screen: { changePassword: 'idle' } } }));
      return actor.getSnapshot().context.problems;
    };
    expect(await submit()).toEqual({ newPassword: { reason: 'weakPassword', rules: ['symbol'] } });
    // A rule Cognito does not name (a password used before: PasswordHistoryPolicyViolationException).
    failure = new AuthError('invalidPassword');
    expect(await submit()).toEqual({ newPassword: { reason: 'weakPassword', rules: [] } });
    failure = new AuthError('network');
    expect(await submit()).toEqual({ form: { reason: 'network' } });
  });

  it('resets a forgotten password with the emailed code, then signs in with it and meets the MFA challenge', async () => {
    const { actor, calls } = startAuth({
      forgotPassword: async () => ({ destination: 'a***@e***.com', medium: 'EMAIL' }),
      confirmForgotPassword: async () => undefined,
      signIn: async () => ({ type: 'challenge', challenge: { name: 'SOFTWARE_TOKEN_MFA', session: 'AYABe'.padEnd(30, 's'), username: 'uuid' } }),
    });
    actor.send({ type: 'signIn.toForgotPassword', email: EMAIL });
    expect(actor.getSnapshot().matches('forgotPassword')).toBe(true);
    actor.send({ type: 'forgotPassword.submit', email: EMAIL });
    await waitFor(actor, (s) => s.matches({ resetPassword: 'idle' }));
    expect(actor.getSnapshot().context.delivery).toEqual({ destination: 'a***@e***.com', medium: 'EMAIL' });

    actor.send({ type: 'resetPassword.submit', code: '123456', password: 'New-passw0rd!' });
    await waitFor(actor, (s) => s.matches('totpChallenge'));
    expect(calls.map((c) => [c.op, c.input])).toEqual([
      ['forgotPassword', { email: EMAIL }],
      ['confirmForgotPassword', { email: EMAIL, code: '123456', password: 'New-passw0rd!' }],
      ['signIn', { email: EMAIL, password: 'New-passw0rd!' }],
    ]);
    expect(actor.getSnapshot().context.password).toBeNull();
    // A sign-in with a password, the new one: the offer to add a passkey may follow it.
    expect(actor.getSnapshot().context.passwordFirst).toBe(true);
  });

  it('keeps the reset screen with the message at the right field when Cognito refuses', async () => {
    let failure = new AuthError('codeMismatch');
    const { actor } = startAuth({
      forgotPassword: async () => null,
      confirmForgotPassword: async () => {
        throw failure;
      },
    });
    actor.send({ type: 'signIn.toForgotPassword' });
    actor.send({ type: 'forgotPassword.submit', email: EMAIL });
    await waitFor(actor, (s) => s.matches({ resetPassword: 'idle' }));
    actor.send({ type: 'resetPassword.submit', code: '123456', password: 'New-passw0rd!' });
    await waitFor(actor, (s) => !!s.context.problems.code);
    failure = new AuthError('invalidPassword', { rule: 'symbol' });
    actor.send({ type: 'resetPassword.submit', code: '123456', password: 'New-passw0rd!' });
    await waitFor(actor, (s) => !!s.context.problems.newPassword);
    expect(actor.getSnapshot().context.problems).toEqual({ newPassword: { reason: 'weakPassword', rules: ['symbol'] } });
  });

  it('sets a new password (and required attributes) for an account an administrator created', async () => {
    const { actor, calls } = startAuth({
      signIn: async () => ({
        type: 'challenge',
        challenge: { name: 'NEW_PASSWORD_REQUIRED', session: 'AYABe'.padEnd(30, 'n'), username: 'uuid', requiredAttributes: ['name'] },
      }),
      setNewPassword: async () => signedIn(EMAIL),
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: 'TempPassw0rd!' });
    await waitFor(actor, (s) => s.matches({ newPassword: 'idle' }));
    actor.send({ type: 'newPassword.submit', password: 'Mine-passw0rd!', attributes: {} });
    expect(actor.getSnapshot().context.problems.form).toEqual({ reason: 'required' });
    actor.send({ type: 'newPassword.submit', password: 'Mine-passw0rd!', attributes: { name: ' Ada Lovelace ', extra: 'x' } });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls[1]).toEqual({
      op: 'setNewPassword',
      input: { session: 'AYABe'.padEnd(30, 'n'), username: 'uuid', password: 'Mine-passw0rd!', attributes: { name: 'Ada Lovelace' } },
    });
  });
});

describe('tokens', () => {
  it('refreshes before the tokens expire and keeps the person on their screen', async () => {
    vi.useFakeTimers();
    const refreshed = { ...tokensFor(EMAIL), accessToken: 'new.access.token', expiresAt: Date.now() + 7200_000 };
    const { actor, calls } = startAuth({ signIn: async () => signedIn(EMAIL), refresh: async () => refreshed });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await vi.advanceTimersByTimeAsync(0);
    expect(actor.getSnapshot().matches({ signedIn: { screen: 'home' } })).toBe(true);

    await vi.advanceTimersByTimeAsync(3600_000 - 61_000);
    expect(calls.map((c) => c.op)).toEqual(['signIn']);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls.at(-1)).toEqual({ op: 'refresh', input: { refreshToken: 'refresh-token' } });
    expect(actor.getSnapshot().context.tokens?.accessToken).toBe('new.access.token');
    expect(actor.getSnapshot().matches({ signedIn: { screen: 'home', tokens: 'fresh' } })).toBe(true);
  });

  it('goes to sign-in and says why when the refresh token is no longer good', async () => {
    vi.useFakeTimers();
    const { actor } = startAuth({
      signIn: async () => signedIn(EMAIL),
      refresh: async () => {
        throw new AuthError('signedOut');
      },
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await vi.advanceTimersByTimeAsync(3600_000);
    expect(actor.getSnapshot().matches('signIn')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ tokens: null, notice: 'sessionEnded', email: EMAIL });
  });

  it('tries a failed refresh again while the tokens still work', async () => {
    vi.useFakeTimers();
    let attempts = 0;
    const { actor } = startAuth({
      signIn: async () => signedIn(EMAIL),
      refresh: async () => {
        attempts += 1;
        if (attempts === 1) throw new AuthError('network');
        return { ...tokensFor(EMAIL), expiresAt: Date.now() + 3600_000 };
      },
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await vi.advanceTimersByTimeAsync(3600_000 - 59_000);
    expect(attempts).toBe(1);
    expect(actor.getSnapshot().matches({ signedIn: { tokens: 'retrying' } })).toBe(true);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(attempts).toBe(2);
    expect(actor.getSnapshot().matches({ signedIn: { tokens: 'fresh' } })).toBe(true);
  });

  // A device that slept (tokens expired, refresh failing on the network) stays signed in and
  // reconnects: tests/machine/refresh-outage.test.ts.

  it('signs out without a refresh token to revoke when none was kept', async () => {
    const { actor, calls } = startAuth({ revoke: async () => undefined }, { tokens: { ...tokensFor(EMAIL), refreshToken: undefined } });
    actor.send({ type: 'signedIn.signOut' });
    await waitFor(actor, (s) => s.matches('signIn'));
    expect(calls).toEqual([{ op: 'revoke', input: { refreshToken: '' } }]);
  });

  it('starts signed in with tokens kept from an earlier visit', () => {
    const { actor } = startAuth({}, { tokens: tokensFor(EMAIL) });
    expect(actor.getSnapshot().matches({ signedIn: { screen: 'home' } })).toBe(true);
    expect(actor.getSnapshot().context.user?.email).toBe(EMAIL);
  });

  it('signs out everywhere with GlobalSignOut, treating an already revoked token as done', async () => {
    const { actor, calls } = await signedInWith({
      globalSignOut: async () => {
        throw new AuthError('signedOut');
      },
    });
    actor.send({ type: 'signedIn.signOutEverywhere' });
    await waitFor(actor, (s) => s.matches('signIn'));
    expect(calls.at(-1)).toEqual({ op: 'globalSignOut', input: { accessToken: 'access.token.value' } });
    expect(actor.getSnapshot().context).toMatchObject({ tokens: null, notice: 'signedOutEverywhere' });
  });
});

describe('email codes', () => {
  it('answers EMAIL_OTP with the code', async () => {
    const { actor, calls } = startAuth({
      signIn: async () => ({
        type: 'challenge',
        challenge: { name: 'EMAIL_OTP', session: 'AYABe'.padEnd(30, 'e'), username: 'uuid', delivery: { destination: 'a***@e***.com', medium: 'EMAIL' } },
      }),
      answerCode: async () => signedIn(EMAIL),
    });
    actor.send({ type: 'signIn.submit', email: EMAIL, password: PASSWORD });
    await waitFor(actor, (s) => s.matches({ emailChallenge: 'idle' }));
    actor.send({ type: 'emailChallenge.submit', code: '424242' });
    await waitFor(actor, (s) => s.matches('signedIn'));
    expect(calls[1].input).toMatchObject({ challenge: 'EMAIL_OTP', code: '424242' });
  });
});

/**
 * Everything a person can do (src/auth/events.ts), built from what they typed. The table is keyed
 * by every event type, so an event added to AuthEvent and missing here is a type error; tests
 * that go over "every event" take it from here.
 */
import type { AuthEvent } from '../../src/auth/events';
import type { Field } from '../../src/auth/problems';
import type { FirstFactor, MfaType } from '../../src/auth/types';

/**
 * What the browser tells the machine, not the person or the site's code: not in this table
 * (App.svelte says the browser is online; another tab hands over the tokens it refreshed, which
 * only it knows: tests/machine/session.test.ts).
 */
type FromTheBrowser = 'connection.online' | 'session.tokensShared';

export type EventType = Exclude<AuthEvent['type'], FromTheBrowser>;

/** What a person typed or picked, one value per kind of input. */
export interface Typed {
  email: string;
  password: string;
  newPassword: string;
  code: string;
  mfa: MfaType;
  /** A way in of choice-based sign-in, picked on its choice screen (the password goes with PASSWORD). */
  factor: FirstFactor;
  deviceName: string;
  attributes: Record<string, string>;
  field: Field;
}

/** The passkey a person deletes (the one the tests' ListWebAuthnCredentials lists). */
export const PASSKEY_ID = 'cHNrLTE';

type Build = { [T in EventType]: (typed: Typed) => Extract<AuthEvent, { type: T }> };

const BUILD: Build = {
  'signIn.submit': ({ email, password }) => ({ type: 'signIn.submit', email, password }),
  'signIn.toSignUp': ({ email }) => ({ type: 'signIn.toSignUp', email }),
  'signIn.toForgotPassword': ({ email }) => ({ type: 'signIn.toForgotPassword', email }),
  'signUp.submit': ({ email, newPassword, attributes }) => ({ type: 'signUp.submit', email, password: newPassword, attributes }),
  'signUp.toSignIn': ({ email }) => ({ type: 'signUp.toSignIn', email }),
  'confirmSignUp.submit': ({ code }) => ({ type: 'confirmSignUp.submit', code }),
  'confirmSignUp.resend': () => ({ type: 'confirmSignUp.resend' }),
  'forgotPassword.submit': ({ email }) => ({ type: 'forgotPassword.submit', email }),
  'resetPassword.submit': ({ code, newPassword }) => ({ type: 'resetPassword.submit', code, password: newPassword }),
  'resetPassword.resend': () => ({ type: 'resetPassword.resend' }),
  'newPassword.submit': ({ newPassword, attributes }) => ({ type: 'newPassword.submit', password: newPassword, attributes }),
  'totpSetup.verify': ({ code, deviceName }) => ({ type: 'totpSetup.verify', code, deviceName }),
  'totpSetup.retry': () => ({ type: 'totpSetup.retry' }),
  'totpChallenge.submit': ({ code }) => ({ type: 'totpChallenge.submit', code }),
  'smsChallenge.submit': ({ code }) => ({ type: 'smsChallenge.submit', code }),
  'emailChallenge.submit': ({ code }) => ({ type: 'emailChallenge.submit', code }),
  'selectMfaType.choose': ({ mfa }) => ({ type: 'selectMfaType.choose', mfa }),
  'mfaSetupChoice.choose': ({ mfa }) => ({ type: 'mfaSetupChoice.choose', mfa }),
  'signedIn.openAccount': () => ({ type: 'signedIn.openAccount' }),
  'signedIn.signOut': () => ({ type: 'signedIn.signOut' }),
  'signedIn.signOutEverywhere': () => ({ type: 'signedIn.signOutEverywhere' }),
  'signedIn.home': () => ({ type: 'signedIn.home' }),
  'session.refresh': () => ({ type: 'session.refresh' }),
  'session.signedOutElsewhere': () => ({ type: 'session.signedOutElsewhere' }),
  'account.setUpTotp': () => ({ type: 'account.setUpTotp' }),
  'account.turnOff': ({ mfa }) => ({ type: 'account.turnOff', mfa }),
  'account.prefer': ({ mfa }) => ({ type: 'account.prefer', mfa }),
  'account.retry': () => ({ type: 'account.retry' }),
  'account.changePassword': () => ({ type: 'account.changePassword' }),
  'changePassword.submit': ({ password, newPassword }) => ({ type: 'changePassword.submit', currentPassword: password, newPassword }),
  // The way picked up front: the passkey button picks WEB_AUTHN; "Continue" none (PASSWORD stands for that).
  'signIn.continue': ({ email, factor }) => ({ type: 'signIn.continue', email, ...(factor === 'PASSWORD' ? {} : { factor }) }),
  'selectChallenge.choose': ({ factor, password }) => ({ type: 'selectChallenge.choose', factor, ...(factor === 'PASSWORD' ? { password } : {}) }),
  'emailChallenge.resend': () => ({ type: 'emailChallenge.resend' }),
  'smsChallenge.resend': () => ({ type: 'smsChallenge.resend' }),
  'passkey.retry': () => ({ type: 'passkey.retry' }),
  'passkey.otherWay': () => ({ type: 'passkey.otherWay' }),
  'account.passkeys': () => ({ type: 'account.passkeys' }),
  'passkeys.add': () => ({ type: 'passkeys.add' }),
  'passkeys.delete': () => ({ type: 'passkeys.delete', id: PASSKEY_ID }),
  'passkeys.confirmDelete': () => ({ type: 'passkeys.confirmDelete' }),
  'passkeys.cancelDelete': () => ({ type: 'passkeys.cancelDelete' }),
  'passkeys.retry': () => ({ type: 'passkeys.retry' }),
  'passkeyOffer.add': () => ({ type: 'passkeyOffer.add' }),
  'passkeyOffer.skip': () => ({ type: 'passkeyOffer.skip' }),
  back: () => ({ type: 'back' }),
  edit: ({ field }) => ({ type: 'edit', field }),
};

export const EVENT_TYPES = Object.keys(BUILD) as EventType[];

export function personEvent(type: EventType, typed: Typed): AuthEvent {
  return BUILD[type](typed);
}

/** Input every form accepts. */
export const VALID: Typed = {
  email: 'ada@example.com',
  password: 'Correct-h0rse',
  newPassword: 'Brand-new-h0rse',
  code: '123456',
  mfa: 'SMS_MFA',
  factor: 'PASSWORD',
  deviceName: 'Pixel',
  attributes: { name: 'Ada Lovelace' },
  field: 'code',
};

/** Nothing typed at all: every form refuses it. */
export const EMPTY: Typed = { ...VALID, email: '', password: '', newPassword: '', code: '', deviceName: '', attributes: {} };

/**
 * The machine brought to each state a person can rest in (tests/support/chart.ts), through its
 * own events and a client scripted for the way there. From then on every call the client gets
 * stays pending until the test settles it, so a test sees what a person's next action sends.
 */
import { waitFor } from 'xstate';
import { COGNITO_OPERATIONS, type CognitoClient } from '../../src/auth/client';
import { AuthError } from '../../src/auth/errors';
import type { AuthEvent } from '../../src/auth/events';
import type { AuthInput } from '../../src/auth/machine';
import type { AuthStep, Challenge, CodeDelivery, MfaSettings } from '../../src/auth/types';
import { deferred, OFFER_DUE, SESSION, signedIn, startAuth } from './scripted-client';
import type { PasskeyOfferPort } from '../../src/auth/passkeys';
import { matcher, restingStates } from './chart';
import { EVENT_TYPES, PASSKEY_ID, personEvent, VALID, type EventType, type Typed } from './person';

const USER = 'b1e0c2d4-0000-4000-8000-00000000beef';
const DELIVERY: CodeDelivery = { destination: 'a***@e***.com', medium: 'EMAIL' };
const SETTINGS: MfaSettings = { enabled: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' };
const MFA_SETUP: Challenge = { name: 'MFA_SETUP', session: SESSION(1), username: USER, canSetup: ['SOFTWARE_TOKEN_MFA'] };
const SIGN_IN: AuthEvent = personEvent('signIn.submit', VALID);
const failing = (code: 'network') => async () => {
  throw new AuthError(code);
};

interface Route {
  script: Partial<CognitoClient>;
  events: AuthEvent[];
  /** How the page is built, where the way needs it (choice-based sign-in). */
  input?: AuthInput;
  /** The passkey offer's memory on this device, where the way needs the offer. */
  offers?: PasskeyOfferPort;
}

/** Choice-based sign-in with every way in (VITE_COGNITO_FIRST_FACTORS=password,passkey,email,sms). */
export const CHOICE: AuthInput = { firstFactors: ['PASSWORD', 'WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP'] };
const PASSKEY = { id: PASSKEY_ID, name: 'Pixel', attachment: 'platform', createdAt: Date.UTC(2026, 0, 2) };

const continued = (challenge: Challenge): Route => ({
  script: { startUserAuth: async (): Promise<AuthStep> => ({ type: 'challenge', challenge }) },
  events: [{ type: 'signIn.continue', email: VALID.email }],
  input: CHOICE,
});

const atPasskeys = (script: Partial<CognitoClient>, ...events: AuthEvent[]): Route => ({
  ...signedInThen({ getMfaSettings: async () => SETTINGS, ...script }, { type: 'signedIn.openAccount' }, { type: 'account.passkeys' }, ...events),
  input: CHOICE,
});

/** The password picked on the choice screen, the offer to add a passkey due and none listed; then `events`. */
const atOffer = (script: Partial<CognitoClient>, ...events: AuthEvent[]): Route => ({
  script: {
    startUserAuth: async (): Promise<AuthStep> => ({ type: 'challenge', challenge: { name: 'SELECT_CHALLENGE', session: SESSION(1), username: USER, available: ['WEB_AUTHN', 'PASSWORD'] } }),
    selectChallenge: async () => signedIn(VALID.email),
    listPasskeys: async () => [],
    ...script,
  },
  events: [{ type: 'signIn.continue', email: VALID.email }, { type: 'selectChallenge.choose', factor: 'PASSWORD', password: VALID.password }, ...events],
  input: CHOICE,
  offers: OFFER_DUE,
});

const answered = (challenge: Challenge, script: Partial<CognitoClient> = {}): Route => ({
  script: { signIn: async (): Promise<AuthStep> => ({ type: 'challenge', challenge }), ...script },
  events: [SIGN_IN],
});

const signedInThen = (script: Partial<CognitoClient>, ...events: AuthEvent[]): Route => ({
  script: { signIn: async () => signedIn(VALID.email), ...script },
  events: [SIGN_IN, ...events],
});

/** The way to each resting state; tests/machine/forms.test.ts checks that every one has a way. */
export const ROUTES: Record<string, Route> = {
  'signIn.idle': { script: {}, events: [] },
  'signUp.idle': { script: {}, events: [{ type: 'signIn.toSignUp' }] },
  'confirmSignUp.idle': {
    script: { signUp: async () => ({ userConfirmed: false, delivery: DELIVERY }) },
    events: [{ type: 'signIn.toSignUp' }, personEvent('signUp.submit', VALID)],
  },
  'forgotPassword.idle': { script: {}, events: [{ type: 'signIn.toForgotPassword' }] },
  'resetPassword.idle': {
    script: { forgotPassword: async () => DELIVERY },
    events: [{ type: 'signIn.toForgotPassword' }, personEvent('forgotPassword.submit', VALID)],
  },
  'newPassword.idle': answered({ name: 'NEW_PASSWORD_REQUIRED', session: SESSION(1), username: USER, requiredAttributes: ['name'] }),
  'totpSetup.ready': answered(MFA_SETUP, { associateSoftwareToken: async () => ({ secret: 'JBSWY3DPEHPK3PXP', session: SESSION(2) }) }),
  'totpSetup.failed': answered(MFA_SETUP, { associateSoftwareToken: failing('network') }),
  'totpSetup.completingFailed': {
    script: answered(MFA_SETUP, {
      associateSoftwareToken: async () => ({ secret: 'JBSWY3DPEHPK3PXP', session: SESSION(2) }),
      verifySoftwareToken: async () => ({ session: SESSION(3) }),
      completeMfaSetup: failing('network'),
    }).script,
    events: [SIGN_IN, personEvent('totpSetup.verify', VALID)],
  },
  'mfaSetupChoice.idle': answered({ ...MFA_SETUP, canSetup: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] }),
  'totpSetup.enableFailed': signedInThen(
    {
      getMfaSettings: async () => ({ enabled: [], preferred: null }),
      associateSoftwareToken: async () => ({ secret: 'JBSWY3DPEHPK3PXP' }),
      verifySoftwareToken: async () => ({}),
      setMfaPreference: failing('network'),
    },
    { type: 'signedIn.openAccount' },
    { type: 'account.setUpTotp' },
    personEvent('totpSetup.verify', VALID),
  ),
  'totpChallenge.idle': answered({ name: 'SOFTWARE_TOKEN_MFA', session: SESSION(1), username: USER, deviceName: 'Pixel' }),
  'smsChallenge.idle': answered({ name: 'SMS_MFA', session: SESSION(1), username: USER, delivery: { destination: '+*******0123', medium: 'SMS' } }),
  'emailChallenge.idle': answered({ name: 'EMAIL_OTP', session: SESSION(1), username: USER, delivery: DELIVERY }),
  'selectMfaType.idle': answered({
    name: 'SELECT_MFA_TYPE',
    session: SESSION(1),
    username: USER,
    options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'],
  }),
  'signedIn.screen.home': signedInThen({}),
  'signedIn.screen.account.ready': signedInThen({ getMfaSettings: async () => SETTINGS }, { type: 'signedIn.openAccount' }),
  'signedIn.screen.account.failed': signedInThen({ getMfaSettings: failing('network') }, { type: 'signedIn.openAccount' }),
  'selectChallenge.idle': continued({ name: 'SELECT_CHALLENGE', session: SESSION(1), username: USER, available: ['WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP', 'PASSWORD'] }),
  // No passkey port is provided here: the prompt fails as in a browser without WebAuthn.
  'passkeySignIn.failed': continued({ name: 'WEB_AUTHN', session: SESSION(1), username: USER, options: '{"challenge":"Y2hhbGxlbmdl"}' }),
  'signedIn.screen.passkeys.ready': atPasskeys({ listPasskeys: async () => [PASSKEY] }),
  'signedIn.screen.passkeys.failed': atPasskeys({ listPasskeys: failing('network') }),
  'signedIn.screen.passkeys.confirmingDelete': atPasskeys({ listPasskeys: async () => [PASSKEY] }, { type: 'passkeys.delete', id: PASSKEY_ID }),
  'signedIn.screen.passkeyOffer.offer': atOffer({}),
  'signedIn.screen.passkeyOffer.failed': atOffer({ startPasskeyRegistration: failing('network') }, { type: 'passkeyOffer.add' }),
  'signedIn.screen.changePassword.idle': signedInThen(
    { getMfaSettings: async () => SETTINGS },
    { type: 'signedIn.openAccount' },
    { type: 'account.changePassword' },
  ),
};

/** Starts the machine and brings it to `state`; every call after that waits in `pending`. */
export async function reach(state: string, input: AuthInput = {}) {
  const route = ROUTES[state];
  if (!route) throw new Error(`no way to ${state}: add one to ROUTES in tests/support/reach.ts`);
  const script: Partial<CognitoClient> = { ...route.script };
  // No cool-down: a new code can be asked for at once.
  const started = startAuth(script, { resendCooldownMs: 0, ...route.input, ...input }, route.offers);
  for (const event of route.events) {
    started.actor.send(event);
    await waitFor(started.actor, (s) => !s.hasTag('busy'), { timeout: 1000 });
  }
  const value = started.actor.getSnapshot().value;
  if (!started.actor.getSnapshot().matches(matcher(state.split('.')))) {
    throw new Error(`the way to ${state} ends in ${JSON.stringify(value)}`);
  }
  const pending: ReturnType<typeof deferred<never>>[] = [];
  for (const op of COGNITO_OPERATIONS) {
    script[op] = () => {
      const call = deferred<never>();
      pending.push(call);
      return call.promise;
    };
  }
  const reachedAt = started.calls.length;
  /** The calls made since the state was reached. */
  const since = () => started.calls.slice(reachedAt);
  return { ...started, pending, since };
}

export type Reached = Awaited<ReturnType<typeof reach>>;

/** A person's action that starts a call to Cognito from a resting state. */
export interface CallStarter {
  state: string;
  type: EventType;
  /** What the person typed or picked: the first pick of a second factor that starts a call. */
  typed: Typed;
}

/** The same form, with each second factor picked in turn (a choice screen acts on some only). */
const PICKS: Typed[] = (['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] as const).map((mfa) => ({ ...VALID, mfa }));

/**
 * Every (resting state, event) pair where the event, with input the form accepts, starts a call:
 * found by trying every event in every resting state, not listed by hand.
 */
export async function callStarters(): Promise<CallStarter[]> {
  const found: CallStarter[] = [];
  for (const state of restingStates()) {
    const probe = await reach(state);
    const accepted = EVENT_TYPES.flatMap((type) => PICKS.filter((typed) => probe.actor.getSnapshot().can(personEvent(type, typed))).map((typed) => ({ type, typed })));
    probe.actor.stop();
    for (const { type, typed } of accepted) {
      if (found.some((starter) => starter.state === state && starter.type === type)) continue;
      const { actor, since } = await reach(state);
      actor.send(personEvent(type, typed));
      if (since().length > 0) found.push({ state, type, typed });
      actor.stop();
    }
  }
  return found;
}

/** Pieces more than one flow is built from. */
import type { DoneActorEvent } from 'xstate';
import { authSetup } from '../setup';
import type { Notice } from '../context';
import type { AuthStep, CodeDelivery } from '../types';
import { credentialsOf } from '../readers';
import { TOKENS_GONE } from '../errors';

type StateConfig = Parameters<typeof authSetup.createStateConfig>[0];

/** The `note` action with its notice: the sentence the next screen starts with. */
export function note(notice: Notice) {
  return { type: 'note', params: { notice } } as const;
}

/** A code is on its way: say where it went, restart the cool-down, and say so with `notice`. */
function codeSent(notice: Notice) {
  return [
    { type: 'takeDelivery', params: ({ event }: { event: DoneActorEvent<CodeDelivery | null> }) => ({ delivery: event.output }) },
    'startResendCooldown',
    note(notice),
  ] as const;
}

/**
 * A form's submit: what the form gets wrong is shown and nothing is sent, or it goes on to
 * `target` with `actions`. `alsoWhenInvalid` runs before the problems are shown (a form with an
 * email keeps it as typed, for the next screen).
 */
export function submitUnlessInvalid<const Target extends string>(
  target: Target,
  actions: 'clearProblems' | 'takeCredentials' | 'takeEmail' | 'takeNewPassword',
  { alsoWhenInvalid }: { alsoWhenInvalid?: 'rememberEmail' } = {},
) {
  return [
    { guard: 'formInvalid', actions: alsoWhenInvalid ? ([alsoWhenInvalid, 'showFormProblems'] as const) : 'showFormProblems' },
    { target, actions },
  ] as const;
}

/** A call that answers with the next sign-in step: take it, and go where it leads. */
export const toNextStep = {
  target: '#auth.routing',
  actions: { type: 'takeStep', params: ({ event }: { event: DoneActorEvent<AuthStep> }) => ({ step: event.output }) },
} as const;

/**
 * To another form: the email typed so far goes along. Also taken while a request is out: the
 * password held for it is forgotten, and the request's late answer goes nowhere.
 */
export function leaveWithEmail<const Target extends string>(target: Target) {
  return { target, actions: ['rememberEmail', 'forgetPassword', 'clearProblems'] } as const;
}

/** Back to sign-in from a screen that holds the password of the form before it: forget it. */
export const backForgettingPassword = { target: '#auth.signIn', actions: ['forgetPassword', 'clearProblems'] } as const;

/** Another code, unless the last one went out too recently. */
export const resendWhenAllowed = { guard: 'canResend', target: 'resending', actions: 'clearProblems' } as const;

/** The challenge session ran out while the screen waited: back to sign-in, saying so. */
export const expiresWithSession = {
  sessionLeft: { target: '#auth.signIn', actions: 'expireSession' },
} as const;

/** Failures that mean the challenge session is gone: start the sign-in again. */
export const sessionGone = {
  guard: { type: 'failedWith', params: { codes: ['sessionExpired'] } },
  target: '#auth.signIn',
  actions: 'expireSession',
} as const;

/** Failures that mean the tokens are no longer good: sign in again, told why. */
export const tokensGone = {
  guard: { type: 'failedWith', params: { codes: TOKENS_GONE } },
  target: '#auth.signIn',
  actions: ['forgetTokens', 'noteTokensGone'],
} as const;

/**
 * A screen that answers a challenge Cognito set at sign-in: it waits in `idle` for what `on`
 * takes until the challenge session runs out, and answers from `submitting` (and any `more`
 * states). Back drops the challenge.
 */
export function challengeScreen<const Submitting extends StateConfig>(
  on: StateConfig['on'],
  submitting: Submitting,
  more: Record<string, StateConfig> = {},
) {
  return authSetup.createStateConfig({
    initial: 'idle',
    on: { back: { target: '#auth.signIn', actions: 'leaveChallenge' } },
    states: {
      idle: { after: expiresWithSession, on },
      submitting,
      ...more,
    },
  });
}

/**
 * Asking Cognito to send a code (to confirm a sign-up, or to reset a password), then on to
 * `target` saying where it went, with the resend cool-down restarted.
 */
export function sendingCode(
  src: 'resendConfirmationCode' | 'forgotPassword',
  target: string,
  notice: Notice,
  onError: { target: string; actions: 'showFailure' | readonly ['showFailure', ReturnType<typeof note>] } = {
    target: 'idle',
    actions: 'showFailure',
  },
) {
  return authSetup.createStateConfig({
    tags: 'busy',
    invoke: {
      src,
      input: ({ context }) => ({ email: context.email }),
      onDone: { target, actions: codeSent(notice) },
      onError,
    },
  });
}

/** After a confirmation or a reset: sign in with the password the form held, then forget it. */
export function signingInWithHeldPassword(noticeOnFailure: Notice) {
  return authSetup.createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'signIn',
      input: ({ context }) => credentialsOf(context),
      onDone: toNextStep,
      onError: { target: '#auth.signIn', actions: ['forgetPassword', 'showFailure', note(noticeOnFailure)] },
    },
  });
}

/**
 * The header every signed-in screen shows (src/views/parts/SiteHeader.svelte): back to the
 * site's pages, which leaves whatever the screen waited for, as Back does.
 */
export const TO_PAGES = { 'signedIn.home': { target: '#auth.signedIn.screen.home', actions: 'clearProblems' } } as const;
/** The header's sign-out, offered wherever no request of the screen is in flight. */
export const SIGN_OUT = { 'signedIn.signOut': { target: '#auth.signedIn.screen.signingOut', actions: 'clearProblems' } } as const;

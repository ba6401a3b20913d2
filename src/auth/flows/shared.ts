/** Pieces more than one flow is built from. */
import type { DoneActorEvent } from 'xstate';
import { authSetup } from '../setup';
import type { Notice } from '../context';
import type { AuthStep, CodeDelivery } from '../types';

/** The `note` action with its notice: the sentence the next screen starts with. */
export function note(notice: Notice) {
  return { type: 'note', params: { notice } } as const;
}

/**
 * A form's submit: what the form gets wrong is shown and nothing is sent, or it goes on to
 * `target` with `actions`. `alsoWhenInvalid` runs before the problems are shown (a form with an
 * email keeps it as typed, for the next screen).
 */
export function submitUnlessInvalid<const Target extends string>(
  target: Target,
  actions: 'clearErrors' | 'takeCredentials' | 'takeEmail' | 'takeNewPassword',
  { alsoWhenInvalid }: { alsoWhenInvalid?: 'rememberEmail' } = {},
) {
  return [
    { guard: 'formInvalid', actions: alsoWhenInvalid ? ([alsoWhenInvalid, 'showFormErrors'] as const) : 'showFormErrors' },
    { target, actions },
  ] as const;
}

/** A call that answers with the next sign-in step: take it, and go where it leads. */
export const toNextStep = {
  target: '#auth.routing',
  actions: { type: 'takeStep', params: ({ event }: { event: DoneActorEvent<AuthStep> }) => ({ step: event.output }) },
} as const;

/** A code is on its way: say where it went, restart the cool-down, and say so with `notice`. */
export function codeSent(notice: Notice) {
  return [
    { type: 'takeDelivery', params: ({ event }: { event: DoneActorEvent<CodeDelivery | null> }) => ({ delivery: event.output }) },
    'startResendCooldown',
    note(notice),
  ] as const;
}

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

/** Failures that mean the tokens are no longer good: sign in again. */
export const tokensGone = {
  guard: { type: 'failedWith', params: { codes: ['signedOut'] } },
  target: '#auth.signIn',
  actions: ['forgetTokens', note('sessionEnded')],
} as const;

/** A new code on its way (sign-up or password reset): say where it went and restart the cool-down. */
export function resendingCode(src: 'resendConfirmationCode' | 'forgotPassword') {
  return authSetup.createStateConfig({
    tags: 'busy',
    invoke: {
      src,
      input: ({ context }) => ({ email: context.email }),
      onDone: { target: 'idle', actions: codeSent('codeResent') },
      onError: { target: 'idle', actions: 'showFailure' },
    },
  });
}

/** After a confirmation or a reset: sign in with the password the form held, then forget it. */
export function signingInWithHeldPassword(noticeOnFailure: Notice) {
  return authSetup.createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'signIn',
      input: ({ context }) => ({ email: context.email, password: context.password ?? '' }),
      onDone: toNextStep,
      onError: { target: '#auth.signIn', actions: ['forgetPassword', 'showFailure', note(noticeOnFailure)] },
    },
  });
}

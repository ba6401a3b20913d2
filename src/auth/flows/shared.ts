/** Pieces more than one flow is built from. */
import { authSetup } from '../setup';
import type { Notice } from '../context';

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
  actions: ['forgetTokens', { type: 'note', params: { notice: 'sessionEnded' } }],
} as const;

/** A new code on its way (sign-up or password reset): say where it went and restart the cool-down. */
export function resendingCode(src: 'resendConfirmationCode' | 'forgotPassword') {
  return authSetup.createStateConfig({
    tags: 'busy',
    invoke: {
      src,
      input: ({ context }) => ({ email: context.email }),
      onDone: {
        target: 'idle',
        actions: [
          { type: 'takeDelivery', params: ({ event }) => ({ delivery: event.output }) },
          'startResendCooldown',
          { type: 'note', params: { notice: 'codeResent' } },
        ],
      },
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
      onDone: {
        target: '#auth.routing',
        actions: { type: 'takeStep', params: ({ event }) => ({ step: event.output }) },
      },
      onError: {
        target: '#auth.signIn',
        actions: ['forgetPassword', 'showFailure', { type: 'note', params: { notice: noticeOnFailure } }],
      },
    },
  });
}

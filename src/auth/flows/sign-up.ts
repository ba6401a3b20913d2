/** Sign-up, and confirming the account with the code Cognito sent. */
import { authSetup } from '../setup';
import { normalizeCode } from '../validate';
import { resendingCode, signingInWithHeldPassword } from './shared';

export const signUp = authSetup.createStateConfig({
  initial: 'idle',
  states: {
    idle: {
      on: {
        'signUp.submit': [
          { guard: 'formInvalid', actions: ['rememberEmail', 'showFormErrors'] },
          { target: 'submitting', actions: 'takeCredentials' },
        ],
        'signUp.toSignIn': { target: '#auth.signIn', actions: ['rememberEmail', 'clearErrors'] },
      },
    },
    submitting: {
      tags: 'busy',
      invoke: {
        src: 'signUp',
        input: ({ context }) => ({ email: context.email, password: context.password ?? '' }),
        onDone: [
          {
            // Auto-confirmed (a pre sign-up trigger): sign straight in.
            guard: { type: 'userConfirmed', params: ({ event }) => ({ confirmed: event.output.userConfirmed }) },
            target: '#auth.confirmSignUp.signingIn',
          },
          {
            target: '#auth.confirmSignUp',
            actions: [
              { type: 'takeDelivery', params: ({ event }) => ({ delivery: event.output.delivery }) },
              'startResendCooldown',
            ],
          },
        ],
        onError: { target: 'idle', actions: ['forgetPassword', 'showFailure'] },
      },
    },
  },
});

export const confirmSignUp = authSetup.createStateConfig({
  initial: 'idle',
  on: {
    back: { target: '#auth.signIn', actions: ['forgetPassword', 'clearErrors'] },
  },
  states: {
    idle: {
      on: {
        'confirmSignUp.submit': [
          { guard: 'formInvalid', actions: 'showFormErrors' },
          { target: 'confirming', actions: 'clearErrors' },
        ],
        'confirmSignUp.resend': { guard: 'canResend', target: 'resending', actions: 'clearErrors' },
      },
    },
    confirming: {
      tags: 'busy',
      invoke: {
        src: 'confirmSignUp',
        input: ({ context, event }) => ({
          email: context.email,
          code: event.type === 'confirmSignUp.submit' ? normalizeCode(event.code) : '',
        }),
        onDone: [
          { guard: 'holdsPassword', target: 'signingIn' },
          { target: '#auth.signIn', actions: { type: 'note', params: { notice: 'accountConfirmed' } } },
        ],
        onError: [
          {
            guard: { type: 'failedWith', params: { codes: ['alreadyConfirmed'] } },
            target: '#auth.signIn',
            actions: ['forgetPassword', { type: 'note', params: { notice: 'alreadyConfirmed' } }],
          },
          { target: 'idle', actions: 'showFailure' },
        ],
      },
    },
    resending: resendingCode('resendConfirmationCode'),
    /** Confirmed: sign in with the password still held from the form, then forget it. */
    signingIn: signingInWithHeldPassword('accountConfirmed'),
  },
});

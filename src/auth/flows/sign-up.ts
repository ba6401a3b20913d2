/** Sign-up, and confirming the account with the code Cognito sent. */
import { assertEvent, type DoneActorEvent } from 'xstate';
import { authSetup } from '../setup';
import type { SignUpResult } from '../types';
import { normalizeCode } from '../validate';
import { note, resendingCode, signingInWithHeldPassword, submitUnlessInvalid } from './shared';

/** SignUp answered that the account needs no confirming. */
const userConfirmed = ({ event }: { event: DoneActorEvent<SignUpResult> }) => event.output.userConfirmed;

export const signUp = authSetup.createStateConfig({
  initial: 'idle',
  states: {
    idle: {
      on: {
        'signUp.submit': submitUnlessInvalid('submitting', 'takeCredentials', { alsoWhenInvalid: 'rememberEmail' }),
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
            guard: userConfirmed,
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
        'confirmSignUp.submit': submitUnlessInvalid('confirming', 'clearErrors'),
        'confirmSignUp.resend': { guard: 'canResend', target: 'resending', actions: 'clearErrors' },
      },
    },
    confirming: {
      tags: 'busy',
      invoke: {
        src: 'confirmSignUp',
        input: ({ context, event }) => {
          assertEvent(event, 'confirmSignUp.submit');
          return { email: context.email, code: normalizeCode(event.code) };
        },
        onDone: [
          { guard: 'holdsPassword', target: 'signingIn' },
          { target: '#auth.signIn', actions: note('accountConfirmed') },
        ],
        onError: [
          {
            guard: { type: 'failedWith', params: { codes: ['alreadyConfirmed'] } },
            target: '#auth.signIn',
            actions: ['forgetPassword', note('alreadyConfirmed')],
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

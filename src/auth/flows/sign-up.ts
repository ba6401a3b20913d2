/** Sign-up, and confirming the account with the code Cognito sent. */
import { assertEvent, type DoneActorEvent } from 'xstate';
import { authSetup } from '../setup';
import type { SignUpResult } from '../types';
import { normalizeCode } from '../validate';
import { signUpOf } from '../readers';
import {
  backForgettingPassword,
  leaveWithEmail,
  note,
  resendWhenAllowed,
  sendingCode,
  signingInWithHeldPassword,
  submitUnlessInvalid,
} from './shared';

/** SignUp answered that the account needs no confirming (a pre sign-up trigger confirmed it). */
const userConfirmed = ({ event }: { event: DoneActorEvent<SignUpResult> }) => event.output.userConfirmed;

export const signUp = authSetup.createStateConfig({
  initial: 'idle',
  // The link to sign-in works while a request is out too: leaving drops its late answer.
  on: { 'signUp.toSignIn': leaveWithEmail('#auth.signIn') },
  states: {
    idle: {
      on: {
        'signUp.submit': submitUnlessInvalid('submitting', 'takeCredentials', { alsoWhenInvalid: 'rememberEmail' }),
      },
    },
    submitting: {
      tags: 'busy',
      invoke: {
        src: 'signUp',
        input: ({ context, event }) => {
          assertEvent(event, 'signUp.submit');
          return signUpOf(context, event.attributes);
        },
        onDone: [
          // Auto-confirmed: sign straight in.
          { guard: userConfirmed, target: '#auth.confirmSignUp.signingIn' },
          {
            target: '#auth.confirmSignUp',
            actions: [{ type: 'takeDelivery', params: ({ event }) => ({ delivery: event.output.delivery }) }, 'startResendCooldown'],
          },
        ],
        onError: { target: 'idle', actions: ['forgetPassword', 'showFailure'] },
      },
    },
  },
});

export const confirmSignUp = authSetup.createStateConfig({
  initial: 'idle',
  on: { back: backForgettingPassword },
  states: {
    idle: {
      on: { 'confirmSignUp.submit': submitUnlessInvalid('confirming', 'clearProblems'), 'confirmSignUp.resend': resendWhenAllowed },
    },
    confirming: {
      tags: 'busy',
      invoke: {
        src: 'confirmSignUp',
        input: ({ context, event }) => {
          assertEvent(event, 'confirmSignUp.submit');
          return { email: context.email, code: normalizeCode(event.code) };
        },
        // Every way here holds the password typed at sign-up or sign-in: sign in with it.
        onDone: 'signingIn',
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
    resending: sendingCode('resendConfirmationCode', 'idle', 'codeResent'),
    /** Confirmed: sign in with the password still held from the form, then forget it. */
    signingIn: signingInWithHeldPassword('accountConfirmed'),
  },
});

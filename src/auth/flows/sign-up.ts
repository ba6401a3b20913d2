/** Sign-up, and confirming the account with the code Cognito sent. */
import { and, assertEvent, type DoneActorEvent } from 'xstate';
import { authSetup } from '../setup';
import type { SignUpResult } from '../types';
import { normalizeCode } from '../validate';
import { signUpOf, signUpSessionOf } from '../readers';
import { signingInWithoutPassword } from './user-auth';
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
          // Auto-confirmed: sign straight in (with the password, or passwordless by choice).
          { guard: and([userConfirmed, 'passwordHeld']), target: '#auth.confirmSignUp.signingIn' },
          { guard: userConfirmed, target: '#auth.confirmSignUp.signingInWithoutPassword' },
          {
            target: '#auth.confirmSignUp',
            actions: [
              { type: 'takeDelivery', params: ({ event }) => ({ delivery: event.output.delivery }) },
              'startResendCooldown',
              { type: 'takeSignUpSession', params: ({ event }) => ({ session: event.output.session }) },
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
          return { email: context.email, code: normalizeCode(event.code), ...signUpSessionOf(context) };
        },
        onDone: [
          // The password typed at sign-up or sign-in is held: sign in with it.
          { guard: 'passwordHeld', target: 'signingIn' },
          // None (choice-based sign-in): USER_AUTH, with ConfirmSignUp's Session where it gave one.
          {
            target: 'signingInWithoutPassword',
            actions: { type: 'takeSignUpSession', params: ({ event }) => ({ session: event.output?.session }) },
          },
        ],
        onError: [
          {
            guard: { type: 'failedWith', params: { codes: ['alreadyConfirmed'] } },
            target: '#auth.signIn',
            actions: ['forgetPassword', note('alreadyConfirmed')],
          },
          // SignUp's Session ran out or was taken: the code is still good, without it (then the ways in are offered).
          {
            guard: and(['signUpSessionHeld', { type: 'failedWith', params: { codes: ['sessionExpired' as const] } }]),
            target: 'idle',
            actions: ['forgetSignUpSession', { type: 'showProblem', params: { field: 'form', reason: 'signUpSessionExpired' } }],
          },
          { target: 'idle', actions: 'showFailure' },
        ],
      },
    },
    resending: sendingCode('resendConfirmationCode', 'idle', 'codeResent'),
    /** Confirmed: sign in with the password still held from the form, then forget it. */
    signingIn: signingInWithHeldPassword('accountConfirmed'),
    /** Confirmed without a password held: InitiateAuth USER_AUTH, signed straight in where ConfirmSignUp's Session allows. */
    signingInWithoutPassword,
  },
});

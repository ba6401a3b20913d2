/**
 * Passwords: a forgotten one reset with a code, a new one Cognito requires at sign-in
 * (NEW_PASSWORD_REQUIRED), and a signed-in person's change of password (a region of the
 * signed-in screens, see signed-in.ts).
 */
import { assertEvent } from 'xstate';
import { authSetup } from '../setup';
import { normalizeCode } from '../validate';
import { accessTokenOf, requiredAttributesOf, sessionOf, usernameOf } from '../readers';
import { codeSent, expiresWithSession, note, resendingCode, sessionGone, signingInWithHeldPassword, submitUnlessInvalid, tokensGone, toNextStep } from './shared';

export const forgotPassword = authSetup.createStateConfig({
  initial: 'idle',
  on: {
    back: { target: '#auth.signIn', actions: 'clearErrors' },
  },
  states: {
    idle: {
      on: {
        'forgotPassword.submit': submitUnlessInvalid('sending', 'takeEmail', { alsoWhenInvalid: 'rememberEmail' }),
      },
    },
    sending: {
      tags: 'busy',
      invoke: {
        src: 'forgotPassword',
        input: ({ context }) => ({ email: context.email }),
        onDone: { target: '#auth.resetPassword', actions: codeSent('resetCodeSent') },
        onError: { target: 'idle', actions: 'showFailure' },
      },
    },
  },
});

export const resetPassword = authSetup.createStateConfig({
  initial: 'idle',
  on: {
    back: { target: '#auth.signIn', actions: ['forgetPassword', 'clearErrors'] },
  },
  states: {
    idle: {
      on: {
        'resetPassword.submit': submitUnlessInvalid('resetting', 'takeNewPassword'),
        'resetPassword.resend': { guard: 'canResend', target: 'resending', actions: 'clearErrors' },
      },
    },
    resetting: {
      tags: 'busy',
      invoke: {
        src: 'confirmForgotPassword',
        input: ({ context, event }) => {
          assertEvent(event, 'resetPassword.submit');
          return { email: context.email, code: normalizeCode(event.code), password: context.password ?? '' };
        },
        // The new password works: sign in with it (an MFA challenge may follow).
        onDone: 'signingIn',
        onError: { target: 'idle', actions: ['forgetPassword', 'showNewPasswordFailure'] },
      },
    },
    resending: resendingCode('forgotPassword'),
    signingIn: signingInWithHeldPassword('passwordChanged'),
  },
});

export const newPassword = authSetup.createStateConfig({
  initial: 'idle',
  on: {
    back: { target: '#auth.signIn', actions: 'leaveChallenge' },
  },
  states: {
    idle: {
      after: expiresWithSession,
      on: {
        'newPassword.submit': submitUnlessInvalid('submitting', 'clearErrors'),
      },
    },
    submitting: {
      tags: 'busy',
      invoke: {
        src: 'setNewPassword',
        input: ({ context, event }) => {
          assertEvent(event, 'newPassword.submit');
          return {
            session: sessionOf(context),
            username: usernameOf(context),
            password: event.password,
            attributes: Object.fromEntries(requiredAttributesOf(context).map((name) => [name, event.attributes[name]?.trim() ?? ''])),
          };
        },
        onDone: toNextStep,
        onError: [sessionGone, { target: 'idle', actions: 'showNewPasswordFailure' }],
      },
    },
  },
});

/** Under signedIn.screen: the current password and a new one, sent with the access token. */
export const changePassword = authSetup.createStateConfig({
  initial: 'idle',
  on: {
    back: { target: '#auth.signedIn.screen.account', actions: 'clearErrors' },
  },
  states: {
    idle: {
      on: {
        'changePassword.submit': submitUnlessInvalid('submitting', 'clearErrors'),
      },
    },
    submitting: {
      tags: 'busy',
      invoke: {
        src: 'changePassword',
        input: ({ context, event }) => {
          assertEvent(event, 'changePassword.submit');
          return { accessToken: accessTokenOf(context), previousPassword: event.currentPassword, proposedPassword: event.newPassword };
        },
        onDone: { target: '#auth.signedIn.screen.home', actions: note('passwordChanged') },
        onError: [tokensGone, { target: 'idle', actions: 'showChangePasswordFailure' }],
      },
    },
  },
});

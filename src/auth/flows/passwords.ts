/**
 * Passwords: a forgotten one reset with a code, a new one Cognito requires at sign-in
 * (NEW_PASSWORD_REQUIRED), and a signed-in person's change of password (a region of the
 * signed-in screens, see signed-in.ts).
 */
import { assertEvent } from 'xstate';
import { authSetup } from '../setup';
import { normalizeCode } from '../validate';
import { accessTokenOf, requiredAttributesOf, sessionOf, usernameOf } from '../readers';
import {
  backForgettingPassword,
  challengeScreen,
  note,
  resendWhenAllowed,
  sendingCode,
  sessionGone,
  SIGN_OUT,
  signingInWithHeldPassword,
  submitUnlessInvalid,
  TO_PAGES,
  tokensGone,
  toNextStep,
} from './shared';

export const forgotPassword = authSetup.createStateConfig({
  initial: 'idle',
  on: { back: { target: '#auth.signIn', actions: 'clearProblems' } },
  states: {
    idle: {
      on: { 'forgotPassword.submit': submitUnlessInvalid('sending', 'takeEmail', { alsoWhenInvalid: 'rememberEmail' }) },
    },
    sending: sendingCode('forgotPassword', '#auth.resetPassword', 'resetCodeSent'),
  },
});

export const resetPassword = authSetup.createStateConfig({
  initial: 'idle',
  on: { back: backForgettingPassword },
  states: {
    idle: {
      on: { 'resetPassword.resend': resendWhenAllowed, 'resetPassword.submit': submitUnlessInvalid('resetting', 'takeNewPassword') },
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
    resending: sendingCode('forgotPassword', 'idle', 'codeResent'),
    signingIn: signingInWithHeldPassword('passwordChanged'),
  },
});

/** NEW_PASSWORD_REQUIRED: a password of the person's own, and any attributes the pool requires. */
export const newPassword = challengeScreen(
  { 'newPassword.submit': submitUnlessInvalid('submitting', 'clearProblems') },
  {
    tags: 'busy',
    invoke: {
      src: 'setNewPassword',
      input: ({ context, event }) => {
        assertEvent(event, 'newPassword.submit');
        const attributes = requiredAttributesOf(context).map((name) => [name, event.attributes[name]?.trim() ?? '']);
        return { session: sessionOf(context), username: usernameOf(context), password: event.password, attributes: Object.fromEntries(attributes) };
      },
      onDone: toNextStep,
      onError: [sessionGone, { target: 'idle', actions: 'showNewPasswordFailure' }],
    },
  },
);

/** Under signedIn.screen: the current password and a new one, sent with the access token. */
export const changePassword = authSetup.createStateConfig({
  initial: 'idle',
  on: { back: { target: '#auth.signedIn.screen.account', actions: 'clearProblems' } },
  states: {
    idle: {
      // The header's links, like its sign-out, only while no change is in flight: the account
      // page would otherwise ask Cognito for its settings while the change is still unanswered.
      on: {
        'changePassword.submit': submitUnlessInvalid('submitting', 'clearProblems'),
        'signedIn.openAccount': { target: '#auth.signedIn.screen.account', actions: 'clearProblems' },
        ...TO_PAGES,
        ...SIGN_OUT,
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

/**
 * Sign-in and the challenges that may follow it: `routing` sends each step Cognito answers with
 * to the screen that answers it.
 */
import { and, assertEvent } from 'xstate';
import { authSetup } from '../setup';
import type { CodeChallengeName } from '../types';
import { normalizeCode } from '../validate';
import { codeChallengeOf, credentialsOf, sessionOf, usernameOf } from '../readers';
import { challengeScreen, leaveWithEmail, note, sendingCode, sessionGone, submitUnlessInvalid, toNextStep } from './shared';
import { resendFirstFactorCode, resendingFirstFactorCode, startingUserAuth, toChoiceBasedScreens, userAuthSubmit } from './user-auth';

export const signIn = authSetup.createStateConfig({
  initial: 'idle',
  // The links to other forms work while a request is out too: leaving drops its late answer.
  on: {
    // No sign-up where only an administrator creates users: the view offers no link either.
    'signIn.toSignUp': { guard: 'selfSignUp', ...leaveWithEmail('#auth.signUp') },
    'signIn.toForgotPassword': leaveWithEmail('#auth.forgotPassword'),
  },
  states: {
    idle: {
      on: {
        'signIn.submit': submitUnlessInvalid('submitting', 'takeCredentials', { alsoWhenInvalid: 'rememberEmail' }),
        'signIn.continue': userAuthSubmit,
      },
    },
    starting: startingUserAuth,
    submitting: {
      tags: 'busy',
      invoke: {
        src: 'signIn',
        input: ({ context }) => credentialsOf(context),
        onDone: toNextStep,
        onError: [
          // Cognito says so even when the password is wrong: send a fresh code, keep the password
          // in memory to sign in once the account is confirmed.
          { guard: { type: 'failedWith', params: { codes: ['userNotConfirmed'] } }, target: 'sendingCode' },
          { target: 'idle', actions: ['forgetPassword', 'showFailure'] },
        ],
      },
    },
    // A code may still be on its way from before (the limit was hit): confirming is still the way on.
    sendingCode: sendingCode('resendConfirmationCode', '#auth.confirmSignUp', 'confirmBeforeSignIn', {
      target: '#auth.confirmSignUp',
      actions: ['showFailure', note('confirmBeforeSignIn')],
    }),
  },
});

/** Not a screen: sends each sign-in step to the screen that answers it. */
export const routing = authSetup.createStateConfig({
  always: [
    // After a password, where the page offers passkeys: the offer may come first.
    { guard: and(['signedIn', 'mayOfferPasskey']), target: '#auth.signedIn.screen.passkeyOffer' },
    { guard: 'signedIn', target: '#auth.signedIn' },
    { guard: 'canChooseMfaSetup', target: '#auth.mfaSetupChoice' },
    { guard: 'canSetUpTotp', target: '#auth.totpSetup' },
    // Email alone: nothing to choose, the code is sent at once.
    { guard: 'canSetUpEmail', target: '#auth.mfaSetupChoice.submitting' },
    { guard: 'smsSetupOnly', target: '#auth.signIn', actions: { type: 'cannotContinue', params: { reason: 'smsSetupNeedsPhone' } } },
    { guard: { type: 'challengeIs', params: { name: 'SOFTWARE_TOKEN_MFA' } }, target: '#auth.totpChallenge' },
    { guard: { type: 'challengeIs', params: { name: 'SMS_MFA' } }, target: '#auth.smsChallenge' },
    { guard: { type: 'challengeIs', params: { name: 'SMS_OTP' } }, target: '#auth.smsChallenge' },
    { guard: { type: 'challengeIs', params: { name: 'EMAIL_OTP' } }, target: '#auth.emailChallenge' },
    { guard: { type: 'challengeIs', params: { name: 'SELECT_MFA_TYPE' } }, target: '#auth.selectMfaType' },
    { guard: { type: 'challengeIs', params: { name: 'NEW_PASSWORD_REQUIRED' } }, target: '#auth.newPassword' },
    ...toChoiceBasedScreens,
    { target: '#auth.signIn', actions: { type: 'cannotContinue', params: { reason: 'unsupportedChallenge' } } },
  ],
});

/**
 * A screen that asks for a code and answers the challenge with it. Built by a function because
 * SOFTWARE_TOKEN_MFA, SMS_MFA and EMAIL_OTP differ only in names. The text-message screen
 * answers SMS_OTP too (the first factor of choice-based sign-in), and the email one EMAIL_OTP at
 * either step: the challenge held says which.
 */
function codeChallenge(
  submit: 'totpChallenge.submit' | 'smsChallenge.submit' | 'emailChallenge.submit',
  fallback: CodeChallengeName,
  resend?: 'smsChallenge.resend' | 'emailChallenge.resend',
) {
  return challengeScreen(
    { [submit]: submitUnlessInvalid('submitting', 'clearProblems'), ...(resend ? { [resend]: resendFirstFactorCode } : {}) },
    {
      tags: 'busy',
      invoke: {
        src: 'answerCode',
        input: ({ context, event }) => {
          assertEvent(event, submit);
          return { challenge: codeChallengeOf(context, fallback), session: sessionOf(context), username: usernameOf(context), code: normalizeCode(event.code) };
        },
        onDone: toNextStep,
        onError: [sessionGone, { target: 'idle', actions: 'showFailure' }],
      },
    },
    resend ? { resending: resendingFirstFactorCode } : {},
  );
}

export const totpChallenge = codeChallenge('totpChallenge.submit', 'SOFTWARE_TOKEN_MFA');
export const smsChallenge = codeChallenge('smsChallenge.submit', 'SMS_MFA', 'smsChallenge.resend');
export const emailChallenge = codeChallenge('emailChallenge.submit', 'EMAIL_OTP', 'emailChallenge.resend');

/** SELECT_MFA_TYPE: the person picks which of their second steps to answer with. */
export const selectMfaType = challengeScreen(
  { 'selectMfaType.choose': { target: 'submitting', actions: 'clearProblems' } },
  {
    tags: 'busy',
    invoke: {
      src: 'selectMfaType',
      input: ({ context, event }) => {
        assertEvent(event, 'selectMfaType.choose');
        return { session: sessionOf(context), username: usernameOf(context), mfa: event.mfa };
      },
      onDone: toNextStep,
      onError: [sessionGone, { target: 'idle', actions: 'showFailure' }],
    },
  },
);

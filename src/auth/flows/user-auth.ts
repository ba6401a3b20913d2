/**
 * Choice-based sign-in (InitiateAuth USER_AUTH, Developer Guide "Authentication flows:
 * choice-based"): the email first; then the ways the pool offers this person (SELECT_CHALLENGE),
 * or the way picked up front (PREFERRED_CHALLENGE); a passkey (WEB_AUTHN), a code (EMAIL_OTP,
 * SMS_OTP, on the code screens of sign-in.ts) or the password. Only when the page is built with
 * first factors (context.firstFactors); the password sign-in stays the default.
 */
import { and, assertEvent, type DoneActorEvent } from 'xstate';
import type { AuthStep } from '../types';
import { authSetup } from '../setup';
import { passkeyOptionsOf, sessionOf, signUpSessionOf, usernameOf } from '../readers';
import { challengeScreen, expiresWithSession, note, sessionGone, submitUnlessInvalid, toNextStep } from './shared';

/** What the actor before this state answered: the state is entered only by its done event. */
export function outputOf(event: unknown): string {
  return (event as DoneActorEvent<string>).output;
}

/** The sign-in form's "Continue" (or "Sign in with a passkey"): checked, then InitiateAuth USER_AUTH. */
export const userAuthSubmit = [
  { guard: and(['choiceBased', 'formInvalid']), actions: ['rememberEmail', 'showFormProblems'] },
  { guard: 'choiceBased', target: 'starting', actions: 'takeIdentifier' },
] as const;

/** InitiateAuth USER_AUTH from the sign-in form (a state of signIn). */
export const startingUserAuth = authSetup.createStateConfig({
  tags: 'busy',
  invoke: {
    src: 'startUserAuth',
    input: ({ context }) => ({ email: context.email, ...(context.preferredFactor ? { preferred: context.preferredFactor } : {}) }),
    onDone: toNextStep,
    onError: [
      // Unconfirmed: a fresh code, then the confirmation screen, as with a password.
      { guard: { type: 'failedWith', params: { codes: ['userNotConfirmed'] } }, target: 'sendingCode' },
      { target: 'idle', actions: 'showIdentifierFailure' },
    ],
  },
});

/** Where routing sends the challenges of choice-based sign-in (SMS_OTP and EMAIL_OTP go to the code screens). */
export const toChoiceBasedScreens = [
  { guard: { type: 'challengeIs', params: { name: 'SELECT_CHALLENGE' } }, target: '#auth.selectChallenge' },
  { guard: { type: 'challengeIs', params: { name: 'WEB_AUTHN' } }, target: '#auth.passkeySignIn' },
] as const;

/**
 * SELECT_CHALLENGE: the person picks one of AvailableChallenges. RespondToAuthChallenge answers
 * with ANSWER, and with PASSWORD in the same call when the answer is the password (API
 * RespondToAuthChallenge, ChallengeResponses for SELECT_CHALLENGE); a code is then sent and
 * its challenge follows, or a passkey is asked for (WEB_AUTHN).
 */
export const selectChallenge = challengeScreen(
  {
    'selectChallenge.choose': [
      { guard: 'formInvalid', actions: 'showFormProblems' },
      { target: 'submitting', actions: ['clearProblems', 'takeChosenFactor'] },
    ],
  },
  {
    tags: 'busy',
    invoke: {
      src: 'selectChallenge',
      input: ({ context, event }) => {
        assertEvent(event, 'selectChallenge.choose');
        const password = event.factor === 'PASSWORD' ? { password: event.password ?? '' } : {};
        return { session: sessionOf(context), username: usernameOf(context), answer: event.factor, ...password };
      },
      onDone: toNextStep,
      onError: [sessionGone, { target: 'idle', actions: 'showFailure' }],
    },
  },
);

/**
 * A code sent as the first factor cannot be sent again within its challenge: Cognito has no
 * resend for it. A new InitiateAuth USER_AUTH with the same PREFERRED_CHALLENGE sends a new code
 * with a new Session (as Amplify v6 does: resendSignInCode is signIn again). Only for a code the
 * person picked as the way in, never for a second step after the password.
 */
export const resendFirstFactorCode = {
  guard: and(['firstFactorCode', 'canResend']),
  target: 'resending',
  actions: 'clearProblems',
} as const;

export const resendingFirstFactorCode = authSetup.createStateConfig({
  tags: 'busy',
  invoke: {
    src: 'startUserAuth',
    input: ({ context }) => ({ email: context.email, ...(context.preferredFactor ? { preferred: context.preferredFactor } : {}) }),
    onDone: {
      target: '#auth.routing',
      actions: [
        { type: 'takeStep', params: ({ event }: { event: DoneActorEvent<AuthStep> }) => ({ step: event.output }) },
        'startResendCooldown',
        note('codeResent'),
      ],
    },
    onError: { target: 'idle', actions: 'showFailure' },
  },
});

/**
 * WEB_AUTHN: the browser's passkey prompt with CREDENTIAL_REQUEST_OPTIONS, then its assertion as
 * CREDENTIAL. A cancelled prompt, no passkey on this device or no WebAuthn in the browser is
 * never a dead end: "Try again", or another way in one click (InitiateAuth USER_AUTH again,
 * without a preference, which offers the choice).
 */
export const passkeySignIn = authSetup.createStateConfig({
  initial: 'prompting',
  on: { back: { target: '#auth.signIn', actions: 'leaveChallenge' } },
  states: {
    prompting: {
      tags: 'busy',
      // The prompt waits on the person as long as the browser lets it: the challenge's Session
      // may run out meanwhile, and an answer with it would be refused.
      after: expiresWithSession,
      invoke: {
        src: 'getPasskey',
        input: ({ context }) => ({ options: passkeyOptionsOf(context) }),
        onDone: 'answering',
        onError: { target: 'failed', actions: 'showFailure' },
      },
    },
    answering: {
      tags: 'busy',
      invoke: {
        src: 'answerPasskey',
        input: ({ context, event }) => ({
          session: sessionOf(context),
          username: usernameOf(context),
          credential: outputOf(event),
        }),
        onDone: toNextStep,
        onError: [sessionGone, { target: 'failed', actions: 'showFailure' }],
      },
    },
    failed: {
      after: expiresWithSession,
      on: {
        'passkey.retry': { target: 'prompting', actions: 'clearProblems' },
        // While the prompt is open the browser covers the page; once it is closed, one click.
        'passkey.otherWay': { target: '#auth.signIn.starting', actions: 'choosingAnotherWay' },
      },
    },
  },
});

/**
 * After confirming an account with no password held: InitiateAuth USER_AUTH with ConfirmSignUp's
 * Session, where "Amazon Cognito assumes the SMS or email message one-time verification password
 * from ConfirmSignUp as the primary authentication factor" (API InitiateAuth, Session): signed in
 * with no second code. Without a Session (an account confirmed at sign-in), the ways in are offered.
 */
export const signingInWithoutPassword = authSetup.createStateConfig({
  tags: 'busy',
  invoke: {
    src: 'startUserAuth',
    input: ({ context }) => ({ email: context.email, ...signUpSessionOf(context) }),
    onDone: { ...toNextStep, actions: [toNextStep.actions, 'forgetSignUpSession'] },
    onError: { target: '#auth.signIn', actions: ['forgetSignUpSession', 'showFailure', note('accountConfirmed')] },
  },
});

/**
 * An authenticator being added: at sign-in (MFA_SETUP, chained by Session) or from the account
 * page (by access token, then made the preferred factor). The same screen serves both; the
 * preference is only ever set after Cognito has verified a code.
 */
import { assertEvent } from 'xstate';
import { authSetup } from '../setup';
import type { MfaType } from '../types';
import { normalizeCode, normalizeEmail } from '../validate';
import { accessTokenOf, sessionOf, totpAuthorization, usernameOf } from '../readers';
import { challengeScreen, expiresWithSession, note, sessionGone, submitUnlessInvalid, tokensGone, toNextStep } from './shared';

/** Only a setup at sign-in has a challenge session to run out. */
const expiresAtSignIn = {
  sessionLeft: { guard: 'settingUpAtSignIn', ...expiresWithSession.sessionLeft },
} as const;

export const totpSetup = authSetup.createStateConfig({
  initial: 'associating',
  on: {
    back: [
      { guard: 'settingUpAtSignIn', target: '#auth.signIn', actions: 'leaveChallenge' },
      { target: '#auth.signedIn.screen.account', actions: ['leaveChallenge'] },
    ],
  },
  states: {
    associating: {
      tags: 'busy',
      invoke: {
        src: 'associateSoftwareToken',
        input: ({ context }) => totpAuthorization(context),
        onDone: {
          target: 'ready',
          actions: [
            { type: 'takeTotpSecret', params: ({ event }) => ({ secret: event.output.secret }) },
            { type: 'takeSession', params: ({ event }) => ({ session: event.output.session }) },
          ],
        },
        onError: [sessionGone, tokensGone, { target: 'failed', actions: 'showFailure' }],
      },
    },
    /** No secret could be had (the network, or the pool): say why, offer to try again. */
    failed: {
      after: expiresAtSignIn,
      on: { 'totpSetup.retry': { target: 'associating', actions: 'clearProblems' } },
    },
    ready: {
      after: expiresAtSignIn,
      on: {
        'totpSetup.verify': submitUnlessInvalid('verifying', 'clearProblems'),
      },
    },
    verifying: {
      tags: 'busy',
      invoke: {
        src: 'verifySoftwareToken',
        input: ({ context, event }) => {
          assertEvent(event, 'totpSetup.verify');
          return { ...totpAuthorization(context), code: normalizeCode(event.code), deviceName: event.deviceName.trim() };
        },
        onDone: [
          {
            guard: 'settingUpAtSignIn',
            target: 'completing',
            actions: { type: 'takeSession', params: ({ event }) => ({ session: event.output.session }) },
          },
          { target: 'enabling', actions: 'rememberTotpVerified' },
        ],
        // A wrong code leaves the Associate session usable: same secret, same QR, try again.
        onError: [sessionGone, tokensGone, { target: 'ready', actions: 'showFailure' }],
      },
    },
    /** The authenticator is verified: answer MFA_SETUP with the Session Verify returned. */
    completing: {
      tags: 'busy',
      invoke: {
        src: 'completeMfaSetup',
        input: ({ context }) => ({ session: sessionOf(context), username: usernameOf(context) }),
        onDone: toNextStep,
        // Only a Session that is gone sends the person back to sign-in; any other failure keeps
        // the verified authenticator on screen, to try again (or leave with Back).
        onError: [sessionGone, { target: 'completingFailed', actions: 'showFailure' }],
      },
    },
    /**
     * Verified, but the last step failed or got no answer: the Session is still held, so "Try
     * again" sends the same RespondToAuthChallenge while the session lasts. If a lost request had
     * been carried out, Cognito answers that the session was used, and the person is told so at
     * sign-in (expireSession).
     */
    completingFailed: {
      after: expiresAtSignIn,
      on: { 'totpSetup.retry': { target: 'completing', actions: 'clearProblems' } },
    },
    /**
     * Verified from the account page: turn it on and make it the preferred second step. Only
     * SetUserMFAPreference is sent, naming only TOTP (src/cognito/sdk-client.ts says why).
     */
    enabling: {
      tags: 'busy',
      invoke: {
        src: 'setMfaPreference',
        input: ({ context }) => ({
          accessToken: accessTokenOf(context),
          enabled: { SOFTWARE_TOKEN_MFA: true },
          preferred: 'SOFTWARE_TOKEN_MFA' as MfaType,
        }),
        onDone: { target: '#auth.signedIn.screen.account', actions: ['leaveChallenge', note('totpEnabled')] },
        onError: [tokensGone, { target: 'enableFailed', actions: 'showFailure' }],
      },
    },
    /**
     * The code was accepted but turning the authenticator on failed: trying again sends only
     * SetUserMFAPreference. Verifying again would ask for another code for a token Cognito has
     * already verified (VerifySoftwareToken is done; only the preference is missing).
     */
    enableFailed: {
      on: { 'totpSetup.retry': { target: 'enabling', actions: 'clearProblems' } },
    },
  },
});

/**
 * MFA_SETUP offering an authenticator app and email codes: the person chooses. Email alone comes
 * straight to `submitting` (routing). Email is set up by answering MFA_SETUP with the address the
 * person signed in with; Cognito emails a code and asks for it with an EMAIL_OTP challenge
 * (src/cognito/sdk-client.ts setUpEmailMfa), which the email code screen answers.
 */
export const mfaSetupChoice = challengeScreen(
  {
    'mfaSetupChoice.choose': [
      { guard: { type: 'chose', params: { mfa: 'SOFTWARE_TOKEN_MFA' } }, target: '#auth.totpSetup', actions: 'clearProblems' },
      { guard: { type: 'chose', params: { mfa: 'EMAIL_OTP' } }, target: 'submitting', actions: 'clearProblems' },
    ],
  },
  {
    tags: 'busy',
    invoke: {
      src: 'setUpEmailMfa',
      input: ({ context }) => ({ session: sessionOf(context), username: usernameOf(context), email: normalizeEmail(context.email) }),
      onDone: toNextStep,
      onError: [sessionGone, { target: 'idle', actions: 'showFailure' }],
    },
  },
);

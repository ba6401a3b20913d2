/**
 * An authenticator being added: at sign-in (MFA_SETUP, chained by Session) or from the account
 * page (by access token, then made the preferred factor). The same screen serves both; the
 * preference is only ever set after Cognito has verified a code.
 */
import { assertEvent } from 'xstate';
import { authSetup } from '../setup';
import type { MfaType } from '../types';
import { normalizeCode } from '../validate';
import { accessTokenOf, sessionOf, totpAuthorization, usernameOf } from '../readers';
import { expiresWithSession, note, sessionGone, submitUnlessInvalid, tokensGone, toNextStep, TRANSIENT_FAILURES } from './shared';

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
          { target: 'enabling' },
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
        onError: [
          sessionGone,
          { guard: { type: 'failedWith', params: { codes: TRANSIENT_FAILURES } }, target: 'completingFailed', actions: 'showFailure' },
          { target: '#auth.signIn', actions: ['leaveChallenge', 'showFailure'] },
        ],
      },
    },
    /**
     * Verified, but the last step got no answer (or a failure worth repeating): the Session is
     * still held, so "Try again" sends the same RespondToAuthChallenge while the session lasts. If
     * the lost request had been carried out, Cognito answers that the session was used, and the
     * person is told so at sign-in (expireSession).
     */
    completingFailed: {
      after: expiresAtSignIn,
      on: { 'totpSetup.retry': { target: 'completing', actions: 'clearProblems' } },
    },
    /** Verified from the account page: turn it on and make it the preferred second step. */
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
        onError: [tokensGone, { target: 'ready', actions: 'showFailure' }],
      },
    },
  },
});

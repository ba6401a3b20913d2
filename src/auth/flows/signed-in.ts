/**
 * Signed in: two things at once, keeping the tokens fresh and the signed-in screens (home, the
 * account page, changing the password, signing out).
 */
import { assertEvent } from 'xstate';
import { authSetup } from '../setup';
import { accessTokenOf } from '../readers';
import { changePassword } from './passwords';
import type { AuthErrorCode } from '../errors';
import { note, SIGN_OUT, TO_PAGES, tokensGone } from './shared';
import { passkeys } from './passkeys';
import { passkeyOffer } from './passkey-offer';

/** What a refresh is tried again after: no answer, the service or its limits, a bug of ours. */
const REFRESH_RETRIED = ['network', 'serviceError', 'tooManyRequests', 'limitExceeded', 'lambdaFailed', 'unknown'] as const satisfies readonly AuthErrorCode[];

/**
 * The refresh (the client's `refresh`: GetTokensFromRefreshToken) and where a failure leads: a
 * refusal from Cognito ends the session (the refresh token revoked, expired or not taken:
 * tokensGone, which says which; the user disabled; anything else it refuses for good). No answer,
 * or the service failing, goes to `failed`, to be tried again however long the outage lasts,
 * the tokens kept.
 */
function refreshingTo(failed: string) {
  return authSetup.createStateConfig({
    // The session API (src/session) waits on this tag for the refresh already in flight.
    tags: 'refreshing',
    invoke: {
      src: 'refresh',
      input: ({ context }) => ({ refreshToken: context.tokens?.refreshToken ?? '' }),
      onDone: {
        target: '#auth.signedIn.tokens.fresh',
        actions: { type: 'takeTokens', params: ({ event }) => ({ tokens: event.output }) },
      },
      onError: [
        tokensGone,
        { guard: { type: 'failedWith', params: { codes: ['userDisabled'] } }, target: '#auth.signIn', actions: ['forgetTokens', note('sessionEnded')] },
        { guard: { type: 'failedWith', params: { codes: REFRESH_RETRIED } }, target: failed, actions: 'countRefreshFailure' },
        // Any other answer is Cognito refusing for good (an app client gone or changed): asking
        // again would loop, so the session ends here.
        { target: '#auth.signIn', actions: ['forgetTokens', note('sessionNotRenewed')] },
      ],
    },
  });
}

/**
 * Refreshed shortly before they expire. A refresh that fails on the network is tried again
 * (2 s, 4 s, 8 s ... at most a minute apart, and at once when the browser is back online) while
 * the tokens are used as long as they last; once they have expired, the page says it is
 * reconnecting. Only Cognito refusing the refresh token ends the session: a laptop that wakes
 * with expired tokens and no network yet stays signed in (refreshDue is 0 then).
 */
const tokens = authSetup.createStateConfig({
  initial: 'fresh',
  on: {
    // Another tab of this session refreshed with rotation on: its refresh token replaced ours,
    // which Cognito no longer takes (src/session/tabs.ts). What was in flight here is dropped.
    'session.tokensShared': {
      guard: 'replacesOurRefreshToken',
      target: '.fresh',
      reenter: true,
      actions: { type: 'takeTokens', params: ({ event }) => ({ tokens: event.tokens }) },
    },
  },
  states: {
    fresh: {
      after: { refreshDue: 'refreshing' },
      // The site asks for fresh tokens now (a token about to expire, or an API's 401).
      on: { 'session.refresh': 'refreshing' },
    },
    // A refresh in flight is the answer to every `session.refresh` meanwhile: never a second call.
    refreshing: refreshingTo('retrying'),
    /** The tokens still work: try again after a back-off or once online; when they expire, say so. */
    retrying: {
      always: { guard: 'tokensExpired', target: 'reconnecting' },
      after: { refreshBackoff: 'refreshing', tokensLeft: 'reconnecting' },
      on: { 'connection.online': 'refreshing', 'session.refresh': 'refreshing' },
    },
    /** The tokens have expired and no refresh got through yet: the page says it is reconnecting. */
    reconnecting: {
      tags: 'reconnecting',
      initial: 'waiting',
      states: {
        waiting: {
          after: { refreshBackoff: 'refreshing' },
          on: { 'connection.online': 'refreshing', 'session.refresh': 'refreshing' },
        },
        refreshing: refreshingTo('waiting'),
      },
    },
  },
});

/** The account page: which second factors are on, and which one Cognito asks for first. */
const account = authSetup.createStateConfig({
  initial: 'loading',
  // Leaving works in every state of the page, while its settings load or fail too.
  on: {
    back: { target: '#auth.signedIn.screen.home', actions: 'clearProblems' },
    ...TO_PAGES,
    'account.changePassword': { target: '#auth.signedIn.screen.changePassword', actions: 'clearProblems' },
  },
  states: {
    loading: {
      tags: 'busy',
      invoke: {
        src: 'getMfaSettings',
        input: ({ context }) => ({ accessToken: accessTokenOf(context) }),
        onDone: {
          target: 'ready',
          actions: { type: 'takeMfaSettings', params: ({ event }) => ({ settings: event.output }) },
        },
        onError: [tokensGone, { target: 'failed', actions: 'showFailure' }],
      },
    },
    failed: {
      on: { 'account.retry': { target: 'loading', actions: 'clearProblems' }, ...SIGN_OUT },
    },
    ready: {
      on: {
        ...SIGN_OUT,
        'account.setUpTotp': { target: '#auth.totpSetup', actions: 'clearProblems' },
        // Never the only factor of a pool that requires one (the guard says why).
        'account.turnOff': { guard: 'canTurnOff', target: 'saving', actions: 'clearProblems' },
        'account.prefer': { target: 'saving', actions: 'clearProblems' },
        // The passkeys page lists them at once: only once this page is not waiting for an answer.
        'account.passkeys': { guard: 'choiceBased', target: '#auth.signedIn.screen.passkeys', actions: 'clearProblems' },
      },
    },
    saving: {
      tags: 'busy',
      invoke: {
        src: 'setMfaPreference',
        input: ({ context, event }) => {
          assertEvent(event, ['account.turnOff', 'account.prefer']);
          const { mfa } = event;
          return event.type === 'account.turnOff'
            ? { accessToken: accessTokenOf(context), enabled: { [mfa]: false }, preferred: undefined }
            : { accessToken: accessTokenOf(context), enabled: { [mfa]: true }, preferred: mfa };
        },
        onDone: { target: 'loading', actions: note('mfaUpdated') },
        onError: [tokensGone, { target: 'ready', actions: 'showFailure' }],
      },
    },
  },
});

export const signedIn = authSetup.createStateConfig({
  type: 'parallel',
  on: {
    // The person signed out in another tab of this site (src/session/tabs.ts).
    'session.signedOutElsewhere': { target: '#auth.signIn', actions: ['forgetTokens', note('signedOutElsewhere')] },
  },
  states: {
    tokens,
    screen: {
      initial: 'home',
      states: {
        home: {
          on: {
            'signedIn.openAccount': { target: 'account', actions: 'clearProblems' },
            'signedIn.signOut': { target: 'signingOut', actions: 'clearProblems' },
            'signedIn.signOutEverywhere': { target: 'signingOutEverywhere', actions: 'clearProblems' },
          },
        },
        account,
        changePassword,
        passkeys,
        /** Right after a password sign-in: add a passkey? (flows/passkey-offer.ts) */
        passkeyOffer,
        /** Revoke the refresh token (and the access tokens issued from it), then forget them all. */
        signingOut: {
          tags: 'busy',
          invoke: {
            src: 'revoke',
            input: ({ context }) => ({ refreshToken: context.tokens?.refreshToken ?? '' }),
            // Signing out must never fail for the person: the tokens are dropped either way.
            onDone: { target: '#auth.signIn', actions: ['forgetTokens', note('signedOut')] },
            onError: { target: '#auth.signIn', actions: ['forgetTokens', note('signedOut')] },
          },
        },
        /** GlobalSignOut: every session of this person, on every device, ends. */
        signingOutEverywhere: {
          tags: 'busy',
          invoke: {
            src: 'globalSignOut',
            input: ({ context }) => ({ accessToken: accessTokenOf(context) }),
            onDone: { target: '#auth.signIn', actions: ['forgetTokens', note('signedOutEverywhere')] },
            onError: [
              // Already revoked elsewhere: the outcome the person asked for.
              {
                guard: { type: 'failedWith', params: { codes: ['signedOut'] } },
                target: '#auth.signIn',
                actions: ['forgetTokens', note('signedOutEverywhere')],
              },
              { target: 'home', actions: 'showFailure' },
            ],
          },
        },
      },
    },
  },
});

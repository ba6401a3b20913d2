/**
 * Signed in: two things at once, keeping the tokens fresh and the signed-in screens (home, the
 * account page, changing the password, signing out).
 */
import { assertEvent } from 'xstate';
import { authSetup } from '../setup';
import { accessTokenOf } from '../readers';
import { changePassword } from './passwords';
import { note, tokensGone } from './shared';
import { passkeys } from './passkeys';

/**
 * The refresh (REFRESH_TOKEN_AUTH) and where a failure leads: only a refusal from Cognito ends
 * the session (the refresh token revoked, expired or not taken: tokensGone, which says which;
 * the user disabled). Anything else, no answer above all, goes to `failed`, to be tried again
 * however long the outage lasts, the tokens kept.
 */
function refreshingTo(failed: string) {
  return authSetup.createStateConfig({
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
        { target: failed, actions: 'countRefreshFailure' },
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
  states: {
    fresh: {
      after: { refreshDue: 'refreshing' },
    },
    refreshing: refreshingTo('retrying'),
    /** The tokens still work: try again after a back-off or once online; when they expire, say so. */
    retrying: {
      always: { guard: 'tokensExpired', target: 'reconnecting' },
      after: { refreshBackoff: 'refreshing', tokensLeft: 'reconnecting' },
      on: { 'connection.online': 'refreshing' },
    },
    /** The tokens have expired and no refresh got through yet: the page says it is reconnecting. */
    reconnecting: {
      tags: 'reconnecting',
      initial: 'waiting',
      states: {
        waiting: {
          after: { refreshBackoff: 'refreshing' },
          on: { 'connection.online': 'refreshing' },
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
      on: { 'account.retry': { target: 'loading', actions: 'clearProblems' } },
    },
    ready: {
      on: {
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

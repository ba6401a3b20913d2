/**
 * Signed in: two things at once, keeping the tokens fresh and the signed-in screens (home, the
 * account page, changing the password, signing out).
 */
import { assertEvent } from 'xstate';
import { authSetup } from '../setup';
import { accessTokenOf } from '../readers';
import { changePassword } from './passwords';
import { note, tokensGone } from './shared';

/** Refreshed shortly before they expire; a refresh that fails for the network is tried again. */
const tokens = authSetup.createStateConfig({
  initial: 'fresh',
  states: {
    fresh: {
      after: { refreshDue: 'refreshing' },
    },
    refreshing: {
      invoke: {
        src: 'refresh',
        input: ({ context }) => ({ refreshToken: context.tokens?.refreshToken ?? '' }),
        onDone: {
          target: 'fresh',
          actions: { type: 'takeTokens', params: ({ event }) => ({ tokens: event.output }) },
        },
        // A refresh token that is revoked or expired ends the session; anything else
        // (the network) is tried again a little later while the tokens still work.
        onError: [
          tokensGone,
          {
            guard: ({ context }) => (context.tokens?.expiresAt ?? 0) <= Date.now(),
            target: '#auth.signIn',
            actions: ['forgetTokens', note('sessionEnded')],
          },
          { target: 'retrying' },
        ],
      },
    },
    retrying: {
      after: { 15_000: 'refreshing' },
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
        'account.turnOff': { target: 'saving', actions: 'clearProblems' },
        'account.prefer': { target: 'saving', actions: 'clearProblems' },
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

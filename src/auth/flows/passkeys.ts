/**
 * The signed-in person's passkeys, from the account page: listed (ListWebAuthnCredentials), added
 * (StartWebAuthnRegistration, the browser's prompt, CompleteWebAuthnRegistration, each with the
 * access token) and deleted after a confirmation (DeleteWebAuthnCredential).
 */
import { assertEvent } from 'xstate';
import { authSetup } from '../setup';
import { accessTokenOf } from '../readers';
import { note, tokensGone } from './shared';
import { outputOf } from './user-auth';

/** Failures of a call with the access token: signed out when it is no longer good, else said on the page. */
const failedOnPage = [tokensGone, { target: 'ready', actions: 'showFailure' }] as const;

export const passkeys = authSetup.createStateConfig({
  initial: 'loading',
  // Leaving works in every state of the page; a late answer goes nowhere.
  on: { back: { target: '#auth.signedIn.screen.account', actions: ['clearProblems', 'forgetPasskeyToDelete'] } },
  states: {
    loading: {
      tags: 'busy',
      invoke: {
        src: 'listPasskeys',
        input: ({ context }) => ({ accessToken: accessTokenOf(context) }),
        onDone: { target: 'ready', actions: { type: 'takePasskeys', params: ({ event }) => ({ passkeys: event.output }) } },
        onError: [tokensGone, { target: 'failed', actions: 'showFailure' }],
      },
    },
    failed: {
      on: { 'passkeys.retry': { target: 'loading', actions: 'clearProblems' } },
    },
    ready: {
      on: {
        'passkeys.add': { target: 'starting', actions: 'clearProblems' },
        'passkeys.delete': { target: 'confirmingDelete', actions: 'choosePasskeyToDelete' },
      },
    },
    starting: {
      tags: 'busy',
      invoke: {
        src: 'startPasskeyRegistration',
        input: ({ context }) => ({ accessToken: accessTokenOf(context) }),
        onDone: 'creating',
        onError: failedOnPage,
      },
    },
    creating: {
      tags: 'busy',
      invoke: {
        src: 'createPasskey',
        input: ({ event }) => ({ options: outputOf(event) }),
        onDone: 'completing',
        onError: { target: 'ready', actions: 'showFailure' },
      },
    },
    completing: {
      tags: 'busy',
      invoke: {
        src: 'completePasskeyRegistration',
        input: ({ context, event }) => ({ accessToken: accessTokenOf(context), credential: outputOf(event) }),
        onDone: { target: 'loading', actions: note('passkeyAdded') },
        onError: failedOnPage,
      },
    },
    /** "Delete this passkey?": nothing is sent before the person confirms. */
    confirmingDelete: {
      on: {
        'passkeys.confirmDelete': 'deleting',
        'passkeys.cancelDelete': { target: 'ready', actions: 'forgetPasskeyToDelete' },
      },
    },
    deleting: {
      tags: 'busy',
      invoke: {
        src: 'deletePasskey',
        input: ({ context, event }) => {
          assertEvent(event, 'passkeys.confirmDelete');
          return { accessToken: accessTokenOf(context), id: context.passkeyToDelete ?? '' };
        },
        onDone: { target: 'loading', actions: note('passkeyDeleted') },
        onError: [tokensGone, { target: 'ready', actions: ['forgetPasskeyToDelete', 'showFailure'] }],
      },
    },
  },
});

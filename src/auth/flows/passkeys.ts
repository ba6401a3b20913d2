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

/**
 * Adding a passkey: Cognito's options for it (StartWebAuthnRegistration), the browser's prompt to
 * create it, then Cognito keeping it (CompleteWebAuthnRegistration), the calls with the access
 * token. The passkeys page and the offer after a password sign-in take these very steps and differ
 * only in where they lead: `failed` when the prompt gives no passkey or Cognito refuses (said
 * there; tokens no longer good sign out), `added` once the passkey is kept.
 */
export function addingPasskey(to: { failed: string; added: string }) {
  const failed = [tokensGone, { target: to.failed, actions: 'showFailure' }] as const;
  return {
    starting: authSetup.createStateConfig({
      tags: 'busy',
      invoke: {
        src: 'startPasskeyRegistration',
        input: ({ context }) => ({ accessToken: accessTokenOf(context) }),
        onDone: 'creating',
        onError: failed,
      },
    }),
    /** The browser's prompt to create the passkey. */
    creating: authSetup.createStateConfig({
      tags: 'busy',
      invoke: {
        src: 'createPasskey',
        input: ({ event }) => ({ options: outputOf(event) }),
        onDone: 'completing',
        onError: { target: to.failed, actions: 'showFailure' },
      },
    }),
    completing: authSetup.createStateConfig({
      tags: 'busy',
      invoke: {
        src: 'completePasskeyRegistration',
        input: ({ context, event }) => ({ accessToken: accessTokenOf(context), credential: outputOf(event) }),
        onDone: { target: to.added, actions: note('passkeyAdded') },
        onError: failed,
      },
    }),
  };
}

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
    ...addingPasskey({ failed: 'ready', added: 'loading' }),
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

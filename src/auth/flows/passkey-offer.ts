/**
 * After a password sign-in on a page that offers passkeys: once per person on this device, an
 * offer to add a passkey before the signed-in page ("Add a passkey" runs StartWebAuthnRegistration,
 * the browser's prompt and CompleteWebAuthnRegistration, as on the passkeys page; "Not now" goes
 * on). Deciding never holds the sign-in up: the device's memory is asked first (no network), then
 * ListWebAuthnCredentials (someone with a passkey is not offered one); a failure of either, or no
 * answer within OFFER_CHECK_MOST_MS (the delay `offerCheckMost`), goes on to the signed-in page
 * without the offer.
 */
import { authSetup } from '../setup';
import { accessTokenOf, offeredPersonOf } from '../readers';
import { addingPasskey } from './passkeys';

const HOME = '#auth.signedIn.screen.home';
const goOn = { target: HOME } as const;

export const passkeyOffer = authSetup.createStateConfig({
  initial: 'checking',
  states: {
    /** Offered to this person on this device before, or no WebAuthn here: on at once. */
    checking: {
      tags: 'busy',
      after: { offerCheckMost: goOn },
      invoke: {
        src: 'passkeyOfferDue',
        input: ({ context }) => offeredPersonOf(context),
        onDone: [{ guard: 'offerDue', target: 'listing' }, goOn],
        onError: goOn,
      },
    },
    /** Someone who has a passkey already is not offered one; a failed list skips the offer. */
    listing: {
      tags: 'busy',
      after: { offerCheckMost: goOn },
      invoke: {
        src: 'listPasskeys',
        input: ({ context }) => ({ accessToken: accessTokenOf(context) }),
        onDone: [{ guard: 'noPasskeys', target: 'offer' }, goOn],
        onError: goOn,
      },
    },
    /** The offer on screen: remembered at once, so it is shown once whatever the person does. */
    offer: {
      entry: 'rememberPasskeyOffer',
      on: {
        'passkeyOffer.add': { target: 'starting', actions: 'clearProblems' },
        'passkeyOffer.skip': { target: HOME, actions: 'clearProblems' },
      },
    },
    ...addingPasskey({ failed: 'failed', added: HOME }),
    /** Adding failed (the prompt closed, or Cognito refused): try again, or go on without one. */
    failed: {
      on: {
        'passkeyOffer.add': { target: 'starting', actions: 'clearProblems' },
        'passkeyOffer.skip': { target: HOME, actions: 'clearProblems' },
      },
    },
  },
});

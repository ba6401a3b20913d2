/**
 * The auth actor: the statechart, XState and the Cognito actors. Its own chunk, fetched as boot
 * starts and not waited for: the sign-in form is on screen before it arrives (see first-screen.ts).
 */
import { createActor, type Actor } from 'xstate';
import { authMachine, type AuthInput, type AuthMachine } from '../auth/machine';
import { cognitoActors } from '../auth/actors';
import type { CognitoClient } from '../auth/client';
import { passkeyActors, passkeyOfferActors, type PasskeyOfferPort, type PasskeyPort } from '../auth/passkeys';
import { offeredPersonOf } from '../auth/readers';
import { browserPasskeyOffers, browserPasskeys } from '../lib/webauthn';

/**
 * `passkeys`: the browser's prompt, or a scripted one (the designers' previews); `offers`: the
 * passkey offer's memory on this device, or a scripted one; `delays`: named delays of the machine
 * to replace (a preview of the offer's checks holds them past their time limit).
 */
export function createAuthActor(
  client: CognitoClient,
  input: AuthInput,
  passkeys: PasskeyPort = browserPasskeys(),
  offers: PasskeyOfferPort = browserPasskeyOffers(),
  delays: { offerCheckMost?: number } = {},
): Actor<AuthMachine> {
  const actors = { ...cognitoActors(client), ...passkeyActors(passkeys), ...passkeyOfferActors(offers) };
  const actions = { rememberPasskeyOffer: ({ context }: { context: AuthMachine['config']['context'] }) => offers.remember(offeredPersonOf(context as never)) };
  return createActor(authMachine.provide({ actors, actions, delays }), { input });
}

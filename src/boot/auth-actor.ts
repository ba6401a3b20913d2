/**
 * The auth actor: the statechart, XState and the Cognito actors. Its own chunk, fetched as boot
 * starts and not waited for: the sign-in form is on screen before it arrives (see first-screen.ts).
 */
import { createActor, type Actor } from 'xstate';
import { authMachine, type AuthInput, type AuthMachine } from '../auth/machine';
import { cognitoActors } from '../auth/actors';
import type { CognitoClient } from '../auth/client';
import { passkeyActors, type PasskeyPort } from '../auth/passkeys';
import { browserPasskeys } from '../lib/webauthn';

/** `passkeys`: the browser's prompt, or a scripted one (the designers' previews). */
export function createAuthActor(client: CognitoClient, input: AuthInput, passkeys: PasskeyPort = browserPasskeys()): Actor<AuthMachine> {
  const actors = { ...cognitoActors(client), ...passkeyActors(passkeys) };
  return createActor(authMachine.provide({ actors }), { input });
}

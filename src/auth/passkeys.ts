/**
 * The browser's passkey prompt, as the machine sees it: a port provided at startup like the
 * Cognito client (src/lib/webauthn.ts is the browser's; tests and previews may script another),
 * so the statechart never touches a browser API. Each method rejects with an AuthError
 * (passkeyCancelled, passkeyExists, passkeyWrongDomain, passkeyUnsupported).
 */
import { fromPromise } from 'xstate';
import { AuthError } from './errors';

export interface PasskeyPort {
  /** navigator.credentials.get with Cognito's CREDENTIAL_REQUEST_OPTIONS; the assertion as JSON text. */
  get(options: string, signal: AbortSignal): Promise<string>;
  /** navigator.credentials.create with StartWebAuthnRegistration's options; RegistrationResponseJSON as text. */
  create(options: string, signal: AbortSignal): Promise<string>;
}

/** The machine's two prompt actors; leaving the state aborts the browser's prompt. */
export function passkeyActors(port: PasskeyPort) {
  return {
    getPasskey: fromPromise<string, { options: string }>(({ input, signal }) => port.get(input.options, signal)),
    createPasskey: fromPromise<string, { options: string }>(({ input, signal }) => port.create(input.options, signal)),
  };
}

/** Stands in until a port is provided: as a browser without WebAuthn. */
export const NO_PASSKEYS: PasskeyPort = {
  get: () => Promise.reject(new AuthError('passkeyUnsupported')),
  create: () => Promise.reject(new AuthError('passkeyUnsupported')),
};

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

/**
 * Whether to offer a passkey after a password sign-in, remembered per person on this device
 * (src/lib/webauthn.ts keeps a SHA-256 hash of the pool and the person's `sub`, nothing else).
 * `due` answers false where the browser has no WebAuthn or nothing can be remembered.
 */
export interface PasskeyOfferPort {
  due(person: OfferedPerson): Promise<boolean>;
  remember(person: OfferedPerson): void;
}

/** Who is signed in, from the ID token: the pool that issued it (`iss`) and the person (`sub`). */
export interface OfferedPerson {
  issuer: string;
  sub: string;
}

/** The machine's check; the remembering is an action (setup.ts `rememberPasskeyOffer`). */
export function passkeyOfferActors(port: PasskeyOfferPort) {
  return {
    passkeyOfferDue: fromPromise<boolean, OfferedPerson>(({ input }) => port.due(input)),
  };
}

/** Stands in until a port is provided: never offers, remembers nothing. */
export const NO_OFFERS: PasskeyOfferPort = {
  due: () => Promise.resolve(false),
  remember: () => undefined,
};

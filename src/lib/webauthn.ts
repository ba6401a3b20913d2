/**
 * The browser's passkey prompt behind the machine's PasskeyPort (src/auth/passkeys.ts). Options
 * and answers travel as WebAuthn's JSON forms (PublicKeyCredentialRequestOptionsJSON and
 * CreationOptionsJSON in; AuthenticationResponseJSON and RegistrationResponseJSON out), which
 * is what Cognito sends and takes (API RespondToAuthChallenge CREDENTIAL,
 * CompleteWebAuthnRegistration Credential). Where the browser has
 * PublicKeyCredential.parse…OptionsFromJSON and toJSON they do the work; elsewhere a small
 * base64url fallback converts the binary members. No library.
 */
import { AuthError, type AuthErrorCode } from '../auth/errors';
import type { OfferedPerson, PasskeyOfferPort, PasskeyPort } from '../auth/passkeys';

type Json = Record<string, unknown>;

interface PublicKeyCredentialStatics {
  parseRequestOptionsFromJSON?: (options: Json) => PublicKeyCredentialRequestOptions;
  parseCreationOptionsFromJSON?: (options: Json) => PublicKeyCredentialCreationOptions;
}

/** The DOMException names WebAuthn rejects with, and what each means here (WebAuthn Level 3, §5.1.3, §5.1.4). */
const DOM_ERRORS: Record<string, AuthErrorCode> = {
  // Cancelled, timed out, or no credential for this relying party on this device: browsers
  // answer all three the same way, so a site cannot probe which passkeys exist.
  NotAllowedError: 'passkeyCancelled',
  AbortError: 'passkeyCancelled',
  // At create: excludeCredentials named a credential this authenticator holds.
  InvalidStateError: 'passkeyExists',
  // The rpId is not this page's registrable domain or a suffix of it.
  SecurityError: 'passkeyWrongDomain',
  NotSupportedError: 'passkeyUnsupported',
};

export function bytesFromBase64url(text: string): ArrayBuffer {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

export function base64urlFromBytes(buffer: ArrayBuffer | ArrayBufferView): string {
  const bytes = buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A list of credential descriptors with base64url ids, with the ids as bytes. */
function descriptors(list: unknown): PublicKeyCredentialDescriptor[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.map((item: Json) => ({ ...item, id: bytesFromBase64url(String(item.id)) }) as PublicKeyCredentialDescriptor);
}

/** The fallback for browsers without parseRequestOptionsFromJSON. */
export function requestOptionsFromJson(options: Json): PublicKeyCredentialRequestOptions {
  return {
    ...options,
    challenge: bytesFromBase64url(String(options.challenge)),
    allowCredentials: descriptors(options.allowCredentials),
  } as PublicKeyCredentialRequestOptions;
}

/** The fallback for browsers without parseCreationOptionsFromJSON. */
export function creationOptionsFromJson(options: Json): PublicKeyCredentialCreationOptions {
  const user = options.user as Json;
  return {
    ...options,
    challenge: bytesFromBase64url(String(options.challenge)),
    user: { ...user, id: bytesFromBase64url(String(user.id)) },
    excludeCredentials: descriptors(options.excludeCredentials),
  } as PublicKeyCredentialCreationOptions;
}

/** The fallback for browsers without PublicKeyCredential.toJSON: binary members as base64url. */
export function credentialToJson(credential: PublicKeyCredential): Json {
  const response = credential.response;
  const encoded: Json = { clientDataJSON: base64urlFromBytes(response.clientDataJSON) };
  if ('attestationObject' in response) {
    const attestation = response as AuthenticatorAttestationResponse;
    encoded.attestationObject = base64urlFromBytes(attestation.attestationObject);
    encoded.transports = attestation.getTransports?.() ?? [];
  } else {
    const assertion = response as AuthenticatorAssertionResponse;
    encoded.authenticatorData = base64urlFromBytes(assertion.authenticatorData);
    encoded.signature = base64urlFromBytes(assertion.signature);
    if (assertion.userHandle) encoded.userHandle = base64urlFromBytes(assertion.userHandle);
  }
  return {
    id: credential.id,
    rawId: base64urlFromBytes(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
    clientExtensionResults: credential.getClientExtensionResults(),
    response: encoded,
  };
}

function asJson(credential: PublicKeyCredential): Json {
  return typeof credential.toJSON === 'function' ? (credential.toJSON() as Json) : credentialToJson(credential);
}

function failure(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  const code = DOM_ERRORS[(error as { name?: string })?.name ?? ''] ?? 'passkeyCancelled';
  return new AuthError(code, { cause: error });
}

/** The port on this browser; one without WebAuthn rejects every prompt as unsupported. */
export function browserPasskeys(): PasskeyPort {
  const statics = (globalThis.PublicKeyCredential ?? undefined) as unknown as PublicKeyCredentialStatics | undefined;
  const available = () => {
    if (!statics || !navigator.credentials) throw new AuthError('passkeyUnsupported');
  };
  /** One ceremony: the options read from their JSON form, the browser's prompt, its answer as JSON text. */
  async function ceremony(text: string, signal: AbortSignal, kind: 'get' | 'create'): Promise<string> {
    try {
      available();
      const options = JSON.parse(text) as Json;
      const asked =
        kind === 'get'
          ? navigator.credentials.get({ publicKey: statics?.parseRequestOptionsFromJSON?.(options) ?? requestOptionsFromJson(options), signal })
          : navigator.credentials.create({ publicKey: statics?.parseCreationOptionsFromJSON?.(options) ?? creationOptionsFromJson(options), signal });
      const credential = (await asked) as PublicKeyCredential | null;
      if (!credential) throw new AuthError('passkeyCancelled');
      return JSON.stringify(asJson(credential));
    } catch (error) {
      throw failure(error);
    }
  }
  return {
    get: (text, signal) => ceremony(text, signal, 'get'),
    create: (text, signal) => ceremony(text, signal, 'create'),
  };
}

/** Whether this browser can show a passkey prompt at all (the sign-in form offers the button only then). */
export function passkeysAvailable(): boolean {
  return typeof globalThis.PublicKeyCredential === 'function' && !!globalThis.navigator?.credentials;
}

/** Where the passkey offer's memory is kept: SHA-256 hashes, hex, space-separated; the newest last. */
export const OFFERED_KEY = 'signin.passkeyOffered';
/** How many people one device remembers having offered a passkey (the oldest are forgotten). */
const OFFERED_MOST = 20;

/** SHA-256 of the pool (the ID token's issuer names it) and the person's `sub`, as hex: nothing else is stored. */
export async function offeredHash({ issuer, sub }: OfferedPerson): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${issuer}\n${sub}`));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function offeredList(storage: Storage): string[] {
  return (storage.getItem(OFFERED_KEY) ?? '').split(' ').filter(Boolean);
}

/**
 * The passkey offer's memory on this device (localStorage). Not due where the browser has no
 * WebAuthn or no SubtleCrypto, where storage is unavailable (nothing could be remembered: the
 * offer would come back every time), or for a token without `sub`.
 */
export function browserPasskeyOffers(storage: () => Storage = () => localStorage): PasskeyOfferPort {
  return {
    async due(person) {
      if (!passkeysAvailable() || !globalThis.crypto?.subtle || !person.sub) return false;
      try {
        const hash = await offeredHash(person);
        return !offeredList(storage()).includes(hash);
      } catch {
        return false;
      }
    },
    remember(person) {
      if (!globalThis.crypto?.subtle || !person.sub) return;
      void offeredHash(person)
        .then((hash) => {
          const kept = offeredList(storage()).filter((item) => item !== hash);
          storage().setItem(OFFERED_KEY, [...kept, hash].slice(-OFFERED_MOST).join(' '));
        })
        .catch(() => undefined);
    },
  };
}

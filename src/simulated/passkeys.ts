/**
 * Passkeys of the simulated pool: StartWebAuthnRegistration, CompleteWebAuthnRegistration,
 * ListWebAuthnCredentials and DeleteWebAuthnCredential (each with the signed-in user's access
 * token), and the options of a WEB_AUTHN sign-in challenge. webauthn.ts checks the credentials.
 *
 * Shapes as Cognito sends them (the amplify-js test data of its passkey support, taken from the
 * service): creation options `{rp:{id,name}, user:{id,name,displayName}, challenge,
 * pubKeyCredParams:[ES256, RS256], timeout:60000, excludeCredentials,
 * authenticatorSelection:{requireResidentKey:true, residentKey:"required", userVerification}}`,
 * and request options `{hints:[], attestation:"none", attestationFormats:[], challenge,
 * timeout:180000, rpId, allowCredentials:[{id,type}], userVerification}`, challenges of 16 random
 * bytes in base64url, the user handle the base64url of the user's `sub`.
 */

import { fail, type MessageKey } from './messages';
import type { PoolSettings } from './settings';
import { optionalString, requiredString, type Body, type PoolState } from './state';
import { base64UrlEncode, base64UrlEncodeText, randomBytes } from './totp';
import type { Passkey, UserRecord } from './users';
import { ES256, RS256, WebAuthnFailure, verifyRegistration, type RelyingParty, type WebAuthnProblem } from './webauthn';

/** Design choice: as many passkeys as ListWebAuthnCredentials returns at once (MaxResults ≤ 20). */
export const MAX_PASSKEYS = 20;
/** Design choice: how long a registration challenge stays usable (the options ask browsers for 60 s). */
const REGISTRATION_TTL_MS = 5 * 60_000;
const CREATION_TIMEOUT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 180_000;

/** WebAuthnConfiguration.RelyingPartyId, or the page's hostname where none is set. */
export function relyingPartyId(settings: PoolSettings): string {
  return settings.webAuthnRelyingPartyId ?? globalThis.location?.hostname ?? 'localhost';
}

export function relyingParty(settings: PoolSettings, challenge: string): RelyingParty {
  return { rpId: relyingPartyId(settings), challenge, userVerificationRequired: settings.webAuthnUserVerification === 'required' };
}

export function newChallenge(): string {
  return base64UrlEncode(randomBytes(16));
}

/** The user's passkeys for the pool's relying party (a passkey of another RP ID cannot sign in here). */
export function usablePasskeys(settings: PoolSettings, user: UserRecord): Passkey[] {
  const rpId = relyingPartyId(settings);
  return user.passkeys.filter((passkey) => passkey.relyingPartyId === rpId);
}

/** CREDENTIAL_REQUEST_OPTIONS of a WEB_AUTHN challenge: a JSON string of PublicKeyCredentialRequestOptionsJSON. */
export function requestOptions(settings: PoolSettings, user: UserRecord, challenge: string): string {
  return JSON.stringify({
    hints: [],
    attestation: 'none',
    attestationFormats: [],
    challenge,
    timeout: REQUEST_TIMEOUT_MS,
    rpId: relyingPartyId(settings),
    allowCredentials: usablePasskeys(settings, user).map((passkey) => ({ id: passkey.id, type: 'public-key' })),
    userVerification: settings.webAuthnUserVerification,
  });
}

function passkeyUser(state: PoolState, body: Body): UserRecord {
  const user = state.userFromAccessToken(requiredString(body, 'AccessToken'));
  if (!state.settings.firstAuthFactors.includes('WEB_AUTHN')) throw fail('webAuthnNotEnabled');
  return user;
}

export function startWebAuthnRegistration(state: PoolState, body: Body): Body {
  const user = passkeyUser(state, body);
  if (user.passkeys.length >= MAX_PASSKEYS) throw fail('passkeyLimit', { limit: String(MAX_PASSKEYS) });
  const challenge = newChallenge();
  user.pendingRegistration = { challenge, expiresAt: state.now() + REGISTRATION_TTL_MS };
  const rpId = relyingPartyId(state.settings);
  return {
    CredentialCreationOptions: {
      rp: { id: rpId, name: rpId },
      // Design choice: the email (the username attribute) names the passkey in the person's passkey manager.
      user: { id: base64UrlEncodeText(user.sub), name: user.email, displayName: '' },
      challenge,
      pubKeyCredParams: [ES256, RS256].map((alg) => ({ type: 'public-key', alg })),
      timeout: CREATION_TIMEOUT_MS,
      excludeCredentials: user.passkeys.map((passkey) => ({ type: 'public-key', id: passkey.id })),
      authenticatorSelection: {
        requireResidentKey: true,
        residentKey: 'required',
        userVerification: state.settings.webAuthnUserVerification,
      },
    },
  };
}

/** Words for what a credential failed on, for the error messages. */
export const PROBLEM_TEXT: Record<WebAuthnProblem, string> = {
  malformed: 'the credential cannot be read',
  type: 'the credential was made for another ceremony',
  challenge: 'the challenge is not the one the pool issued',
  origin: 'its origin is not allowed for the relying party',
  rpId: 'the credential is for another relying party',
  userPresence: 'the authenticator did not test user presence',
  userVerification: 'the authenticator did not verify the user',
  unsupported: 'its algorithm or attestation format is not supported',
  signature: 'the signature does not match the passkey',
  signCount: 'the signature counter did not increase (a cloned authenticator or a replay)',
};

const REGISTRATION_ERRORS: Record<WebAuthnProblem, MessageKey> = {
  malformed: 'credentialMalformed',
  type: 'registrationMismatch',
  challenge: 'registrationMismatch',
  origin: 'originNotAllowed',
  rpId: 'relyingPartyMismatch',
  userPresence: 'credentialNotSupported',
  userVerification: 'credentialNotSupported',
  unsupported: 'credentialNotSupported',
  signature: 'credentialMalformed',
  signCount: 'credentialMalformed',
};

/** Design choice: Cognito names a passkey after its authenticator; the simulated pool after its attachment. */
function friendlyName(attachment: Passkey['attachment']): string {
  if (attachment === 'platform') return 'Passkey on this device';
  if (attachment === 'cross-platform') return 'Security key';
  return 'Passkey';
}

export function completeWebAuthnRegistration(state: PoolState, body: Body): Body {
  const user = passkeyUser(state, body);
  const pending = user.pendingRegistration;
  if (!pending || pending.expiresAt <= state.now()) throw fail('registrationNotFound');
  const rp = relyingParty(state.settings, pending.challenge);
  let verified;
  try {
    verified = verifyRegistration(body.Credential, rp);
  } catch (error) {
    if (!(error instanceof WebAuthnFailure)) throw error;
    throw fail(REGISTRATION_ERRORS[error.problem], { reason: PROBLEM_TEXT[error.problem], rpId: rp.rpId });
  }
  // excludeCredentials keeps an authenticator from registering twice; one that does is refused.
  if (user.passkeys.some((passkey) => passkey.id === verified.id)) {
    throw fail('registrationMismatch', { reason: 'the passkey is already registered' });
  }
  user.pendingRegistration = undefined;
  user.passkeys.push({
    ...verified,
    name: friendlyName(verified.attachment),
    relyingPartyId: rp.rpId,
    createdAt: state.now(),
  });
  return {};
}

function describe(passkey: Passkey): Body {
  return {
    CredentialId: passkey.id,
    FriendlyCredentialName: passkey.name,
    RelyingPartyId: passkey.relyingPartyId,
    ...(passkey.attachment ? { AuthenticatorAttachment: passkey.attachment } : {}),
    AuthenticatorTransports: passkey.transports,
    // AWS JSON 1.1 timestamps are epoch seconds.
    CreatedAt: passkey.createdAt / 1000,
  };
}

/**
 * Design choice: NextToken is the position of the next passkey; MaxResults defaults to 20. Listing
 * needs no passkey feature: the model names no WebAuthn error for it.
 */
export function listWebAuthnCredentials(state: PoolState, body: Body): Body {
  const user = state.userFromAccessToken(requiredString(body, 'AccessToken'));
  const next = optionalString(body, 'NextToken');
  const start = next === undefined ? 0 : Number(next);
  if (!Number.isInteger(start) || start < 0) throw fail('invalidNextToken');
  const max = typeof body.MaxResults === 'number' ? body.MaxResults : MAX_PASSKEYS;
  const page = user.passkeys.slice(start, start + max);
  const end = start + page.length;
  return { Credentials: page.map(describe), ...(end < user.passkeys.length ? { NextToken: String(end) } : {}) };
}

export function deleteWebAuthnCredential(state: PoolState, body: Body): Body {
  const user = state.userFromAccessToken(requiredString(body, 'AccessToken'));
  const id = requiredString(body, 'CredentialId');
  const index = user.passkeys.findIndex((passkey) => passkey.id === id);
  if (index < 0) throw fail('passkeyNotFound');
  user.passkeys.splice(index, 1);
  return {};
}

/**
 * WebAuthn verification for the simulated pool: the relying party's half of the two ceremonies of
 * W3C Web Authentication Level 3, §7.1 "Registering a New Credential" (CompleteWebAuthnRegistration)
 * and §7.2 "Verifying an Authentication Assertion" (the WEB_AUTHN challenge), with a small CBOR
 * decoder (RFC 8949, the definite-length subset CTAP2 authenticators write) and COSE keys (RFC 9053:
 * ES256 on P-256, RS256).
 *
 * Synchronous, as the whole simulated pool is (totp.ts says why it avoids crypto.subtle): ECDSA and
 * SHA-256 come from @noble/curves and @noble/hashes, pure JavaScript that runs in the page and in
 * Node alike; RSA's PKCS#1 v1.5 check (RFC 8017 §8.2.2) is a BigInt power. None of it is in a real
 * pool's build: Cognito does this on its side.
 *
 * Attestation: the formats `none` and `packed` self-attestation (§8.2, no x5c). Browsers send `none`
 * when the options ask for no attestation, as Cognito's do (`"attestation":"none"`); anything else
 * is refused as unsupported rather than trusted unchecked.
 */

import { p256 } from '@noble/curves/nist.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { isPlainObject } from './validate';
import { base64UrlDecode, base64UrlEncode } from './totp';

/** What a credential failed on, in the order the specification checks. */
export type WebAuthnProblem =
  | 'malformed'
  | 'type'
  | 'challenge'
  | 'origin'
  | 'rpId'
  | 'userPresence'
  | 'userVerification'
  | 'unsupported'
  | 'signature'
  | 'signCount';

export class WebAuthnFailure extends Error {
  constructor(readonly problem: WebAuthnProblem) {
    super(`WebAuthn credential refused: ${problem}`);
  }
}

function refuse(problem: WebAuthnProblem): never {
  throw new WebAuthnFailure(problem);
}

// ---------------------------------------------------------------------------------------------
// CBOR

export type Cbor = number | string | Uint8Array | boolean | null | undefined | Cbor[] | Map<Cbor, Cbor>;

class CborReader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  take(length: number): Uint8Array {
    if (this.pos + length > this.bytes.length) refuse('malformed');
    const out = this.bytes.slice(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  uint(byteLength: number): number {
    let value = 0;
    for (const byte of this.take(byteLength)) value = value * 256 + byte;
    if (!Number.isSafeInteger(value)) refuse('malformed');
    return value;
  }
}

const SIMPLE_VALUES: Record<number, Cbor> = { 20: false, 21: true, 22: null, 23: undefined };

function readArgument(reader: CborReader, info: number): number {
  if (info < 24) return info;
  if (info >= 24 && info <= 27) return reader.uint(2 ** (info - 24));
  // Indefinite lengths (31) and reserved values: authenticators never write them in CTAP2 encoding.
  return refuse('malformed');
}

function readItem(reader: CborReader): Cbor {
  const [initial] = reader.take(1);
  const major = initial >> 5;
  const info = initial & 31;
  if (major === 7) return info in SIMPLE_VALUES ? SIMPLE_VALUES[info] : refuse('malformed');
  const argument = readArgument(reader, info);
  switch (major) {
    case 0:
      return argument;
    case 1:
      return -1 - argument;
    case 2:
      return reader.take(argument);
    case 3:
      return new TextDecoder('utf-8', { fatal: true }).decode(reader.take(argument));
    case 4:
      return Array.from({ length: argument }, () => readItem(reader));
    case 5: {
      const map = new Map<Cbor, Cbor>();
      for (let i = 0; i < argument; i++) map.set(readItem(reader), readItem(reader));
      return map;
    }
    default:
      // Tags (6) carry nothing WebAuthn needs; the tagged item is what counts.
      return readItem(reader);
  }
}

/** The first CBOR item of `bytes` and how many bytes it took. */
export function decodeCbor(bytes: Uint8Array, offset = 0): { value: Cbor; length: number } {
  const reader = new CborReader(bytes);
  reader.pos = offset;
  try {
    const value = readItem(reader);
    return { value, length: reader.pos - offset };
  } catch (error) {
    if (error instanceof WebAuthnFailure) throw error;
    return refuse('malformed');
  }
}

// ---------------------------------------------------------------------------------------------
// Authenticator data (§6.1)

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

interface AuthenticatorData {
  rpIdHash: Uint8Array;
  flags: number;
  signCount: number;
  /** With the AT flag: the attested credential (§6.5.1). */
  credential?: { id: Uint8Array; publicKey: Uint8Array };
}

function parseAuthenticatorData(bytes: Uint8Array): AuthenticatorData {
  const reader = new CborReader(bytes);
  const rpIdHash = reader.take(32);
  const [flags] = reader.take(1);
  const signCount = reader.uint(4);
  if (!(flags & FLAG_AT)) return { rpIdHash, flags, signCount };
  reader.take(16); // AAGUID
  const id = reader.take(reader.uint(2));
  const { length } = decodeCbor(bytes, reader.pos);
  return { rpIdHash, flags, signCount, credential: { id, publicKey: reader.take(length) } };
}

// ---------------------------------------------------------------------------------------------
// COSE keys and signatures

export const ES256 = -7;
export const RS256 = -257;

function coseKey(bytes: Uint8Array): Map<Cbor, Cbor> {
  const { value } = decodeCbor(bytes);
  return value instanceof Map ? value : refuse('malformed');
}

function bytesAt(key: Map<Cbor, Cbor>, label: number): Uint8Array {
  const value = key.get(label);
  return value instanceof Uint8Array ? value : refuse('malformed');
}

/** The COSE algorithm of a credential key: ES256 (EC2, P-256) or RS256 (RSA); anything else is unsupported. */
export function coseAlgorithm(bytes: Uint8Array): number {
  const key = coseKey(bytes);
  const kty = key.get(1);
  const alg = key.get(3);
  if (kty === 2 && alg === ES256 && key.get(-1) === 1) return ES256;
  if (kty === 3 && alg === RS256) return RS256;
  return refuse('unsupported');
}

function verifyEs256(key: Map<Cbor, Cbor>, signature: Uint8Array, data: Uint8Array): boolean {
  const x = bytesAt(key, -2);
  const y = bytesAt(key, -3);
  if (x.length !== 32 || y.length !== 32) refuse('malformed');
  const point = new Uint8Array([4, ...x, ...y]);
  try {
    // WebAuthn ES256 signatures are ASN.1 DER (§6.5.5) and may have a high S: browsers do not normalise.
    return p256.verify(signature, data, point, { format: 'der', lowS: false });
  } catch {
    return false;
  }
}

function toBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

/** DigestInfo for SHA-256 (RFC 8017 §9.2, note 1). */
const SHA256_DIGEST_INFO = [0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20];

/** RSASSA-PKCS1-v1_5 with SHA-256 (RFC 8017 §8.2.2): the signature raised to e must be the padded digest. */
function verifyRs256(key: Map<Cbor, Cbor>, signature: Uint8Array, data: Uint8Array): boolean {
  const n = toBigInt(bytesAt(key, -1));
  const e = toBigInt(bytesAt(key, -2));
  const k = Math.ceil(n.toString(16).length / 2);
  if (signature.length !== k || toBigInt(signature) >= n) return false;
  const suffix = [0, ...SHA256_DIGEST_INFO, ...sha256(data)];
  if (k < suffix.length + 11) return false;
  const expected = [0, 1, ...new Array<number>(k - suffix.length - 2).fill(0xff), ...suffix];
  return modPow(toBigInt(signature), e, n) === toBigInt(Uint8Array.from(expected));
}

function verifySignature(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): boolean {
  const algorithm = coseAlgorithm(publicKey);
  const key = coseKey(publicKey);
  return algorithm === ES256 ? verifyEs256(key, signature, data) : verifyRs256(key, signature, data);
}

// ---------------------------------------------------------------------------------------------
// The ceremonies

/**
 * Whether `origin` may use credentials of `rpId` (§5.1.4.1 and §13.4.9): its host is the RP ID or
 * a subdomain of it, over https; plain http only on `localhost`, the one insecure origin browsers
 * let use WebAuthn.
 */
export function originMatches(origin: string, rpId: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const host = url.hostname;
  if (host !== rpId && !host.endsWith(`.${rpId}`)) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && host === 'localhost');
}

export interface RelyingParty {
  rpId: string;
  /** base64url, as sent in the options. */
  challenge: string;
  userVerificationRequired: boolean;
}

interface ClientData {
  type: string;
  challenge: string;
  origin: string;
}

function field(value: Record<string, unknown>, name: string): string {
  const item = value[name];
  return typeof item === 'string' ? item : refuse('malformed');
}

function decodeField(value: Record<string, unknown>, name: string): Uint8Array {
  try {
    return base64UrlDecode(field(value, name));
  } catch (error) {
    if (error instanceof WebAuthnFailure) throw error;
    return refuse('malformed');
  }
}

function parseClientData(bytes: Uint8Array): ClientData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return refuse('malformed');
  }
  if (!isPlainObject(parsed)) refuse('malformed');
  return { type: field(parsed, 'type'), challenge: field(parsed, 'challenge'), origin: field(parsed, 'origin') };
}

/** §7.1 steps 7-12 / §7.2 steps 11-14: the client data of this ceremony, for this challenge and origin. */
function checkClientData(bytes: Uint8Array, type: 'webauthn.create' | 'webauthn.get', rp: RelyingParty): void {
  const clientData = parseClientData(bytes);
  if (clientData.type !== type) refuse('type');
  if (clientData.challenge !== rp.challenge) refuse('challenge');
  if (!originMatches(clientData.origin, rp.rpId)) refuse('origin');
}

/** §7.1 steps 13-16 / §7.2 steps 15-17: the RP ID's hash, user presence and, if required, verification. */
function checkAuthenticatorData(data: AuthenticatorData, rp: RelyingParty): void {
  const expected = sha256(new TextEncoder().encode(rp.rpId));
  if (base64UrlEncode(data.rpIdHash) !== base64UrlEncode(expected)) refuse('rpId');
  if (!(data.flags & FLAG_UP)) refuse('userPresence');
  if (rp.userVerificationRequired && !(data.flags & FLAG_UV)) refuse('userVerification');
}

/** A PublicKeyCredential serialised with toJSON(): the fields both ceremonies share. */
function credentialParts(credential: unknown): { id: string; response: Record<string, unknown>; attachment?: string } {
  if (!isPlainObject(credential) || credential.type !== 'public-key') return refuse('malformed');
  const { response, authenticatorAttachment } = credential;
  if (!isPlainObject(response)) return refuse('malformed');
  const attachment = typeof authenticatorAttachment === 'string' ? authenticatorAttachment : undefined;
  return { id: field(credential, 'id'), response, attachment };
}

/** The id a credential (RegistrationResponseJSON or AuthenticationResponseJSON) claims, if it has one. */
export function credentialId(credential: unknown): string | undefined {
  return isPlainObject(credential) && typeof credential.id === 'string' ? credential.id : undefined;
}

export interface VerifiedRegistration {
  id: string;
  publicKey: Uint8Array;
  signCount: number;
  transports: string[];
  attachment?: 'platform' | 'cross-platform';
}

const ATTACHMENTS = new Set(['platform', 'cross-platform']);

/** §8.2: `packed` self-attestation signs authenticatorData || clientDataHash with the credential's own key. */
function checkAttestation(statement: Map<Cbor, Cbor>, format: Cbor, publicKey: Uint8Array, signed: Uint8Array): void {
  if (format === 'none') return;
  if (format !== 'packed' || statement.has('x5c')) refuse('unsupported');
  const signature = statement.get('sig');
  if (statement.get('alg') !== coseAlgorithm(publicKey) || !(signature instanceof Uint8Array)) refuse('malformed');
  if (!verifySignature(publicKey, signature as Uint8Array, signed)) refuse('signature');
}

/** §7.1: a RegistrationResponseJSON for `rp`'s challenge; the credential to store, or a WebAuthnFailure. */
export function verifyRegistration(credential: unknown, rp: RelyingParty): VerifiedRegistration {
  const { id, response, attachment } = credentialParts(credential);
  const clientDataJson = decodeField(response, 'clientDataJSON');
  checkClientData(clientDataJson, 'webauthn.create', rp);
  const { value: attestation } = decodeCbor(decodeField(response, 'attestationObject'));
  if (!(attestation instanceof Map)) return refuse('malformed');
  const authData = attestation.get('authData');
  const statement = attestation.get('attStmt');
  if (!(authData instanceof Uint8Array) || !(statement instanceof Map)) return refuse('malformed');
  const data = parseAuthenticatorData(authData);
  checkAuthenticatorData(data, rp);
  if (!data.credential || base64UrlEncode(data.credential.id) !== id) return refuse('malformed');
  const { publicKey } = data.credential;
  coseAlgorithm(publicKey);
  checkAttestation(statement, attestation.get('fmt'), publicKey, concat(authData, sha256(clientDataJson)));
  const transports = Array.isArray(response.transports) ? response.transports.filter((t): t is string => typeof t === 'string') : [];
  return {
    id,
    publicKey,
    signCount: data.signCount,
    transports,
    attachment: attachment && ATTACHMENTS.has(attachment) ? (attachment as VerifiedRegistration['attachment']) : undefined,
  };
}

/** The stored key and counter an assertion is checked against. */
export interface StoredCredential {
  publicKey: Uint8Array;
  signCount: number;
}

/**
 * §7.2: an AuthenticationResponseJSON for `rp`'s challenge, signed by `stored`'s key. Returns the
 * new signature counter. A counter that does not grow means a cloned authenticator or a replay
 * (§6.1.1), unless the authenticator keeps none (both 0).
 */
export function verifyAssertion(credential: unknown, rp: RelyingParty, stored: StoredCredential): number {
  const { response } = credentialParts(credential);
  const clientDataJson = decodeField(response, 'clientDataJSON');
  checkClientData(clientDataJson, 'webauthn.get', rp);
  const authData = decodeField(response, 'authenticatorData');
  checkAuthenticatorData(parseAuthenticatorData(authData), rp);
  const signature = decodeField(response, 'signature');
  if (!verifySignature(stored.publicKey, signature, concat(authData, sha256(clientDataJson)))) refuse('signature');
  const { signCount } = parseAuthenticatorData(authData);
  if ((signCount !== 0 || stored.signCount !== 0) && signCount <= stored.signCount) refuse('signCount');
  return signCount;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

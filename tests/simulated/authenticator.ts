/**
 * A software authenticator for the simulated pool's passkey tests: a WebCrypto key pair (P-256 or
 * RSA), attestation objects and assertions encoded as a browser would hand them to the page
 * (RegistrationResponseJSON, AuthenticationResponseJSON), and knobs to break each check on purpose.
 * It shares no code with src/simulated/webauthn.ts: its CBOR encoder is its own, so the pool's
 * decoder is checked against an independent writer.
 */

import { webcrypto } from 'node:crypto';

const subtle = webcrypto.subtle;

export const ORIGIN = 'http://localhost:5173';

type CborValue = number | string | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

function head(major: number, value: number): number[] {
  if (value < 24) return [(major << 5) | value];
  if (value < 0x100) return [(major << 5) | 24, value];
  if (value < 0x10000) return [(major << 5) | 25, value >> 8, value & 0xff];
  return [(major << 5) | 26, (value >>> 24) & 0xff, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

export function cbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const write = (item: CborValue): void => {
    if (typeof item === 'number') out.push(...(item >= 0 ? head(0, item) : head(1, -1 - item)));
    else if (typeof item === 'string') {
      const bytes = new TextEncoder().encode(item);
      out.push(...head(3, bytes.length), ...bytes);
    } else if (item instanceof Uint8Array) out.push(...head(2, item.length), ...item);
    else if (Array.isArray(item)) {
      out.push(...head(4, item.length));
      item.forEach(write);
    } else {
      out.push(...head(5, item.size));
      for (const [key, entry] of item) {
        write(key);
        write(entry);
      }
    }
  };
  write(value);
  return Uint8Array.from(out);
}

export const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const fromB64url = (text: string) => new Uint8Array(Buffer.from(text, 'base64url'));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
const sha256 = async (bytes: Uint8Array) => new Uint8Array(await subtle.digest('SHA-256', bytes));

/** ASN.1 DER of an ECDSA signature WebCrypto gives as r || s (WebAuthn §6.5.5 wants DER). */
function derSignature(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    const trimmed = bytes.slice(start);
    const padded = trimmed[0] & 0x80 ? concat(Uint8Array.of(0), trimmed) : trimmed;
    return concat(Uint8Array.of(0x02, padded.length), padded);
  };
  const body = concat(integer(raw.slice(0, 32)), integer(raw.slice(32)));
  return concat(Uint8Array.of(0x30, body.length), body);
}

export interface CeremonyOptions {
  origin?: string;
  rpId?: string;
  /** Replace the challenge the pool sent. */
  challenge?: string;
  type?: string;
  userPresent?: boolean;
  userVerified?: boolean;
}

export interface RegisterOptions extends CeremonyOptions {
  format?: 'none' | 'packed' | 'fido-u2f';
  /** Sign the packed attestation with garbage. */
  badAttestationSignature?: boolean;
}

export interface AssertOptions extends CeremonyOptions {
  /** The counter to put in the authenticator data (default: one more than the last). */
  signCount?: number;
  /** Sign something else than what the pool checks. */
  badSignature?: boolean;
  credentialId?: string;
}

type Algorithm = 'ES256' | 'RS256';

export class SoftwareAuthenticator {
  signCount = 0;
  readonly credentialId = b64url(webcrypto.getRandomValues(new Uint8Array(32)));

  private constructor(
    readonly algorithm: Algorithm,
    private readonly keys: CryptoKeyPair,
  ) {}

  static async create(algorithm: Algorithm = 'ES256'): Promise<SoftwareAuthenticator> {
    const params =
      algorithm === 'ES256'
        ? { name: 'ECDSA', namedCurve: 'P-256' }
        : { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1), hash: 'SHA-256' };
    const keys = (await subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
    return new SoftwareAuthenticator(algorithm, keys);
  }

  private async coseKey(): Promise<Uint8Array> {
    const jwk = await subtle.exportKey('jwk', this.keys.publicKey);
    if (this.algorithm === 'ES256') {
      return cbor(new Map<CborValue, CborValue>([[1, 2], [3, -7], [-1, 1], [-2, fromB64url(jwk.x!)], [-3, fromB64url(jwk.y!)]]));
    }
    return cbor(new Map<CborValue, CborValue>([[1, 3], [3, -257], [-1, fromB64url(jwk.n!)], [-2, fromB64url(jwk.e!)]]));
  }

  private async sign(data: Uint8Array): Promise<Uint8Array> {
    if (this.algorithm === 'RS256') return new Uint8Array(await subtle.sign('RSASSA-PKCS1-v1_5', this.keys.privateKey, data));
    return derSignature(new Uint8Array(await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, this.keys.privateKey, data)));
  }

  private async authenticatorData(rpId: string, options: CeremonyOptions, signCount: number, attested?: Uint8Array): Promise<Uint8Array> {
    const flags = (options.userPresent === false ? 0 : 0x01) | (options.userVerified === false ? 0 : 0x04) | (attested ? 0x40 : 0);
    const counter = Uint8Array.of((signCount >>> 24) & 0xff, (signCount >> 16) & 0xff, (signCount >> 8) & 0xff, signCount & 0xff);
    return concat(await sha256(new TextEncoder().encode(rpId)), Uint8Array.of(flags), counter, attested ?? new Uint8Array());
  }

  private clientData(type: string, challenge: string, options: CeremonyOptions): Uint8Array {
    const json = { type: options.type ?? type, challenge: options.challenge ?? challenge, origin: options.origin ?? ORIGIN, crossOrigin: false };
    return new TextEncoder().encode(JSON.stringify(json));
  }

  /** navigator.credentials.create() for StartWebAuthnRegistration's CredentialCreationOptions, as toJSON() gives it. */
  async register(creation: { challenge: string; rp: { id: string } }, options: RegisterOptions = {}): Promise<Record<string, any>> {
    const rpId = options.rpId ?? creation.rp.id;
    const id = fromB64url(this.credentialId);
    const attested = concat(new Uint8Array(16), Uint8Array.of(id.length >> 8, id.length & 0xff), id, await this.coseKey());
    const authData = await this.authenticatorData(rpId, options, this.signCount, attested);
    const clientDataJSON = this.clientData('webauthn.create', creation.challenge, options);
    const format = options.format ?? 'none';
    let statement = new Map<CborValue, CborValue>();
    if (format !== 'none') {
      const signed = options.badAttestationSignature ? new Uint8Array(8) : concat(authData, await sha256(clientDataJSON));
      statement = new Map<CborValue, CborValue>([['alg', this.algorithm === 'ES256' ? -7 : -257], ['sig', await this.sign(signed)]]);
    }
    const attestationObject = cbor(new Map<CborValue, CborValue>([['fmt', format], ['attStmt', statement], ['authData', authData]]));
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientDataJSON),
        attestationObject: b64url(attestationObject),
        transports: ['internal', 'hybrid'],
      },
    };
  }

  /** navigator.credentials.get() for CREDENTIAL_REQUEST_OPTIONS; the JSON string RespondToAuthChallenge takes as CREDENTIAL. */
  async assert(requestOptions: string, options: AssertOptions = {}): Promise<string> {
    const request = JSON.parse(requestOptions) as { challenge: string; rpId: string };
    const signCount = options.signCount ?? this.signCount + 1;
    this.signCount = signCount;
    const authData = await this.authenticatorData(options.rpId ?? request.rpId, options, signCount);
    const clientDataJSON = this.clientData('webauthn.get', request.challenge, options);
    const signed = concat(authData, await sha256(clientDataJSON));
    const signature = await this.sign(options.badSignature ? concat(signed, Uint8Array.of(1)) : signed);
    return JSON.stringify({
      id: options.credentialId ?? this.credentialId,
      rawId: options.credentialId ?? this.credentialId,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
      },
    });
  }
}

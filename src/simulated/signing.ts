/**
 * The simulated pool's signing key: RS256 (RSASSA-PKCS1-v1_5 with SHA-256) on a 2048-bit RSA key
 * made with WebCrypto when the pool starts, as Cognito signs ID and access tokens
 * (Developer Guide, "Verifying a JSON Web Token": RS256, keys listed at
 * `https://cognito-idp.<region>.amazonaws.com/<userPoolId>/.well-known/jwks.json`). Any JWT library
 * can verify the pool's tokens against its JWKS; nothing outside the page ever holds the key.
 */

import { base64UrlDecode, base64UrlDecodeText, base64UrlEncode, base64UrlEncodeText } from './totp';

export interface PublicJwk {
  alg: 'RS256';
  e: string;
  kid: string;
  kty: 'RSA';
  n: string;
  use: 'sig';
}

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  readonly jwk: PublicJwk;
}

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

export async function generateSigningKey(): Promise<SigningKey> {
  const pair = await crypto.subtle.generateKey(
    { ...ALGORITHM, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  );
  const { e, n } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  if (!e || !n) throw new Error('WebCrypto exported an RSA key without e and n');
  const kid = await thumbprint(e, n);
  return { kid, privateKey: pair.privateKey, publicKey: pair.publicKey, jwk: { alg: 'RS256', e, kid, kty: 'RSA', n, use: 'sig' } };
}

/**
 * The key's RFC 7638 thumbprint, in standard base64 as Cognito's key ids are written: stable for
 * the key and different for every other.
 */
async function thumbprint(e: string, n: string): Promise<string> {
  const canonical = JSON.stringify({ e, kty: 'RSA', n });
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical)));
  return btoa(String.fromCharCode(...digest));
}

export async function signJwt(key: SigningKey, claims: Record<string, unknown>): Promise<string> {
  const signingInput = `${base64UrlEncodeText(JSON.stringify({ kid: key.kid, alg: 'RS256' }))}.${base64UrlEncodeText(JSON.stringify(claims))}`;
  const signature = await crypto.subtle.sign(ALGORITHM, key.privateKey, new TextEncoder().encode(signingInput));
  return `${signingInput}.${base64UrlEncode(new Uint8Array(signature))}`;
}

/** The claims of a token this key signed (header and signature checked), or undefined. */
export async function verifiedClaims(key: SigningKey, token: string): Promise<Record<string, unknown> | undefined> {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts;
  const decoded = parseJson(header);
  if (decoded?.alg !== 'RS256' || decoded.kid !== key.kid) return undefined;
  const signatureBytes = base64UrlBytes(signature);
  if (!signatureBytes) return undefined;
  const valid = await crypto.subtle.verify(ALGORITHM, key.publicKey, signatureBytes, new TextEncoder().encode(`${header}.${payload}`));
  return valid ? parseJson(payload) : undefined;
}

function parseJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(base64UrlDecodeText(part));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function base64UrlBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    return base64UrlDecode(text);
  } catch {
    return undefined;
  }
}

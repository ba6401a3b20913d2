/**
 * Synchronous SHA-1, HMAC-SHA1, RFC 4648 base32 and RFC 6238 TOTP, in plain TypeScript.
 *
 * Why not crypto.subtle: it is async and only exists in secure contexts, and the demo must also
 * run on plain-http origins that are not localhost. `crypto.getRandomValues` exists everywhere.
 */

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;

// ---------------------------------------------------------------------------------------------
// SHA-1 (FIPS 180-4) and HMAC (RFC 2104)

function rotl(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

/** Pads the message as SHA-1 requires: a 1 bit, zeros, then the bit length (64-bit big-endian). */
function sha1Pad(message: Uint8Array): Uint8Array {
  const paddedLength = Math.ceil((message.length + 9) / 64) * 64;
  const padded = new Uint8Array(paddedLength);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bitLength = message.length * 8;
  view.setUint32(paddedLength - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(paddedLength - 4, bitLength >>> 0);
  return padded;
}

export function sha1(message: Uint8Array): Uint8Array {
  const padded = sha1Pad(message);
  const view = new DataView(padded.buffer);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80);

  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);

    let [a, b, c, d, e] = h;
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const temp = (rotl(a, 5) + f + e + k + w[i]) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
  }

  const digest = new Uint8Array(20);
  const out = new DataView(digest.buffer);
  h.forEach((word, i) => out.setUint32(i * 4, word >>> 0));
  return digest;
}

const SHA1_BLOCK_BYTES = 64;

export function hmacSha1(key: Uint8Array, message: Uint8Array): Uint8Array {
  const blockKey = new Uint8Array(SHA1_BLOCK_BYTES);
  blockKey.set(key.length > SHA1_BLOCK_BYTES ? sha1(key) : key);
  const inner = new Uint8Array(SHA1_BLOCK_BYTES + message.length);
  const outer = new Uint8Array(SHA1_BLOCK_BYTES + 20);
  for (let i = 0; i < SHA1_BLOCK_BYTES; i++) {
    inner[i] = blockKey[i] ^ 0x36;
    outer[i] = blockKey[i] ^ 0x5c;
  }
  inner.set(message, SHA1_BLOCK_BYTES);
  outer.set(sha1(inner), SHA1_BLOCK_BYTES);
  return sha1(outer);
}

// ---------------------------------------------------------------------------------------------
// Base32 (RFC 4648 §6): uppercase alphabet, no padding on output, padding tolerated on input.

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Decodes base32; case-insensitive, ignores spaces and trailing '='. Throws on other characters. */
export function base32Decode(text: string): Uint8Array {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = BASE32_ALPHABET.indexOf(char);
    if (value < 0) throw new Error(`Not a base32 character: ${JSON.stringify(char)}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------------
// HOTP (RFC 4226) and TOTP (RFC 6238): HMAC-SHA1, 6 digits, 30 s step, T0 = 0.

export function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  const message = new Uint8Array(8);
  const view = new DataView(message.buffer);
  view.setUint32(0, Math.floor(counter / 2 ** 32));
  view.setUint32(4, counter >>> 0);
  const mac = hmacSha1(key, message);
  const offset = mac[mac.length - 1] & 0x0f;
  const binary =
    ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The TOTP time step (counter) that contains the instant `unixMs`. */
export function totpStep(unixMs: number): number {
  return Math.floor(unixMs / 1000 / TOTP_STEP_SECONDS);
}

export function totpCodeAtStep(secretBase32: string, step: number): string {
  return hotp(base32Decode(secretBase32), step);
}

/** The 6-digit code an authenticator app shows at `unixMs` for this secret. */
export function totpCode(secretBase32: string, unixMs: number): string {
  return totpCodeAtStep(secretBase32, totpStep(unixMs));
}

/** Seconds until the code shown at `unixMs` changes. */
export function totpSecondsLeft(unixMs: number): number {
  return TOTP_STEP_SECONDS - (Math.floor(unixMs / 1000) % TOTP_STEP_SECONDS);
}

export interface TotpMatch {
  /** The time step whose code matched. */
  step: number;
  /** Where that step lies relative to the current one: -1 (previous), 0 (current) or +1 (next). */
  offset: -1 | 0 | 1;
}

/**
 * Checks `code` against the steps t-1, t and t+1 around `unixMs` (Cognito accepts one 30-second
 * window early or late). Returns the matching step, preferring the current one, or null.
 * Replay protection (rejecting an already-accepted step) is the caller's business.
 */
export function verifyTotp(secretBase32: string, code: string, unixMs: number): TotpMatch | null {
  if (!/^[0-9]{6}$/.test(code)) return null;
  const key = base32Decode(secretBase32);
  const current = totpStep(unixMs);
  for (const offset of [0, -1, 1] as const) {
    if (hotp(key, current + offset) === code) return { step: current + offset, offset };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Randomness

export function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return bytes;
}

/** A fresh TOTP secret: 32 random bytes as 52 base32 characters, like the ones Cognito hands out. */
export function randomTotpSecret(byteLength = 32): string {
  return base32Encode(randomBytes(byteLength));
}

/** A random decimal code of `digits` digits (leading zeros allowed), without modulo bias. */
export function randomDigits(digits = 6): string {
  let out = '';
  while (out.length < digits) {
    for (const byte of randomBytes(digits)) {
      if (byte < 250 && out.length < digits) out += String(byte % 10);
    }
  }
  return out;
}

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlEncodeText(text: string): string {
  return base64UrlEncode(new TextEncoder().encode(text));
}

/** Base64url (padding optional) to bytes; throws on anything else. */
export function base64UrlDecode(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function base64UrlDecodeText(text: string): string {
  return new TextDecoder().decode(base64UrlDecode(text));
}

export function randomUuid(): string {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

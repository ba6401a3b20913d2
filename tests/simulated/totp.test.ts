import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  hmacSha1,
  randomTotpSecret,
  sha1,
  totpCode,
  totpCodeAtStep,
  totpStep,
  verifyTotp,
} from '../../src/simulated/totp';

const ascii = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('SHA-1 and HMAC-SHA1', () => {
  it('matches the FIPS 180 examples', () => {
    expect(hex(sha1(ascii('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(ascii('')))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
  });

  it('matches the RFC 2202 HMAC-SHA1 vectors', () => {
    expect(hex(hmacSha1(new Uint8Array(20).fill(0x0b), ascii('Hi There')))).toBe(
      'b617318655057264e28bc0b6fb378c8ef146be00',
    );
    expect(hex(hmacSha1(ascii('Jefe'), ascii('what do ya want for nothing?')))).toBe(
      'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79',
    );
    // A key longer than the block size is hashed first.
    expect(hex(hmacSha1(new Uint8Array(80).fill(0xaa), ascii('Test Using Larger Than Block-Size Key - Hash Key First')))).toBe(
      'aa4ae5e15272d00e95705637ce8a3b55ed402112',
    );
  });
});

describe('base32', () => {
  it('encodes the RFC 4648 test vectors without padding', () => {
    const vectors: Array<[string, string]> = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base32Encode(ascii(plain))).toBe(encoded);
      expect(new TextDecoder().decode(base32Decode(encoded))).toBe(plain);
    }
  });

  it('round-trips random secrets and accepts lowercase and padding on input', () => {
    for (let i = 0; i < 50; i++) {
      const secret = randomTotpSecret();
      expect(secret).toMatch(/^[A-Z2-7]{52}$/);
      expect(base32Encode(base32Decode(secret))).toBe(secret);
    }
    expect(base32Decode('mzxw6ytboi======')).toEqual(ascii('foobar'));
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => base32Decode('MZXW1')).toThrow(/base32/);
  });
});

// RFC 6238 appendix B, SHA1 column; the key is the ASCII string "12345678901234567890".
const RFC_SECRET = base32Encode(ascii('12345678901234567890'));
const RFC_VECTORS: Array<[number, string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('at %i s gives the last six digits of %s', (seconds, eightDigits) => {
    expect(totpCode(RFC_SECRET, seconds * 1000)).toBe(eightDigits.slice(-6));
  });

  it('uses 30-second steps from the Unix epoch', () => {
    expect(totpStep(29_999)).toBe(0);
    expect(totpStep(30_000)).toBe(1);
    expect(totpCode(RFC_SECRET, 30_000)).toBe(totpCode(RFC_SECRET, 59_999));
    expect(totpCode(RFC_SECRET, 30_000)).not.toBe(totpCode(RFC_SECRET, 60_000));
  });

  it('agrees with oathtool for random secrets and times', () => {
    const oathtool = '/usr/bin/oathtool';
    if (!existsSync(oathtool)) {
      throw new Error(`oathtool is required as a second opinion but ${oathtool} is missing (apt-get install oathtool)`);
    }
    for (let i = 0; i < 12; i++) {
      const secret = randomTotpSecret(i % 2 === 0 ? 20 : 32);
      const unix = 1_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
      const expected = execFileSync(oathtool, ['--totp', '-b', secret, '--now', `@${unix}`], { encoding: 'utf8' }).trim();
      expect(totpCode(secret, unix * 1000)).toBe(expected);
    }
  });
});

describe('TOTP verification window', () => {
  // A fixed secret and instant, so the assertions below never depend on a chance collision.
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const other = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  const now = 1_700_000_015_000;
  const t = totpStep(now);

  it('accepts the previous, current and next step and says which matched', () => {
    expect(verifyTotp(secret, totpCodeAtStep(secret, t), now)).toEqual({ step: t, offset: 0 });
    expect(verifyTotp(secret, totpCodeAtStep(secret, t - 1), now)).toEqual({ step: t - 1, offset: -1 });
    expect(verifyTotp(secret, totpCodeAtStep(secret, t + 1), now)).toEqual({ step: t + 1, offset: 1 });
  });

  it('rejects codes two steps away, malformed codes and codes of another secret', () => {
    expect(verifyTotp(secret, totpCodeAtStep(secret, t - 2), now)).toBeNull();
    expect(verifyTotp(secret, totpCodeAtStep(secret, t + 2), now)).toBeNull();
    expect(verifyTotp(secret, totpCodeAtStep(other, t), now)).toBeNull();
    expect(verifyTotp(secret, totpCodeAtStep(secret, t).slice(1), now)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', now)).toBeNull();
  });
});

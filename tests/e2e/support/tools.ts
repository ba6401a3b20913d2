/**
 * Independent second opinions: zbarimg reads the QR code from the screen's pixels, oathtool
 * computes TOTP codes (both from Debian: zbar-tools, oathtool).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function decodeQr(png: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'qr-')), 'qr.png');
  writeFileSync(file, png);
  return execFileSync('zbarimg', ['--raw', '--quiet', file], { encoding: 'utf8' }).trim();
}

export function totpCode(secret: string, atMs = Date.now()): string {
  const seconds = Math.floor(atMs / 1000);
  return execFileSync('oathtool', ['--totp', '--base32', secret, '--now', `@${seconds}`], { encoding: 'utf8' }).trim();
}

/**
 * Independent second opinions: zbarimg reads the QR code from the screen's pixels, oathtool
 * computes TOTP codes (both from Debian: zbar-tools, oathtool; totpCode lives in
 * tests/bench/app.mjs, shared with `npm run bench`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { totpCode } from '../../bench/app.mjs';

export function decodeQr(png: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'qr-')), 'qr.png');
  writeFileSync(file, png);
  return execFileSync('zbarimg', ['--raw', '--quiet', file], { encoding: 'utf8' }).trim();
}

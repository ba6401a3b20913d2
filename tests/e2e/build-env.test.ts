/**
 * What of the build's environment reaches the visitor: only the variables the app reads. A CI
 * secret or a `.env` line named VITE_<anything> must not ship with every page load because the
 * app happens to look at import.meta.env as a whole.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMeasured } from './support/build';

const DIST = {
  demo: fileURLToPath(new URL('../../node_modules/.e2e/build-env-demo/', import.meta.url)),
  real: fileURLToPath(new URL('../../node_modules/.e2e/build-env-real/', import.meta.url)),
};

describe.each(['demo', 'real'] as const)('a %s build', (variant) => {
  it('carries the VITE_ variables the app reads, and no other', { timeout: 180_000 }, async () => {
    const planted = `planted-${randomUUID()}`;
    const issuer = `Issuer ${randomUUID()}`;
    const build = await buildMeasured(variant, DIST[variant], {
      VITE_PLANTED_SECRET: planted,
      VITE_TOTP_ISSUER: issuer,
    });
    const texts = build.files.map(({ file }) => ({ file, text: readFileSync(join(DIST[variant], file), 'latin1') }));
    expect(texts.length).toBeGreaterThan(3);
    // The scan sees what the build inlines: the issuer, which the app reads, is there.
    expect(texts.filter(({ text }) => text.includes(issuer)).map(({ file }) => file)).not.toEqual([]);
    expect(texts.filter(({ text }) => text.includes(planted)).map(({ file }) => file)).toEqual([]);
    expect(texts.filter(({ text }) => text.includes('VITE_PLANTED_SECRET')).map(({ file }) => file)).toEqual([]);
  });
});

/**
 * Every component compiles in runes mode. Svelte compiles a component that uses no rune in legacy
 * mode, and one such component anywhere puts Svelte's legacy code in the first load; a component
 * without runes says `<svelte:options runes />`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from 'svelte/compiler';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const COMPONENTS = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.svelte'))
  .sort();

describe('components', () => {
  it('are found', () => {
    expect(COMPONENTS).toContain('views/SmsChallenge.svelte');
  });

  it.each(COMPONENTS)('%s compiles in runes mode', (file) => {
    const { js } = compile(readFileSync(SRC + file, 'utf8'), { filename: file, generate: 'client' });
    expect(js.code).not.toContain('svelte/internal/flags/legacy');
  });
});

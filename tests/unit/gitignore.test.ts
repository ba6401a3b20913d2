/**
 * Build settings in .env files stay out of the repository: a pool id is harmless, but a .env
 * file is where a secret lands too. Only an example file may be committed.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Whether git would leave the path out (exit 0: ignored, 1: not ignored). */
function ignored(path: string): boolean {
  const run = spawnSync('git', ['check-ignore', '--quiet', '--no-index', path], { cwd: ROOT });
  if (run.status !== 0 && run.status !== 1) throw new Error(`git check-ignore failed: ${run.stderr}`);
  return run.status === 0;
}

describe('.gitignore', () => {
  it.each(['.env', '.env.local', '.env.production', '.env.production.local', '.env.staging', 'tests/.env.local'])('leaves %s out', (path) => {
    expect(ignored(path)).toBe(true);
  });

  it('keeps the example file, and the sources', () => {
    expect(ignored('.env.example')).toBe(false);
    expect(ignored('src/config.ts')).toBe(false);
  });
});

/**
 * Production builds for the browser tests and the size budget, made by tests/bench/build.mjs
 * (shared with `npm run bench`): no .env file takes part, only the variant and its variables.
 *
 * A run makes each build once: `sharedBuild` builds a variant with given variables into this
 * run's folder (tests/e2e/support/run-builds.ts, the e2e project's global setup) the first time a
 * test file asks for it, and every later file gets the same folder and measurements. Test files
 * read the builds and never write into them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { buildVariant, type MeasuredBuild } from '../../bench/build.mjs';

export { BUDGET, CEILING, REAL_POOL_ENV, ROOT, type BuiltFile, type MeasuredBuild } from '../../bench/build.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's folder of builds (tests/e2e/support/run-builds.ts). */
    e2eBuilds: string;
  }
}

function runDir(): string {
  const dir = inject('e2eBuilds');
  if (!dir) throw new Error('No folder for this run\'s builds: run the browser tests through vitest\'s e2e project (vite.config.ts names its global setup).');
  return dir;
}

/** What decides a build's output: the variant, its variables, and any VITE_ variable of this process (the build reads them too). */
function buildKey(variant: 'real' | 'demo', env: Record<string, string>): string {
  const inherited = Object.entries(process.env).filter(([key]) => key.startsWith('VITE_') && !key.startsWith('VITE_COGNITO_'));
  const settings = Object.fromEntries([...inherited, ...Object.entries(env)].sort(([a], [b]) => a.localeCompare(b)));
  const hash = createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 12);
  return `${variant}-${hash}`;
}

const BUILD_WAIT_MS = 300_000;

/**
 * The build of `variant` with `env` (for a real pool, over REAL_POOL_ENV) for this run: made by
 * the first file that asks, measured, and shared with every other. Should two test files ask at
 * once (in two workers), one builds while the other waits for it.
 */
export async function sharedBuild(variant: 'real' | 'demo', env: Record<string, string> = {}): Promise<MeasuredBuild> {
  const base = join(runDir(), buildKey(variant, env));
  const measured = `${base}.json`;
  const failed = `${base}.failed`;
  if (existsSync(measured)) return JSON.parse(readFileSync(measured, 'utf8')) as MeasuredBuild;
  try {
    mkdirSync(`${base}.lock`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    for (const start = Date.now(); Date.now() - start < BUILD_WAIT_MS; await sleep(200)) {
      if (existsSync(measured)) return JSON.parse(readFileSync(measured, 'utf8')) as MeasuredBuild;
      if (existsSync(failed)) throw new Error(`the ${variant} build failed in another test file: ${readFileSync(failed, 'utf8')}`);
    }
    throw new Error(`the ${variant} build another test file started did not finish in ${BUILD_WAIT_MS / 1000} s`);
  }
  try {
    const build = await buildVariant(variant, base, env);
    writeFileSync(`${measured}.tmp`, JSON.stringify(build));
    renameSync(`${measured}.tmp`, measured);
    return build;
  } catch (error) {
    writeFileSync(failed, String(error instanceof Error ? (error.stack ?? error.message) : error));
    throw error;
  }
}

/**
 * A build of its own into `outDir` (emptied first), for variables no other file builds with (a
 * value made up for one test): `sharedBuild` for any other.
 */
export function buildMeasured(variant: 'real' | 'demo', outDir: string, env: Record<string, string> = {}): Promise<MeasuredBuild> {
  rmSync(outDir, { recursive: true, force: true });
  return buildVariant(variant, outDir, env);
}

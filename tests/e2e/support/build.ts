/**
 * Production builds for the browser tests and the size budget, made by tests/bench/build.mjs
 * (shared with `npm run bench`): no .env file takes part, only the variant.
 */
import { fileURLToPath } from 'node:url';
import { buildVariant, type MeasuredBuild } from '../../bench/build.mjs';

export { BUDGET, CEILING, REAL_POOL_ENV, ROOT, type BuiltFile, type MeasuredBuild } from '../../bench/build.mjs';

export const DEMO_DIST = fileURLToPath(new URL('../../../node_modules/.e2e/demo/', import.meta.url));
export const REAL_POOL_DIST = fileURLToPath(new URL('../../../node_modules/.e2e/real-pool/', import.meta.url));

/** The demo build: no pool configured, so it runs on the simulated user pool. */
export async function buildDemo(outDir = DEMO_DIST): Promise<string> {
  await buildVariant('demo', outDir);
  return outDir;
}

/** The demo build of a site that opts in to keeping sessions across reloads (VITE_KEEP_SESSION). */
export async function buildDemoKeepingSessions(outDir: string): Promise<string> {
  const saved = process.env.VITE_KEEP_SESSION;
  process.env.VITE_KEEP_SESSION = 'sessionStorage';
  try {
    return await buildDemo(outDir);
  } finally {
    if (saved === undefined) delete process.env.VITE_KEEP_SESSION;
    else process.env.VITE_KEEP_SESSION = saved;
  }
}

/** Either build, with what each of its files weighs; `env` adds variables to its environment. */
export function buildMeasured(
  variant: 'real' | 'demo',
  outDir = variant === 'real' ? REAL_POOL_DIST : DEMO_DIST,
  env: Record<string, string> = {},
): Promise<MeasuredBuild> {
  return buildVariant(variant, outDir, env);
}

/** Production builds for the browser tests, made once per run. */
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEMO_DIST = fileURLToPath(new URL('../../../node_modules/.e2e/demo/', import.meta.url));

/** The demo build: no pool configured, so it runs on the simulated user pool. */
export async function buildDemo(outDir = DEMO_DIST): Promise<string> {
  const saved = Object.fromEntries(Object.keys(process.env).filter((k) => k.startsWith('VITE_COGNITO')).map((k) => [k, process.env[k]]));
  for (const key of Object.keys(saved)) delete process.env[key];
  try {
    await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    Object.assign(process.env, saved);
  }
  return outDir;
}

import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadEnv, type Plugin, type Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { hostHeadersFile } from './src/csp.ts';

/**
 * A build for a real user pool carries nothing of the simulated one: main.ts drops the dynamic
 * import at build time, and this drops the service worker file that public/ would copy.
 */
function withoutSimulatedPoolForRealPools(): Plugin {
  let outDir = 'dist';
  let realPool = false;
  return {
    name: 'without-simulated-pool-for-real-pools',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      const env = loadEnv(config.mode, config.envDir || config.root, 'VITE_COGNITO_');
      realPool = Object.values(env).some(Boolean);
    },
    async closeBundle() {
      if (realPool) await rm(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * Code of the AWS SDK's Cognito client that a public client never runs, left out of every build.
 * Every operation the app sends is unsigned (`smithy.api#noAuth` in the client's own auth scheme
 * provider; tests/adapter/unsigned.test.ts holds each one to it), so SigV4 signing and the SHA-256
 * it hashes with never run. Cognito has no event-stream operation. The adapter's client retries in
 * the standard mode, never the adaptive one. And the client registers a class for each of its
 * sixty exceptions: without them an exception still arrives with its name and message, which is
 * all src/cognito/sdk-errors.ts reads. Each stand-in throws if it is ever reached; a change in the
 * SDK's layout fails the build rather than growing it in silence.
 * Builds only: the dev server and the tests load the SDK whole.
 */
function withoutUnusedSdkCode(): Plugin {
  /** A module with the given exports, each of which throws when used. */
  const standIn = (what: string, exports: string) =>
    `const never = () => { throw new Error(${JSON.stringify(`${what} is left out of this build: a public Cognito client does not use it`)}); }; ${exports}`;
  /** By the specifier the SDK imports them with. */
  const MODULES: Record<string, string> = {
    '@smithy/signature-v4': standIn('SigV4 signing', 'export class SignatureV4 { constructor() { never(); } }'),
    '@smithy/core/checksum': standIn('SHA-256 for signing', 'export class Sha256 { constructor() { never(); } }'),
    '@smithy/core/event-streams': standIn(
      'Event streams',
      'export class EventStreamSerde { constructor() { never(); } } export const eventStreamSerdeProvider = never;',
    ),
  };
  /** By path: a file that the SDK imports relatively. */
  const FILES: [RegExp, string][] = [
    [
      /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]retry[\\/]util-retry[\\/]AdaptiveRetryStrategy\.js$/,
      standIn('Adaptive retry', 'export class AdaptiveRetryStrategy { constructor() { never(); } }'),
    ],
  ];
  const PREFIX = '\0unused-sdk:';
  const CLIENT = /[\\/]@aws-sdk[\\/]client-cognito-identity-provider[\\/]/;
  const ERROR_CLASSES = /^n0_registry\.registerError\(\w+\$, \w+\);$/gm;
  const found = new Set<string>();
  let sdkInBuild = false;
  return {
    name: 'without-unused-sdk-code',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id in MODULES ? PREFIX + id : null;
    },
    load(id) {
      if (id.startsWith(PREFIX)) return MODULES[id.slice(PREFIX.length)];
      const file = FILES.find(([path]) => path.test(id));
      if (file) {
        found.add(file[0].source);
        return file[1];
      }
      // The user agent names the client's version; the rest of its package.json stays out.
      if (CLIENT.test(id) && id.endsWith('package.json')) {
        return JSON.stringify({ version: JSON.parse(readFileSync(id, 'utf8')).version });
      }
      return null;
    },
    transform(code, id) {
      if (!CLIENT.test(id) || !/[\\/]schemas_0\.js$/.test(id)) return null;
      sdkInBuild = true;
      const kept = code.replace(ERROR_CLASSES, '');
      if (kept === code) this.error(`${id}: no exception registrations found; the SDK's layout changed, update withoutUnusedSdkCode in vite.config.ts`);
      return { code: kept, map: null };
    },
    buildEnd(error) {
      if (error || !sdkInBuild) return;
      const missing = FILES.filter(([path]) => !found.has(path.source));
      if (missing.length) this.error(`not found in the SDK: ${missing.map(([path]) => path.source).join(', ')}; update withoutUnusedSdkCode in vite.config.ts`);
    },
  };
}

/**
 * The views after the first screen, and what only they use, as one chunk: they are fetched
 * together right after the first paint (src/views/index.ts), and one chunk compresses better
 * than twenty. Whatever the first screen imports stays out of it, so it stays in the first load.
 */
function laterViews(id: string, ctx: Rolldown.ChunkingContext): string | null {
  return isView(id, ctx) && !inFirstLoad(id, ctx) ? 'views' : null;
}

const VIEWS_DIR = /[\\/]src[\\/]views[\\/]/;
const LIB_DIR = /[\\/]src[\\/]lib[\\/]/;
/** A view or a part of one, or a helper of src/lib/ that only views import. */
function isView(id: string, ctx?: Rolldown.ChunkingContext): boolean {
  if (VIEWS_DIR.test(id)) return true;
  const importers = LIB_DIR.test(id) ? ctx?.getModuleInfo(id)?.importers : undefined;
  return !!importers?.length && importers.every((importer) => VIEWS_DIR.test(importer));
}

/** Whether an entry imports the module statically, directly or not. */
function inFirstLoad(id: string, ctx: Rolldown.ChunkingContext, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const info = ctx.getModuleInfo(id);
  return !!info && (info.isEntry || info.importers.some((importer) => inFirstLoad(importer, ctx, seen)));
}

const svelteEntry = (path: string) => fileURLToPath(new URL(`./node_modules/svelte/src/${path}`, import.meta.url));
const SVELTE_BROWSER_BUILD = [
  { find: /^svelte$/, replacement: svelteEntry('index-client.js') },
  { find: /^svelte\/reactivity$/, replacement: svelteEntry('reactivity/index-client.js') },
  { find: /^svelte\/store$/, replacement: svelteEntry('store/index-client.js') },
  { find: /^svelte\/legacy$/, replacement: svelteEntry('legacy/legacy-client.js') },
  { find: /^esm-env\/browser$/, replacement: fileURLToPath(new URL('./node_modules/esm-env/true.js', import.meta.url)) },
];

export default defineConfig({
  plugins: [svelte({ configFile: false }), withoutSimulatedPoolForRealPools(), withoutUnusedSdkCode(), hostHeadersFile()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser that runs es2022 knows modulepreload: no polyfill in the first load.
    modulePreload: { polyfill: false },
    // Only the modules it names: their dependencies (Svelte, the shell) stay in the first load.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: laterViews, includeDependenciesRecursively: false }] } } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/machine/**/*.test.ts', 'tests/simulated/**/*.test.ts', 'tests/adapter/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/preview/**/*.test.ts'],
        },
      },
      {
        extends: true,
        // Svelte's browser build, by alias rather than by the `browser` condition: that condition
        // would reach Node's own resolver too and load the AWS SDK's browser build, which Node
        // cannot run. The SDK stays on its Node build here, as in the adapter tests.
        plugins: [svelteTesting({ resolveBrowser: false })],
        resolve: { alias: SVELTE_BROWSER_BUILD },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/views/**/*.test.ts', 'tests/flows/**/*.test.ts'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

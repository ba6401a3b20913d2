import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { defaultClientConditions, defaultClientMainFields, loadEnv, type Plugin, type Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { withoutUnusedSdkCode } from './src/build/unused-sdk-code.ts';
import { hostHeadersFile } from './src/build/csp.ts';
import { prerenderFirstScreen } from './src/build/prerender.ts';

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
 * The views after the first screen, and what only they use, as one chunk: they are fetched
 * together right after the first paint (src/views/index.ts), and one chunk compresses better
 * than twenty. The site's pages (src/app), their router and the session API come with them.
 * Whatever the first screen imports stays out of it, so it stays in the first load.
 */
function laterViews(id: string, ctx: Rolldown.ChunkingContext): string | null {
  return isView(id, ctx) && !inFirstLoad(id, ctx) ? 'views' : null;
}

/**
 * Everything the first load needs, as one chunk (the entry's). Left to itself, rolldown splits
 * modules the entry shares with a lazy chunk into chunks of their own when their imports form a
 * cycle across the groups it would merge them by, which Svelte's runtime does (rolldown#10731:
 * "module already loaded by the entry is emitted as a separate chunk"): the pool doctor's chunk
 * (`/?doctor`) cost the first load three more files and 2 KB that way.
 */
function firstLoad(id: string, ctx: Rolldown.ChunkingContext): string | null {
  return inFirstLoad(id, ctx) ? 'index' : null;
}

const VIEWS_DIR = /[\\/]src[\\/](views|app|router|session)[\\/]/;
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

/**
 * A file inside an installed package, for an alias; the config fails to load if it is not there.
 * The aliases below name files inside svelte's package (what its exports give the `browser`
 * condition), which a release may move: package.json pins svelte to one version for that. To
 * bump it, change the pin, run `npm install`, then the dom tests (`npx vitest run --project dom`)
 * and `npm test`; if this throws, find the new files in node_modules/svelte/package.json (the
 * `browser` condition of each export) and update the list.
 */
function packageFile(path: string): string {
  const file = fileURLToPath(new URL(`./node_modules/${path}`, import.meta.url));
  if (!existsSync(file)) {
    throw new Error(
      `vite.config.ts: node_modules/${path} does not exist. The dom tests alias Svelte's browser build by file path, and the installed svelte (or esm-env, which it brings) has moved this file: update SVELTE_BROWSER_BUILD in vite.config.ts (see the note above it).`,
    );
  }
  return file;
}
const SVELTE_BROWSER_BUILD = [
  { find: /^svelte$/, replacement: packageFile('svelte/src/index-client.js') },
  { find: /^svelte\/reactivity$/, replacement: packageFile('svelte/src/reactivity/index-client.js') },
  { find: /^svelte\/store$/, replacement: packageFile('svelte/src/store/index-client.js') },
  { find: /^svelte\/legacy$/, replacement: packageFile('svelte/src/legacy/legacy-client.js') },
  { find: /^esm-env\/browser$/, replacement: packageFile('esm-env/true.js') },
];

/** The Node tests without a DOM: the machine, the simulated pool, the adapter, units and previews. */
const UNIT_TESTS = ['tests/machine/**/*.test.ts', 'tests/simulated/**/*.test.ts', 'tests/adapter/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/preview/**/*.test.ts'];
/** Those of them that replace a module (vi.mock): each runs with a module registry of its own. */
const UNIT_TESTS_THAT_MOCK = ['tests/unit/overrides.test.ts'];

export default defineConfig({
  plugins: [svelte({ configFile: false }), withoutSimulatedPoolForRealPools(), withoutUnusedSdkCode(), hostHeadersFile(), prerenderFirstScreen()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser that runs es2022 knows modulepreload: no polyfill in the first load.
    modulePreload: { polyfill: false },
    // Only the modules it names: their dependencies (Svelte, the shell) stay in the first load.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: firstLoad, includeDependenciesRecursively: false },
            { name: laterViews, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  test: {
    // A worker for each core: Vitest keeps one core for itself by default, which on 2 cores ran the
    // Node and DOM tests one file at a time (154 s; 85 s with two workers). The browser tests run
    // one file at a time all the same (fileParallelism below).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // The files share one module registry per worker rather than each importing the SDK, the
          // machine and the simulated pool afresh: a third of this project's time on 2 cores. A
          // file that replaces a module (vi.mock) would leak it to the files after it: those are
          // in 'unit-mocks', isolated.
          isolate: false,
          include: UNIT_TESTS,
          exclude: UNIT_TESTS_THAT_MOCK,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-mocks',
          environment: 'node',
          include: UNIT_TESTS_THAT_MOCK,
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
          // The journeys in tests/flows render screen after screen, each a lazy chunk: a second or
          // two alone, but over 5 s on 2 cores when the browser tests run beside them.
          testTimeout: 20_000,
          include: ['tests/views/**/*.test.ts', 'tests/flows/**/*.test.ts'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        // The adapter's tests again, on the SDK as builds trim it (src/build/unused-sdk-code.ts):
        // its browser build, resolved as a build resolves it and run by Vitest rather than Node,
        // so that the stand-ins take the place of what they replace. An operation that reaches
        // one fails here, without a build; tests/trimmed-sdk/ checks that they are in place.
        plugins: [withoutUnusedSdkCode({ apply: 'serve' })],
        ssr: { resolve: { conditions: [...defaultClientConditions], mainFields: [...defaultClientMainFields] } },
        test: {
          name: 'trimmed-sdk',
          environment: 'node',
          include: ['tests/adapter/**/*.test.ts', 'tests/trimmed-sdk/**/*.test.ts'],
          setupFiles: ['tests/trimmed-sdk/setup.ts'],
          server: { deps: { inline: [/[\\/]node_modules[\\/]@(aws-sdk|smithy)[\\/]/] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          // One folder of builds per run, each build made once (tests/e2e/support/build.ts).
          globalSetup: ['tests/e2e/support/run-builds.ts'],
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

/**
 * The fast tests only, for `npm run mutate`: the machine, the adapter, the simulated pool and the
 * unit tests, in Node. No views, no Chromium: a mutant is judged by what these tests promise.
 */
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  // tests/machine/paths.test.ts checks every screen has a view and tests/simulated/dev-inbox.test.ts
  // renders the dev panel on the server: both import .svelte files.
  plugins: [svelte({ configFile: false })],
  test: {
    environment: 'node',
    // The same journeys for every mutant as in `npm test`: 300 from each of the two seeds that
    // together reach every state (tests/machine/properties.test.ts); fewer miss states.
    env: { PROPERTY_RUNS: '300' },
    // On 2 cores shared with other work (load 20 to 30) a test can take longer than vitest's 5 s:
    // a timeout in the initial run stops Stryker, and one in a mutant's run would count as noticed.
    testTimeout: 60_000,
    include: ['tests/machine/**/*.test.ts', 'tests/adapter/**/*.test.ts', 'tests/simulated/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Reads source files as text, compiles every component or asks git (the sandbox Stryker
    // copies the project into lies under the ignored .stryker-tmp/): nothing a mutant can change.
    exclude: ['tests/unit/layers.test.ts', 'tests/unit/runes-mode.test.ts', 'tests/unit/gitignore.test.ts'],
  },
});

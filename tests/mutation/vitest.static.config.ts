/**
 * The tests a static mutant is judged by (`npm run mutate:static`). A static mutant changes code
 * that runs once, when a module loads (most of the chart's configuration object), so Stryker
 * cannot tell which tests reach it and runs all of these for each one: only the tests of the
 * machine and of the adapter, which are what exercise the chart and the adapter, and fewer
 * property journeys (still from a seed whose journeys reach every state:
 * tests/machine/properties.test.ts checks it on every run).
 *
 * MUTATE_TESTS narrows the folders to those that can notice a folder's mutants (`adapter` for
 * src/cognito: no machine test imports it); PROPERTY_RUNS and PROPERTY_SEED replace the journeys.
 */
import { defineConfig } from 'vitest/config';
import fast from './vitest.config';

const FOLDERS = (process.env.MUTATE_TESTS ?? 'machine,adapter').split(',');

export default defineConfig({
  ...fast,
  test: {
    ...fast.test,
    env: { PROPERTY_RUNS: process.env.PROPERTY_RUNS ?? '300', ...(process.env.PROPERTY_SEED ? { PROPERTY_SEED: process.env.PROPERTY_SEED } : {}) },
    include: [...FOLDERS.map((folder) => `tests/${folder}/**/*.test.ts`), 'tests/mutation/loads.test.ts'],
  },
});

/**
 * For static mutants only (tests/mutation/vitest.static.config.ts): a mutant that makes the chart
 * throw while its module loads (a target or an initial state that names no state) fails every
 * test file's import, and Stryker's vitest runner counts a run whose files all failed to load, with
 * no test run, as one every test passed. Loading the chart inside a test turns that into a failure.
 */
import { expect, it } from 'vitest';

it('loads the chart', async () => {
  const { authMachine } = await import('../../src/auth/machine');
  expect(authMachine.id).toBe('auth');
});

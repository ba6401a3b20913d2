// @ts-check
/**
 * Mutation testing: `npm run mutate` (StrykerJS with its vitest runner). It plants small bugs in
 * the statechart, the Cognito adapter and the simulated pool's rules, one at a time, and runs the
 * fast tests (tests/mutation/vitest.config.ts) against each; a mutant no test notices "survives".
 * Not part of `npm test`: it takes a long while. README says when to run it and the last score.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/auth/**/*.ts',
    // Types only: nothing to mutate.
    '!src/auth/types.ts',
    '!src/auth/events.ts',
    'src/cognito/**/*.ts',
    // The simulated pool's rules; its wire plumbing, texts, demo data and panels are left out.
    'src/simulated/{account,mfa,pool,sessions,sign-in,software-token,totp,users,validate}.ts',
  ],
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  // event-recorder keeps each mutant's result as it comes (reports/mutation/events/), so a run
  // stopped part-way still says what it judged.
  reporters: ['clear-text', 'progress', 'html', 'json', 'event-recorder'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};

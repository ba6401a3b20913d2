// @ts-check
/**
 * Static mutants too (`npm run mutate:static -- --mutate <files>`): code that runs once, when a
 * module loads, chiefly the chart's configuration object. Each such mutant runs every test of
 * tests/mutation/vitest.static.config.ts (the machine and the adapter, fewer property journeys),
 * so run it one folder or a few files at a time, with --incremental: README gives the commands.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import base from './stryker.config.mjs';

export default {
  ...base,
  vitest: { ...base.vitest, configFile: 'tests/mutation/vitest.static.config.ts' },
  ignoreStatic: false,
  htmlReporter: { fileName: 'reports/mutation-static/index.html' },
  jsonReporter: { fileName: 'reports/mutation-static/mutation.json' },
};

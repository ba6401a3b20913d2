/**
 * For the `trimmed-sdk` test project (vite.config.ts): the stand-ins report here which of them
 * were loaded and which were reached; no test may reach one.
 */
import { afterEach, expect } from 'vitest';
import { TRACE, type Trace } from '../../src/build/unused-sdk-code';

const trace: Trace = { loaded: new Set(), reached: [] };
(globalThis as Record<string, unknown>)[TRACE] = trace;

afterEach(() => {
  expect(trace.reached, 'SDK code that builds leave out was reached').toEqual([]);
});

/** The fake user pool behind msw's setupServer, for tests in Node. */

import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { FakeUserPool, type PoolSettingsInput } from './pool';

export function createFakeServer(settings?: PoolSettingsInput, options: { now?: () => number } = {}) {
  const pool = new FakeUserPool({ settings, now: options.now });
  const server = setupServer(...createHandlers(pool));
  return { server, pool, inbox: pool.inbox };
}

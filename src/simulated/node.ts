/** The simulated pool behind msw's setupServer, for tests in Node. */

import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { SimulatedPool, type PoolSettingsInput } from './pool';

export function createSimulatedServer(settings?: PoolSettingsInput, options: { now?: () => number } = {}) {
  const pool = new SimulatedPool({ settings, now: options.now });
  const server = setupServer(...createHandlers(pool));
  return { server, pool, inbox: pool.inbox };
}

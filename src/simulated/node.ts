/** The simulated pool behind msw's setupServer, for tests in Node. */

import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { SimulatedPool, type PoolSettingsInput, type SimulatedPoolOptions } from './pool';

export function createSimulatedServer(settings?: PoolSettingsInput, options: Pick<SimulatedPoolOptions, 'now' | 'signingKey'> = {}) {
  const pool = new SimulatedPool({ settings, ...options });
  const server = setupServer(...createHandlers(pool));
  return { server, pool, inbox: pool.inbox };
}

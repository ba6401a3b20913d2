/** The simulated pool behind msw in Node, recording which Cognito operations were called. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { TARGET_PREFIX } from '../../src/simulated/handlers';
import { createSimulatedServer } from '../../src/simulated/node';
import type { PoolSettingsInput } from '../../src/simulated/pool';

export function useSimulatedCognito(settings?: PoolSettingsInput) {
  const simulated = createSimulatedServer(settings);
  const targets: string[] = [];
  simulated.server.events.on('request:start', ({ request }) => {
    targets.push((request.headers.get('x-amz-target') ?? '').replace(TARGET_PREFIX, ''));
  });
  beforeAll(() => simulated.server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    simulated.pool.reset();
    targets.length = 0;
  });
  afterAll(() => simulated.server.close());
  return { ...simulated, targets };
}

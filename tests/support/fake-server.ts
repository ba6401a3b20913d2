/** The fake user pool behind msw in Node, recording which Cognito operations were called. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createFakeServer } from '../../src/mocks/node';
import type { PoolSettingsInput } from '../../src/mocks/pool';

export function useFakeCognito(settings?: PoolSettingsInput) {
  const fake = createFakeServer(settings);
  const targets: string[] = [];
  fake.server.events.on('request:start', ({ request }) => {
    targets.push((request.headers.get('x-amz-target') ?? '').replace('AWSCognitoIdentityProviderService.', ''));
  });
  beforeAll(() => fake.server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    fake.pool.reset();
    targets.length = 0;
  });
  afterAll(() => fake.server.close());
  return { ...fake, targets };
}

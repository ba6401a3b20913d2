/** The simulated pool's identity: the ids it answers for, and the app is pointed at. */
import type { PoolConfig } from '../config';

export const SIMULATED_POOL: PoolConfig = {
  userPoolId: 'us-east-1_DemoPool1',
  clientId: '5demo0client0id0for0simulated0pool',
  region: 'us-east-1',
};

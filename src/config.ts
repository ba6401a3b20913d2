/**
 * Where the app sends its Cognito requests, read once at build time from VITE_ variables.
 *
 * - No VITE_COGNITO_* variable set: the embedded default, a simulated user pool that runs
 *   inside the browser (src/mocks). `DEMO_POOL` names it.
 * - VITE_COGNITO_USER_POOL_ID and VITE_COGNITO_CLIENT_ID set: a real user pool.
 * - Anything in between: a list of problems, each saying how to fix it.
 */

export interface PoolConfig {
  userPoolId: string;
  clientId: string;
  region: string;
  /** Base URL of a Cognito-compatible endpoint (a local emulator); undefined for AWS itself. */
  endpoint?: string;
}

export type AppConfig =
  | { kind: 'simulated'; pool: PoolConfig }
  | { kind: 'real'; pool: PoolConfig }
  | { kind: 'invalid'; problems: ConfigProblem[] };

export type ConfigProblem =
  | { code: 'missingClientId' }
  | { code: 'missingPoolId' }
  | { code: 'badPoolId'; value: string }
  | { code: 'badClientId'; value: string }
  | { code: 'badRegion'; value: string }
  | { code: 'regionMismatch'; region: string; poolRegion: string }
  | { code: 'badEndpoint'; value: string };

/** The simulated pool of the embedded default. The fake answers for exactly these ids. */
export const DEMO_POOL: PoolConfig = {
  userPoolId: 'us-east-1_DemoPool1',
  clientId: '5demo0client0id0for0simulated0pool',
  region: 'us-east-1',
};

export interface ConfigEnv {
  VITE_COGNITO_USER_POOL_ID?: string;
  VITE_COGNITO_CLIENT_ID?: string;
  VITE_COGNITO_REGION?: string;
  VITE_COGNITO_ENDPOINT?: string;
}

const POOL_ID = /^([a-z]{2}(?:-[a-z]+)+-\d)_[0-9a-zA-Z]+$/;
const CLIENT_ID = /^[\w+]{1,128}$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;

export function readConfig(env: ConfigEnv): AppConfig {
  const poolId = env.VITE_COGNITO_USER_POOL_ID?.trim() ?? '';
  const clientId = env.VITE_COGNITO_CLIENT_ID?.trim() ?? '';
  const regionVar = env.VITE_COGNITO_REGION?.trim() ?? '';
  const endpoint = env.VITE_COGNITO_ENDPOINT?.trim() ?? '';

  if (!poolId && !clientId && !regionVar && !endpoint) return { kind: 'simulated', pool: DEMO_POOL };

  const problems: ConfigProblem[] = [];
  if (!poolId) problems.push({ code: 'missingPoolId' });
  if (!clientId) problems.push({ code: 'missingClientId' });
  const poolMatch = POOL_ID.exec(poolId);
  if (poolId && !poolMatch) problems.push({ code: 'badPoolId', value: poolId });
  if (clientId && !CLIENT_ID.test(clientId)) problems.push({ code: 'badClientId', value: clientId });
  if (regionVar && !REGION.test(regionVar)) problems.push({ code: 'badRegion', value: regionVar });
  const poolRegion = poolMatch?.[1];
  if (regionVar && poolRegion && REGION.test(regionVar) && regionVar !== poolRegion) {
    problems.push({ code: 'regionMismatch', region: regionVar, poolRegion });
  }
  if (endpoint && !isHttpUrl(endpoint)) problems.push({ code: 'badEndpoint', value: endpoint });
  if (problems.length > 0) return { kind: 'invalid', problems };

  return {
    kind: 'real',
    pool: { userPoolId: poolId, clientId, region: regionVar || poolRegion!, endpoint: endpoint || undefined },
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The URL the SDK posts to for this pool. */
export function endpointOf(pool: PoolConfig): string {
  return pool.endpoint ?? `https://cognito-idp.${pool.region}.amazonaws.com/`;
}

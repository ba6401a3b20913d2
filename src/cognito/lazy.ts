/**
 * A CognitoClient whose SDK half loads on first use (or on `preload()`, called once the
 * sign-in form is on screen), so the first paint does not wait for it. Its arrival is marked for
 * `npm run bench` (performance mark `cognito:sdk`).
 */
import type { PoolConfig } from '../config';
import { AuthError } from '../auth/errors';
import { COGNITO_OPERATIONS, type CognitoClient } from '../auth/client';

export interface LazyCognitoClient extends CognitoClient {
  preload(): Promise<void>;
}

export function lazyCognitoClient(pool: PoolConfig): LazyCognitoClient {
  let loading: Promise<CognitoClient> | undefined;
  const load = () =>
    (loading ??= import('./sdk-client').then(
      (module) => {
        globalThis.performance?.mark?.('cognito:sdk');
        return module.createSdkClient(pool);
      },
      (cause: unknown) => {
        loading = undefined; // let the next attempt fetch the chunk again
        throw new AuthError('network', { cause });
      },
    ));

  const client = Object.fromEntries(
    COGNITO_OPERATIONS.map((name) => [
      name,
      async (input: unknown) => {
        const sdk = await load();
        return (sdk[name] as (input: unknown) => Promise<unknown>)(input);
      },
    ]),
  ) as unknown as CognitoClient;

  return {
    ...client,
    preload: () => load().then(() => undefined, () => undefined),
  };
}

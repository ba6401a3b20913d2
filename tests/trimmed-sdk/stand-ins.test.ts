/**
 * The `trimmed-sdk` project (vite.config.ts) runs the adapter's tests on the SDK as builds trim
 * it. This holds the project to that: were the stand-ins not in place (the SDK loaded whole, by
 * Node), those tests would pass without proving anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { CognitoIdentityProviderClient, GetUserCommand, NotAuthorizedException } from '@aws-sdk/client-cognito-identity-provider';
import { createSdkClient } from '../../src/cognito/sdk-client';
import { TRACE, UNUSED_SDK_CODE, type Trace } from '../../src/build/unused-sdk-code';
import { cognitoEndpoint } from '../support/cognito-wire';

const trace = (globalThis as Record<string, unknown>)[TRACE] as Trace;
const POOL = { userPoolId: 'eu-west-1_AbCdEf123', clientId: '4example0client0id', region: 'eu-west-1' };

const endpoint = cognitoEndpoint(() => ({ error: 'NotAuthorizedException', message: 'Access Token has been revoked' }));
const server = setupServer(endpoint.handler);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('the SDK as builds trim it', () => {
  it('is the browser build, with every stand-in in place', async () => {
    await expect(createSdkClient(POOL).getMfaSettings({ accessToken: 'a.b.c' })).rejects.toThrow('Access Token has been revoked');
    expect(new CognitoIdentityProviderClient({ region: POOL.region }).config.runtime).toBe('browser');
    // What the SDK imports only when it needs it (event streams), imported as it would.
    for (const entry of UNUSED_SDK_CODE) {
      if (entry.kind === 'module' && !trace.loaded.has(entry.what)) await import(/* @vite-ignore */ entry.specifier);
    }
    expect([...trace.loaded].sort()).toEqual(UNUSED_SDK_CODE.map((entry) => entry.what).sort());
  });

  it('sends exceptions with their name and message, not as their classes', async () => {
    const sdk = new CognitoIdentityProviderClient({ region: POOL.region, maxAttempts: 1 });
    const error = await sdk.send(new GetUserCommand({ AccessToken: 'a.b.c' })).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'NotAuthorizedException', message: 'Access Token has been revoked' });
    expect(error).not.toBeInstanceOf(NotAuthorizedException);
  });

  it('fails an operation that reaches a stand-in', async () => {
    const adaptive = new CognitoIdentityProviderClient({ region: POOL.region, retryMode: 'adaptive' });
    await expect(adaptive.send(new GetUserCommand({ AccessToken: 'a.b.c' }))).rejects.toThrow('Adaptive retry is left out of this build');
    expect(trace.reached).toEqual(['Adaptive retry']);
    trace.reached.length = 0;
  });
});

/**
 * The lazily loaded client: the SDK's chunk is fetched once, on the first call or on preload();
 * a chunk that fails to arrive is a network failure, and the next call fetches it again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyCognitoClient } from '../../src/cognito/lazy';
import { AuthError } from '../../src/auth/errors';

const chunk = { clients: 0 };

/**
 * The SDK's chunk, as the dynamic import in lazy.ts receives it next (or its failure to arrive):
 * its client answers every call with the operation's name and its input.
 */
function nextChunk(arrives: boolean) {
  vi.resetModules();
  vi.doMock('../../src/cognito/sdk-client', () => {
    if (!arrives) throw new TypeError('Failed to fetch dynamically imported module');
    return {
      createSdkClient: () => {
        chunk.clients += 1;
        // Not a thenable: the client is what a promise resolves to.
        return new Proxy({}, { get: (_, name) => (name === 'then' ? undefined : async (input: unknown) => ({ name, input })) });
      },
    };
  });
}

const POOL = { userPoolId: 'eu-west-1_AbCdEf123', clientId: '4example0client0id', region: 'eu-west-1' };

afterEach(() => {
  vi.doUnmock('../../src/cognito/sdk-client');
  chunk.clients = 0;
});

describe('the lazily loaded client', () => {
  it('loads the SDK once, on preload, marks its arrival, and hands each call to it', async () => {
    performance.clearMarks('cognito:sdk');
    nextChunk(true);
    const client = lazyCognitoClient(POOL);
    expect(chunk.clients).toBe(0);
    await client.preload();
    expect(chunk.clients).toBe(1);
    expect(performance.getEntriesByName('cognito:sdk', 'mark')).toHaveLength(1);

    expect(await client.signIn({ email: 'ada@example.com', password: 'x' })).toEqual({
      name: 'signIn',
      input: { email: 'ada@example.com', password: 'x' },
    });
    expect(await client.globalSignOut({ accessToken: 'a.b.c' })).toEqual({ name: 'globalSignOut', input: { accessToken: 'a.b.c' } });
    expect(chunk.clients).toBe(1);
  });

  it('calls a chunk that did not arrive a network failure, and fetches it again on the next call', async () => {
    nextChunk(false);
    const client = lazyCognitoClient(POOL);
    await expect(client.preload()).resolves.toBeUndefined();
    const failure = await client.signIn({ email: 'ada@example.com', password: 'x' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect((failure as AuthError).code).toBe('network');

    nextChunk(true);
    expect(await client.forgotPassword({ email: 'ada@example.com' })).toEqual({ name: 'forgotPassword', input: { email: 'ada@example.com' } });
    expect(chunk.clients).toBe(1);
  });
});

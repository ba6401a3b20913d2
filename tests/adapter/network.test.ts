/**
 * The adapter on a bad network: it never sends a request again by itself (the statechart decides
 * what is retried, since a Session can be spent only once), and a request that gets no answer
 * fails as a network failure instead of waiting forever.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import { delay, http, HttpResponse } from 'msw';
import { createSdkClient, REQUEST_TIMEOUT_MS } from '../../src/cognito/sdk-client';
import { toAuthError } from '../../src/cognito/sdk-errors';
import { AuthError } from '../../src/auth/errors';
import { cognitoEndpoint, type Answer } from '../support/cognito-wire';

const POOL = { userPoolId: 'eu-west-1_AbCdEf123', clientId: '4example0client0id', region: 'eu-west-1' };
const SESSION = `AYABe${'3'.repeat(30)}`;

let answer: (operation: string) => Answer | 'drop' | 'hold' = () => ({ error: 'InternalErrorException', message: 'unscripted', status: 500 });
const sent: string[] = [];
const endpoint = cognitoEndpoint((operation) => answer(operation) as Answer);
const server = setupServer(
  http.post(/.*/, async ({ request }) => {
    const operation = (request.headers.get('x-amz-target') ?? '').split('.').pop() ?? '';
    sent.push(operation);
    const fate = answer(operation);
    if (fate === 'hold') await delay('infinite');
    return fate === 'drop' ? HttpResponse.error() : undefined;
  }),
  endpoint.handler,
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  vi.useRealTimers();
  expect(endpoint.problems).toEqual([]);
  sent.length = 0;
});
afterAll(() => server.close());

const client = createSdkClient(POOL);
const completeSetup = () => client.completeMfaSetup({ session: SESSION, username: 'uuid-1' }).catch((error: unknown) => error);

describe('the adapter on a bad network', () => {
  it('sends the last step of MFA setup once when the connection drops: the SDK never resends a Session', async () => {
    answer = () => 'drop';
    const failure = await completeSetup();
    expect(failure).toBeInstanceOf(AuthError);
    expect((failure as AuthError).code).toBe('network');
    expect(sent).toEqual(['RespondToAuthChallenge']);
  });

  it.each([
    ['InternalErrorException', 500, 'serviceError'],
    ['TooManyRequestsException', 400, 'tooManyRequests'],
  ])('sends it once when Cognito answers %s, which the SDK would retry', async (error, status, code) => {
    answer = () => ({ error, message: 'x', status });
    const failure = await completeSetup();
    expect((failure as AuthError).code).toBe(code);
    expect(sent).toEqual(['RespondToAuthChallenge']);
  });
});

describe('a request that never answers', () => {
  it(`fails as a network failure after ${REQUEST_TIMEOUT_MS / 1000} s, sent once`, async () => {
    expect(REQUEST_TIMEOUT_MS).toBe(15_000);
    answer = () => 'hold';
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let settled: unknown = 'pending';
    const failure = completeSetup().then((outcome) => (settled = outcome));
    await vi.waitFor(() => expect(sent).toEqual(['RespondToAuthChallenge']));
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 100);
    expect(settled).toBe('pending');
    await vi.advanceTimersByTimeAsync(100);
    await failure;
    expect(settled).toBeInstanceOf(AuthError);
    expect((settled as AuthError).code).toBe('network');
    expect(sent).toEqual(['RespondToAuthChallenge']);
  });
});

describe('a spent Session', () => {
  it.each([
    ['Invalid session for the user, session can only be used once.', true],
    ['Invalid session for the user, session is expired.', undefined],
    ['Invalid session for the user.', undefined],
  ])('“%s” is a session gone, used already: %s', (message, used) => {
    const error = toAuthError({ name: 'NotAuthorizedException', message, $metadata: { httpStatusCode: 400 } });
    expect(error.code).toBe('sessionExpired');
    expect(error.sessionUsed).toBe(used);
  });
});

/**
 * The doctor's probes through the real SDK: exactly two unsigned InitiateAuth requests that the
 * API model accepts, for a user name no one can have, and Cognito's answers kept as it gave them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { probePool } from '../../src/cognito/probe';
import { cognitoEndpoint, type Answer } from '../support/cognito-wire';

const POOL = { userPoolId: 'eu-west-1_AbCdEf123', clientId: '4example0client0id', region: 'eu-west-1' };

let answer: (operation: string, body: Record<string, unknown>) => Answer = () => ({ output: {} });
const endpoint = cognitoEndpoint((operation, body) => answer(operation, body));
const server = setupServer(endpoint.handler);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  endpoint.requests.length = 0;
  server.resetHandlers();
});
afterAll(() => server.close());

const flowOf = (body: Record<string, unknown>) => body.AuthFlow as string;

describe('the probes', () => {
  it('send one sign-in of a user that cannot exist and one refresh with no token, unsigned and as the model wants', async () => {
    await probePool(POOL);
    expect(endpoint.problems).toEqual([]);
    expect(endpoint.requests.map((r) => [r.operation, flowOf(r.body)]).sort()).toEqual([
      ['InitiateAuth', 'REFRESH_TOKEN_AUTH'],
      ['InitiateAuth', 'USER_PASSWORD_AUTH'],
    ]);
    const signIn = endpoint.requests.find((r) => flowOf(r.body) === 'USER_PASSWORD_AUTH')!.body;
    const parameters = signIn.AuthParameters as Record<string, string>;
    expect(signIn.ClientId).toBe(POOL.clientId);
    // The reserved .invalid domain (RFC 2606): no mailbox, no account.
    expect(parameters.USERNAME).toMatch(/^doctor-[0-9a-f]{32}@probe\.invalid$/);
    expect(Object.keys(parameters).sort()).toEqual(['PASSWORD', 'USERNAME']);
  });

  it('use a new random user name and password each time', async () => {
    await probePool(POOL);
    await probePool(POOL);
    const names = endpoint.requests.filter((r) => flowOf(r.body) === 'USER_PASSWORD_AUTH').map((r) => r.body.AuthParameters as Record<string, string>);
    expect(names[0]!.USERNAME).not.toBe(names[1]!.USERNAME);
    expect(names[0]!.PASSWORD).not.toBe(names[1]!.PASSWORD);
  });

  it("keep Cognito's error type, message and status for each", async () => {
    answer = (_operation, body) =>
      flowOf(body) === 'USER_PASSWORD_AUTH'
        ? { error: 'UserNotFoundException', message: 'User does not exist.' }
        : { error: 'NotAuthorizedException', message: 'Invalid Refresh Token.' };
    expect(await probePool(POOL)).toEqual({
      signIn: { kind: 'refused', type: 'UserNotFoundException', message: 'User does not exist.', status: 400 },
      refresh: { kind: 'refused', type: 'NotAuthorizedException', message: 'Invalid Refresh Token.', status: 400 },
    });
  });

  it("tell an answer that is not Cognito's (a portal's HTML page) from no answer at all", async () => {
    server.use(http.post('https://cognito-idp.eu-west-1.amazonaws.com/', () => new HttpResponse('<html>Sign in to the Wi-Fi</html>', { status: 200, headers: { 'content-type': 'text/html' } })));
    expect(await probePool(POOL)).toEqual({ signIn: { kind: 'notCognito', status: 200 }, refresh: { kind: 'notCognito', status: 200 } });

    server.use(http.post('https://cognito-idp.eu-west-1.amazonaws.com/', () => HttpResponse.error()));
    expect(await probePool(POOL)).toEqual({ signIn: { kind: 'noAnswer' }, refresh: { kind: 'noAnswer' } });
  });
});

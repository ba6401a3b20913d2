/**
 * Answers that are not Cognito's, as networks give them: a captive portal's sign-in page (HTTP 200,
 * HTML), a firewall's or proxy's block page (403, HTML), a gateway's empty 429. Through the real
 * SDK client, each becomes a failure the page can explain instead of "Something went wrong".
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createSdkClient } from '../../src/cognito/sdk-client';
import { AuthError } from '../../src/auth/errors';

const POOL = { userPoolId: 'us-east-1_AbCdEf123', clientId: '4example0client0id', region: 'us-east-1' };
const HTML = { 'content-type': 'text/html; charset=utf-8' };

let answer: () => Response = () => new HttpResponse(null, { status: 500 });
const server = setupServer(http.post('https://cognito-idp.us-east-1.amazonaws.com/', () => answer()));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
afterEach(() => server.resetHandlers());

const client = createSdkClient(POOL);

async function failureOf(response: () => Response, call: () => Promise<unknown> = () => client.signIn({ email: 'ada@example.com', password: 'x' })) {
  answer = response;
  const failure = await call().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(AuthError);
  return (failure as AuthError).code;
}

describe('answers that are not Cognito’s', () => {
  it('calls a captive portal’s sign-in page (200, HTML) network trouble', async () => {
    const portal = '<!doctype html><html><head><title>Wi-Fi</title></head><body><form>Accept the terms</form></body></html>';
    expect(await failureOf(() => new HttpResponse(portal, { status: 200, headers: HTML }))).toBe('network');
  });

  it('calls a firewall’s block page (403, HTML) network trouble', async () => {
    const blocked = '<html><body><h1>Access denied</h1><p>This site is blocked by your organisation.</p></body></html>';
    expect(await failureOf(() => new HttpResponse(blocked, { status: 403, headers: HTML }))).toBe('network');
  });

  it('calls a proxy’s plain-text refusal (407) network trouble, on any operation', async () => {
    const refusal = () => new HttpResponse('Proxy Authentication Required', { status: 407, headers: { 'content-type': 'text/plain' } });
    expect(await failureOf(refusal, () => client.globalSignOut({ accessToken: 'a.b.c' }))).toBe('network');
  });

  it('calls an empty 429 too many requests', async () => {
    expect(await failureOf(() => new HttpResponse(null, { status: 429 }))).toBe('tooManyRequests');
  });

  it('calls a 429 with an HTML page too many requests', async () => {
    expect(await failureOf(() => new HttpResponse('<html><body>Slow down</body></html>', { status: 429, headers: HTML }))).toBe(
      'tooManyRequests',
    );
  });

  it('still calls a gateway’s 502 page a service error', async () => {
    expect(await failureOf(() => new HttpResponse('<html><body>Bad gateway</body></html>', { status: 502, headers: HTML }))).toBe(
      'serviceError',
    );
  });

  it('still reads Cognito’s own errors by their type', async () => {
    const cognito = () =>
      HttpResponse.json(
        { __type: 'TooManyRequestsException', message: 'Rate exceeded' },
        { status: 400, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': 'TooManyRequestsException:' } },
      );
    expect(await failureOf(cognito)).toBe('tooManyRequests');
  });

  it('does not call a Cognito error this page does not know network trouble', async () => {
    const unknown = () =>
      HttpResponse.json(
        { __type: 'SomethingNewException', message: 'Something new happened' },
        { status: 400, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': 'SomethingNewException:' } },
      );
    expect(await failureOf(unknown)).toBe('unknown');
  });
});

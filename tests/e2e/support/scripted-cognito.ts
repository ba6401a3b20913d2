/**
 * A Cognito endpoint on "the network", for browser tests of a real-pool build: Playwright routes
 * the browser context's requests to a region's endpoint (a service worker's included) to answers
 * the test scripts, in Cognito's wire format and with the CORS headers Cognito sends. What reaches
 * it is recorded: a request the page answered some other way never shows up here.
 */
import type { BrowserContext } from 'playwright-core';

export interface Sent {
  operation: string;
  body: Record<string, unknown>;
}

export type Reply = { output: Record<string, unknown> } | { error: string; message: string };

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date',
};

export async function scriptedCognito(
  context: BrowserContext,
  region: string,
  answer: (operation: string, body: Record<string, unknown>) => Reply,
): Promise<Sent[]> {
  const sent: Sent[] = [];
  await context.route(`https://cognito-idp.${region}.amazonaws.com/**`, async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') {
      return route.fulfill({
        status: 200,
        headers: { ...CORS, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': (await request.headerValue('access-control-request-headers')) ?? '*' },
      });
    }
    const operation = ((await request.headerValue('x-amz-target')) ?? '').replace('AWSCognitoIdentityProviderService.', '');
    const body = (request.postDataJSON() ?? {}) as Record<string, unknown>;
    sent.push({ operation, body });
    const reply = answer(operation, body);
    const headers = { ...CORS, 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': crypto.randomUUID() };
    if ('output' in reply) return route.fulfill({ status: 200, headers, body: JSON.stringify(reply.output) });
    return route.fulfill({
      status: 400,
      headers: { ...headers, 'x-amzn-errortype': `${reply.error}:`, 'x-amzn-errormessage': reply.message },
      body: JSON.stringify({ __type: reply.error, message: reply.message }),
    });
  });
  return sent;
}

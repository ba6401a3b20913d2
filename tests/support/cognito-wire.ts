/**
 * A minimal Cognito endpoint for adapter tests: it checks each request against the API model
 * (the header, the content type, the body's members) and answers what the test scripted, in
 * Cognito's wire format. Requests that do not conform fail the test from inside the handler.
 */
import { http, HttpResponse } from 'msw';
import { violations } from './model';

export interface Recorded {
  operation: string;
  body: Record<string, unknown>;
  headers: Headers;
}

export type Answer = { output: Record<string, unknown> } | { error: string; message: string; status?: number };

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

export function cognitoEndpoint(answer: (operation: string, body: Record<string, unknown>) => Answer) {
  const requests: Recorded[] = [];
  const problems: string[] = [];
  const handler = http.post(
    ({ request }) => new URL(request.url).hostname.startsWith('cognito-idp.') && request.headers.has('x-amz-target'),
    async ({ request }) => {
      const target = request.headers.get('x-amz-target') ?? '';
      const operation = target.slice(TARGET_PREFIX.length);
      const body = (await request.json()) as Record<string, unknown>;
      requests.push({ operation, body, headers: request.headers });
      if (!target.startsWith(TARGET_PREFIX)) problems.push(`bad X-Amz-Target ${target}`);
      if (request.headers.get('content-type') !== 'application/x-amz-json-1.1') {
        problems.push(`bad content type ${request.headers.get('content-type')}`);
      }
      if (request.headers.has('authorization')) problems.push(`${operation} was signed; it must not be`);
      problems.push(...violations(operation, body).map((line) => `${operation}: ${line}`));

      const reply = answer(operation, body);
      const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': crypto.randomUUID() };
      if ('output' in reply) return HttpResponse.json(reply.output, { headers });
      return HttpResponse.json(
        { __type: reply.error, message: reply.message },
        {
          status: reply.status ?? 400,
          headers: { ...headers, 'x-amzn-errortype': `${reply.error}:`, 'x-amzn-errormessage': reply.message },
        },
      );
    },
  );
  return { handler, requests, problems };
}

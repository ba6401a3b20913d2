/**
 * A minimal Cognito endpoint for adapter tests: it checks each request against the API model
 * (the header, the content type, the body's members) and answers what the test scripted, in
 * Cognito's wire format (the simulated pool's own response helper). Requests that do not conform
 * fail the test from inside the handler.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { cognitoRegion, JSON_11, operationOf, toHttpResponse } from '../../src/simulated/handlers';
import { violations } from './model';

export interface Recorded {
  operation: string;
  body: Record<string, unknown>;
  headers: Headers;
}

export type Answer = { output: Record<string, unknown> } | { error: string; message: string; status?: number };

export function cognitoEndpoint(answer: (operation: string, body: Record<string, unknown>) => Answer) {
  const requests: Recorded[] = [];
  const problems: string[] = [];
  const handler = http.post(
    ({ request }) => cognitoRegion(request.url) !== undefined && request.headers.has('x-amz-target'),
    async ({ request }) => {
      const target = request.headers.get('x-amz-target') ?? '';
      const operation = operationOf(request) ?? target;
      const body = (await request.json()) as Record<string, unknown>;
      requests.push({ operation, body, headers: request.headers });
      if (operationOf(request) === undefined) problems.push(`bad X-Amz-Target ${target}`);
      if (request.headers.get('content-type') !== JSON_11) {
        problems.push(`bad content type ${request.headers.get('content-type')}`);
      }
      if (request.headers.has('authorization')) problems.push(`${operation} was signed; it must not be`);
      problems.push(...violations(operation, body).map((line) => `${operation}: ${line}`));

      const reply = answer(operation, body);
      if ('output' in reply) return toHttpResponse({ status: 200, body: reply.output });
      return toHttpResponse({ status: reply.status ?? 400, body: { __type: reply.error, message: reply.message } });
    },
  );
  return { handler, requests, problems };
}

const UNSCRIPTED: Answer = { error: 'InternalErrorException', message: 'unscripted', status: 500 };

/**
 * A scripted Cognito endpoint for one test file, served by msw in Node: a test puts the answer an
 * operation gets in `answers` (a list: one answer per call, in order); after each test every
 * request must have met the API model, and the script and the recorded requests are cleared.
 */
export function useScriptedCognito() {
  const answers: Record<string, Answer | Answer[]> = {};
  const endpoint = cognitoEndpoint((operation) => {
    const answer = answers[operation];
    return (Array.isArray(answer) ? answer.shift() : answer) ?? UNSCRIPTED;
  });
  const server = setupServer(endpoint.handler);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    expect(endpoint.problems).toEqual([]);
    endpoint.requests.length = 0;
    for (const operation of Object.keys(answers)) delete answers[operation];
  });
  afterAll(() => server.close());
  return { answers, endpoint };
}

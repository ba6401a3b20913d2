/**
 * msw handlers that put the simulated pool on the wire as Cognito's AWS JSON 1.1 endpoint:
 * `POST https://cognito-idp.{region}.amazonaws.com/` with `X-Amz-Target:
 * AWSCognitoIdentityProviderService.<Operation>` (reference §2). Any region's host matches; the pool
 * answers only for its own region.
 *
 * Responses: `Content-Type: application/x-amz-json-1.1`, `x-amzn-RequestId`, always a JSON body;
 * errors add `x-amzn-ErrorType: <Type>:` (trailing colon) and `x-amzn-ErrorMessage`, plus the CORS
 * headers Cognito sends to browsers. Beside it, the pool's JWKS and the sample API (sample-api.ts).
 */

import { http, HttpResponse, type HttpHandler, type HttpResponseResolver, type RequestHandlerOptions } from 'msw';
import { protocolError, type SimulatedPool, type OperationName, type PoolResponse } from './pool';
import { resourceHandlers, type ResourcePool } from './sample-api';
import { randomUuid } from './totp';

/** `X-Amz-Target` is this prefix and the operation's name. */
export const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';
/** The content type of every request and answer. */
export const JSON_11 = 'application/x-amz-json-1.1';
const HOST = /^cognito-idp(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|api\.aws)$/;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date',
};
const PREFLIGHT_HEADERS = 'content-type,x-amz-target,x-amz-user-agent,amz-sdk-invocation-id,amz-sdk-request,cache-control';

/** The region of a Cognito user-pool endpoint URL, or undefined for any other URL. */
export function cognitoRegion(url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.pathname !== '/') return undefined;
  return HOST.exec(parsed.hostname)?.[1];
}

/** The operation a request's `X-Amz-Target` names, or undefined without Cognito's prefix. */
export function operationOf(request: Request): string | undefined {
  const target = request.headers.get('x-amz-target');
  return target?.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : undefined;
}

/** Header values must be printable ASCII (and a message may quote user input). */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?');
}

/** A status and body as Cognito puts them on the wire, with its headers (shared with the adapter tests' endpoint). */
export function toHttpResponse({ status, body }: PoolResponse): HttpResponse<string> {
  const headers = new Headers({ 'Content-Type': JSON_11, 'x-amzn-RequestId': randomUuid(), ...CORS_HEADERS });
  if (status >= 300 && typeof body.__type === 'string') {
    headers.set('x-amzn-ErrorType', `${body.__type}:`);
    const message = body.message ?? body.Message;
    if (typeof message === 'string') headers.set('x-amzn-ErrorMessage', headerSafe(message));
  }
  return new HttpResponse(JSON.stringify(body), { status, headers });
}

async function readBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, body: {} };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** `pageOrigin`: the origin whose `/sample-api/profile` the pool answers (sample-api.ts). */
export function createHandlers(pool: Pick<SimulatedPool, 'handle'> & ResourcePool, options: { pageOrigin?: string } = {}): HttpHandler[] {
  const isCognito = ({ request }: { request: Request }) => cognitoRegion(request.url) !== undefined;

  return [
    http.options(isCognito, ({ request }) => {
      const requested = request.headers.get('access-control-request-headers');
      return new HttpResponse(null, {
        status: 200,
        headers: {
          ...CORS_HEADERS,
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': requested ?? PREFLIGHT_HEADERS,
          'Access-Control-Max-Age': '172800',
        },
      });
    }),

    http.post(
      ({ request }) => isCognito({ request }) && operationOf(request) !== undefined,
      async ({ request }) => {
        const contentType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
        if (contentType !== JSON_11) {
          return toHttpResponse(protocolError('unsupportedContentType', { contentType: contentType || '(none)' }));
        }
        const parsed = await readBody(request);
        if (!parsed.ok) return toHttpResponse(protocolError('malformedJson'));
        const region = cognitoRegion(request.url);
        return toHttpResponse(await pool.handle(operationOf(request)!, parsed.body, { region }));
      },
    ),

    // Anything else sent to a Cognito host (no or foreign X-Amz-Target, other methods).
    http.all(isCognito, () => toHttpResponse(protocolError('unknownOperation'))),

    ...resourceHandlers(pool, options),
  ];
}

/**
 * A handler for one Cognito operation, to prepend as a left-most override (`worker.use(...)`,
 * `server.use(...)`) for what the pool's state cannot produce on demand: throttling, a dropped
 * connection, an outage, an answer that never comes. A resolver that returns nothing lets the
 * request through to the simulated pool.
 *
 *   server.use(onOperation('InitiateAuth', () => cognitoError('TooManyRequestsException', 'Rate exceeded'), { once: true }))
 */
export function onOperation(operation: OperationName, resolver: HttpResponseResolver, options?: RequestHandlerOptions): HttpHandler {
  return http.post(
    ({ request }) => cognitoRegion(request.url) !== undefined && operationOf(request) === operation,
    resolver,
    options,
  );
}

/** An error as Cognito puts it on the wire: HTTP 500 for InternalErrorException, else 400. */
export function cognitoError(type: string, message?: string): HttpResponse<string> {
  const status = type === 'InternalErrorException' ? 500 : 400;
  return toHttpResponse({ status, body: message === undefined ? { __type: type } : { __type: type, message } });
}

/**
 * What a backend of the simulated pool would see, in the same service worker:
 *
 * - `GET <issuer>/.well-known/jwks.json`: the pool's JSON Web Key Set, where Cognito publishes the
 *   keys its tokens are signed with, so any JWT library can verify them.
 * - `GET /sample-api/profile` on the page's own origin: stands in for an API Gateway route with a
 *   Cognito user pool authorizer. With `Authorization: Bearer <access token>` that the authorizer
 *   would accept (TokenStore.acceptedAccessClaims): 200 and `{ sub, username, groups,
 *   tokenExpiresAt, servedAt }`; otherwise 401 `{"message":"Unauthorized"}` with
 *   `WWW-Authenticate: Bearer error="invalid_token"`, as API Gateway answers.
 */

import { http, HttpResponse, type HttpHandler } from 'msw';
import type { SimulatedPool } from './pool';

export const SAMPLE_API_PATH = '/sample-api/profile';
export const JWKS_PATH = '/.well-known/jwks.json';

export type ResourcePool = Pick<SimulatedPool, 'issuer' | 'jwks' | 'acceptedAccessClaims' | 'now'>;

/** What the sample API answers a caller with an accepted access token. */
export interface SampleProfile {
  sub: string;
  username: string;
  groups: string[];
  /** The access token's `exp`, in Unix seconds. */
  tokenExpiresAt: number;
  /** When the pool's clock answered, ISO 8601. */
  servedAt: string;
}

/**
 * `pageOrigin` is the only origin whose `/sample-api/profile` is answered (the page's own, in the
 * browser); without it, any origin's (in Node, where tests pick a URL).
 */
export function resourceHandlers(pool: ResourcePool, { pageOrigin }: { pageOrigin?: string } = {}): HttpHandler[] {
  const isSampleApi = (url: URL) => url.pathname === SAMPLE_API_PATH && (pageOrigin === undefined || url.origin === pageOrigin);
  return [
    http.get(`${pool.issuer}${JWKS_PATH}`, async () =>
      HttpResponse.json(await pool.jwks(), { headers: { 'Access-Control-Allow-Origin': '*' } }),
    ),
    http.get(({ request }) => isSampleApi(new URL(request.url)), async ({ request }) => profileResponse(pool, request)),
  ];
}

async function profileResponse(pool: ResourcePool, request: Request): Promise<Response> {
  const token = /^Bearer ([A-Za-z0-9._=-]+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  const claims = token === undefined ? undefined : await pool.acceptedAccessClaims(token);
  if (!claims) {
    return HttpResponse.json(
      { message: 'Unauthorized' },
      { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"', 'Cache-Control': 'no-store' } },
    );
  }
  const groups = claims['cognito:groups'];
  const profile: SampleProfile = {
    sub: String(claims.sub),
    username: String(claims.username),
    groups: Array.isArray(groups) ? groups.map(String) : [],
    tokenExpiresAt: Number(claims.exp),
    servedAt: new Date(pool.now()).toISOString(),
  };
  return HttpResponse.json(profile, { headers: { 'Cache-Control': 'no-store' } });
}

/**
 * The Content-Security-Policy the built page runs under. connect-src names the one Cognito
 * endpoint the build talks to: CSP allows a wildcard only as a host's leftmost label, so
 * `https://cognito-idp.*.amazonaws.com` is not a valid source and browsers ignore it.
 */
export function contentSecurityPolicy(cognitoEndpoint: string): string {
  const origin = new URL(cognitoEndpoint).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${origin}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

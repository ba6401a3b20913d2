/**
 * Reads a JWT's claims. It does not verify the signature: the browser only displays what the
 * token says about the person; a server that trusts a token must verify it with the pool's JWKS.
 */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    // base64url to base64; atob needs no padding (forgiving-base64 decode, HTML standard).
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The site's API: `VITE_API_URL` at build time (README: "The site's pages"), else this page's own
 * origin. Its origin is the only one besides the page's that the session's fetch sends the access
 * token to, and the build puts it in the Content-Security-Policy's connect-src.
 */
export const API_URL = (import.meta.env.VITE_API_URL ?? '').replace(/\/+$/, '');

/** The address of `path` (`/sample-api/profile`) on the site's API. */
export function apiUrl(path: string): string {
  return `${API_URL}${path}`;
}

/**
 * Where to go after signing in: `?return=<path>` on the sign-in page's address, for links from
 * the site's other pages (`/?return=/reports/2026`), or `?return=/#/profile` for a page of its own.
 * Only a path of this very origin is taken. Anything that could lead elsewhere is ignored (the
 * person lands on the home page): another origin, a scheme (`javascript:`), `//host`
 * (scheme-relative), a backslash (browsers read `/\host` as `//host`), control characters and
 * spaces (the URL parser drops tabs and newlines: `/\t/host`), and any of these percent-encoded,
 * however many times.
 */

/** Undoes percent-encoding until nothing changes (or it is not valid encoding). */
function decodedFully(value: string): string {
  let current = value;
  for (let round = 0; round < 5; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

function looksSafe(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return value.startsWith('/') && !value.startsWith('//') && !/[\\\u0000-\u0020\u007f]/.test(value);
}

/**
 * The same-origin destination `raw` names, as `path?query#hash`, or null when it is not one.
 * `origin` is the page's own (location.origin).
 */
export function safeReturnPath(raw: string | null, origin: string): string | null {
  if (!raw || !looksSafe(raw) || !looksSafe(decodedFully(raw))) return null;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return null;
  }
  return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
}

/**
 * Where `?return=` leads once signed in: a page of this app (its route), another page of the
 * site (its path), or nowhere (null: the home page).
 */
export function returnDestination(
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
): { route: string } | { href: string } | null {
  const path = safeReturnPath(new URLSearchParams(location.search).get('return'), location.origin);
  if (!path) return null;
  const url = new URL(path, location.origin);
  if (url.pathname === location.pathname) return url.hash.startsWith('#/') ? { route: url.hash.slice(1) } : null;
  return { href: path };
}

/**
 * Does a Content-Security-Policy let the page `fetch` a URL? connect-src decides, or
 * default-src where connect-src is absent; with neither, anything goes. Source matching follows
 * CSP Level 3, "Does url match expression in origin with redirect count?" (§6.7.2.8), for the
 * kinds of source a connect-src can hold: `*`, `'none'`, `'self'`, a scheme (`https:`) and a host
 * (`https://*.example.com:443/path`). Keywords that concern scripts (nonces, hashes) match no URL.
 */

export function allowsConnect(policy: string, url: string, pageOrigin: string): boolean {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // "If a policy contains more than one directive with the same name, the first one wins" (CSP3 §2.2.1).
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  const sources = directives.get('connect-src') ?? directives.get('default-src');
  if (!sources) return true;
  const target = new URL(url);
  const page = new URL(pageOrigin);
  return sources.some((source) => matches(source, target, page));
}

/** Every policy must allow it: the browser enforces each one (CSP3 §4.1, "multiple policies"). */
export function allAllowConnect(policies: readonly string[], url: string, pageOrigin: string): boolean {
  return policies.every((policy) => allowsConnect(policy, url, pageOrigin));
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };
const portOf = (url: URL) => url.port || DEFAULT_PORTS[url.protocol] || '';
const HOST_SOURCE = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[^/:]+)(?::(\d+|\*))?(\/.*)?$/i;

function matches(source: string, url: URL, page: URL): boolean {
  const lower = source.toLowerCase();
  if (lower === "'none'") return false;
  if (lower === '*') return /^(https?|wss?):$/.test(url.protocol) || url.protocol === page.protocol;
  if (lower === "'self'") return url.origin === page.origin || (page.protocol === 'http:' && url.protocol === 'https:' && url.host === page.host);
  if (lower.startsWith("'")) return false;
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return schemeMatches(lower, url.protocol);
  const host = HOST_SOURCE.exec(lower);
  if (!host) return false;
  const [, scheme, hostPart, port, path] = host;
  if (scheme ? !schemeMatches(`${scheme}:`, url.protocol) : !schemeMatches(page.protocol, url.protocol)) return false;
  if (!hostMatches(hostPart!, url.hostname)) return false;
  // No port: the URL's scheme's default port (so `http://host` also allows https://host, upgraded).
  if (port !== '*' && (port ?? DEFAULT_PORTS[url.protocol]) !== portOf(url)) return false;
  return !path || pathMatches(path, url.pathname);
}

/** A scheme allows itself and its secure upgrade: `http:` allows https, `ws:` allows wss. */
function schemeMatches(allowed: string, actual: string): boolean {
  return allowed === actual || (allowed === 'http:' && actual === 'https:') || (allowed === 'ws:' && actual === 'wss:');
}

/** `*.example.com` allows any host below example.com, never example.com itself. */
function hostMatches(pattern: string, hostname: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return hostname.endsWith(pattern.slice(1));
  return pattern === hostname;
}

/** A path ending in `/` allows everything under it; any other path only itself. */
function pathMatches(pattern: string, pathname: string): boolean {
  const decoded = decodeURIComponent(pattern);
  return decoded.endsWith('/') ? pathname.startsWith(decoded) : pathname === decoded;
}

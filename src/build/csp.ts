/**
 * The Content-Security-Policy the built page runs under, and the `_headers` file every build
 * writes with it (Netlify and Cloudflare Pages read it; other hosts: README). connect-src names the
 * one Cognito endpoint the build talks to: CSP allows a wildcard only as a host's leftmost label,
 * so `https://cognito-idp.*.amazonaws.com` is not a valid source and browsers ignore it.
 * Build-time code: the app itself never imports this module.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { endpointOf, readConfig, type AppConfig, type ConfigEnv } from '../config.ts';
import { SIMULATED_POOL } from '../simulated/pool-ids.ts';

/**
 * `frameAncestors`: 'none' for a sign-in page (no other page may frame it: clickjacking);
 * 'self' for a demo build, whose designers' gallery frames its own pages. `apiUrl`: the site's
 * API on another origin (VITE_API_URL), which its pages call.
 */
export function contentSecurityPolicy(
  cognitoEndpoint: string | undefined,
  { frameAncestors = "'none'", apiUrl = '' }: { frameAncestors?: string; apiUrl?: string } = {},
): string {
  const origins = [cognitoEndpoint, apiUrl].filter((url): url is string => /^https?:\/\//.test(url ?? '')).map((url) => new URL(url).origin);
  const connect = ["'self'", ...new Set(origins)].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${connect}`,
    "base-uri 'none'",
    `frame-ancestors ${frameAncestors}`,
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The response headers for every page and file of a build, by what it is configured for: a real
 * pool's endpoint in connect-src and no framing at all; on the demo build the simulated pool's
 * endpoint (its service worker answers there) and framing by the site's own pages only. A build
 * with an invalid configuration shows only what to fix, and talks to nothing.
 */
export function hostHeaders(config: AppConfig, apiUrl = ''): Record<string, string> {
  const demo = config.kind === 'simulated';
  const endpoint = config.kind === 'real' ? endpointOf(config.pool) : demo ? endpointOf(SIMULATED_POOL) : undefined;
  return {
    'Content-Security-Policy': contentSecurityPolicy(endpoint, {
      frameAncestors: demo ? "'self'" : "'none'",
      apiUrl: config.kind === 'invalid' ? '' : apiUrl,
    }),
    // For browsers without frame-ancestors.
    'X-Frame-Options': demo ? 'SAMEORIGIN' : 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * How long a browser may keep a file of the build's assets folder without asking again: every one
 * is named by a hash of its content (Vite's `[name]-[hash]`, the early script's too), so a new
 * build names new files and a kept one is never stale. Without it a static host makes the browser
 * ask each time (Cloudflare's default is `public, max-age=0, must-revalidate`): a round trip for
 * the stylesheet and the early script before every first paint, on every visit. The pages
 * themselves are not kept: they name the files of the build that is live.
 */
export const ASSETS_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * The headers as Netlify's and Cloudflare Pages' `_headers` file: `headers` for every path (`/*`),
 * and the long-lived Cache-Control for the files under `assets` (the build's assets folder, at
 * the site's base).
 */
export function headersFile(headers: Record<string, string>, assets = '/assets/'): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Written by the build from its configuration (src/build/csp.ts); README: "Content-Security-Policy".',
    '/*',
    ...lines,
    `${assets}*`,
    `  Cache-Control: ${ASSETS_CACHE_CONTROL}`,
    '',
  ].join('\n');
}

/**
 * Vite plugin: every build writes `_headers` into its output for the pool it is configured for,
 * unless public/ has a `_headers` of its own (then Vite copies that one, and this writes nothing).
 */
export function hostHeadersFile(): Plugin {
  let text = '';
  return {
    name: 'host-headers-file',
    apply: 'build',
    configResolved(config) {
      const own = config.publicDir !== '' && existsSync(join(config.publicDir, '_headers'));
      const assets = `${config.base}${config.build.assetsDir}/`.replace(/\/{2,}/g, '/');
      text = own ? '' : headersFile(hostHeaders(readConfig(config.env as ConfigEnv), (config.env as { VITE_API_URL?: string }).VITE_API_URL), assets);
    },
    generateBundle() {
      if (text) this.emitFile({ type: 'asset', fileName: '_headers', source: text });
    },
  };
}

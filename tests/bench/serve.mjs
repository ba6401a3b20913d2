/**
 * Serves a build folder on loopback as a static host would: files as they are, index.html for
 * the root, any extra headers (a Content-Security-Policy), and gzip -9 when the browser accepts
 * it, so that a throttled network carries the bytes the size tables count. The browser tests use
 * it too (tests/e2e/support/static-server.ts).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * The rules of a build's `_headers` (src/build/csp.ts writes it; Netlify's and Cloudflare Pages'
 * format): a path pattern, `/*` or a folder's `/assets/*`, then its headers indented.
 * @param {string} text
 * @returns {{ prefix: string; headers: Record<string, string> }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ prefix: string; headers: Record<string, string> }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ prefix: line.trim().replace(/\*$/, ''), headers: {} });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules[rules.length - 1].headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/**
 * @param {string} root
 * @param {Record<string, string>} [extraHeaders] sent with every file (a Content-Security-Policy)
 * @param {{ hostHeaders?: boolean }} [options] `hostHeaders`: send what the build's `_headers`
 *   says for each path, as Netlify or Cloudflare Pages would (its assets kept by the browser)
 */
export async function serveStatic(root, extraHeaders = {}, { hostHeaders = false } = {}) {
  const rules = hostHeaders ? parseHeadersFile(await readFile(join(root, '_headers'), 'utf8')) : [];
  /** @type {Map<string, Buffer>} */
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const relative = normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(root, relative));
      /** @type {Record<string, string>} */
      const headers = {
        'content-type': TYPES[/** @type {keyof TYPES} */ (extname(relative))] ?? 'application/octet-stream',
        ...Object.assign({}, ...rules.filter((rule) => path.startsWith(rule.prefix)).map((rule) => rule.headers)),
        ...extraHeaders,
      };
      const compressible = /\.(html|js|css|svg|json)$/.test(relative);
      if (compressible && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        if (!gzipped.has(relative)) gzipped.set(relative, gzipSync(body, { level: 9 }));
        response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        response.end(gzipped.get(relative));
      } else {
        response.writeHead(200, headers);
        response.end(body);
      }
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

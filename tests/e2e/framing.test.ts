/**
 * Clickjacking: every build writes a `_headers` file (Netlify, Cloudflare Pages) that forbids
 * other sites to frame it. Chromium on each build served with the headers of that file, as such
 * a host would: a page of another origin frames the site and the app does not load in the frame;
 * the demo build's gallery, which frames the site's own pages, still works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/build/csp';
import { endpointOf, readConfig } from '../../src/config';
import { SIMULATED_POOL } from '../../src/simulated/pool-ids';
import { en } from '../../src/i18n/en';
import { launchChromium } from './support/browser';
import { REAL_POOL_ENV, sharedBuild } from './support/build';
import { parseHeadersFile, serveStatic, type StaticSite } from './support/static-server';

/**
 * Another site: a second loopback server (another port, so another origin) whose one page frames
 * `?frame=<url>`. It has to be a real server on loopback: Chromium refuses to let a page of no
 * known address frame a loopback one at all (Local Network Access), which would prove nothing.
 */
async function serveElsewhere(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const frame = new URL(request.url ?? '/', 'http://localhost').searchParams.get('frame') ?? '';
    const src = frame.replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Elsewhere</title><iframe src="${src}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Netlify's and Cloudflare Pages' `_headers` (tests/bench/serve.mjs reads it): the headers for
 * `/*`, every path, which this host sends; the only other path, the hashed assets' (`/assets/*`),
 * carries their Cache-Control alone.
 */
function readHeadersFile(dist: string): Record<string, string> {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  expect(rules.map((rule) => rule.prefix)).toEqual(['/', '/assets/']);
  expect(rules[1]!.headers).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
  return Object.fromEntries(Object.entries(rules[0]!.headers).map(([name, value]) => [name.toLowerCase(), value]));
}

let browser: Browser;
let elsewhere: { url: string; close(): Promise<void> };
const sites: StaticSite[] = [];
beforeAll(async () => {
  [browser, elsewhere] = await Promise.all([launchChromium(), serveElsewhere()]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([elsewhere?.close(), ...sites.map((site) => site.close())]);
});

async function serve(dist: string, headers: Record<string, string>): Promise<StaticSite> {
  const site = await serveStatic(dist, headers);
  sites.push(site);
  return site;
}

/**
 * Another site's page that frames `url`. Answers whether the app loaded in the frame: the
 * frame's document was fetched, and then whether any of the app's scripts were.
 */
async function framedElsewhere(url: string): Promise<{ page: Page; documentFetched: boolean; appLoaded: boolean }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  // Until the load event, which waits for the frame's own.
  await page.goto(`${elsewhere.url}?frame=${encodeURIComponent(url)}`);
  // Whatever the frame would fetch next (the entry chunk, then the rest) has had its chance.
  await page.waitForTimeout(500);
  return {
    page,
    documentFetched: requested.includes(url),
    appLoaded: requested.some((request) => request.startsWith(url) && /\/assets\/.+\.js$/.test(request)),
  };
}

describe('a build for a real pool', () => {
  let headers: Record<string, string>;
  let dist: string;
  beforeAll(async () => {
    dist = (await sharedBuild('real')).outDir;
    headers = readHeadersFile(dist);
  }, 180_000);

  it('writes the headers for its own pool: its endpoint in connect-src, no framing', () => {
    const config = readConfig(REAL_POOL_ENV);
    if (config.kind !== 'real') throw new Error('REAL_POOL_ENV is not a real pool');
    expect(headers).toEqual({
      'content-security-policy': contentSecurityPolicy(endpointOf(config.pool)),
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    expect(headers['content-security-policy']).toContain("connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com;");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('cannot be framed by another site', async () => {
    const site = await serve(dist, headers);
    const framed = await framedElsewhere(site.url);
    expect(framed.documentFetched).toBe(true);
    expect(framed.appLoaded).toBe(false);
    await framed.page.context().close();
  });

  it('is framed by another site where the host sends no such header: the check is not blind', async () => {
    const site = await serve(dist, {});
    const framed = await framedElsewhere(site.url);
    expect(framed.appLoaded).toBe(true);
    await framed.page.frameLocator('iframe').getByRole('heading', { name: en.signIn.heading }).waitFor();
    await framed.page.context().close();
  });
});

describe('the demo build', () => {
  let headers: Record<string, string>;
  let site: StaticSite;
  beforeAll(async () => {
    const dist = (await sharedBuild('demo')).outDir;
    headers = readHeadersFile(dist);
    site = await serve(dist, headers);
  }, 180_000);

  it("writes the simulated pool's endpoint, and framing by the site's own pages only", () => {
    expect(headers['content-security-policy']).toBe(
      contentSecurityPolicy(endpointOf(SIMULATED_POOL), { frameAncestors: "'self'" }),
    );
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('cannot be framed by another site', async () => {
    const framed = await framedElsewhere(site.url);
    expect(framed.documentFetched).toBe(true);
    expect(framed.appLoaded).toBe(false);
    await framed.page.context().close();
  });

  it("frames its own previews in the gallery", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|X-Frame-Options|frame-ancestors/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${site.url}?gallery`);
    expect(response?.headers()['x-frame-options']).toBe('SAMEORIGIN');
    await page.locator('figure[data-preview="signIn"][data-status="reached"]').waitFor();
    await page.frameLocator('figure[data-preview="signIn"] iframe').getByRole('heading', { name: en.signIn.heading }).waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });
});

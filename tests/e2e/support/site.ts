/**
 * The demo build served on loopback under the strict Content-Security-Policy the README gives,
 * and a page that fails the test on any console error or CSP violation.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { contentSecurityPolicy } from '../../../src/build/csp';
import { endpointOf } from '../../../src/config';
import { SIMULATED_POOL } from '../../../src/simulated/pool-ids';
import { sharedBuild, type MeasuredBuild } from './build';
import { serveStatic, type StaticSite } from './static-server';

export const CSP = contentSecurityPolicy(endpointOf(SIMULATED_POOL));

export interface DemoSite {
  browser: Browser;
  site: StaticSite;
  /** The build served, measured. */
  build: MeasuredBuild;
}

/**
 * Chromium and a build served under the CSP, for one test file (before all its tests, closed
 * after): the demo build, unless `variant` or `env` say otherwise. The build is this run's
 * (`sharedBuild`), made once for every file that serves the same one.
 */
export function useDemoSite(
  options: { variant?: 'demo' | 'real'; env?: Record<string, string>; headers?: Record<string, string> } = {},
): DemoSite {
  const demo = {} as DemoSite;
  beforeAll(async () => {
    const [browser, build] = await Promise.all([launchChromium(), sharedBuild(options.variant ?? 'demo', options.env)]);
    demo.browser = browser;
    demo.build = build;
    demo.site = await serveStatic(build.outDir, options.headers ?? { 'content-security-policy': CSP });
  });
  afterAll(async () => {
    await demo.browser?.close();
    await demo.site?.close();
  });
  return demo;
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
}

export async function openPage(browser: Browser, url: string, { clock = false } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  // Playwright's clock in the page (its Date and timers, the simulated pool's included): the test
  // moves it on rather than waiting.
  if (clock) await page.clock.install();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The browser logs every HTTP error response itself; Cognito answers a wrong code with 400.
    const fromCognito = message.location().url.startsWith(endpointOf(SIMULATED_POOL));
    if (fromCognito && message.text().includes('status of 400')) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, problems };
}

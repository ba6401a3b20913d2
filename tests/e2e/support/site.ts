/**
 * The demo build served on loopback under the strict Content-Security-Policy the README gives,
 * and a page that fails the test on any console error or CSP violation.
 */
import type { Browser, Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../../src/csp';
import { endpointOf } from '../../../src/config';
import { DEMO_POOL } from '../../../src/mocks/demo-pool';
import { buildDemo } from './build';
import { serveStatic, type StaticSite } from './static-server';

export const CSP = contentSecurityPolicy(endpointOf(DEMO_POOL));

let built: Promise<string> | undefined;

export async function startDemoSite(): Promise<StaticSite> {
  built ??= buildDemo();
  return serveStatic(await built, { 'content-security-policy': CSP });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
}

export async function openPage(browser: Browser, url: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The browser logs every HTTP error response itself; Cognito answers a wrong code with 400.
    const fromCognito = message.location().url.startsWith(endpointOf(DEMO_POOL));
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

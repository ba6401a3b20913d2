/**
 * The demo's service worker and a real-pool build on the same origin (README: never serve both
 * there; this is what happens if someone does). The worker controls every page in its scope, and
 * msw hands the requests of a frame that never started it to the demo tab. A real-pool build
 * framed in a demo tab, or opened beside one, must still send its Cognito requests to the
 * network — here a scripted endpoint — and never to the simulated pool. The real pool is in the
 * simulated pool's own region, us-east-1: the same endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { SIMULATED_POOL } from '../../src/simulated/pool-ids';
import { en } from '../../src/i18n/en';
import { launchChromium } from './support/browser';
import { sharedBuild } from './support/build';
import { scriptedCognito, type Sent } from './support/scripted-cognito';
import { serveStatic, type StaticSite } from './support/static-server';

const E2E = fileURLToPath(new URL('../../node_modules/.e2e/', import.meta.url));
/** Both builds in one folder: the demo at /, the real-pool build's page at /real.html. */
const SITE = join(E2E, 'demo-worker-site');
const REAL_POOL = { VITE_COGNITO_USER_POOL_ID: 'us-east-1_RealPool9', VITE_COGNITO_CLIENT_ID: '7real0client0id' };

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  browser = await launchChromium();
  // One after the other: each build sets its variables in this process's environment.
  const demo = (await sharedBuild('demo')).outDir;
  const real = (await sharedBuild('real', REAL_POOL)).outDir;
  rmSync(SITE, { recursive: true, force: true });
  cpSync(demo, SITE, { recursive: true });
  // Chunk names carry their content's hash: a name both builds have is the same file.
  cpSync(join(real, 'assets'), join(SITE, 'assets'), { recursive: true });
  cpSync(join(real, 'index.html'), join(SITE, 'real.html'));
  site = await serveStatic(SITE);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A tab of the demo with its worker started and answering. */
async function demoTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url);
  await page.getByRole('complementary', { name: 'Dev inbox' }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

async function signInWrongly(frame: Page | Frame) {
  await frame.getByLabel('Email').fill('ada@example.com');
  await frame.getByLabel('Password', { exact: true }).fill('Not-the-passw0rd');
  await frame.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Cognito's answer to a wrong password, from the network; the simulated pool does not know this client. */
async function network(context: BrowserContext): Promise<Sent[]> {
  return scriptedCognito(context, SIMULATED_POOL.region, () => ({ error: 'NotAuthorizedException', message: 'Incorrect username or password.' }));
}

describe('a real-pool build on the demo’s origin', () => {
  it('framed in a demo tab, sends its requests to the network, not to the demo’s worker', async () => {
    const context = await browser.newContext();
    const sent = await network(context);
    const demo = await demoTab(context);
    await demo.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = '/real.html';
      frame.title = 'real';
      document.body.append(frame);
    });
    const real = demo.frameLocator('iframe[title="real"]');
    await real.getByRole('heading', { name: en.signIn.heading }).waitFor();
    const frame = demo.frames().find((candidate) => candidate.url().endsWith('/real.html'))!;
    // The demo's worker is in the way: it controls the frame.
    expect(await frame.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/mockServiceWorker\.js$/);

    await signInWrongly(frame);
    await frame.getByText(en.problems.wrongCredentials).waitFor();
    expect(sent.map(({ operation, body }) => [operation, body.ClientId])).toEqual([['InitiateAuth', REAL_POOL.VITE_COGNITO_CLIENT_ID]]);

    // The demo itself still runs on its simulated pool, through the same worker.
    await signInWrongly(demo);
    await demo.getByText(en.problems.wrongCredentials).waitFor();
    expect(sent).toHaveLength(1);
    await context.close();
  });

  it('opened beside a demo tab, sends its requests to the network', async () => {
    const context = await browser.newContext();
    const sent = await network(context);
    await demoTab(context);
    const real = await context.newPage();
    await real.goto(`${site.url}real.html`);
    await signInWrongly(real);
    await real.getByText(en.problems.wrongCredentials).waitFor();
    expect(sent.map(({ operation, body }) => [operation, body.ClientId])).toEqual([['InitiateAuth', REAL_POOL.VITE_COGNITO_CLIENT_ID]]);
    await context.close();
  });
});

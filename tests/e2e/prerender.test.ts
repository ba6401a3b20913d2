/**
 * The sign-in form prerendered into the page (src/build/prerender.ts), in Chromium on a build for
 * a real pool served under the README's Content-Security-Policy, its JavaScript held back on
 * purpose (request interception) so that the person is faster than the app:
 * - what they type and submit before the app runs is sent once, as typed, when it runs, and the
 *   browser never submits the form itself (a GET would put the password in the URL);
 * - a browser asking for Japanese, or a person who chose Arabic, sees their language in the very
 *   first frame painted, never English first;
 * - "Create an account" clicked before the app, or before its statechart, shows at once that it
 *   is under way, then goes there;
 * - the prerendered page is the app's form, axe clean; a pool-shaped build prerenders its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildVariant } from '../bench/build.mjs';
import { contentSecurityPolicy } from '../../src/build/csp';
import { endpointOf } from '../../src/config';
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { axe } from './support/axe';
import { launchChromium } from './support/browser';
import { REAL_POOL_ENV } from './support/build';
import { scriptedCognito } from './support/scripted-cognito';
import { serveStatic, type StaticSite } from './support/static-server';

const DIST = fileURLToPath(new URL('../../node_modules/.e2e/prerender/', import.meta.url));
const SHAPED_DIST = fileURLToPath(new URL('../../node_modules/.e2e/prerender-shaped/', import.meta.url));
const REGION = 'eu-west-1';
const CSP = contentSecurityPolicy(endpointOf({ region: REGION, userPoolId: REAL_POOL_ENV.VITE_COGNITO_USER_POOL_ID, clientId: REAL_POOL_ENV.VITE_COGNITO_CLIENT_ID }));

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  const [launched] = await Promise.all([launchChromium(), buildVariant('real', DIST)]);
  browser = launched;
  site = await serveStatic(DIST, { 'content-security-policy': CSP });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A gate: requests wait for it to open. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/**
 * Holds back the app's JavaScript (all of it, or what `which` names) until the gate opens; the
 * early script in <head> is never held: it is part of the page.
 */
async function holdScripts(context: BrowserContext, which: RegExp = /\/assets\/(?!early-)[^/]+\.js$/) {
  const held = gate();
  await context.route(
    (url) => which.test(url.pathname),
    async (route) => {
      await held.opened;
      await route.continue();
    },
  );
  return held;
}

/** Console errors, page errors and CSP violations. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('status of 400')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
  });
  return problems;
}

const appTookOver = (page: Page) => page.waitForFunction(() => window.__signinEarly?.done === true);

describe('the prerendered sign-in form, before the app runs', () => {
  it('keeps what is typed and submitted, sends it once when the app runs, and never submits natively', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const sent = await scriptedCognito(context, REGION, () => ({ error: 'NotAuthorizedException', message: 'Incorrect username or password.' }));
    const held = await holdScripts(context);
    const page = await context.newPage();
    const problems = await watch(page);
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });

    await page.goto(site.url, { waitUntil: 'commit' });
    const email = page.getByLabel(en.fields.email);
    await email.waitFor();
    // Focus where the app puts it, as the page is parsed.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('email');
    await email.pressSequentially('ada@example.com');
    await page.getByLabel(en.fields.password, { exact: true }).fill('Early-b1rd!');
    await page.getByLabel(en.fields.password, { exact: true }).press('Enter');
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();

    // The app's chunks have not run: the page says it is busy, and the submit waits.
    expect(await page.evaluate(() => typeof window.__signinEarly === 'object' && !window.__signinEarly.done)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.classList.contains('early-busy'))).toBe(true);
    expect(await page.evaluate(() => window.__signinEarly?.events.map((event) => event.type))).toEqual(['submit']);
    expect(sent).toEqual([]);

    held.open();
    await expect.poll(() => sent.length, { timeout: 20_000 }).toBe(1);
    await page.getByText(en.problems.wrongCredentials).waitFor();
    expect(sent.map((call) => call.operation)).toEqual(['InitiateAuth']);
    expect(sent[0]!.body).toMatchObject({ AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'ada@example.com', PASSWORD: 'Early-b1rd!' } });
    // What was typed is still there, in the app's own form.
    expect(await email.inputValue()).toBe('ada@example.com');
    await page.waitForTimeout(300);
    expect(sent).toHaveLength(1);

    // Never a native submission: one navigation, no address carrying what was typed.
    expect(navigations).toEqual([site.url]);
    expect(page.url()).toBe(site.url);
    expect(urls.filter((url) => url.includes('Early') || url.includes('ada%40') || url.includes('?'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows that "Create an account" is under way before the app runs, and before its statechart, then goes there', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const problems = await watch(page);

    // Before the app: the page itself says it is busy.
    let held = await holdScripts(context);
    await page.goto(site.url, { waitUntil: 'commit' });
    await page.getByRole('button', { name: en.signIn.toSignUp }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('early-busy'))).toBe(true);
    const cursor = await page.evaluate(() => getComputedStyle(document.getElementById('app')!).cursor);
    expect(cursor).toBe('progress');
    held.open();
    await page.getByRole('heading', { name: en.signUp.heading }).waitFor();
    await context.unrouteAll();

    // The app has taken over, its statechart not yet here: the form says it is busy.
    held = await holdScripts(context, /\/assets\/auth-actor-[^/]+\.js$/);
    await page.goto(site.url, { waitUntil: 'commit' });
    await appTookOver(page);
    await page.getByRole('button', { name: en.signIn.toSignUp }).click();
    const submit = page.locator('button[type=submit]');
    await expect.poll(() => submit.getAttribute('aria-busy')).toBe('true');
    expect(await submit.textContent()).toContain(en.busy);
    held.open();
    await page.getByRole('heading', { name: en.signUp.heading }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the first frame painted is in the person’s language', () => {
  const cases = [
    { name: 'a browser asking for Japanese', locale: 'ja-JP', remembered: null, words: ja, dir: 'ltr', page: 'ja.html' },
    { name: 'a person who chose Arabic before, on an English browser', locale: 'en-US', remembered: 'ar', words: ar, dir: 'rtl', page: 'ar.html' },
  ];
  it.each(cases)('$name', async ({ locale, remembered, words, dir, page: file }) => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale });
    if (remembered) await context.addInitScript((lang) => localStorage.setItem('signin.lang', lang), remembered);
    const held = await holdScripts(context);
    // The language's page is slow to come: the English page the browser asked for first has all
    // the time it needs to be painted, should it ever be.
    await context.route(
      (url) => url.pathname === `/${file}`,
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        await route.continue();
      },
    );
    /** Every frame about to be painted: the page's language, and the heading if one is shown. */
    const frames: { lang: string; dir: string; heading: string | null }[] = [];
    await context.exposeFunction('__frame', (frame: (typeof frames)[number]) => frames.push(frame));
    await context.addInitScript(() => {
      const report = () => {
        const root = document.documentElement;
        const h1 = root.hidden ? null : document.querySelector('h1');
        (window as unknown as { __frame: (frame: object) => void }).__frame({ lang: root.lang, dir: root.dir || 'ltr', heading: h1?.textContent ?? null });
        requestAnimationFrame(report);
      };
      requestAnimationFrame(report);
    });
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: words.signIn.heading }).waitFor();
    await expect.poll(() => frames.some((frame) => frame.heading === words.signIn.heading)).toBe(true);
    // Shown before the app ran (its scripts are still held), on the language's own page.
    expect(new URL(page.url()).pathname).toBe(`/${file}`);
    const shown = frames.filter((frame) => frame.heading !== null);
    expect(shown[0]).toEqual({ lang: words.lang, dir, heading: words.signIn.heading });
    expect(shown.filter((frame) => frame.heading !== words.signIn.heading)).toEqual([]);
    held.open();
    await appTookOver(page);
    await context.close();
  });
});

describe('the prerendered page is the app’s form', () => {
  it('is axe clean before and after the app takes over, with the same labels and autocomplete', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, bypassCSP: true });
    const held = await holdScripts(context);
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'commit' });
    await page.getByLabel(en.fields.email).waitFor();
    const form = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#app input, #app button, #app label, #app h1')].map((el) =>
          [el.tagName, el.id, el.getAttribute('autocomplete'), el.getAttribute('type'), el.textContent?.trim()].join('|'),
        ),
      );
    const before = await form();
    expect(await axe(page)).toEqual([]);
    held.open();
    await appTookOver(page);
    expect(await form()).toEqual(before);
    // Nothing moved as the app took over.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0))).observe({
            type: 'layout-shift',
            buffered: true,
          });
          setTimeout(() => resolve(0), 500);
        }),
    );
    expect(shift).toBe(0);
    expect(await page.evaluate(() => document.getElementById('email')?.getAttribute('autocomplete'))).toBe('username');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('in a build for a pool that signs in with usernames, prerenders that form', async () => {
    await buildVariant('real', SHAPED_DIST, { VITE_COGNITO_SIGN_IN_WITH: 'username,email', ...REAL_POOL_ENV });
    const html = readFileSync(join(SHAPED_DIST, 'index.html'), 'utf8');
    expect(html).toContain(`<label for="email">${en.fields.identifier.usernameOrEmail}</label>`);
    const japanese = readFileSync(join(SHAPED_DIST, 'ja.html'), 'utf8');
    expect(japanese).toContain(`<label for="email">${ja.fields.identifier.usernameOrEmail}</label>`);
    expect(japanese).toMatch(/<html lang="ja">/);
    expect(readFileSync(join(SHAPED_DIST, 'ar.html'), 'utf8')).toMatch(/<html lang="ar" dir="rtl">/);
  });
});

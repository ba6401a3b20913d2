/**
 * The page's own security, in Chromium on the production demo build served under the README's
 * Content-Security-Policy: along the main journeys no CSP violation and no console error; no
 * password, TOTP secret, code or token in any console message, in storage, or in the URL; and no
 * eval or Function constructor anywhere in the built JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { endpointOf } from '../../src/config';
import { SIMULATED_POOL } from '../../src/simulated/pool-ids';
import { enterCode as enterCodeOnPage, latestCode, signedInAs, signIn as signInOnPage, signUp } from './support/app';
import { sharedBuild } from './support/build';
import { CSP, useDemoSite } from './support/site';
import { totpCode } from './support/tools';

const COGNITO = endpointOf(SIMULATED_POOL);

const demo = useDemoSite();

/** A JSON Web Token, or the start of one: a base64url JSON header, a dot, more base64url. */
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/;

interface Watched {
  page: Page;
  /** Every console message, of every type, as `type: text`. */
  console: string[];
  /** Console errors (but the browser's line for each 400 Cognito answers), page errors, CSP violations. */
  problems: string[];
  /** Every URL the page was at. */
  urls: string[];
  /** What must appear nowhere: passwords, secrets and codes as the journey meets them. */
  secrets: Set<string>;
  /** Notes the page's URL now; call after each step. */
  step(): Promise<void>;
}

async function open(path = ''): Promise<Watched> {
  const context = await demo.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const watched: Watched = {
    page,
    console: [],
    problems: [],
    urls: [],
    secrets: new Set(),
    step: async () => {
      watched.urls.push(page.url());
    },
  };
  page.on('console', (message) => {
    watched.console.push(`${message.type()}: ${message.text()}`);
    if (message.type() !== 'error') return;
    // The demo.browser logs every HTTP error response itself; Cognito answers a wrong code with 400.
    if (message.location().url.startsWith(COGNITO) && message.text().includes('status of 400')) return;
    watched.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) watched.urls.push(frame.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(`${demo.site.url}${path}`);
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  return watched;
}

/** What the page keeps: local and session storage, cookies, IndexedDB, Cache Storage. */
async function stored(page: Page) {
  const inPage = await page.evaluate(async () => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: Object.fromEntries(Object.entries(sessionStorage)),
    databases: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
  }));
  return { ...inPage, cookies: await page.context().cookies() };
}

/** Fails on any CSP violation or console error, and on any secret or token where it must not be. */
async function expectNothingLeaked(watched: Watched) {
  const { page, problems, secrets } = watched;
  await watched.step();
  expect(problems).toEqual([]);
  const keeps = await stored(page);
  // Only the language the person chose, if any.
  expect(Object.keys(keeps.local).filter((key) => key !== 'signin.lang')).toEqual([]);
  if ('signin.lang' in keeps.local) expect(LANGUAGES.map(({ code }) => code as string)).toContain(keeps.local['signin.lang']);
  expect(keeps.session).toEqual({});
  expect(keeps.cookies).toEqual([]);
  expect(keeps.databases).toEqual([]);
  expect(keeps.caches).toEqual([]);

  expect(secrets.size).toBeGreaterThan(0);
  const places = { console: watched.console, url: watched.urls };
  for (const [place, lines] of Object.entries(places)) {
    for (const line of lines) {
      for (const secret of secrets) expect(line.includes(secret), `${place} holds “${secret}”: ${line}`).toBe(false);
      expect(JWT.test(line), `${place} holds a token: ${line}`).toBe(false);
    }
  }
}

async function signIn(watched: Watched, email: string, password: string) {
  watched.secrets.add(password);
  await signInOnPage(watched.page, email, password);
}

async function enterCode(watched: Watched, code: string, button: string) {
  watched.secrets.add(code);
  await enterCodeOnPage(watched.page, code, button);
}

describe('under the Content-Security-Policy', () => {
  it('signs up, sets up an authenticator, signs out and in again, and leaks nothing', async () => {
    const watched = await open();
    const { page } = watched;
    const email = `csp-${Date.now()}@example.com`;
    const password = 'Correct-h0rse';
    watched.secrets.add(password);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });

    await signUp(page, email, password);
    await watched.step();
    await enterCode(watched, await latestCode(page, email), 'Confirm');

    const key = page.getByRole('group', { name: 'Setup key' });
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    await watched.step();
    const secret = (await key.textContent())!.replace(/\s/g, '');
    watched.secrets.add(secret);
    await enterCode(watched, totpCode(secret, Date.now() - 5 * 60_000), 'Verify and finish');
    await page.locator('#code[aria-invalid="true"]').waitFor();
    await watched.step();
    await enterCode(watched, totpCode(secret), 'Verify and finish');
    await signedInAs(page, email);
    await watched.step();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You’re signed out.').waitFor();
    await watched.step();
    await signIn(watched, email, password);
    await page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor();
    await watched.step();
    await enterCode(watched, totpCode(secret, Date.now() + 30_000), 'Verify');
    await signedInAs(page, email);

    await expectNothingLeaked(watched);
  });

  it('resets a password, signs in with an SMS code, changes the password, and leaks nothing', async () => {
    const watched = await open();
    const { page } = watched;
    const fresh = 'Fresh-passw0rd!';
    const newer = 'Newer-passw0rd!';
    watched.secrets.add(fresh).add(newer);

    await page.getByRole('button', { name: 'Forgot your password?' }).click();
    // The sign-in form has an Email field too: type once the reset form is on screen, as a person does.
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email').fill('sms@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await watched.step();
    const code = await latestCode(page, 'sms@example.com');
    watched.secrets.add(code);
    await page.getByLabel('Verification code').fill(code);
    await page.getByLabel('New password', { exact: true }).fill(fresh);
    await page.getByRole('button', { name: 'Reset password and sign in' }).click();
    await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
    await watched.step();
    await enterCode(watched, await latestCode(page, '+15555550123'), 'Verify');
    await signedInAs(page, 'sms@example.com');
    await watched.step();

    await page.getByRole('button', { name: 'Account and security' }).click();
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByLabel('Current password').fill(fresh);
    await page.getByLabel('New password', { exact: true }).fill(newer);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password was changed.').waitFor();
    await watched.step();

    await page.getByRole('button', { name: 'Sign out on all devices' }).click();
    await page.getByText('You’re signed out on all your devices.').waitFor();

    await expectNothingLeaked(watched);
  });

  it('reports a violation when there is one: the check is not blind', async () => {
    const watched = await open();
    await watched.page.getByLabel('Email').waitFor();
    await watched.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "inline script ran"';
      document.head.append(script);
      document.body.setAttribute('style', 'color: red');
    });
    await expect.poll(() => watched.problems.join('\n')).toMatch(/CSP violation: script-src/);
    await expect.poll(() => watched.problems.join('\n')).toMatch(/CSP violation: style-src/);
    expect(await watched.page.title()).not.toBe('inline script ran');
  });

  it('notices a secret or a token in the console, and whatever else is kept in storage', async () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwcm9iZSJ9.c2lnbmF0dXJl';
    const logged = await open();
    logged.secrets.add('Probe-passw0rd');
    await logged.page.evaluate(() => console.debug('typed: Probe-passw0rd'));
    await expect.poll(() => logged.console.length).toBeGreaterThan(0);
    await expect(expectNothingLeaked(logged)).rejects.toThrow(/console holds “Probe-passw0rd”/);

    const tokened = await open();
    tokened.secrets.add('unused');
    await tokened.page.evaluate((token) => console.info({ idToken: token }), token);
    await expect.poll(() => tokened.console.join('\n')).toContain('eyJ');
    await expect(expectNothingLeaked(tokened)).rejects.toThrow(/console holds a token/);

    const kept = await open();
    kept.secrets.add('unused');
    await kept.page.evaluate((token) => sessionStorage.setItem('tokens', token), token);
    await expect(expectNothingLeaked(kept)).rejects.toThrow();
  });
});

describe('the built page', () => {
  /** Every file under `dir`, with its path relative to it. */
  function filesUnder(dir: string): string[] {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  }

  const EVAL = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /\bFunction\s*\(\s*["'`]/, /\bset(?:Timeout|Interval)\s*\(\s*["'`]/];

  function scan(dir: string): string[] {
    const found: string[] = [];
    const files = filesUnder(dir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      const source = readFileSync(file, 'utf8');
      for (const pattern of EVAL) {
        const at = source.search(pattern);
        if (at >= 0) found.push(`${file}: ${source.slice(Math.max(0, at - 40), at + 40)}`);
      }
    }
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    // No inline script, style element, style attribute or event handler attribute.
    if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) found.push('index.html: an inline <script>');
    if (/<style[\s>]/i.test(html)) found.push('index.html: a <style> element');
    if (/\sstyle\s*=/i.test(html)) found.push('index.html: a style attribute');
    if (/\son[a-z]+\s*=/i.test(html)) found.push('index.html: an event handler attribute');
    return found;
  }

  it('has no eval, Function constructor or inline script in the demo build', () => {
    expect(scan(demo.build.outDir)).toEqual([]);
  });

  it('has none in a build for a real user pool either', { timeout: 180_000 }, async () => {
    expect(scan((await sharedBuild('real')).outDir)).toEqual([]);
  });
});

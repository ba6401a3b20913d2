/**
 * The site's own pages behind the sign-in, in Chromium on the demo build: a protected page opened
 * signed out shows the sign-in and comes back after it, MFA included; its call to the site's API
 * carries the session's token, and still gets through once the tokens have expired (a refresh,
 * then the call); signing out from the page's header takes the page away; a refresh Cognito
 * refuses for good sends the person to the sign-in, saying why, and back to the same page after
 * it; and a return destination on another origin is refused.
 *
 * Tokens run out without waiting: Playwright's clock fakes the page's Date, which the simulated
 * pool (running in the page) reads too, so moving it on expires the pool's tokens as well.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { authenticatorSecret, enterCode, signIn } from './support/app';
import { openPage, useDemoSite } from './support/site';
import { totpCode } from './support/tools';

const demo = useDemoSite();
const EMAIL = 'totp@example.com';
const API_PATH = '/sample-api/profile';

/** Signs in as the demo's authenticator user, with the code for the page's clock (faked or not). */
async function signInWithMfa(page: Page) {
  await signIn(page, EMAIL, 'Passw0rd!');
  await page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor();
  const now = await page.evaluate(() => Date.now());
  await enterCode(page, totpCode(await authenticatorSecret(page, EMAIL), now));
}

interface Watched {
  page: Page;
  problems: string[];
  /** The Cognito operations and API calls the page sent, in order: `GetTokensFromRefreshToken`, `api 200`. */
  calls: string[];
  /** `tokenExpiresAt` of each of the API's 200 answers, in order. */
  expiries: Promise<number>[];
  /** Moves the page's clock on by `ms` without firing its timers (a tab that slept, say). */
  skip: (ms: number) => Promise<void>;
  /** Holds the next call to the site's API until `skip(ms)` has run: a request slower than the token's life left. */
  slowNextApiCall: (ms: number) => void;
}

/**
 * The demo at `path`, on a fake clock that runs at the real pace, with every Cognito operation
 * (its `X-Amz-Target`) and every API answer noted in `calls`.
 */
async function openWatched(path: string): Promise<Watched> {
  const { page, problems } = await openPage(demo.browser, 'about:blank');
  const calls: string[] = [];
  const expiries: Promise<number>[] = [];
  page.on('request', (request) => {
    const target = request.headers()['x-amz-target'];
    if (target) calls.push(target.split('.').pop() ?? target);
  });
  page.on('response', (response) => {
    if (new URL(response.url()).pathname !== API_PATH) return;
    calls.push(`api ${response.status()}`);
    if (response.ok()) expiries.push(response.json().then((profile: { tokenExpiresAt: number }) => profile.tokenExpiresAt));
  });
  await page.clock.install();
  const skip = async (ms: number) => page.clock.setSystemTime((await page.evaluate(() => Date.now())) + ms);
  let slowBy: number | undefined;
  // session.fetch sends through the page's fetch: the next API call waits here for the clock.
  await page.exposeFunction('beforeApiCall', async () => {
    const ms = slowBy;
    slowBy = undefined;
    if (ms !== undefined) await skip(ms);
  });
  await page.addInitScript((apiPath) => {
    const send = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (url.pathname === apiPath) await (window as unknown as { beforeApiCall: () => Promise<void> }).beforeApiCall();
      return send(input, init);
    };
  }, API_PATH);
  await page.goto(`${demo.site.url}${path}`);
  return { page, problems, calls, expiries, skip, slowNextApiCall: (ms) => (slowBy = ms) };
}

const header = (page: Page) => page.getByRole('navigation', { name: 'Your account' });
/** The profile page's answer from the API: the profile, or the sentence saying what went wrong. */
const profileAnswer = (page: Page) => page.locator('dl.profile, p.alert').waitFor();

/** Goes home and opens the profile page again from the header, so that it calls the API afresh. */
async function reopenProfile(page: Page): Promise<void> {
  await header(page).getByRole('link', { name: 'Home' }).click();
  await page.getByRole('heading', { name: 'Your profile' }).waitFor({ state: 'detached' });
  await header(page).getByRole('link', { name: 'Profile' }).click();
}

/** The expiry the profile page shows, as it formats the API's `tokenExpiresAt`. */
const shownExpiry = (page: Page, seconds: number) =>
  page.evaluate((at) => new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(at * 1000), seconds);

describe('the site’s pages, in Chromium on the simulated pool', () => {
  it('opens a protected page signed out, signs in with MFA, lands there, calls the API before and after the tokens expire, and signs out from its header', async () => {
    const { page, problems, calls, expiries, skip, slowNextApiCall } = await openWatched('?scenario=short-tokens#/profile');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Your profile' }).count()).toBe(0);

    await signInWithMfa(page);
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/profile');
    // The API's answer, through the session's fetch with the access token.
    await page.getByText('User ID').waitFor();
    const shown = await page.locator('dl.profile dd').allTextContents();
    expect(shown[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(shown[2]).toBe('editors');
    expect(calls).toEqual(['InitiateAuth', 'RespondToAuthChallenge', 'api 200']);
    const firstExpiry = await expiries[0]!;

    // The 90-second tokens expire while the tab sleeps (no timer ran): the call refreshes first,
    // so the expired token never goes out.
    calls.length = 0;
    await skip(100_000);
    await reopenProfile(page);
    await profileAnswer(page);
    expect(calls).toEqual(['GetTokensFromRefreshToken', 'api 200']);
    const renewedExpiry = await expiries[1]!;
    expect(renewedExpiry).toBeGreaterThanOrEqual(firstExpiry + 100);
    await page.locator('dl.profile dd').nth(3).getByText(await shownExpiry(page, renewedExpiry)).waitFor();

    // The token expires on the way (the request takes longer than the 15 seconds it had left):
    // the API refuses it, and the call refreshes and is sent again, answered as if nothing happened.
    calls.length = 0;
    slowNextApiCall(100_000);
    await reopenProfile(page);
    await profileAnswer(page);
    expect(calls).toEqual(['api 401', 'GetTokensFromRefreshToken', 'api 200']);
    const retriedExpiry = await expiries[2]!;
    expect(retriedExpiry).toBeGreaterThanOrEqual(renewedExpiry + 100);
    await page.locator('dl.profile dd').nth(3).getByText(await shownExpiry(page, retriedExpiry)).waitFor();

    await header(page).getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You’re signed out.').waitFor();
    expect(await page.getByRole('heading', { name: 'Your profile' }).count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
    // The browser logs the API's 401 itself; nothing else went wrong.
    expect(problems.filter((problem) => !problem.includes('status of 401'))).toEqual([]);
  });

  it('sends the person to the sign-in, saying why, when Cognito refuses the refresh for good, and back to the same page after it', async () => {
    const { page, problems, calls, skip } = await openWatched('#/profile');
    await signInWithMfa(page);
    await page.getByText('User ID').waitFor();

    // A month on, the refresh token (30 days) has expired too: Cognito refuses the refresh.
    calls.length = 0;
    await skip(31 * 24 * 3600 * 1000);
    await reopenProfile(page);
    await page.getByText('Your session ended. Please sign in again.').waitFor();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(calls).toEqual(['GetTokensFromRefreshToken']);
    expect(await page.getByRole('heading', { name: 'Your profile' }).count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('#/profile');

    calls.length = 0;
    await signInWithMfa(page);
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    await page.getByText('User ID').waitFor();
    expect(calls).toEqual(['InitiateAuth', 'RespondToAuthChallenge', 'api 200']);
    expect(new URL(page.url()).hash).toBe('#/profile');
    expect(problems).toEqual([]);
  });

  it('refuses a return destination on another origin: the person lands on the home page', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?return=${encodeURIComponent('//evil.example/')}`);
    await signInWithMfa(page);
    await page.getByRole('heading', { name: 'You’re signed in' }).waitFor();
    const url = new URL(page.url());
    expect(url.origin).toBe(new URL(demo.site.url).origin);
    expect(url.searchParams.has('return')).toBe(false);
    expect(problems).toEqual([]);
  });
});

/**
 * The site's own pages behind the sign-in, in Chromium on the demo build: a protected page opened
 * signed out shows the sign-in and comes back after it, MFA included; its call to the site's API
 * carries the session's token; signing out from the page's header takes the page away; and a
 * return destination on another origin is refused.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { authenticatorSecret, enterCode, signIn } from './support/app';
import { openPage, useDemoSite } from './support/site';
import { totpCode } from './support/tools';

const demo = useDemoSite();
const EMAIL = 'totp@example.com';

/** Signs in as the demo's authenticator user, code and all. */
async function signInWithMfa(page: Page) {
  await signIn(page, EMAIL, 'Passw0rd!');
  await page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor();
  await enterCode(page, totpCode(await authenticatorSecret(page, EMAIL)));
}

describe('the site’s pages, in Chromium on the simulated pool', () => {
  it('opens a protected page signed out, signs in with MFA, lands there, calls the API, and signs out from its header', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}#/profile`);
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

    const nav = page.getByRole('navigation', { name: 'Your account' });
    await nav.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You’re signed out.').waitFor();
    expect(await page.getByRole('heading', { name: 'Your profile' }).count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
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

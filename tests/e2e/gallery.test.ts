/**
 * The designers' gallery and previews in Chromium, on the production demo build served as a static
 * host would, under the README's Content-Security-Policy. One change to it: the gallery frames the
 * site's own pages, which `frame-ancestors 'none'` forbids, so this host allows `'self'`.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { zh } from '../../src/i18n/zh';
import { PREVIEWS } from '../../src/preview/previews';
import { pseudoDictionary } from '../../src/preview/pseudo-locales';
import { CSP, openPage, useDemoSite } from './support/site';

const GALLERY_CSP = CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

const demo = useDemoSite({ headers: { 'content-security-policy': GALLERY_CSP } });

/**
 * What went wrong on a page, but the browser's own log line for each error answer or dropped
 * connection of the simulated pool in the frames: those are the variants being previewed.
 */
function unexpected(problems: string[]): string[] {
  const previewed = /Failed to load resource: (net::ERR_FAILED|the server responded with a status of (400|500) )/;
  return problems.filter((problem) => !previewed.test(problem));
}

async function openPreview(query: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(demo.browser, `${demo.site.url}?${query}`);
  await opened.page.locator('html[data-preview]').waitFor({ state: 'attached' });
  expect(await opened.page.locator('html').getAttribute('data-preview'), query).toBe('reached');
  return opened;
}

describe('the gallery', () => {
  it('frames every preview, captioned with its name and state and linked to its own page', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?gallery`);
    await page.getByRole('heading', { name: 'Previews', level: 1 }).waitFor();

    const figures = page.locator('figure.preview');
    expect(await figures.count()).toBe(PREVIEWS.length);
    for (const preview of PREVIEWS) {
      const figure = page.locator(`figure[data-preview="${preview.name}"]`);
      const frame = figure.locator('iframe');
      expect(await frame.getAttribute('title')).toBe(`Preview ${preview.name}`);
      expect(await frame.getAttribute('src')).toBe(`?preview=${preview.name}`);
      const caption = figure.locator('figcaption');
      expect(await caption.getByRole('link', { name: preview.name, exact: true }).getAttribute('href')).toBe(`?preview=${preview.name}`);
      expect(await caption.locator('code.machine-state').textContent()).toBe(preview.state);
    }
    expect(await page.locator('.missing').count()).toBe(0);

    // The frames near the top load, reach their states and say so.
    await page.locator('figure[data-preview="signIn"][data-status="reached"]').waitFor();
    const first = page.frameLocator('figure[data-preview="signIn"] iframe');
    await first.getByRole('heading', { name: en.signIn.heading }).waitFor();
    // The frames' screens do not take the focus, so the gallery stays where the designer is.
    await page.locator('figure[data-preview="signIn.wrongPassword"][data-status="reached"]').waitFor();
    expect(await page.evaluate(() => [window.scrollY, document.activeElement?.tagName])).toEqual([0, 'BODY']);
    expect(unexpected(problems)).toEqual([]);
  });

  // One retry: every frame is loaded again three times in a row here (language, theme, width),
  // then once more on reload, and on a loaded machine a frame's Cognito request now and then goes
  // to the network rather than to its simulated pool's service worker (a script doing the same on
  // the demo build saw it in 2 to 3 runs of 8 with both cores kept busy, none on an idle machine;
  // the cause is not found yet). A frame that fails that way twice still fails the test.
  it('switches every frame to another language, dark colours and a 360 px phone width', { retry: 1 }, async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?gallery`);
    await page.getByLabel('Language').selectOption('zh');
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByLabel('Phone (360 px)').check();

    expect(new URL(page.url()).search).toBe('?gallery&lang=zh&theme=dark&width=phone');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    const frame = page.locator('figure[data-preview="signIn.wrongPassword"] iframe');
    expect(await frame.getAttribute('src')).toBe('?preview=signIn.wrongPassword&lang=zh&theme=dark');
    expect((await frame.boundingBox())?.width).toBe(360);

    await page.locator('figure[data-preview="signIn.wrongPassword"][data-status="reached"]').waitFor();
    const inside = page.frameLocator('figure[data-preview="signIn.wrongPassword"] iframe');
    await inside.getByRole('heading', { name: zh.signIn.heading }).waitFor();
    await inside.getByText(zh.problems.wrongCredentials).waitFor();
    expect(await inside.locator('html').getAttribute('data-theme')).toBe('dark');

    // The choices live in the URL: a reload keeps them.
    await page.reload();
    // (Once the gallery is there: until then the page holds the prerendered sign-in form, hidden, with its own picker.)
    await page.getByLabel('Phone (360 px)').waitFor();
    expect(await page.getByLabel('Language').inputValue()).toBe('zh');
    expect(await page.getByLabel('Phone (360 px)').isChecked()).toBe(true);
    expect(unexpected(problems)).toEqual([]);
  });

  it('lists every preview for a name that matches none', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?preview=no.suchPreview`);
    await page.getByRole('alert').filter({ hasText: 'No preview is named “no.suchPreview”' }).waitFor();
    expect(await page.locator('figure.preview').count()).toBe(PREVIEWS.length);
    expect(unexpected(problems)).toEqual([]);
  });
});

describe('a preview alone', () => {
  it('shows an error variant (throttled) on the sign-in screen, and stays live', async () => {
    const { page, problems } = await openPreview('preview=signIn.throttled');
    await page.getByRole('heading', { name: en.signIn.heading }).waitFor();
    await page.getByText(en.problems.tooManyRequests).waitFor();
    await page.getByLabel(en.fields.email).waitFor();
    expect(await page.getByLabel(en.fields.email).inputValue()).toBe('sms@example.com');

    // The throttling was for the preview only: signing in again reaches the SMS code.
    await page.getByLabel(en.fields.password, { exact: true }).fill('Passw0rd!');
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.getByRole('heading', { name: en.smsChallenge.heading }).waitFor();
    expect(unexpected(problems)).toEqual([]);
  });

  it('holds a busy state (signing in) with the form waiting', async () => {
    const { page, problems } = await openPreview('preview=signIn.submitting');
    await page.getByRole('heading', { name: en.signIn.heading }).waitFor();
    const submit = page.locator('form button[type="submit"]');
    await expect(submit.textContent()).resolves.toContain(en.busy);
    expect(await submit.isDisabled()).toBe(true);
    expect(await submit.getAttribute('aria-busy')).toBe('true');
    // Still waiting a moment later: the request is held, not answered.
    await page.waitForTimeout(1_000);
    expect(await submit.isDisabled()).toBe(true);
    expect(unexpected(problems)).toEqual([]);
  });

  it("offers the pseudo-locales in its picker and frames, never in the app's own picker", async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?gallery`);
    await page.getByLabel('Language').selectOption('ar-XB');
    expect(new URL(page.url()).search).toBe('?gallery&lang=ar-XB');
    const frame = page.locator('figure[data-preview="signIn.wrongPassword"] iframe');
    expect(await frame.getAttribute('src')).toBe('?preview=signIn.wrongPassword&lang=ar-XB');

    await page.locator('figure[data-preview="signIn.wrongPassword"][data-status="reached"]').waitFor();
    const inside = page.frameLocator('figure[data-preview="signIn.wrongPassword"] iframe');
    const arXB = pseudoDictionary(en, 'ar-XB');
    expect(await inside.locator('main h1').textContent()).toBe(arXB.signIn.heading);
    await inside.getByText(arXB.problems.wrongCredentials).waitFor();
    expect(await inside.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await inside.locator('html').getAttribute('lang')).toBe('ar-XB');
    const offered = await inside.locator('.app header select option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered).toContain('ar');
    expect(offered.filter((code) => /-X[AB]$/.test(code))).toEqual([]);
    expect(unexpected(problems)).toEqual([]);
  });

  it('opens a preview in en-XA, from the English, whatever language the app remembers', async () => {
    const { page, problems } = await openPage(demo.browser, demo.site.url);
    await page.evaluate(() => localStorage.setItem('signin.lang', 'de'));
    await page.goto(`${demo.site.url}?preview=signIn&lang=en-XA`);
    await page.locator('html[data-preview="reached"]').waitFor({ state: 'attached' });
    const enXA = pseudoDictionary(en, 'en-XA');
    await page.getByRole('heading', { name: enXA.signIn.heading }).waitFor();
    await page.getByLabel(enXA.fields.email).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en-XA');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    // For this page only: the language remembered is still the one chosen.
    expect(await page.evaluate(() => localStorage.getItem('signin.lang'))).toBe('de');
    expect(unexpected(problems)).toEqual([]);
  });

  it('shows authenticator setup with its QR code, in Japanese and dark colours', async () => {
    const { page, problems } = await openPreview('preview=totpSetup.ready&lang=ja&theme=dark');
    await page.getByRole('heading', { name: ja.totpSetup.heading }).waitFor();
    await page.getByRole('img', { name: /QR/ }).waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.locator('html').getAttribute('lang')).toBe(ja.lang);
    expect(unexpected(problems)).toEqual([]);
  });

  it('shows the urgent session timer when the MFA setup session is about to end', async () => {
    const { page, problems } = await openPreview('preview=totpSetup.sessionEnding');
    await page.getByRole('heading', { name: en.totpSetup.heading }).waitFor();
    await page.locator('.timer.urgent').waitFor();
    expect(unexpected(problems)).toEqual([]);
  });
});

/**
 * A journey in Arabic in Chromium, on the production demo build: a browser set to Arabic gets the
 * page in Arabic, right to left, and signs up, confirms and sets up an authenticator app; codes,
 * emails, the setup key and the countdown read left to right inside it.
 *
 * With README_SCREENSHOTS=1 it also writes the README's pictures of sign-in and authenticator
 * setup (tests/readme/*.png).
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { ar } from '../../src/i18n/ar';
import { latestCode, otherCode } from './support/app';
import { useDemoSite } from './support/site';
import { totpCode } from './support/tools';

const demo = useDemoSite();
const SCREENSHOTS = process.env.README_SCREENSHOTS === '1';
const PHONE = { width: 360, height: 740 };

/** Whether the element is laid out right to left, and where it sits. */
const layoutOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => ({ direction: getComputedStyle(el).direction, box: el.getBoundingClientRect().toJSON() as DOMRect }));

async function picture(page: Page, name: string) {
  if (!SCREENSHOTS) return;
  // The app alone (not the dev inbox beside it), at a phone's width: each picture stays under 100 KB.
  await page.locator('#app').screenshot({ path: fileURLToPath(new URL(`../readme/${name}.png`, import.meta.url)) });
}

async function enterCode(page: Page, code: string, button: string) {
  await page.getByLabel(ar.fields.code).fill(code);
  await page.getByRole('button', { name: button, exact: true }).click();
}

describe('in Arabic', () => {
  it('follows an Arabic browser, right to left, from sign-up to an authenticator app', async () => {
    const context = await demo.browser.newContext({ locale: 'ar-EG', viewport: SCREENSHOTS ? PHONE : { width: 1100, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const email = `ar-${Date.now()}@example.com`;
    try {
      await page.goto(demo.site.url);
      await page.getByRole('heading', { name: ar.signIn.heading }).waitFor();
      await page.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
      expect(await page.getByRole('combobox', { name: ar.languagePicker }).inputValue()).toBe('ar');
      // Right to left: the heading starts at the card's right edge; the email field reads left to right.
      const card = await layoutOf(page, 'main');
      const heading = await layoutOf(page, 'main h1');
      expect(card.direction).toBe('rtl');
      expect(card.box.right - heading.box.right).toBeLessThan(card.box.left + card.box.width / 2 - heading.box.left);
      expect((await layoutOf(page, 'input[type="email"]')).direction).toBe('ltr');
      await picture(page, 'sign-in-ar');

      await page.getByRole('button', { name: ar.signIn.toSignUp }).click();
      await page.getByLabel(ar.fields.email).fill(email);
      await page.getByLabel(ar.fields.password, { exact: true }).fill('Correct-h0rse');
      await page.getByRole('button', { name: ar.signUp.submit }).click();
      await page.getByRole('heading', { name: ar.confirmSignUp.heading }).waitFor();
      await enterCode(page, await latestCode(page, email), ar.confirmSignUp.submit);

      // Authenticator setup: the QR code names the account; the key reads left to right, group by group.
      await page.getByRole('img', { name: ar.totpSetup.qrAlt(email) }).waitFor();
      const key = page.getByRole('group', { name: ar.totpSetup.secretLabel });
      expect(await key.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
      const groups = await key.locator('.group').evaluateAll((els) => els.map((el, index) => ({ index, ...el.getBoundingClientRect().toJSON() })));
      expect(groups.length).toBeGreaterThan(1);
      // Line by line, each left to right: the order on screen is the key's own.
      const onScreen = [...groups].sort((a, b) => a.top - b.top || a.left - b.left).map((group) => group.index);
      expect(onScreen).toEqual(groups.map((group) => group.index));
      const secret = (await key.textContent())!.replace(/\s/g, '');
      // The countdown: an Arabic sentence with the clock isolated, left to right.
      await expect.poll(() => page.locator('.timer').textContent()).toMatch(/^الوقت المتبقي لإتمام هذه الخطوة: \u2066\d+:\d\d\u2069$/);
      await page.locator('.qr img').waitFor();
      await picture(page, 'authenticator-setup-ar');

      await enterCode(page, totpCode(secret, Date.now() - 5 * 60_000), ar.totpSetup.submit);
      await page.getByText(ar.problems.codeMismatch).waitFor();
      await enterCode(page, totpCode(secret), ar.totpSetup.submit);
      await page.getByRole('heading', { name: ar.signedIn.heading }).waitFor();
      await page.getByText(ar.signedIn.as(email)).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

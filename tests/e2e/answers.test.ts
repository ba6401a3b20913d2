/**
 * The answers behind a preview (src/preview/AnswersPanel.svelte) in Chromium, on the production
 * demo build under the README's Content-Security-Policy (framing by the site itself allowed): a designer edits a Cognito answer,
 * applies it, sees it on screen, shares the link, and stresses the data at a phone's width.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { en as panel } from '../../src/preview/answers-text/en';
import { LONGEST_EMAIL, STRESS_LAMBDA_REASON, STRESS_PASSKEY_NAME, STRESS_PHONE } from '../../src/preview/stress';
import { maskPhone } from '../../src/simulated/users';
import { axe } from './support/axe';
import { decodePng, paletted } from './support/png';
import { CSP, openPage, useDemoSite } from './support/site';

/** The run's demo build, under the README's CSP but for `frame-ancestors 'self'`, for the gallery's frames. */
const demo = useDemoSite({
  headers: { 'content-security-policy': CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'") },
});

async function reached(page: Page) {
  await page.locator('html[data-preview]').waitFor({ state: 'attached' });
  expect(await page.locator('html').getAttribute('data-preview')).toBe('reached');
}

async function openPanel(page: Page) {
  await page.getByText(panel.heading, { exact: true }).click();
}

/** The answer in a call's text area, changed by `change`, typed back. */
async function editAnswer(page: Page, operation: string, change: (body: Record<string, any>) => void) {
  const area = page.getByLabel(panel.response(operation), { exact: true });
  const body = JSON.parse(await area.inputValue()) as Record<string, any>;
  change(body);
  await area.fill(JSON.stringify(body, null, 2));
}

function applyButton(page: Page, operation: string) {
  return page.locator(`li.call[data-operation="${operation}"]`).getByRole('button', { name: panel.apply });
}

/**
 * README's picture (`UPDATE_README_IMAGES=1`): the preview beside its answers panel, open, the
 * changed answer in it; a palette of 256 colours keeps it small.
 */
async function readmePicture(page: Page) {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const layout = (await page.locator('.layout').boundingBox())!;
  const panelBox = (await page.locator('.answers-panel li.call').first().boundingBox())!;
  const picture = await page.screenshot({
    clip: { x: layout.x, y: layout.y, width: layout.width, height: Math.min(panelBox.y + panelBox.height + 16, 1400) - layout.y },
    fullPage: true,
    animations: 'disabled',
  });
  writeFileSync(fileURLToPath(new URL('../readme/answers-panel.png', import.meta.url)), paletted(decodePng(picture)));
}

describe('the answers panel', () => {
  it('changes the destination of the SMS code, starts the preview again with it, and shares it by link', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?preview=smsChallenge`);
    await reached(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    // Closed at first, outside the app's main landmark.
    expect(await page.getByLabel(panel.response('InitiateAuth'), { exact: true }).isVisible()).toBe(false);
    expect(await page.locator('main .answers-panel').count()).toBe(0);
    await openPanel(page);

    const destination = '+**********4321';
    await editAnswer(page, 'InitiateAuth', (body) => (body.ChallengeParameters.CODE_DELIVERY_DESTINATION = destination));
    await applyButton(page, 'InitiateAuth').click();
    await page.waitForURL(/answers=/);
    await reached(page);
    await page.locator('main').getByText(en.smsChallenge.sentTo(destination)).waitFor();
    expect(new URL(page.url()).searchParams.get('preview')).toBe('smsChallenge');

    await openPanel(page);
    await page.getByRole('button', { name: panel.copy }).click();
    await page.getByText(panel.copied).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());

    // A fresh page, another browser context: the same state from the link alone.
    const fresh = await openPage(demo.browser, link);
    await reached(fresh.page);
    await fresh.page.locator('main').getByText(en.smsChallenge.sentTo(destination)).waitFor();
    // The panel shows the changed answer, marked as changed.
    await openPanel(fresh.page);
    const shown = JSON.parse(await fresh.page.getByLabel(new RegExp(`^${panel.response('InitiateAuth')}`)).inputValue());
    expect(shown.ChallengeParameters.CODE_DELIVERY_DESTINATION).toBe(destination);
    if (process.env.UPDATE_README_IMAGES) await readmePicture(fresh.page);
    expect(problems).toEqual([]);
    expect(fresh.problems).toEqual([]);

    // The gallery shows the link as a frame, from its URL or pasted into its field.
    const gallery = await openPage(demo.browser, `${demo.site.url}?gallery&frame=${encodeURIComponent(link)}`);
    const shared = gallery.page.frameLocator('iframe[title="The preview link"]');
    await shared.locator('main').getByText(en.smsChallenge.sentTo(destination)).waitFor();
    const pasted = await openPage(demo.browser, `${demo.site.url}?gallery`);
    await pasted.page.getByLabel('A preview link to show').fill('https://elsewhere.example/?preview=smsChallenge');
    await pasted.page.getByRole('button', { name: 'Show', exact: true }).click();
    await pasted.page.getByRole('alert').filter({ hasText: 'Not a preview link of this site' }).waitFor();
    await pasted.page.getByLabel('A preview link to show').fill(link);
    await pasted.page.getByRole('button', { name: 'Show', exact: true }).click();
    await pasted.page.frameLocator('iframe[title="The preview link"]').locator('main').getByText(en.smsChallenge.sentTo(destination)).waitFor();
    expect(new URL(pasted.page.url()).searchParams.get('frame')).toBe(link);
  });

  it('turns stress data on for every frame of the gallery from its toolbar', async () => {
    const { page } = await openPage(demo.browser, `${demo.site.url}?gallery`);
    await page.getByLabel('Stress data').check();
    expect(new URL(page.url()).search).toBe('?gallery&stress=1');
    expect(await page.locator('figure[data-preview="smsChallenge"] iframe').getAttribute('src')).toBe('?preview=smsChallenge&stress=1');
    await page.locator('figure[data-preview="signIn"][data-status="reached"]').waitFor();
  });

  it('refuses JSON that is not, and answers Cognito could not send, with the reason next to the answer', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?preview=smsChallenge`);
    await reached(page);
    await openPanel(page);
    const area = page.getByLabel(panel.response('InitiateAuth'), { exact: true });
    const original = await area.inputValue();
    const alert = page.locator('li.call[data-operation="InitiateAuth"] [role="alert"]');

    await area.fill(original.replace(/}\s*$/, ''));
    await applyButton(page, 'InitiateAuth').click();
    await expect.poll(() => alert.textContent()).toContain(panel.problems.notJson('').trim());
    expect(await area.getAttribute('aria-invalid')).toBe('true');

    await area.fill(original);
    await editAnswer(page, 'InitiateAuth', (body) => (body.ChallengeName = 'SMS_CODE'));
    await applyButton(page, 'InitiateAuth').click();
    await expect.poll(() => alert.textContent()).toContain('ChallengeName must be one of: SMS_MFA');

    await area.fill(original);
    await editAnswer(page, 'InitiateAuth', (body) => delete body.Session);
    await applyButton(page, 'InitiateAuth').click();
    await expect.poll(() => alert.textContent()).toContain(panel.problems.sessionMissing('SMS_MFA'));

    await area.fill(JSON.stringify({ __type: 'CodeMismatchException', message: 'Invalid code.' }));
    await applyButton(page, 'InitiateAuth').click();
    await expect.poll(() => alert.textContent()).toContain('Cognito never answers InitiateAuth with CodeMismatchException');

    // Nothing was applied: the page is where it was, the app untouched.
    expect(new URL(page.url()).searchParams.has('answers')).toBe(false);
    expect(await page.locator('main h1').textContent()).toBe(en.smsChallenge.heading);

    // An error Cognito can send is taken: the sign-in form shows it.
    await area.fill(JSON.stringify({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' }));
    await applyButton(page, 'InitiateAuth').click();
    await page.waitForURL(/answers=/);
    await page.locator('main').getByText(en.problems.wrongCredentials).waitFor();
    // The preview's script cannot go on from there: its note says so, and the page is the app.
    await page.locator('html[data-preview="failed"]').waitFor({ state: 'attached' });
    expect(problems).toEqual([expect.stringContaining('Preview smsChallenge did not reach smsChallenge.idle')]);
  });

  it('changes a claim of the ID token: the signed-in page greets the email it names', async () => {
    const { page } = await openPage(demo.browser, `${demo.site.url}?preview=signedIn`);
    await reached(page);
    await openPanel(page);
    const idClaims = page.getByLabel(/IdToken claims$/);
    const call = page.locator('li.call').filter({ has: idClaims });
    const claims = call.getByLabel(/IdToken claims$/);
    const body = JSON.parse(await claims.inputValue());
    body.email = 'grace.hopper@example.org';
    await claims.fill(JSON.stringify(body));
    await call.getByRole('button', { name: panel.apply }).click();
    await page.waitForURL(/answers=/);
    await reached(page);
    await page.locator('main').getByText(en.signedIn.as('grace.hopper@example.org')).waitFor();
  });

  it('with stress data, shows the longest values with no horizontal scroll at 360 px', async () => {
    const cases: [string, string][] = [
      ['smsChallenge', en.smsChallenge.sentTo(maskPhone(STRESS_PHONE))],
      ['signedIn', en.signedIn.as(LONGEST_EMAIL)],
      ['signUp.lambdaRefused', STRESS_LAMBDA_REASON],
      ['passkeys.listed', STRESS_PASSKEY_NAME],
    ];
    for (const [name, text] of cases) {
      const context = await demo.browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${demo.site.url}?preview=${name}&stress=1`);
      await reached(page);
      await page.locator('main').getByText(text, { exact: false }).first().waitFor();
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll, name).toBeLessThanOrEqual(client);
      // The panel too, open, stress toggle checked.
      await openPanel(page);
      expect(await page.getByLabel(panel.stress).isChecked()).toBe(true);
      const [open, width] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(open, `${name}, panel open`).toBeLessThanOrEqual(width);
      await context.close();
    }
  });

  it('passes axe with the panel open', async () => {
    const context = await demo.browser.newContext({ bypassCSP: true, viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${demo.site.url}?preview=signedIn`);
    await reached(page);
    await openPanel(page);
    await page.getByLabel(/IdToken claims$/).waitFor();
    expect(await axe(page, ['.preview-note'])).toEqual([]);
    await context.close();
  });
});

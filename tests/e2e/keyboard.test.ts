/**
 * The journeys with the keyboard only, in Chromium on the production demo build under its CSP:
 * Tab, Shift+Tab, Enter and typing (no clicks, no `fill`). On each new screen the focus is on its
 * first field; after a refused submit it is on the field at fault, or on the screen's alert; every
 * control reached with Tab shows a focus ring. Also: a pasted code, and reduced motion.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { authenticatorSecret, latestCode, otherCode, signedInAs } from './support/app';
import { openPage, useDemoSite } from './support/site';
import { totpCode } from './support/tools';

/** This file's own demo build: another run building meanwhile cannot swap the chunks under it. */
const demo = useDemoSite();

interface Focused {
  /** `#id`, else `tag “text”`. */
  name: string;
  text: string;
  /** Drawn with a ring: `:focus-visible`, a solid outline of 2 px or more. */
  ring: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: 'body', text: '', ring: false };
    const text = (el.textContent ?? '').trim();
    const style = getComputedStyle(el);
    return {
      name: el.id ? `#${el.id}` : `${el.tagName.toLowerCase()} “${text.slice(0, 40)}”`,
      text,
      ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

/** Waits until the focus is on `name` (`#id`, or the start of `tag “text`). */
async function expectFocusOn(page: Page, name: string) {
  await expect.poll(async () => (await focused(page)).name, { timeout: 10_000 }).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on a control whose text or id is `target`,
 * checking that each control on the way shows its focus ring.
 */
async function tabTo(page: Page, target: string, { back = false, rings }: { back?: boolean; rings: string[] }) {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (!now.ring) rings.push(now.name);
    if (now.text === target || now.name === target) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Replaces what the focused field holds, as a person would: select it all, then type. */
async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

async function expectProblemAt(page: Page, id: string) {
  await page.locator(`#${id}[aria-invalid="true"]`).waitFor();
  await expectFocusOn(page, `#${id}`);
  const describedBy = (await page.locator(`#${id}`).getAttribute('aria-describedby')) ?? '';
  expect(describedBy.split(' ')).toContain(`${id}-error`);
  expect(await page.locator(`#${id}-error`).getAttribute('role')).toBe('alert');
}

describe('with the keyboard only', () => {
  it('signs up, confirms, sets up an authenticator after a wrong code, and is signed in', async () => {
    const { page, problems } = await openPage(demo.browser, demo.site.url);
    const rings: string[] = [];
    const email = `keys-${Date.now()}@example.com`;

    await expectFocusOn(page, '#email');
    await tabTo(page, 'Create an account', { rings });
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await expectFocusOn(page, '#email');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await expectFocusOn(page, '#password');
    await page.keyboard.type('Correct-h0rse');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Confirm your email' }).waitFor();
    await expectFocusOn(page, '#code');
    await page.keyboard.type(await latestCode(page, email));
    await page.keyboard.press('Enter');

    // The key is fetched after arriving: the focus waits on the heading, then goes to the field.
    await page.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
    await expectFocusOn(page, '#code');
    const secret = (await page.getByRole('group', { name: 'Setup key' }).textContent())!.replace(/\s/g, '');
    expect(await page.locator('#code').getAttribute('autocomplete')).toBe('one-time-code');
    expect(await page.locator('#code').getAttribute('inputmode')).toBe('numeric');
    // Back to the instructions and down again.
    await tabTo(page, 'Open in an authenticator app on this device', { back: true, rings });
    await tabTo(page, '#code', { rings });

    await page.keyboard.type(otherCode(totpCode(secret)));
    await tabTo(page, 'Verify and finish', { rings });
    await page.keyboard.press('Enter');
    await expectProblemAt(page, 'code');

    await retype(page, totpCode(secret));
    await page.keyboard.press('Enter');
    await signedInAs(page, email);
    // No field on this screen: its heading has the focus; the header with "Sign out" is just before it.
    await expectFocusOn(page, 'h1 “You’re signed in');
    await tabTo(page, 'Sign out on all devices', { rings });
    await tabTo(page, 'Sign out', { back: true, rings });

    expect(rings, 'controls focused without a visible ring').toEqual([]);
    expect(problems).toEqual([]);
  });

  it('signs in after a wrong password, then answers the authenticator challenge with a pasted code', async () => {
    const { page, problems } = await openPage(demo.browser, demo.site.url);
    const rings: string[] = [];
    const secret = await authenticatorSecret(page, 'totp@example.com');

    await expectFocusOn(page, '#email');
    await page.keyboard.type('totp@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Wrong-passw0rd');
    await tabTo(page, 'Sign in', { rings });
    await page.keyboard.press('Enter');
    // Cognito's answer puts the problem at the password: the focus goes back there from the button.
    await expectProblemAt(page, 'password');
    await retype(page, 'Passw0rd!');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor();
    await expectFocusOn(page, '#code');
    // A code pasted with the space an authenticator app shows: kept as its six digits.
    const wrong = otherCode(totpCode(secret));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(demo.site.url).origin });
    await page.evaluate((text) => navigator.clipboard.writeText(text), `${wrong.slice(0, 3)} ${wrong.slice(3)}`);
    await page.keyboard.press('ControlOrMeta+V');
    expect(await page.locator('#code').inputValue()).toBe(wrong);
    await tabTo(page, 'Verify', { rings });
    await page.keyboard.press('Enter');
    await expectProblemAt(page, 'code');

    const right = totpCode(secret, Date.now() + 30_000);
    // Then one inserted whole, as a phone keyboard's suggestion or autofill does, with a dash.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(`${right.slice(0, 3)}-${right.slice(3)}`);
    expect(await page.locator('#code').inputValue()).toBe(right);
    await page.keyboard.press('Enter');
    await signedInAs(page, 'totp@example.com');

    expect(rings, 'controls focused without a visible ring').toEqual([]);
    expect(problems).toEqual([]);
  });

  it('takes the focus to the alert when the problem concerns the whole screen', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=client-secret`);
    await expectFocusOn(page, '#email');
    await page.keyboard.type('sms@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Passw0rd!');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('does not move the focus while someone types after a problem', async () => {
    const { page, problems } = await openPage(demo.browser, demo.site.url);
    await expectFocusOn(page, '#email');
    await page.keyboard.press('Enter');
    await expectProblemAt(page, 'email');
    await page.locator('#password[aria-invalid="true"]').waitFor();
    // Typing in the password clears its problem; the email's stays, and the focus stays put.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Passw0rd!');
    await page.locator('#password:not([aria-invalid])').waitFor();
    expect((await focused(page)).name).toBe('#password');
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#password').inputValue()).toBe('Passw0rd!');
    expect(problems).toEqual([]);
  });
});

describe('motion', () => {
  it('stops the spinner when the system asks for reduced motion', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?preview=signIn.submitting`);
    const spinner = page.locator('.spinner');
    await spinner.waitFor();
    expect(await spinner.evaluate((el) => getComputedStyle(el).animationName)).toBe('spin');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await spinner.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    expect(problems).toEqual([]);
  });
});

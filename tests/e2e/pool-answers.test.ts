/**
 * Answers real pools give beyond the happy path, in Chromium on the demo build: every one is
 * shown to the person, never a screen that silently lets them press the button again.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useDemoSite } from './support/site';

const demo = useDemoSite();

describe('in Chromium, on the simulated pool', () => {
  it('says so when a pool without user-existence protection knows no account for the email', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=legacy-user-existence`);
    await page.getByRole('button', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email').fill('nobody-here@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();

    const email = page.getByLabel('Email');
    await page.getByText('We found no account with this email').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.inputValue()).toBe('nobody-here@example.com');
    await page.getByRole('button', { name: 'Send code' }).waitFor();
    expect(problems).toEqual([]);
  });
});

/**
 * A site that opts in to keeping the session (VITE_KEEP_SESSION=sessionStorage): a reload of the
 * tab keeps the person signed in; signing out forgets the tokens there too. Without the option
 * nothing is stored at all (tests/e2e/security.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { signedInAs, signIn } from './support/app';
import { openPage, useDemoSite } from './support/site';

const demo = useDemoSite({ env: { VITE_KEEP_SESSION: 'sessionStorage' } });

describe('keeping the session across reloads, when the site opts in', () => {
  it('stays signed in after a reload, and forgets the tokens on sign-out', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=mfa-off`);
    await signIn(page, 'nomfa@example.com', 'Passw0rd!');
    await signedInAs(page, 'nomfa@example.com');
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('signin.session') ?? 'null'));
    expect(stored).toMatchObject({ accessToken: expect.any(String), idToken: expect.any(String), refreshToken: expect.any(String) });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key !== 'signin.lang'))).toEqual([]);

    await page.reload();
    await signedInAs(page, 'nomfa@example.com');

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You’re signed out.').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('signin.session'))).toBeNull();
    await page.reload();
    await page.getByLabel('Email').waitFor();
    expect(problems).toEqual([]);
  });
});

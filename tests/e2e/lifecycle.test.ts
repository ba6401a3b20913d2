/**
 * The account lifecycle in Chromium on the demo build: an authenticator turned on after signing
 * in, a forgotten password, an administrator-created account, email codes, a password change,
 * signing out everywhere, and a challenge session that runs out.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enterCode, latestCode, signedInAs, signIn } from './support/app';
import { openPage, useDemoSite } from './support/site';
import { totpCode } from './support/tools';

const demo = useDemoSite();

/** Signed in as nomfa@example.com: adds an authenticator from the account page; its secret. */
async function verifyAuthenticatorFromAccount(page: Page): Promise<string> {
  await signIn(page, 'nomfa@example.com', 'Passw0rd!');
  await page.getByRole('button', { name: 'Account and security' }).click();
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const secret = (await page.getByLabel('Setup key').textContent())!.replace(/\s/g, '');
  await enterCode(page, totpCode(secret), 'Verify and finish');
  return secret;
}

/** From the account page: signs out, then in again with a code from the authenticator. */
async function signInAgainWithAuthenticator(page: Page, secret: string) {
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await signIn(page, 'nomfa@example.com', 'Passw0rd!');
  await page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor();
  await enterCode(page, totpCode(secret, Date.now() + 30_000));
  await signedInAs(page, 'nomfa@example.com');
}

describe('the account lifecycle in Chromium', () => {
  it('turns an authenticator on from the account page, then signs in with it', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=mfa-optional`);
    const secret = await verifyAuthenticatorFromAccount(page);
    await page.getByText('Your authenticator app is set up').waitFor();
    await page.getByText('Used first').waitFor();
    await signInAgainWithAuthenticator(page, secret);
    expect(problems).toEqual([]);
  });

  it('turns an authenticator on after the first attempt to turn it on failed, without a second code', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=mfa-preference-outage`);
    const secret = await verifyAuthenticatorFromAccount(page);
    // SetUserMFAPreference failed (the scenario's outage): the code was accepted, only turning it on is left.
    await page.getByText('Your code was accepted, but the authenticator app isn’t turned on').waitFor();
    await page.getByText('The sign-in service had a problem').waitFor();
    expect(await page.getByLabel('Verification code').count()).toBe(0);

    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Your authenticator app is set up').waitFor();
    await page.getByText('Used first').waitFor();
    await signInAgainWithAuthenticator(page, secret);
    // The browser logs the outage's answer (the SDK sends each request once), and nothing else.
    const outage = 'console: Failed to load resource: the server responded with a status of 500 (Internal Server Error)';
    expect(problems).toEqual([outage]);
  });

  it('resets a forgotten password with the emailed code, then meets the SMS challenge', async () => {
    const { page, problems } = await openPage(demo.browser, demo.site.url);
    await page.getByRole('button', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email').fill('sms@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('Verification code').fill(await latestCode(page, 'sms@example.com'));
    await page.getByLabel('New password', { exact: true }).fill('Fresh-passw0rd!');
    await page.getByRole('button', { name: 'Reset password and sign in' }).click();
    await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
    await enterCode(page, await latestCode(page, '+15555550123'));
    await signedInAs(page, 'sms@example.com');
    expect(problems).toEqual([]);
  });

  it('lets an administrator-created account choose its password, then set up TOTP', async () => {
    const { page, problems } = await openPage(demo.browser, demo.site.url);
    await signIn(page, 'new@example.com', 'TempPassw0rd!');
    await page.getByRole('heading', { name: 'Choose your password' }).waitFor();
    await page.getByLabel('New password', { exact: true }).fill('Mine-passw0rd!');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('signs in with an emailed code where the pool sends them, and lets a person without one choose them', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=email-otp`);
    for (const email of ['email@example.com', 'nomfa@example.com']) {
      await signIn(page, email, 'Passw0rd!');
      // MFA_SETUP offering an authenticator app and email codes: the person chooses.
      if (email === 'nomfa@example.com') await page.getByRole('button', { name: 'Email', exact: true }).click();
      await page.getByRole('heading', { name: 'Enter the code we emailed you' }).waitFor();
      await enterCode(page, await latestCode(page, email));
      await signedInAs(page, email);
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    }
    expect(problems).toEqual([]);
  });

  it('changes the password, then signs out on all devices', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=mfa-off`);
    await signIn(page, 'nomfa@example.com', 'Passw0rd!');
    await page.getByRole('button', { name: 'Account and security' }).click();
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByLabel('Current password').fill('Wrong-passw0rd');
    await page.getByLabel('New password', { exact: true }).fill('Newer-passw0rd!');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your current password is not right.').waitFor();
    await page.getByLabel('Current password').fill('Passw0rd!');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password was changed.').waitFor();

    await page.getByRole('button', { name: 'Sign out on all devices' }).click();
    await page.getByText('You’re signed out on all your devices.').waitFor();
    await signIn(page, 'nomfa@example.com', 'Newer-passw0rd!');
    await signedInAs(page, 'nomfa@example.com');
    expect(problems).toEqual([]);
  });

  it('goes back to sign-in with the email kept when the challenge session runs out', async () => {
    // The scenario's sessions last 20 s; the page's clock is moved on rather than waited for.
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=short-session`, { clock: true });
    await signIn(page, 'totp@example.com', 'Passw0rd!');
    await page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor();
    await page.getByText(/Time left to finish this step: 0:[0-2]\d/).waitFor();
    await page.clock.fastForward(15_000);
    // Not before its time.
    expect(await page.getByText('That took too long').count()).toBe(0);
    await page.getByText(/Time left to finish this step: 0:0\d/).waitFor();
    await page.clock.fastForward(6_000);
    await page.getByText('That took too long').waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe('totp@example.com');
    expect(problems).toEqual([]);
  });
});

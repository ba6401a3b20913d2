/**
 * Choice-based sign-in and passkeys in the app, on the demo build's `passwordless` pool, with
 * Chromium's virtual authenticator (DevTools protocol, WebAuthn domain) as the person's device:
 * a passkey added from the account page, signed out, signed in with it, deleted; then an emailed
 * code; and a passkey prompt that fails is never a dead end. WebAuthn needs a secure context and
 * an RP ID that is a domain, so the page is opened as localhost.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useDemoSite } from './support/site';
import { enterCode, latestCode, signedInAs } from './support/app';

const demo = useDemoSite();
const USER = { email: 'nomfa@example.com', password: 'Passw0rd!' };

async function continueWith(page: Page, email: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Choose how to sign in' }).waitFor();
}

async function toPasskeys(page: Page) {
  await page.getByRole('button', { name: 'Account and security' }).click();
  await page.getByRole('button', { name: 'Manage passkeys' }).click();
  await page.getByRole('heading', { name: 'Passkeys' }).waitFor();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Back to your account' }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

it('adds a passkey from the account page, signs in with it, deletes it, then signs in with an emailed code', async () => {
  const url = `${demo.site.url.replace('127.0.0.1', 'localhost')}?scenario=passwordless`;
  const { page, problems } = await openPage(demo.browser, url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  // The password, picked on the choice screen.
  await continueWith(page, USER.email);
  await page.getByLabel('Password', { exact: true }).fill(USER.password);
  await page.getByRole('button', { name: 'Sign in with your password' }).click();
  await signedInAs(page, USER.email);

  await toPasskeys(page);
  await page.getByText('You have no passkeys yet.').waitFor();
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await page.getByText('Your passkey is added.').waitFor();
  await page.getByRole('button', { name: /^Delete / }).waitFor();
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  await signOut(page);

  // The passkey, picked up front.
  await page.getByLabel('Email').fill(USER.email);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await signedInAs(page, USER.email);

  await toPasskeys(page);
  await page.getByRole('button', { name: /^Delete / }).click();
  await page.getByText(/You won’t be able to sign in with it any more/).waitFor();
  await page.getByRole('button', { name: 'Delete passkey' }).click();
  await page.getByText('The passkey is deleted.').waitFor();
  await page.getByText('You have no passkeys yet.').waitFor();
  await signOut(page);

  // An emailed code, picked on the choice screen.
  await continueWith(page, USER.email);
  await page.getByRole('button', { name: 'Email me a code' }).click();
  await page.getByRole('heading', { name: 'Enter the code we emailed you' }).waitFor();
  await enterCode(page, await latestCode(page, USER.email));
  await signedInAs(page, USER.email);
  expect(problems).toEqual([]);
}, 60_000);

it('offers another way in one click when this device has no passkey for the site any more', async () => {
  const url = `${demo.site.url.replace('127.0.0.1', 'localhost')}?scenario=passwordless`;
  const { page } = await openPage(demo.browser, url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  const { email } = USER;
  await continueWith(page, email);
  await page.getByLabel('Password', { exact: true }).fill(USER.password);
  await page.getByRole('button', { name: 'Sign in with your password' }).click();
  await signedInAs(page, email);
  await toPasskeys(page);
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await page.getByText('Your passkey is added.').waitFor();
  await signOut(page);

  // The pool still lists the passkey, but this device no longer holds it: the prompt ends without one.
  await cdp.send('WebAuthn.clearCredentials', { authenticatorId });
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await page.getByRole('heading', { name: 'Sign in with your passkey' }).waitFor();
  await page.getByText(/this device has no passkey for this site/).waitFor();
  await page.getByRole('button', { name: 'Sign in another way' }).click();
  await page.getByRole('heading', { name: 'Choose how to sign in' }).waitFor();
  await page.getByRole('button', { name: 'Email me a code' }).waitFor();
}, 90_000);

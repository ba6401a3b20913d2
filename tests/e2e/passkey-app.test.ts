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

const OFFER = 'Sign in faster next time with a passkey';

/** The password, picked on the choice screen. */
async function withPassword(page: Page) {
  await continueWith(page, USER.email);
  await page.getByLabel('Password', { exact: true }).fill(USER.password);
  await page.getByRole('button', { name: 'Sign in with your password' }).click();
}

/** The passkey, picked up front. */
async function withPasskey(page: Page) {
  await page.getByLabel('Email').fill(USER.email);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
}

/** A browser tab on the demo's passwordless pool with Chromium's virtual authenticator (`isUserVerified`: its fingerprint check passes). */
async function withAuthenticator(path = '?scenario=passwordless') {
  const url = `${demo.site.url.replace('127.0.0.1', 'localhost')}${path}`;
  const { page, problems } = await openPage(demo.browser, url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { page, problems, cdp, authenticatorId };
}

async function signOutFromHome(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
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
  await page.getByRole('button', { name: 'Not now' }).click();
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
  await page.getByRole('button', { name: 'Not now' }).click();
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

it('offers a passkey once after a password sign-in: added there, the page asked for is still the one shown, and no offer after the next sign-in', async () => {
  const { page, problems, cdp, authenticatorId } = await withAuthenticator(`?scenario=passwordless&return=${encodeURIComponent('/#/profile')}`);
  await withPassword(page);
  await page.getByRole('heading', { name: OFFER }).waitFor();
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await page.getByRole('heading', { name: 'Your profile' }).waitFor();
  expect(new URL(page.url()).hash).toBe('#/profile');
  expect((await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials).toHaveLength(1);
  // What the device keeps: one SHA-256 hash, nothing that names the person.
  const kept = await page.evaluate(() => ({ ...localStorage }));
  expect(Object.keys(kept).filter((key) => key !== 'signin.lang')).toEqual(['signin.passkeyOffered']);
  expect(kept['signin.passkeyOffered']).toMatch(/^[0-9a-f]{64}$/);

  await signOutFromHome(page);
  await withPassword(page);
  await signedInAs(page, USER.email);
  expect(await page.getByRole('heading', { name: OFFER }).count()).toBe(0);
  await signOutFromHome(page);
  // The passkey it added signs in.
  await withPasskey(page);
  await signedInAs(page, USER.email);
  expect(problems).toEqual([]);
}, 90_000);

it('offers no passkey after the next sign-in once the person said "Not now"', async () => {
  const { page, problems, cdp, authenticatorId } = await withAuthenticator();
  await withPassword(page);
  await page.getByRole('heading', { name: OFFER }).waitFor();
  await page.getByRole('button', { name: 'Not now' }).click();
  await signedInAs(page, USER.email);
  await signOutFromHome(page);
  await withPassword(page);
  await signedInAs(page, USER.email);
  expect(await page.getByRole('heading', { name: OFFER }).count()).toBe(0);
  expect((await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials).toHaveLength(0);
  expect(problems).toEqual([]);
}, 90_000);

/**
 * The browser's prompt itself refusing: the DevTools protocol has no "the person pressed Cancel"
 * (VirtualAuthenticatorOptions has no such option), but an authenticator whose user verification
 * fails (WebAuthn.setUserVerified false) makes navigator.credentials.get reject with
 * NotAllowedError, as a cancelled prompt does; automaticPresenceSimulation false would only end
 * the same way after the options' 180-second timeout.
 */
it('offers another way in one click when the passkey prompt is refused', async () => {
  const { page, cdp, authenticatorId } = await withAuthenticator();
  await withPassword(page);
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await signedInAs(page, USER.email);
  await signOutFromHome(page);

  await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false });
  const rejected = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const get = navigator.credentials.get.bind(navigator.credentials);
        navigator.credentials.get = (options) => get(options).catch((error: unknown) => (resolve((error as Error).name), Promise.reject(error)));
      }),
  );
  await withPasskey(page);
  await page.getByText(/The passkey prompt was closed/).waitFor();
  expect(await rejected).toBe('NotAllowedError');
  await page.getByRole('button', { name: 'Sign in another way' }).click();
  await page.getByRole('heading', { name: 'Choose how to sign in' }).waitFor();
  await page.getByRole('button', { name: 'Email me a code' }).waitFor();
}, 90_000);

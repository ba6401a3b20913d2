/**
 * What a person does on the demo build, in Chromium: shared by the browser tests
 * (tests/e2e/support/app.ts) and `npm run bench`. The authenticator is oathtool (Debian), so the
 * codes share nothing with the app or its simulated pool.
 */
import { execFileSync } from 'node:child_process';

/**
 * The dev inbox panel, named in the page's language (so found by its class, in any).
 * @param {import('playwright-core').Page} page
 */
export const devInbox = (page) => page.locator('aside.dev-inbox');

/**
 * The newest code the simulated pool delivered to this address or phone, read from the panel.
 * @param {import('playwright-core').Page} page @param {string} to
 */
export async function latestCode(page, to) {
  const message = devInbox(page).locator('li', { hasText: to }).first();
  await message.waitFor();
  return ((await message.locator('output').first().textContent()) ?? '').trim();
}

/**
 * A demo user's authenticator secret, as the dev inbox lists it.
 * @param {import('playwright-core').Page} page @param {string} email
 */
export async function authenticatorSecret(page, email) {
  return ((await devInbox(page).locator('li', { hasText: email }).locator('code.secret').textContent()) ?? '').trim();
}

/** @param {import('playwright-core').Page} page @param {string} email @param {string} password */
export async function signIn(page, email, password) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * From the sign-in screen: creates the account and waits for the screen that asks for the code.
 * @param {import('playwright-core').Page} page @param {string} email @param {string} password
 */
export async function signUp(page, email, password) {
  await page.getByRole('button', { name: 'Create an account' }).click();
  // The sign-in form has the same labels: type only once the sign-up form is there (before the
  // statechart has loaded, the click waits in the first screen's stand-in).
  await page.getByRole('heading', { name: 'Create your account' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Confirm your email' }).waitFor();
}

/**
 * Types a code into the screen's code field and presses the button.
 * @param {import('playwright-core').Page} page @param {string} code
 */
export async function enterCode(page, code, button = 'Verify') {
  await page.getByLabel('Verification code').fill(code);
  await page.getByRole('button', { name: button, exact: true }).click();
}

/** @param {import('playwright-core').Page} page @param {string} email */
export const signedInAs = (page, email) => page.getByText(`Signed in as ${email}`).waitFor();

/** A six-digit code that is not `code` (nor the codes of the steps beside a TOTP code). @param {string} code */
export const otherCode = (code) => String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');

/** The TOTP code for `secret` at `atMs`, from oathtool. @param {string} secret */
export function totpCode(secret, atMs = Date.now()) {
  const seconds = Math.floor(atMs / 1000);
  return execFileSync('oathtool', ['--totp', '--base32', secret, '--now', `@${seconds}`], { encoding: 'utf8' }).trim();
}

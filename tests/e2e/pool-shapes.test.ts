/**
 * Every pool shape of the simulated pool (scenarios.ts) in Chromium on the demo build: sign up
 * with what the pool takes, confirm with the code from the dev inbox (emailed or texted), land
 * signed in; sign out and in again with what the pool signs in with. Where only administrators
 * create users, no sign-up is offered and an invited user sets a password.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enterCode, latestCode } from './support/app';
import { openPage, useDemoSite } from './support/site';

const demo = useDemoSite();
const PASSWORD = 'Correct-h0rse';

interface Shape {
  scenario: string;
  /** The sign-up form's fields, by label, and what is typed into each. */
  signUp: (unique: string) => Array<[label: string, value: string]>;
  confirmHeading: string;
  /** Where the dev inbox shows the code went. */
  codeTo: (unique: string) => string;
  /** The sign-in field's label, and what is typed into it to sign in again. */
  signIn: (unique: string) => [label: string, value: string];
  /** Who the home page says is signed in: the email, else the phone number, else the username. */
  shown: (unique: string) => string;
}

const SHAPES: Shape[] = [
  {
    scenario: 'username',
    signUp: (u) => [['Username', `Ada_${u}`], ['Email', `ada-${u}@example.com`]],
    confirmHeading: 'Confirm your email',
    codeTo: (u) => `ada-${u}@example.com`,
    signIn: (u) => ['Username', `Ada_${u}`],
    shown: (u) => `ada-${u}@example.com`,
  },
  {
    scenario: 'username-email-alias',
    signUp: (u) => [['Username', `ada${u}`], ['Email', `Alias-${u}@Example.com`]],
    confirmHeading: 'Confirm your email',
    codeTo: (u) => `alias-${u}@example.com`,
    // The alias, as typed (in any case: the page sends emails in lower case).
    signIn: (u) => ['Username or email', `ALIAS-${u}@example.com`],
    shown: (u) => `alias-${u}@example.com`,
  },
  {
    scenario: 'phone',
    signUp: (u) => [['Phone number', `+44 7700 ${u.slice(-6)}`]],
    confirmHeading: 'Confirm your phone number',
    codeTo: (u) => `+447700${u.slice(-6)}`,
    signIn: (u) => ['Phone number', `+447700${u.slice(-6)}`],
    shown: (u) => `+447700${u.slice(-6)}`,
  },
  {
    scenario: 'email-or-phone',
    signUp: (u) => [['Email or phone number', `+1 555 ${u.slice(-7)}`]],
    confirmHeading: 'Confirm your phone number',
    codeTo: (u) => `+1555${u.slice(-7)}`,
    signIn: (u) => ['Email or phone number', `+1555${u.slice(-7)}`],
    shown: (u) => `+1555${u.slice(-7)}`,
  },
  {
    scenario: 'attributes',
    signUp: (u) => [
      ['Email', `grace-${u}@example.com`],
      ['First name', 'Grace'],
      ['Last name', 'Hopper'],
      ['Date of birth', '1906-12-09'],
      ['Team (optional)', 'Compilers'],
    ],
    confirmHeading: 'Confirm your email',
    codeTo: (u) => `grace-${u}@example.com`,
    signIn: (u) => ['Email', `grace-${u}@example.com`],
    shown: (u) => `grace-${u}@example.com`,
  },
];

const signedIn = (page: Page) => page.getByRole('heading', { name: 'You’re signed in' }).waitFor();

describe('in Chromium, every pool shape', () => {
  it.each(SHAPES)('$scenario: signs up, confirms with the code, is signed in, and signs in again', async (shape) => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=${shape.scenario}`);
    const unique = String(Date.now());
    await page.getByRole('button', { name: 'Create an account' }).click();
    // The sign-in form shares labels with sign-up: type only once the sign-up form is there.
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    for (const [label, value] of shape.signUp(unique)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: shape.confirmHeading }).waitFor();
    await enterCode(page, await latestCode(page, shape.codeTo(unique)), 'Confirm');
    await signedIn(page);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    const [label, value] = shape.signIn(unique);
    await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signedIn(page);
    await page.getByText(`Signed in as ${shape.shown(unique)}`, { exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('username-preferred-alias: signs in with the preferred username someone set, as typed; none is asked at sign-up', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=username-preferred-alias`);
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    expect(await page.getByLabel('Preferred username', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // The demo's ada set the preferred username Countess (demo-users.ts); the pool is case-sensitive.
    await page.getByLabel('Username, preferred username or email', { exact: true }).fill('Countess');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signedIn(page);
    await page.getByText('Signed in as ada@example.com', { exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('admin-only: offers no sign-up; an invited user sets a password and is signed in', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=admin-only`);
    await page.getByRole('button', { name: 'Forgot your password?' }).waitFor();
    expect(await page.getByRole('button', { name: 'Create an account' }).count()).toBe(0);
    await page.getByLabel('Email', { exact: true }).fill('new@example.com');
    await page.getByLabel('Password', { exact: true }).fill('TempPassw0rd!');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Choose your password' }).waitFor();
    await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await signedIn(page);
    expect(problems).toEqual([]);
  });
});

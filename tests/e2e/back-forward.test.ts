/**
 * Back after leaving: Chromium's back/forward cache would bring the page back as it was left — a
 * signed-in page, an authenticator's setup key on screen — to whoever presses Back on that
 * browser. The page starts over instead (README: "Sessions and tokens"): with tokens in memory,
 * that is the sign-in form. A real-pool build against a scripted endpoint, in Chromium with its
 * back/forward cache on (Playwright turns it off unless asked).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { launchChromium } from './support/browser';
import { REAL_POOL_ENV, sharedBuild } from './support/build';
import { scriptedCognito, type Reply } from './support/scripted-cognito';
import { serveStatic, type StaticSite } from './support/static-server';

const REGION = REAL_POOL_ENV.VITE_COGNITO_USER_POOL_ID.split('_')[0];
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const SESSION = (n: number) => `AYABe${'s'.repeat(60)}${n}`;

/** An unsigned JWT with these claims: the page only reads them. */
function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', kid: 'test' })}.${part(claims)}.${Buffer.from('signature').toString('base64url')}`;
}

/** Cognito's answers to a sign-in with no second factor: tokens for ada@example.com. */
function signedIn(operation: string): Reply {
  if (operation !== 'InitiateAuth') return { output: {} };
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: 'uuid-ada', email: 'ada@example.com', 'cognito:username': 'uuid-ada', exp: now + 3600, iat: now };
  return {
    output: {
      AuthenticationResult: {
        AccessToken: jwt({ ...claims, token_use: 'access', client_id: REAL_POOL_ENV.VITE_COGNITO_CLIENT_ID }),
        IdToken: jwt({ ...claims, token_use: 'id' }),
        RefreshToken: 'refresh-token',
        ExpiresIn: 3600,
        TokenType: 'Bearer',
      },
      ChallengeParameters: {},
    },
  };
}

let browser: Browser;
let site: StaticSite;
/** A site that keeps sessions across reloads (VITE_KEEP_SESSION). */
let keeping: StaticSite;
beforeAll(async () => {
  browser = await launchChromium({ backForwardCache: true });
  // One after the other: each build sets its variables in this process's environment.
  const plain = await sharedBuild('real');
  const keepingSessions = await sharedBuild('real', { VITE_KEEP_SESSION: 'sessionStorage' });
  [site, keeping] = await Promise.all([serveStatic(plain.outDir), serveStatic(keepingSessions.outDir)]);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), keeping?.close()]);
});

/**
 * The app in a fresh tab, its Cognito answered by `answer`. `shown` lists each pageshow as
 * 'persisted' (from the back/forward cache) or 'loaded'.
 */
async function open(answer: (operation: string) => Reply, url = site.url): Promise<{ page: Page; shown: string[] }> {
  const context = await browser.newContext();
  await scriptedCognito(context, REGION, answer);
  const page = await context.newPage();
  const shown: string[] = [];
  await page.exposeFunction('notePageshow', (persisted: boolean) => shown.push(persisted ? 'persisted' : 'loaded'));
  await page.addInitScript(() => {
    addEventListener('pageshow', (event) => (window as unknown as { notePageshow(p: boolean): void }).notePageshow(event.persisted));
  });
  await page.goto(url);
  return { page, shown };
}

async function signIn(page: Page, email = 'ada@example.com', password = 'Correct-h0rse') {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Away to another page of the site, then Back; resolves once the page is back and shown. */
async function leaveAndComeBack(page: Page, shown: string[]) {
  const before = shown.length;
  await page.goto(new URL('favicon.svg', page.url()).href);
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => shown.slice(before)).toContain('persisted');
}

describe('back after leaving', () => {
  it('does not bring back the authenticator setup key', async () => {
    const { page, shown } = await open((operation) => {
      if (operation === 'InitiateAuth') {
        return {
          output: {
            ChallengeName: 'MFA_SETUP',
            Session: SESSION(1),
            ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]', USER_ID_FOR_SRP: 'uuid-ada' },
          },
        };
      }
      if (operation === 'AssociateSoftwareToken') return { output: { SecretCode: SECRET, Session: SESSION(2) } };
      return { error: 'InternalErrorException', message: `not scripted: ${operation}` };
    });
    await signIn(page);
    const key = page.getByRole('group', { name: 'Setup key' });
    await key.waitFor();
    expect((await key.textContent())?.replace(/\s/g, '')).toBe(SECRET);

    await leaveAndComeBack(page, shown);
    // Restored from the cache, then started over: the sign-in form, and the key nowhere.
    await page.getByRole('heading', { name: en.signIn.heading }).waitFor();
    await page.getByLabel('Email').waitFor();
    expect(await page.getByText(SECRET.slice(0, 4)).count()).toBe(0);
    await expect.poll(() => shown.at(-1)).toBe('loaded');
  });

  it('does not bring back a signed-in page', async () => {
    const { page, shown } = await open(signedIn);
    await signIn(page);
    await page.getByText('Signed in as ada@example.com').waitFor();

    await leaveAndComeBack(page, shown);
    await page.getByLabel('Email').waitFor();
    expect(await page.getByText('Signed in as ada@example.com').count()).toBe(0);
    await expect.poll(() => shown.at(-1)).toBe('loaded');
  });

  it('keeps a kept session (VITE_KEEP_SESSION): the page reads it again', async () => {
    const { page, shown } = await open(signedIn, keeping.url);
    await signIn(page);
    await page.getByText('Signed in as ada@example.com').waitFor();

    await leaveAndComeBack(page, shown);
    await expect.poll(() => shown.at(-1)).toBe('loaded');
    await page.getByText('Signed in as ada@example.com').waitFor();
  });
});

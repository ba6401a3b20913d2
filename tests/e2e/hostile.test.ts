/**
 * Faults and hostile conditions in Chromium, on a build for a real pool whose Cognito endpoint
 * the test scripts (support/scripted-cognito.ts): answers lost on the way, requests that never
 * answer, an outage while the tokens are refreshed. A lost connection never costs the person
 * their progress.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/build/csp';
import { endpointOf } from '../../src/config';
import { REAL_POOL_ENV } from './support/build';
import { useDemoSite } from './support/site';
import { scriptedCognito, type Reply, type Sent } from './support/scripted-cognito';

const REGION = REAL_POOL_ENV.VITE_COGNITO_USER_POOL_ID.split('_')[0];
const ENDPOINT = endpointOf({ userPoolId: REAL_POOL_ENV.VITE_COGNITO_USER_POOL_ID, clientId: REAL_POOL_ENV.VITE_COGNITO_CLIENT_ID, region: REGION });

const site = useDemoSite({
  variant: 'real',
  headers: { 'content-security-policy': contentSecurityPolicy(ENDPOINT) },
});

const EMAIL = 'ada@example.com';
const PASSWORD = 'Correct-h0rse';
const USER_ID = '7d2c1f3e-0000-4000-8000-000000000001';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const S = (n: number) => `AYABe-session-${n}-`.padEnd(40, 'x');

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const ID_TOKEN = [base64url({ alg: 'RS256' }), base64url({ sub: USER_ID, email: EMAIL, 'cognito:username': USER_ID }), 'sig'].join('.');

function tokens(expiresIn = 3600, refreshToken?: string) {
  return {
    AuthenticationResult: { AccessToken: 'access.token.value', IdToken: ID_TOKEN, RefreshToken: refreshToken, ExpiresIn: expiresIn, TokenType: 'Bearer' },
    ChallengeParameters: {},
  };
}

type Script = (operation: string, body: Record<string, unknown>) => Reply;

/** What the test does to one request: answer it as scripted, drop the connection, or never answer. */
type Fate = 'answer' | 'drop' | 'hold';

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Every request the page sent to Cognito, in order, with what the test did to it. */
  sent: (Sent & { fate: Fate })[];
  /** Decides the fate of each request; the default answers every one. */
  fate: (operation: string, body: Record<string, unknown>) => Fate;
  /** Console errors, page errors and CSP violations, but the browser's lines for dropped requests. */
  problems: string[];
}

async function open(script: Script, options: { clock?: boolean } = {}): Promise<Opened> {
  const context = await site.browser.newContext({ viewport: { width: 1100, height: 900 } });
  await scriptedCognito(context, REGION, script);
  const page = await context.newPage();
  const opened: Opened = { page, context, sent: [], fate: () => 'answer', problems: [] };
  // Registered last, so it sees each request first: drops or holds it, or hands it to the script.
  await context.route(`${ENDPOINT}**`, async (route: Route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.fallback();
    const operation = ((await request.headerValue('x-amz-target')) ?? '').split('.').pop() ?? '';
    const body = (request.postDataJSON() ?? {}) as Record<string, unknown>;
    const fate = opened.fate(operation, body);
    opened.sent.push({ operation, body, fate });
    if (fate === 'answer') return route.fallback();
    if (fate === 'drop') return route.abort('failed');
    // Held: never answered.
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/Failed to load resource/.test(message.text())) return;
    opened.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => opened.problems.push(`page error: ${error.message}`));
  if (options.clock) await page.clock.install();
  await page.goto(site.site.url);
  return opened;
}

const sessionsOf = (opened: Opened, operation: string) =>
  opened.sent.filter((request) => request.operation === operation).map((request) => request.body.Session);

async function signIn(page: Page) {
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** A pool that requires MFA, for a person who has no authenticator yet. */
const mfaSetup: Script = (operation) => {
  switch (operation) {
    case 'InitiateAuth':
      return {
        output: {
          ChallengeName: 'MFA_SETUP',
          Session: S(1),
          ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]', USER_ID_FOR_SRP: USER_ID },
        },
      };
    case 'AssociateSoftwareToken':
      return { output: { SecretCode: SECRET, Session: S(2) } };
    case 'VerifySoftwareToken':
      return { output: { Status: 'SUCCESS', Session: S(3) } };
    case 'RespondToAuthChallenge':
      return { output: tokens(3600, 'refresh-token') };
    default:
      return { error: 'InternalErrorException', message: `unscripted ${operation}` };
  }
};

describe('a lost connection in Chromium', () => {
  it('keeps an authenticator that was verified when the last step of its setup got no answer', async () => {
    const opened = await open(mfaSetup);
    const { page } = opened;
    let completes = 0;
    opened.fate = (operation) => (operation === 'RespondToAuthChallenge' && ++completes === 1 ? 'drop' : 'answer');

    await signIn(page);
    await page.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
    await page.getByLabel('Verification code').fill('123456');
    await page.getByRole('button', { name: 'Verify and finish' }).click();
    await page.getByText('Your authenticator app is verified.').waitFor();
    await page.getByRole('alert').getByText('We couldn’t reach the sign-in service.').waitFor();
    // Sent once: the SDK did not resend the Session behind the person's back.
    expect(sessionsOf(opened, 'RespondToAuthChallenge')).toEqual([S(3)]);

    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText(`Signed in as ${EMAIL}`).waitFor();
    expect(sessionsOf(opened, 'RespondToAuthChallenge')).toEqual([S(3), S(3)]);
    expect(opened.sent.map((request) => request.operation)).toEqual([
      'InitiateAuth',
      'AssociateSoftwareToken',
      'VerifySoftwareToken',
      'RespondToAuthChallenge',
      'RespondToAuthChallenge',
    ]);
    expect(opened.problems).toEqual([]);
  });
});

describe('a request that never answers, in Chromium', () => {
  it('gives up after 15 seconds with the network message, keeping what was typed; the button sends again', async () => {
    const opened = await open(() => ({ output: tokens() }), { clock: true });
    const { page } = opened;
    opened.fate = () => (opened.sent.length === 0 ? 'hold' : 'answer');
    await signIn(page);
    await page.getByRole('button', { name: 'Please wait…' }).waitFor();
    await page.clock.fastForward(14_000);
    expect(await page.getByRole('button', { name: 'Please wait…' }).isDisabled()).toBe(true);
    await page.clock.fastForward(1_500);
    await page.getByRole('alert').getByText('We couldn’t reach the sign-in service.').waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(EMAIL);
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe(PASSWORD);

    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText(`Signed in as ${EMAIL}`).waitFor();
    expect(opened.sent.map((request) => [request.operation, request.fate])).toEqual([
      ['InitiateAuth', 'hold'],
      ['InitiateAuth', 'answer'],
    ]);
    expect(opened.problems).toEqual([]);
  });

  it('lets the person leave for another form meanwhile: the links work while the screen waits', async () => {
    const opened = await open(() => ({ output: tokens() }));
    const { page } = opened;
    opened.fate = () => 'hold';
    await signIn(page);
    await page.getByRole('button', { name: 'Please wait…' }).waitFor();
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(EMAIL);
    expect(await page.getByRole('button', { name: 'Create account' }).isEnabled()).toBe(true);
    expect(opened.problems).toEqual([]);
  });
});

describe('an outage while the tokens are refreshed, in Chromium', () => {
  it('keeps the person signed in, says it is reconnecting, and renews at once when the browser is back online', async () => {
    // One-second tokens: the refresh is due halfway, and they expire while it fails.
    const opened = await open((operation, body) =>
      operation === 'InitiateAuth' && body.AuthFlow === 'USER_PASSWORD_AUTH'
        ? { output: tokens(1, 'refresh-token') }
        : { output: tokens(3600) },
    );
    const { page, context } = opened;
    let outage = true;
    const refreshes = () => opened.sent.filter((request) => request.operation === 'GetTokensFromRefreshToken');
    opened.fate = (operation) => (operation === 'GetTokensFromRefreshToken' && outage ? 'drop' : 'answer');

    await signIn(page);
    await page.getByText(`Signed in as ${EMAIL}`).waitFor();
    const reconnecting = page.getByRole('status').filter({ hasText: 'Reconnecting…' });
    await reconnecting.waitFor();
    // Tried again after 2 s, then 4 s: the next is 8 s away.
    await expect.poll(() => refreshes().length, { timeout: 10_000 }).toBe(3);
    expect(refreshes().every((request) => request.body.RefreshToken === 'refresh-token')).toBe(true);

    outage = false;
    await context.setOffline(true);
    await context.setOffline(false);
    await reconnecting.waitFor({ state: 'detached', timeout: 3_000 });
    expect(refreshes()).toHaveLength(4);
    await page.getByText(`Signed in as ${EMAIL}`).waitFor();
    expect(await page.getByRole('button', { name: 'Sign out', exact: true }).isEnabled()).toBe(true);
    expect(opened.problems).toEqual([]);
  });
});

/** A pool that asks for an authenticator code at sign-in. */
const totpChallenge: Script = (operation) =>
  operation === 'InitiateAuth'
    ? { output: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: S(1), ChallengeParameters: { USER_ID_FOR_SRP: USER_ID } } }
    : { output: tokens() };

async function atCodeScreen(opened: Opened) {
  await signIn(opened.page);
  await opened.page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor();
  return opened.page.getByLabel('Verification code');
}

const codesSent = (opened: Opened) =>
  opened.sent
    .filter((request) => request.operation === 'RespondToAuthChallenge')
    .map((request) => (request.body.ChallengeResponses as Record<string, string>).SOFTWARE_TOKEN_MFA_CODE);

describe('codes typed or pasted as people do, in Chromium', () => {
  it('takes full-width digits from an input method, as inserted text and as a composition', async () => {
    const opened = await open(totpChallenge);
    const field = await atCodeScreen(opened);
    await field.focus();
    await opened.page.keyboard.insertText('１２３４５６');
    expect(await field.inputValue()).toBe('123456');

    // An input method composing: the value is left alone until the composition is committed.
    await field.fill('');
    const cdp = await opened.context.newCDPSession(opened.page);
    await cdp.send('Input.imeSetComposition', { text: '６５４', selectionStart: 3, selectionEnd: 3 });
    expect(await field.inputValue()).toBe('６５４');
    await cdp.send('Input.insertText', { text: '６５４３２１' });
    await expect.poll(() => field.inputValue()).toBe('654321');
    await opened.page.getByRole('button', { name: 'Verify', exact: true }).click();
    await opened.page.getByText(`Signed in as ${EMAIL}`).waitFor();
    expect(codesSent(opened)).toEqual(['654321']);
    expect(opened.problems).toEqual([]);
  });

  it('reads the code out of a whole message pasted into the field', async () => {
    const opened = await open(totpChallenge);
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const field = await atCodeScreen(opened);
    await opened.page.evaluate(() => navigator.clipboard.writeText('Your verification code is 482 913. It expires in 3 minutes.'));
    await field.focus();
    await opened.page.keyboard.press('ControlOrMeta+V');
    expect(await field.inputValue()).toBe('482913');
    await opened.page.keyboard.press('Enter');
    await opened.page.getByText(`Signed in as ${EMAIL}`).waitFor();
    expect(codesSent(opened)).toEqual(['482913']);
    expect(opened.problems).toEqual([]);
  });
});

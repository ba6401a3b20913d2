/**
 * The pool doctor (`/?doctor`) in Chromium, on a build for a real pool under the strict
 * Content-Security-Policy, against a scripted Cognito endpoint whose app client has a secret and
 * refuses REFRESH_TOKEN_AUTH: both are shown as problems with the commands that fix them, for
 * this pool's ids. The doctor's chunk is fetched only on its URL.
 *
 * `UPDATE_README_IMAGES=1` writes the page's picture to tests/readme/doctor.png (README, "The pool doctor").
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/build/csp';
import { endpointOf } from '../../src/config';
import { axe } from './support/axe';
import { decodePng, paletted } from './support/png';
import { REAL_POOL_ENV } from './support/build';
import { useDemoSite } from './support/site';
import { scriptedCognito, type Reply, type Sent } from './support/scripted-cognito';

const POOL_ID = REAL_POOL_ENV.VITE_COGNITO_USER_POOL_ID;
const CLIENT_ID = REAL_POOL_ENV.VITE_COGNITO_CLIENT_ID;
const REGION = POOL_ID.split('_')[0]!;
const ENDPOINT = endpointOf({ userPoolId: POOL_ID, clientId: CLIENT_ID, region: REGION });

const demo = useDemoSite();
const site = useDemoSite({
  variant: 'real',
  headers: { 'content-security-policy': contentSecurityPolicy(ENDPOINT) },
});

/** An app client with a secret that does not allow REFRESH_TOKEN_AUTH. */
const misconfigured = (_operation: string, body: Record<string, unknown>): Reply =>
  body.AuthFlow === 'USER_PASSWORD_AUTH'
    ? { error: 'NotAuthorizedException', message: `Client ${CLIENT_ID} is configured for secret but secret was not received` }
    : { error: 'InvalidParameterException', message: 'REFRESH_TOKEN_AUTH flow not enabled for this client' };

async function openDoctor(
  options: { bypassCSP?: boolean } = {},
): Promise<{ page: Page; sent: Sent[]; problems: string[]; fetched: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 900, height: 900 }, colorScheme: 'light', ...options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.site.url });
  const sent = await scriptedCognito(context, REGION, misconfigured);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // The browser logs Cognito's 400 answers itself.
    if (message.type() === 'error' && !/status of 400/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${site.site.url}?doctor`);
  await page.getByRole('heading', { name: 'What Cognito answered' }).waitFor();
  return { page, sent, problems, fetched };
}

/**
 * README's picture: the page down to the refresh's fix, with a palette of 256 colours so that it
 * stays under 100 KB.
 */
async function readmePicture(page: Page) {
  await page.setViewportSize({ width: 760, height: 900 });
  // Boxes are measured from the viewport, the clip of a full-page picture from the page's top.
  await page.evaluate(() => window.scrollTo(0, 0));
  const main = (await page.locator('main').boundingBox())!;
  const end = (await finding(page, 'refresh').boundingBox())!;
  const picture = await page.screenshot({
    clip: { x: main.x, y: main.y, width: main.width, height: end.y + end.height + 16 - main.y },
    fullPage: true,
    animations: 'disabled',
  });
  writeFileSync(fileURLToPath(new URL('../readme/doctor.png', import.meta.url)), paletted(decodePng(picture)));
}

const finding = (page: Page, id: string) => page.locator(`[data-finding="${id}"]`);

describe('the pool doctor in Chromium', () => {
  it('shows a client secret and a refused refresh as problems, with the commands that fix them', async () => {
    const { page, sent, problems } = await openDoctor();

    await expect.poll(() => finding(page, 'secret').getByRole('heading').innerText()).toMatch(/^Problem\s+App client has no secret$/);
    const [create] = await finding(page, 'secret').locator('pre').allInnerTexts();
    expect(create).toBe(
      [
        `aws cognito-idp create-user-pool-client --user-pool-id ${POOL_ID} --client-name sign-in-web --no-generate-secret`,
        '--explicit-auth-flows ALLOW_USER_PASSWORD_AUTH ALLOW_REFRESH_TOKEN_AUTH',
        '--prevent-user-existence-errors ENABLED',
        '--enable-token-revocation',
        `--region ${REGION}`,
        '--query UserPoolClient.ClientId --output text',
      ].join(' \\\n  '),
    );

    expect(await finding(page, 'refresh').getByRole('heading').innerText()).toMatch(/^Problem/);
    const [update] = await finding(page, 'refresh').locator('pre').allInnerTexts();
    expect(update).toContain(`aws cognito-idp update-user-pool-client --user-pool-id ${POOL_ID} --client-id ${CLIENT_ID}`);
    expect(update).toContain('--explicit-auth-flows ALLOW_USER_PASSWORD_AUTH ALLOW_REFRESH_TOKEN_AUTH');
    // AWS: UpdateUserPoolClient sets what it is not given to its default. Said next to the command.
    await finding(page, 'refresh').getByText('update-user-pool-client sets every setting it is not given back to its default').waitFor();
    await finding(page, 'refresh').getByText(`aws cognito-idp describe-user-pool-client --user-pool-id ${POOL_ID} --client-id ${CLIENT_ID} --region ${REGION}`).waitFor();

    // What the secret hides is not guessed; the page's policy lets it reach Cognito.
    expect(await finding(page, 'passwordAuth').getByRole('heading').innerText()).toMatch(/^Cannot tell/);
    expect(await finding(page, 'csp').getByRole('heading').innerText()).toMatch(/^Pass/);
    expect(await finding(page, 'endpoint').getByRole('heading').innerText()).toMatch(/^Pass/);

    // Two refused sign-in requests, and nothing else: no sign-up, nothing that names a real person.
    expect(sent.map((request) => `${request.operation} ${request.body.AuthFlow as string}`).sort()).toEqual([
      'InitiateAuth REFRESH_TOKEN_AUTH',
      'InitiateAuth USER_PASSWORD_AUTH',
    ]);
    // The random password it sent is not on the page.
    const password = (sent.find((request) => request.body.AuthFlow === 'USER_PASSWORD_AUTH')!.body.AuthParameters as Record<string, string>).PASSWORD!;
    expect(await page.locator('body').innerText()).not.toContain(password);

    await finding(page, 'secret').getByRole('button', { name: 'Copy' }).click();
    await finding(page, 'secret').getByText('Copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(create);

    // Checking again asks again, and keeps the findings (and the focus) meanwhile.
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(() => sent.length).toBe(4);
    await expect.poll(() => page.getByRole('button', { name: 'Check again' }).getAttribute('aria-disabled')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check again');
    expect(await finding(page, 'secret').getByRole('heading').innerText()).toMatch(/^Problem/);

    if (process.env.UPDATE_README_IMAGES) await readmePicture(page);
    expect(problems).toEqual([]);
  });

  it('speaks Chinese and Japanese, with the commands unchanged, fetching only the words it shows', async () => {
    const { page, fetched } = await openDoctor();
    // Which languages' words the page has fetched, by the chunk each is built into.
    const languageOf = (id: string) => /[\\/]src[\\/]doctor[\\/]words[\\/](?!index\.)([\w-]+)\.ts$/.exec(id)?.[1];
    const wordsFetched = () =>
      site.build.files
        .filter((file) => fetched.some((path) => path.endsWith(file.file)))
        .flatMap((file) => file.modules.map(languageOf).filter(Boolean));
    expect(wordsFetched()).toEqual(['en']);
    const english = await finding(page, 'secret').locator('pre').innerText();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await page.getByRole('heading', { name: 'ユーザープール診断' }).waitFor();
    expect(wordsFetched().sort()).toEqual(['en', 'ja']);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await finding(page, 'secret').getByRole('heading').innerText()).toMatch(/^問題あり/);
    expect(await finding(page, 'secret').locator('pre').innerText()).toBe(english);
    await page.getByRole('combobox', { name: '言語' }).selectOption('zh');
    await page.getByRole('heading', { name: '用户池诊断' }).waitFor();
    expect(await finding(page, 'secret').locator('pre').innerText()).toBe(english);
  });

  it('is axe-clean in the light and the dark theme', async () => {
    const { page } = await openDoctor({ bypassCSP: true });
    expect(await page.locator('h1').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page)).toEqual([]);
  });

  it('is not fetched by the sign-in page', async () => {
    const doctorFiles = site.build.files.filter((file) => file.modules.some((id) => /[\\/]src[\\/]doctor[\\/]/.test(id))).map((file) => file.file);
    expect(doctorFiles.length).toBeGreaterThan(0);
    const context = await site.browser.newContext();
    await scriptedCognito(context, REGION, misconfigured);
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(site.site.url);
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    // Give the page's idle-time preloads (SDK, views) their moment.
    await page.waitForLoadState('networkidle');
    expect(fetched.some((path) => path.endsWith('.js'))).toBe(true);
    expect(fetched.filter((path) => doctorFiles.some((file) => path.endsWith(file)))).toEqual([]);
  });
});

describe('the pool doctor on the demo build', () => {
  it.each([
    ['client-secret', 'secret', 'Problem\\s+App client has no secret'],
    ['no-user-password-auth', 'passwordAuth', 'Problem\\s+Password sign-in allowed'],
    ['legacy-user-existence', 'userExistence', 'Problem\\s+User-existence protection'],
  ])('shows the simulated pool’s %s client as it is', async (scenario, id, heading) => {
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${demo.site.url}?doctor&scenario=${scenario}`);
    await page.getByRole('heading', { name: 'What Cognito answered' }).waitFor();
    expect(await finding(page, id).getByRole('heading').innerText()).toMatch(new RegExp(`^${heading}`));
    expect(await finding(page, 'endpoint').getByRole('heading').innerText()).toMatch(/^Pass/);
    await context.close();
  });
});

/**
 * `npm run bench`: how small and how fast the sign-in is.
 *
 * 1. Builds for a real user pool and for the demo (into temporary folders) and prints every
 *    file's raw and gzip -9 size, when the browser fetches it, and the totals against the budget
 *    (judged on the real-pool build; the demo carries the simulated pool on top).
 * 2. Serves the real-pool build on loopback (gzip) and times, in headless Chromium, navigation
 *    start -> the sign-in form interactive (email field present and focused, submit enabled,
 *    painted), without and with 4x CPU slowdown, and with a mobile network on top: median and
 *    range of several fresh-profile runs. No Cognito is reachable, nor needed: the form renders
 *    without the network.
 * 3. Drives the demo build through each flow and counts the Cognito calls the page makes
 *    (requests to cognito-idp.*, by X-Amz-Target), which the simulated pool answers.
 *
 * It prints figures and judges them; it exits non-zero only if something crashes. The byte
 * budget is enforced by the test suite (tests/e2e/size-budget.test.ts); timings are not.
 * BENCH_RUNS sets the runs per profile (default 7).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { authenticatorSecret, enterCode, latestCode, signedInAs, signIn, signUp, totpCode } from './app.mjs';
import { BUDGET, CEILING, buildVariant } from './build.mjs';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './serve.mjs';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (/** @type {number} */ value) => (Number.isFinite(value) ? `${Math.round(value)}` : '–');
const verdict = (/** @type {number} */ value, /** @type {number} */ limit) => (value <= limit ? 'meets' : 'OVER');

/** @param {string[][]} rows @param {('l' | 'r')[]} align */
function table(rows, align) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd());
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/**
 * All JavaScript but the chunks of the languages other than English, of which a visitor fetches at
 * most one: what the size test holds to its ceiling (tests/e2e/size-budget.test.ts).
 * @param {import('./build.d.mts').MeasuredBuild} build
 */
const butLanguages = (build) => build.allJs.gzip - build.otherLanguagesJs.gzip;

/** @param {import('./build.d.mts').MeasuredBuild} build */
function printBuild(build, title) {
  console.log(`\n== ${title}\n`);
  const files = build.files.filter((f) => f.type !== 'other' || f.file.endsWith('.js'));
  table(
    [
      ['file', 'raw', 'gzip -9', 'first load', 'fetched', 'contents'],
      ...files.map((f) => [f.file, String(f.raw), String(f.gzip), f.firstLoad ? 'yes' : '', f.when, f.contents]),
    ],
    ['l', 'r', 'r', 'l', 'l', 'l'],
  );
  const pages = build.files.filter((f) => f.file.endsWith('.html'));
  console.log(`\nprerendered pages (HTML, gzip -9 bytes): ${pages.map((f) => `${f.file} ${f.gzip}`).join(', ')}`);
  console.log('');
  table(
    [
      ['total', 'raw', 'gzip -9', 'target', ''],
      ['first-load JS', kb(build.firstLoadJs.raw), kb(build.firstLoadJs.gzip), `<= ${kb(CEILING.firstLoadJs)}`, verdict(build.firstLoadJs.gzip, CEILING.firstLoadJs)],
      ['all JS but the other languages', kb(build.allJs.raw - build.otherLanguagesJs.raw), kb(butLanguages(build)), `<= ${kb(CEILING.allJs)}`, verdict(butLanguages(build), CEILING.allJs)],
      ['the other languages (one fetched at most)', kb(build.otherLanguagesJs.raw), kb(build.otherLanguagesJs.gzip), '', ''],
      ['CSS', kb(build.css.raw), kb(build.css.gzip), `<= ${kb(BUDGET.css)}`, verdict(build.css.gzip, BUDGET.css)],
    ],
    ['l', 'r', 'r', 'l', 'l'],
  );
}

// ---------------------------------------------------------------------------------------------
// Time to an interactive sign-in form

const MOBILE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/** @type {{ name: string; cpu: number; network?: typeof MOBILE; locale?: string }[]} */
const PROFILES = [
  { name: 'no throttling', cpu: 1 },
  { name: '4x CPU slowdown', cpu: 4 },
  // Lighthouse's mobile profile: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up.
  { name: '4x CPU + mobile network', cpu: 4, network: MOBILE },
  // What the language's page costs (src/boot/early.ts): the English page first, then Japanese's.
  { name: '4x CPU + mobile network, Japanese browser', cpu: 4, network: MOBILE, locale: 'ja-JP' },
];

/** What the page says on its console when the form is painted, and when the app has started. */
const PAINTED = 'bench:painted';
const STARTED = 'bench:started';

/**
 * Runs in the page before any of its scripts: notes when the form becomes interactive, and says
 * so on the console, as it does once the app's statechart is running and its SDK loaded (their
 * performance marks). The bench waits for these messages rather than polling the page: Playwright's
 * polling first compiles its own script in the page (about 80 ms of the main thread at 4x CPU),
 * which then lands in the middle of the load it measures, the floor's and the app's alike.
 */
function watchForForm(/** @type {{ painted: string; started: string }} */ say) {
  // Times count from the first navigation of the tab: a page that sends the browser on to its
  // language's page (src/boot/early.ts) pays for that here.
  let start = performance.timeOrigin;
  try {
    start = Number(sessionStorage.getItem('bench:start')) || start;
    sessionStorage.setItem('bench:start', String(start));
  } catch {
    // no storage on this page: from its own navigation
  }
  const offset = performance.timeOrigin - start;
  const bench = (/** @type {any} */ (window).__bench = { ready: 0, painted: 0, offset });
  const check = () => {
    if (bench.ready) return;
    const email = document.getElementById('email');
    const submit = /** @type {HTMLButtonElement | null | undefined} */ (/** @type {HTMLInputElement | null} */ (email)?.form?.querySelector('button[type=submit]'));
    if (!email || document.activeElement !== email || !submit || submit.disabled) return;
    bench.ready = performance.now() + offset;
    requestAnimationFrame(() =>
      setTimeout(() => {
        bench.painted = performance.now() + offset;
        console.log(say.painted);
      }),
    );
  };
  document.addEventListener('focusin', check, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  const marks = new Set();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.add(entry.name);
    if (marks.has('auth:statechart') && marks.has('cognito:sdk')) console.log(say.started);
  }).observe({ type: 'mark', buffered: true });
}

/** @param {import('playwright-core').Browser} browser @param {string} url @param {typeof PROFILES[number] & { floor?: boolean }} profile */
async function timeOnce(browser, url, profile) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: profile.locale });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    }
    await page.addInitScript(watchForForm, { painted: PAINTED, started: STARTED });
    /** @param {string} text */
    const said = (text) => page.waitForEvent('console', { predicate: (message) => message.text() === text, timeout: 60_000 });
    const painted = said(PAINTED);
    // What follows the form: the statechart at once, the SDK and the other views when idle.
    const started = profile.floor ? undefined : said(STARTED).catch(() => undefined);
    await page.goto(url, { waitUntil: 'commit' });
    await painted;
    await started;
    return await page.evaluate(() => {
      const bench = /** @type {any} */ (window).__bench;
      const mark = (/** @type {string} */ name) => (performance.getEntriesByName(name)[0]?.startTime ?? NaN) + bench.offset;
      const fcp = (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN) + bench.offset;
      const interactive = Math.max(bench.painted, Number.isFinite(fcp) ? fcp : 0);
      const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
      const scripts = resources.filter((r) => r.name.endsWith('.js') && r.responseEnd <= interactive);
      return {
        fcp,
        interactive,
        statechart: mark('auth:statechart'),
        sdk: mark('cognito:sdk'),
        bytesBefore: scripts.reduce((sum, r) => sum + r.encodedBodySize, 0),
      };
    });
  } finally {
    await context.close();
  }
}

/** The form within this much of the bare-HTML floor, run for run (issue 18). */
const RATIO_GOAL = 1.25;
/** @param {{ interactive: number }[]} runs @param {{ interactive: number }[]} floorRuns */
const ratio = (runs, floorRuns) => median(runs.map((r) => r.interactive)) / median(floorRuns.map((r) => r.interactive));

const median = (/** @type {number[]} */ values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (/** @type {number[]} */ values) => {
  const finite = values.filter(Number.isFinite);
  return finite.length ? `${ms(median(finite))} (${ms(Math.min(...finite))}–${ms(Math.max(...finite))})` : '–';
};

const FLOOR_FORM =
  '<form><label>Email <input id="email" type="email" autofocus></label>' +
  '<label>Password <input type="password"></label><button type="submit">Sign in</button></form>';

/**
 * The floor: a page that is nothing but a plain HTML sign-in form (no script, no style), timed
 * the same way. What the browser and the network cost before any app could be interactive.
 * Beside it, for reference, the same form with one stylesheet of one rule: what any styled page
 * pays on top under the Content-Security-Policy, which forbids an inline `<style>` (a second request
 * the first paint waits for). The goal is judged against the floor alone.
 * @param {string} dir
 */
function writeFloorPages(dir) {
  const floor = join(dir, 'floor');
  const styled = join(dir, 'floor-styled');
  mkdirSync(floor, { recursive: true });
  mkdirSync(styled, { recursive: true });
  const head = '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Sign-in</title>';
  writeFileSync(join(floor, 'index.html'), `${head}</head><body>${FLOOR_FORM}</body></html>`);
  writeFileSync(join(styled, 'index.html'), `${head}<link rel="stylesheet" href="/style.css"></head><body>${FLOOR_FORM}</body></html>`);
  writeFileSync(join(styled, 'style.css'), 'form{display:grid;gap:.5rem;max-width:20rem}');
  return { floor, styled };
}

/**
 * Times the app and the floor pages, alternating run by run so that all meet the same load on
 * the machine.
 * @param {import('playwright-core').Browser} browser @param {string} appDir @param {{ floor: string; styled: string }} floorDirs
 */
async function timeForm(browser, appDir, floorDirs) {
  // The app with the headers its build writes for the host: the policy, and its hashed assets kept.
  const [app, floor, styled] = await Promise.all([serveStatic(appDir, {}, { hostHeaders: true }), serveStatic(floorDirs.floor), serveStatic(floorDirs.styled)]);
  try {
    await timeOnce(browser, app.url, PROFILES[0]); // warm-up: disk and server caches
    const rows = [];
    for (const profile of PROFILES) {
      const runs = [];
      const floorRuns = [];
      const styledRuns = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(await timeOnce(browser, app.url, profile));
        floorRuns.push(await timeOnce(browser, floor.url, { ...profile, floor: true }));
        styledRuns.push(await timeOnce(browser, styled.url, { ...profile, floor: true }));
      }
      rows.push({ profile, runs, floorRuns, styledRuns });
    }
    return rows;
  } finally {
    await Promise.all([app.close(), floor.close(), styled.close()]);
  }
}

// ---------------------------------------------------------------------------------------------
// Cognito calls per flow, on the demo build's simulated pool

/** @param {import('playwright-core').Page} page */
async function setUpAuthenticator(page) {
  const key = page.getByLabel('Setup key');
  await key.waitFor();
  const secret = ((await key.textContent()) ?? '').replace(/\s/g, '');
  await enterCode(page, totpCode(secret), 'Verify and finish');
}

/**
 * Each flow: what it does, the calls it must make, and how to drive it; `mark` is called just
 * before the person's first action, and the calls from there on are the flow's.
 * @type {{ name: string; expected: string[]; drive: (page: import('playwright-core').Page, mark: () => void) => Promise<void> }[]}
 */
const FLOWS = [
  {
    name: 'sign-up, confirm, authenticator setup, no second sign-in',
    expected: ['SignUp', 'ConfirmSignUp', 'InitiateAuth', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge'],
    async drive(page, mark) {
      const email = `bench-${Date.now()}@example.com`;
      mark();
      await signUp(page, email, 'Correct-h0rse');
      await enterCode(page, await latestCode(page, email), 'Confirm');
      await setUpAuthenticator(page);
      await signedInAs(page, email);
    },
  },
  {
    name: 'sign-in that must set up an authenticator (MFA_SETUP)',
    expected: ['InitiateAuth', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge'],
    async drive(page, mark) {
      mark();
      await signIn(page, 'nomfa@example.com', 'Passw0rd!');
      await setUpAuthenticator(page);
      await signedInAs(page, 'nomfa@example.com');
    },
  },
  {
    name: 'sign-in with an authenticator code',
    expected: ['InitiateAuth', 'RespondToAuthChallenge'],
    async drive(page, mark) {
      const secret = await authenticatorSecret(page, 'totp@example.com');
      mark();
      await signIn(page, 'totp@example.com', 'Passw0rd!');
      await page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor();
      await enterCode(page, totpCode(secret));
      await signedInAs(page, 'totp@example.com');
    },
  },
  {
    name: 'sign-in with an SMS code',
    expected: ['InitiateAuth', 'RespondToAuthChallenge'],
    async drive(page, mark) {
      mark();
      await signIn(page, 'sms@example.com', 'Passw0rd!');
      await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
      await enterCode(page, await latestCode(page, '+15555550123'));
      await signedInAs(page, 'sms@example.com');
    },
  },
  {
    name: 'sign-in choosing between app and SMS (SELECT_MFA_TYPE)',
    expected: ['InitiateAuth', 'RespondToAuthChallenge', 'RespondToAuthChallenge'],
    async drive(page, mark) {
      const secret = await authenticatorSecret(page, 'both@example.com');
      mark();
      await signIn(page, 'both@example.com', 'Passw0rd!');
      await page.getByRole('button', { name: 'Authenticator app' }).click();
      await page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor();
      await enterCode(page, totpCode(secret));
      await signedInAs(page, 'both@example.com');
    },
  },
];

/** @param {import('playwright-core').Browser} browser @param {string} dir */
async function countCalls(browser, dir) {
  const site = await serveStatic(dir);
  const results = [];
  try {
    for (const flow of FLOWS) {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      /** @type {string[]} */
      const calls = [];
      page.on('request', (request) => {
        if (!new URL(request.url()).hostname.startsWith('cognito-idp.')) return;
        const target = request.headers()['x-amz-target'];
        if (target) calls.push(target.replace(/^.*\./, ''));
      });
      let from = 0;
      let error = '';
      try {
        await page.goto(site.url);
        await page.getByLabel('Email').waitFor();
        await flow.drive(page, () => (from = calls.length));
        await page.waitForTimeout(500); // anything the signed-in screen would call on its own
      } catch (cause) {
        error = String(/** @type {Error} */ (cause).message ?? cause).split('\n')[0];
      }
      await context.close();
      results.push({ flow, calls, counted: calls.slice(from), before: calls.slice(0, from), error });
    }
  } finally {
    await site.close();
  }
  return results;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'sign-in-bench-'));
  try {
    console.log('Building for a real user pool and for the demo (vite build, production)…');
    const real = await buildVariant('real', join(work, 'real'));
    const demo = await buildVariant('demo', join(work, 'demo'));
    printBuild(real, 'Build for a real pool (VITE_COGNITO_USER_POOL_ID=eu-west-1_AbCdEf123): the budget applies');
    printBuild(demo, 'Demo build (simulated pool): for information, the budget applies to the real-pool build');

    const browser = await launchChromium();
    try {
      console.log(`\n== Time to an interactive sign-in form: real-pool build, headless Chromium, ${RUNS} fresh runs per profile`);
      console.log('   ms from navigation start, median (min–max); "interactive" = email field focused, submit enabled, painted\n');
      const timings = await timeForm(browser, real.outDir, writeFloorPages(work));
      table(
        [
          ['profile', 'first paint', 'form interactive', 'floor: plain HTML form', 'ratio', 'floor + a stylesheet', 'its ratio', 'statechart running', 'SDK loaded', 'JS fetched by then (gzip)'],
          ...timings.map(({ profile, runs, floorRuns, styledRuns }) => [
            profile.name,
            spread(runs.map((r) => r.fcp)),
            spread(runs.map((r) => r.interactive)),
            spread(floorRuns.map((r) => r.interactive)),
            `${ratio(runs, floorRuns).toFixed(2)}x ${ratio(runs, floorRuns) <= RATIO_GOAL ? 'meets' : 'OVER'}`,
            spread(styledRuns.map((r) => r.interactive)),
            `${ratio(styledRuns, floorRuns).toFixed(2)}x`,
            spread(runs.map((r) => r.statechart)),
            spread(runs.map((r) => r.sdk)),
            kb(median(runs.map((r) => r.bytesBefore))),
          ]),
        ],
        ['l', 'r', 'r', 'r', 'l', 'r', 'l', 'r', 'r', 'r'],
      );
      console.log('\n   floor: a page that is only an HTML form with an autofocused email field, timed the same way, run by run');
      console.log('   floor + a stylesheet: the same form with one external stylesheet of one rule (the policy forbids an inline one), for reference');
      console.log(`   ratio: median of the form over median of the floor, goal <= ${RATIO_GOAL}x (issue 18)`);
      console.log(`   load average during the runs: ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${cpus().length} CPUs (timings are only as quiet as the machine)`);

      console.log('\n== Cognito calls per flow: demo build in Chromium, requests to cognito-idp.* by X-Amz-Target\n');
      const flows = await countCalls(browser, demo.outDir);
      for (const { flow, counted, before, error } of flows) {
        const ok = !error && counted.join() === flow.expected.join();
        const setup = counted.indexOf('AssociateSoftwareToken') >= 0 ? counted.length - counted.indexOf('InitiateAuth') : 0;
        const note = setup ? `; MFA setup after the password: ${setup} calls (target 4)` : '';
        console.log(`${ok ? 'exact  ' : 'DIFFERS'}  ${counted.length} calls  ${flow.name}${note}`);
        console.log(`         ${counted.join(' -> ') || '(none)'}${before.length ? `   (on load: ${before.join(', ')})` : ''}`);
        if (!ok) console.log(`         expected: ${flow.expected.join(' -> ')}${error ? `; stopped: ${error}` : ''}`);
      }

      const form = timings
        .map(({ profile, runs, floorRuns }) => `${profile.name} ${ms(median(runs.map((r) => r.interactive)))} ms (${ratio(runs, floorRuns).toFixed(2)}x the floor)`)
        .join(', ');
      console.log('\n== Summary (real-pool build)\n');
      console.log(`first-load JS ${kb(real.firstLoadJs.gzip)} of ${kb(CEILING.firstLoadJs)}: ${verdict(real.firstLoadJs.gzip, CEILING.firstLoadJs)}`);
      console.log(`all JS but the other languages ${kb(butLanguages(real))} of ${kb(CEILING.allJs)}: ${verdict(butLanguages(real), CEILING.allJs)}`);
      console.log(`CSS           ${kb(real.css.gzip)} of ${kb(BUDGET.css)}: ${verdict(real.css.gzip, BUDGET.css)}`);
      console.log(`interactive sign-in form (median): ${form}`);
      const exact = flows.filter(({ flow, counted, error }) => !error && counted.join() === flow.expected.join()).length;
      console.log(`Cognito calls: ${exact} of ${flows.length} flows make exactly the calls they need`);
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

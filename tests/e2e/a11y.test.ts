/**
 * Accessibility in Chromium, on the production demo build: axe-core on every state, in the light
 * and the dark theme, and on every preview in AXE_LANGUAGES (two a run, one of them right to
 * left, another pair each day); every preview laid out in every registered language on a 360 px wide
 * screen, with the document's `dir` checked and nothing running off it.
 *
 * Two ways to every state: the journeys a person walks (sign-up to signed in, the account pages),
 * and the designers' previews (src/preview/previews.ts), which between them reach every state the
 * machine can rest in, errors and waits included.
 *
 * axe is injected into the page as a script, which the site's Content-Security-Policy forbids: so
 * these contexts bypass CSP, for that reason only. tests/e2e/security.test.ts runs the app under
 * the policy.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { LANGUAGES, directionOf, isLang, loadDictionary, type Dictionary, type Lang } from '../../src/i18n';
import { PREVIEWS } from '../../src/preview/previews';
import { PSEUDO_LOCALES, type PseudoLocale } from '../../src/preview/pseudo-locales';
import { enterCode, latestCode, otherCode, signedInAs, signIn } from './support/app';
import { axe, COLOUR_RULES, type Violation } from './support/axe';
import { useDemoSite } from './support/site';
import { totpCode } from './support/tools';

/** Every registered language's dictionary: the 360 px check runs in each. */
const DICTIONARIES = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async ({ code }) => [code, await loadDictionary(code)] as const)),
) as Record<Lang, Dictionary>;
const EVERY_LANGUAGE = LANGUAGES.map(({ code }) => code as Lang);
/** Written right to left: one of them is axed on every run. */
const RIGHT_TO_LEFT = EVERY_LANGUAGE.filter((lang) => directionOf(lang) === 'rtl');
/** The rest but English, one a run. */
const LEFT_TO_RIGHT = EVERY_LANGUAGE.filter((lang) => lang !== 'en' && directionOf(lang) !== 'rtl');

/**
 * The languages axe checks every preview in, besides English (light and dark): two a run, another
 * pair each day (by the day of the year, UTC), so that each run keeps to its time and over the
 * weeks every registered language has its turn. One of them is written right to left (Arabic and
 * Hebrew by turns), the other is one of the rest (German's long words and Korean's script
 * included), each in turn. Every preview a run checks (below) is laid out in every language at
 * 360 px. A11Y_LANGUAGE=<code>[,<code>...] runs axe in the languages
 * given instead (to replay a failing day), and A11Y_LANGUAGE=all in every one.
 */
const AXE_LANGUAGES = axeLanguages(process.env.A11Y_LANGUAGE, new Date());

function axeLanguages(forced: string | undefined, today: Date): readonly Lang[] {
  if (forced === 'all') return EVERY_LANGUAGE.filter((lang) => lang !== 'en');
  if (forced) {
    const given = forced.split(',').map((code) => code.trim());
    const unknown = given.filter((code) => !isLang(code));
    if (unknown.length) throw new Error(`A11Y_LANGUAGE=${forced}: ${unknown.join(', ')} is not a registered language (${EVERY_LANGUAGE.join(', ')}), nor "all"`);
    return given as Lang[];
  }
  const day = dayOfYear(today);
  return [RIGHT_TO_LEFT[day % RIGHT_TO_LEFT.length]!, LEFT_TO_RIGHT[day % LEFT_TO_RIGHT.length]!];
}

/** The day of the year (UTC), from 0: what the turns below go by. */
function dayOfYear(today: Date): number {
  return Math.floor((today.getTime() - Date.UTC(today.getUTCFullYear(), 0, 1)) / 86_400_000);
}

/**
 * The previews checked on a run: a third of them, another third each day (by the day of the year,
 * UTC), so that every preview is checked every three days and a run keeps to its time (each
 * preview is a page load, axe four times and a layout in 21 languages: all of them took over 7
 * minutes of the suite's 10). The journeys above, the pseudo-locales and the checks themselves run
 * every time; that every preview reaches its state is checked on every run by
 * tests/preview/previews.test.ts. A11Y_PREVIEWS=all checks every preview, and
 * A11Y_PREVIEWS=<name>[,<name>...] the ones given (a failing preview's name is its test's name).
 */
const PREVIEW_TURNS = 3;
const CHECKED_PREVIEWS = previewsToCheck(process.env.A11Y_PREVIEWS, new Date());

function previewsToCheck(forced: string | undefined, today: Date): readonly string[] {
  const names = PREVIEWS.map((preview) => preview.name);
  if (forced === 'all') return names;
  if (forced) {
    const given = forced.split(',').map((name) => name.trim());
    const unknown = given.filter((name) => !names.includes(name));
    if (unknown.length) throw new Error(`A11Y_PREVIEWS=${forced}: no preview is named ${unknown.join(', ')}`);
    return given;
  }
  const turn = dayOfYear(today) % PREVIEW_TURNS;
  return names.filter((_, index) => index % PREVIEW_TURNS === turn);
}

const DESKTOP = { width: 1100, height: 900 };
const PHONE = { width: 360, height: 740 };

const demo = useDemoSite();

/** A page whose context lets axe's script in: the only thing CSP is bypassed for. */
async function openForAxe(url: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await demo.browser.newContext({ bypassCSP: true, viewport: DESKTOP, colorScheme: 'light' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  return { context, page, problems };
}

/** The screen's view is on screen, with whatever it draws after arriving (the QR code). */
async function settled(page: Page) {
  await page.locator('main h1').first().waitFor();
  if (await page.locator('.qr').count()) await page.locator('.qr img').waitFor();
}

/**
 * axe in the light theme and the dark one, the dark one as a stylesheet meets it: from the
 * system's setting (`prefers-color-scheme`), or from `data-theme` on <html>; in the dark one, the
 * rules that colours decide (COLOUR_RULES: the rest meet the very same page). Also: one h1.
 */
async function audit(page: Page, label: string, dark: 'system' | 'data-theme', exclude: string[] = []): Promise<string[]> {
  await settled(page);
  const found: string[] = [];
  const headings = await page.locator('h1').count();
  if (headings !== 1) found.push(`${label}: ${headings} h1 headings`);
  const report = (theme: string, violations: Violation[]) => {
    for (const v of violations) found.push(`${label} (${theme}): ${v.rule} [${v.impact}]\n    ${v.nodes.join('\n    ')}`);
  };

  await page.emulateMedia({ colorScheme: 'light' });
  report('light', await axe(page, exclude));
  if (dark === 'system') {
    await page.emulateMedia({ colorScheme: 'dark' });
    report('dark', await axe(page, exclude, COLOUR_RULES));
    await page.emulateMedia({ colorScheme: 'light' });
  } else {
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    report('dark', await axe(page, exclude, COLOUR_RULES));
    await page.evaluate(() => delete document.documentElement.dataset.theme);
  }
  return found;
}

/** What the page needs to choose a language with the picker and to know it is in place. */
interface LanguageInPage {
  code: Lang;
  /** `lang` on the document once it is in place. */
  lang: string;
  /** The picker's label in it. */
  picker: string;
}

function inPage(code: Lang): LanguageInPage {
  return { code, lang: DICTIONARIES[code].lang, picker: DICTIONARIES[code].languagePicker };
}

/** The layout in one language; `broken` when the page failed in it, so that nothing more can be checked in it. */
interface Layout {
  lang: Lang;
  dir: string;
  problems: string[];
  broken?: true;
}

/**
 * In each language given, one after the other, chosen with the picker in the page header as a
 * person chooses: the document's `dir`, and what runs out at the screen's width (the page
 * scrolling sideways, anything in the app running out of its card, or off the screen). One
 * round trip for them all: the languages are switched in place, without reloading the preview.
 * A page that fails (a script error) stops there, at once rather than after a timeout.
 */
async function laidOut(page: Page, languages: readonly Lang[]): Promise<Layout[]> {
  return page.evaluate(async (languages) => {
    const select = document.querySelector<HTMLSelectElement>('.app header select')!;
    const label = select.closest('label')!.querySelector('span')!;
    const errors: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(event instanceof ErrorEvent ? event.message : String(event.reason));
    const inPlace = ({ lang, picker }: LanguageInPage) => document.documentElement.lang === lang && label.textContent === picker;
    async function choose(language: LanguageInPage): Promise<boolean> {
      if (select.value === language.code && inPlace(language)) return true;
      select.value = language.code;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (const start = performance.now(); performance.now() - start < 10_000 && !errors.length; ) {
        // A task later: Svelte has applied the new words to the whole page, not the label alone.
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (inPlace(language)) return true;
      }
      return false;
    }
    function overflow(): string[] {
      const width = window.innerWidth;
      const problems: string[] = [];
      const scrollWidth = document.scrollingElement!.scrollWidth;
      if (scrollWidth > width) problems.push(`the page is ${scrollWidth} px wide`);
      const card = document.querySelector('main')!.getBoundingClientRect();
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
      for (const el of document.querySelectorAll('.app *')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(el).position === 'absolute') continue;
        const within = el.closest('main') ? card : { left: 0, right: width };
        if (box.right > within.right + 0.5 || box.left < within.left - 0.5) problems.push(`${describe(el)} runs out (${Math.round(box.left)}–${Math.round(box.right)} px)`);
      }
      return problems;
    }
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      const found: Layout[] = [];
      for (const language of languages) {
        const chosen = await choose(language);
        const dir = document.documentElement.getAttribute('dir') ?? '';
        if (errors.length) return [...found, { lang: language.code, dir, problems: [`the page failed: ${errors.join('; ')}`], broken: true as const }];
        found.push({ lang: language.code, dir, problems: chosen ? overflow() : ['the picker did not bring it in 10 s'] });
      }
      return found;
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
  }, languages.map(inPage));
}

/**
 * On a 360 px wide screen, in each language given: `dir` on the document, nothing running off the
 * screen, and axe (light theme) in those of `axeIn`, each checked as the last of the languages.
 */
async function inEveryLanguage(page: Page, label: string, languages: readonly Lang[] = EVERY_LANGUAGE, axeIn = AXE_LANGUAGES): Promise<string[]> {
  const found: string[] = [];
  /** Whether the page can go on to the next language. */
  const check = async (batch: readonly Lang[]) => {
    const layouts = await laidOut(page, batch);
    for (const { lang, dir, problems } of layouts) {
      if (dir !== directionOf(lang)) found.push(`${label} (${lang}): dir is ${dir}, not ${directionOf(lang)}`);
      for (const problem of problems) found.push(`${label} (${lang}, 360 px): ${problem}`);
    }
    return !layouts.some((layout) => layout.broken);
  };
  await page.setViewportSize(PHONE);
  if (!(await check(languages.filter((lang) => !axeIn.includes(lang))))) return found;
  for (const lang of languages.filter((lang) => axeIn.includes(lang))) {
    if (!(await check([lang]))) return found;
    for (const v of await axe(page)) found.push(`${label} (${lang}): ${v.rule} [${v.impact}]\n    ${v.nodes.join('\n    ')}`);
  }
  return found;
}

describe('axe-core and a 360 px screen, along the journeys', () => {
  it('signs up, confirms, sets up an authenticator, signs in, and visits the account pages', async () => {
    const { context, page, problems } = await openForAxe(demo.site.url);
    const found: string[] = [];
    const check = async (label: string) => found.push(...(await audit(page, label, 'system')));
    const email = `a11y-${Date.now()}@example.com`;

    await check('sign in');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await check('sign in, empty');

    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await check('sign up');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.locator('#password[aria-invalid="true"]').waitFor();
    await check('sign up, weak password');
    await page.getByLabel('Password', { exact: true }).fill('Correct-h0rse');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByRole('heading', { name: 'Confirm your email' }).waitFor();
    await check('confirm sign-up');
    const code = await latestCode(page, email);
    await enterCode(page, otherCode(code), 'Confirm');
    await page.locator('#code[aria-invalid="true"]').waitFor();
    await check('confirm sign-up, wrong code');
    await enterCode(page, code, 'Confirm');

    await page.getByRole('img', { name: /QR code/ }).waitFor();
    await check('authenticator setup');
    const secret = (await page.getByLabel('Setup key').textContent())!.replace(/\s/g, '');
    await enterCode(page, totpCode(secret, Date.now() - 5 * 60_000), 'Verify and finish');
    await page.locator('#code[aria-invalid="true"]').waitFor();
    await check('authenticator setup, wrong code');
    await enterCode(page, totpCode(secret), 'Verify and finish');

    await signedInAs(page, email);
    await check('signed in');
    await page.getByRole('button', { name: 'Account and security' }).click();
    await page.getByRole('button', { name: 'Change password' }).waitFor();
    await check('account');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByLabel('Current password').fill('Wrong-passw0rd');
    await page.getByLabel('New password', { exact: true }).fill('Newer-passw0rd!');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('#current-password[aria-invalid="true"]').waitFor();
    await check('change password, wrong current password');

    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('resets a password, meets the SMS challenge and chooses a second step', async () => {
    const { context, page, problems } = await openForAxe(demo.site.url);
    const found: string[] = [];
    const check = async (label: string) => found.push(...(await audit(page, label, 'system')));

    await page.getByRole('button', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await check('forgot password');
    await page.getByLabel('Email').fill('sms@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await check('reset password');
    await page.getByLabel('Verification code').fill(await latestCode(page, 'sms@example.com'));
    await page.getByLabel('New password', { exact: true }).fill('Fresh-passw0rd!');
    await page.getByRole('button', { name: 'Reset password and sign in' }).click();
    await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
    await check('SMS challenge');
    await page.getByRole('button', { name: 'Back to sign in' }).click();

    await signIn(page, 'both@example.com', 'Passw0rd!');
    await page.getByRole('button', { name: 'Authenticator app' }).waitFor();
    await check('choose a second step');
    await page.getByRole('button', { name: 'Authenticator app' }).click();
    await page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor();
    await check('authenticator challenge');

    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/**
 * Previews run a few at a time, each lane a demo.browser context of its own (bypassing CSP, for axe)
 * that its pages share: a few pages at once keep two cores busy without starving Chromium.
 */
const LANES = 3;
const idle: BrowserContext[] = [];
const waiting: ((context: BrowserContext) => void)[] = [];
let lanes = 0;
async function inLane<T>(task: (context: BrowserContext) => Promise<T>): Promise<T> {
  let context = idle.pop();
  if (!context && lanes < LANES) {
    lanes++;
    context = await demo.browser.newContext({ bypassCSP: true, viewport: DESKTOP, colorScheme: 'light' });
  }
  context ??= await new Promise<BrowserContext>((resolve) => waiting.push(resolve));
  try {
    return await task(context);
  } finally {
    const next = waiting.shift();
    if (next) next(context);
    else idle.push(context);
  }
}

/** The caption a preview page puts above the app (src/preview/boot.ts), in a landmark of its own. */
const PREVIEW_CAPTION = '#app > aside.preview-note';

/** The day's languages are in the name: A11Y_LANGUAGE=<them> runs the same checks again. */
const PREVIEWS_TITLE = `axe-core and a 360 px screen, on ${CHECKED_PREVIEWS.length} of the ${PREVIEWS.length} designer previews (A11Y_PREVIEWS=all for every one); axe also in ${AXE_LANGUAGES.join(', ')} (A11Y_LANGUAGE=${AXE_LANGUAGES.join(',')})`;

describe(PREVIEWS_TITLE, () => {
  // One retry: a preview whose script waits on the clock (a resend cool-down, a session running
  // out) can miss its state on a machine busy with other work. A finding of axe's comes back.
  it.concurrent.each(CHECKED_PREVIEWS.map((name) => [name]))('%s', { retry: 1 }, (name) =>
    inLane(async (context) => {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      try {
        // English to start with, whatever an earlier page of this context chose.
        await page.goto(`${demo.site.url}?preview=${encodeURIComponent(name)}&lang=en`);
        await page.locator('html[data-preview]').waitFor({ state: 'attached' });
        const reached = await page.locator('html').getAttribute('data-preview');
        if (reached !== 'reached') throw new Error(`${name}: ${await page.locator(PREVIEW_CAPTION).textContent()}`);
        const found = [...(await audit(page, name, 'data-theme')), ...(await inEveryLanguage(page, name))];
        expect(found).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }),
  );
});

/**
 * The pseudo-locales (src/preview/pseudo-locales.ts), which only the previews offer: two previews
 * with much text in each (en-XA: sign-up's extra fields, the setup key and QR code; ar-XB: an
 * error beside a field, the account's settings), opened with `&lang=` as a designer opens them.
 * The document speaks the pseudo-locale in its direction; axe passes (light theme: the dark one
 * has the same words); at 360 px nothing runs off the screen, 40% longer sentences and right-to-left
 * words included. A handful, to keep this file's time: the gallery shows every preview in them.
 */
const PSEUDO_PREVIEWS: Record<PseudoLocale, readonly string[]> = {
  'en-XA': ['signUp.attributesRequired', 'totpSetup.ready'],
  'ar-XB': ['signIn.wrongPassword', 'account.ready'],
};

describe('axe-core and a 360 px screen, on a few previews in the pseudo-locales en-XA and ar-XB', () => {
  const cases = PSEUDO_LOCALES.flatMap(({ code, dir }) => PSEUDO_PREVIEWS[code].map((name) => [name, code, dir] as const));
  it.concurrent.each(cases)('%s in %s', { retry: 1 }, (name, locale, dir) =>
    inLane(async (context) => {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      try {
        await page.setViewportSize(DESKTOP);
        await page.goto(`${demo.site.url}?preview=${encodeURIComponent(name)}&lang=${locale}`);
        await page.locator('html[data-preview]').waitFor({ state: 'attached' });
        const reached = await page.locator('html').getAttribute('data-preview');
        if (reached !== 'reached') throw new Error(`${name}: ${await page.locator(PREVIEW_CAPTION).textContent()}`);
        const label = `${name} (${locale})`;
        await settled(page);
        const found = (await axe(page)).map((v) => `${label}: ${v.rule} [${v.impact}]\n    ${v.nodes.join('\n    ')}`);
        const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, heading: document.querySelector('main h1')?.textContent ?? '' }));
        expect(root.lang, label).toBe(locale);
        expect(root.dir, label).toBe(dir);
        // The words are the pseudo-locale's: en-XA's bracketed, ar-XB's overridden right to left.
        expect(root.heading, label).toMatch(locale === 'en-XA' ? /^\[.+ one( [a-z]+)*\]$/ : /^\u200f\u202e/);
        await page.setViewportSize(PHONE);
        const wide = await page.evaluate(() => document.scrollingElement!.scrollWidth);
        if (wide > PHONE.width) found.push(`${label}, 360 px: the page is ${wide} px wide`);
        expect(found).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }),
  );
});

describe('the checks themselves', () => {
  it('notice a line that does not fit, a wrong `dir`, a second h1, a contrast too low and a page that breaks', async () => {
    const { context, page } = await openForAxe(demo.site.url);
    try {
      await page.locator('main h1').waitFor();
      // The form is prerendered: what is planted goes in once the app has hydrated it.
      await page.waitForFunction(() => !window.__signinEarly || window.__signinEarly.done);
      await page.evaluate(() => {
        const line = document.createElement('p');
        line.textContent = 'W'.repeat(80);
        line.style.overflowWrap = 'normal';
        line.style.color = '#bbbbbb';
        const second = document.createElement('h1');
        second.textContent = 'A second heading';
        // Readable in the light theme only: dark blue on the dark theme's surface.
        const dim = document.createElement('p');
        dim.textContent = 'Only in the light theme';
        dim.style.color = 'light-dark(#1b2333, #26304a)';
        document.querySelector('main form')!.append(line, second, dim);
      });
      // An app that lays every language out right to left: the document keeps `dir="rtl"`.
      await page.evaluate(() => {
        const root = document.documentElement;
        root.setAttribute('dir', 'rtl');
        Object.defineProperty(root, 'dir', { get: () => root.getAttribute('dir') ?? '', set: () => undefined });
      });
      const fitting = await inEveryLanguage(page, 'probe', ['en', 'ja', 'zh'], ['ja']);
      expect(fitting.some((problem) => problem.includes('probe (en, 360 px): the page is'))).toBe(true);
      expect(fitting.some((problem) => /probe \(ja, 360 px\): p “W+” runs out/.test(problem))).toBe(true);
      expect(fitting.some((problem) => problem.startsWith('probe (ja): color-contrast'))).toBe(true);
      expect(fitting).toContain('probe (zh): dir is rtl, not ltr');
      expect(fitting.filter((problem) => problem.startsWith('probe (zh)')).join()).not.toMatch(/color-contrast/);
      const audited = await audit(page, 'probe', 'system');
      expect(audited).toContain('probe: 2 h1 headings');
      expect(audited.some((problem) => problem.startsWith('probe (light): color-contrast'))).toBe(true);
      // The dark theme's pass, colour rules alone, finds what only its colours break.
      expect(audited.filter((problem) => problem.startsWith('probe (dark): color-contrast')).join()).toContain('foreground color: #26304a');
      // A page that breaks in a language is reported as such at once, and the languages after it are not checked on it.
      await page.evaluate(() => document.querySelector('.app header select')!.addEventListener('change', () => setTimeout(() => {
        throw new Error('the view broke');
      })));
      const broken = await inEveryLanguage(page, 'broken', ['zh', 'en'], ['en']);
      expect(broken).toContain('broken (zh, 360 px): the page failed: Uncaught Error: the view broke');
      expect(broken.filter((problem) => problem.startsWith('broken (en'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('give every language but English a turn of axe, one written right to left on every run, or the ones asked for', () => {
    expect(RIGHT_TO_LEFT).toEqual(['ar', 'he']);
    expect(LEFT_TO_RIGHT).toHaveLength(EVERY_LANGUAGE.length - 1 - RIGHT_TO_LEFT.length);
    const days = Array.from({ length: LEFT_TO_RIGHT.length }, (_, day) => new Date(Date.UTC(2027, 0, 1 + day, 23, 59)));
    const chosen = days.map((day) => axeLanguages(undefined, day));
    for (const pair of chosen) {
      expect(pair).toHaveLength(2);
      expect(pair.filter((lang) => directionOf(lang) === 'rtl')).toHaveLength(1);
    }
    expect(new Set(chosen.flat())).toEqual(new Set(EVERY_LANGUAGE.filter((lang) => lang !== 'en')));
    expect(axeLanguages(undefined, new Date(Date.UTC(2027, 0, 1, 0, 0)))).toEqual(chosen[0]);
    expect(axeLanguages('ja', days[0])).toEqual(['ja']);
    expect(axeLanguages('ko, de', days[0])).toEqual(['ko', 'de']);
    expect(axeLanguages('all', days[0])).toEqual(EVERY_LANGUAGE.filter((lang) => lang !== 'en'));
    expect(() => axeLanguages('xx', days[0])).toThrow('A11Y_LANGUAGE=xx: xx is not a registered language');
  });

  it('check every preview within three days, each once, or the ones asked for', () => {
    const names = PREVIEWS.map((preview) => preview.name);
    const days = [0, 1, 2].map((day) => new Date(Date.UTC(2027, 0, 1 + day, 12)));
    const chosen = days.map((day) => previewsToCheck(undefined, day));
    expect(chosen.flat().sort()).toEqual([...names].sort());
    for (const turn of chosen) expect(turn.length).toBeGreaterThanOrEqual(Math.floor(names.length / PREVIEW_TURNS));
    expect(previewsToCheck(undefined, new Date(Date.UTC(2027, 0, 4, 0, 0)))).toEqual(chosen[0]);
    expect(previewsToCheck('all', days[0])).toEqual(names);
    expect(previewsToCheck('signIn, totpSetup.ready', days[0])).toEqual(['signIn', 'totpSetup.ready']);
    expect(() => previewsToCheck('signIn,nothing', days[0])).toThrow('A11Y_PREVIEWS=signIn,nothing: no preview is named nothing');
    expect(CHECKED_PREVIEWS.length).toBeGreaterThan(0);
  });
});

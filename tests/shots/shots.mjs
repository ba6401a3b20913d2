/**
 * `npm run shots`: a PNG of every designer preview (src/preview/previews.ts) in the languages,
 * themes and widths asked for, and an index.html contact sheet that groups them by preview, for a
 * review without running anything. Not part of `npm test`.
 *
 *   npm run shots -- --lang en,ar,en-XA --theme light,dark --width desktop,phone --out shots/
 *   npm run shots -- --preview signIn,totpSetup.wrongCode --lang ar-XB --reuse
 *
 * --lang     languages (any the gallery's picker offers, pseudo-locales included); default en
 * --theme    light, dark; default both
 * --width    desktop (1100 px), phone (360 px); default both
 * --preview  preview names; a screen's name (signIn) takes all its previews (signIn.*); default all
 * --out      the folder to write into (emptied of earlier PNGs first); default shots/ (git ignores it)
 * --reuse    use the demo build left by an earlier run, if any, instead of building again
 *
 * It builds the demo (tests/bench/build.mjs, the simulated pool) into node_modules/.shots/demo,
 * serves it on loopback (tests/bench/serve.mjs) and opens each preview alone in Debian's Chromium
 * (tests/bench/chromium.mjs), as the browser tests do. The preview's caption and the dev inbox
 * beside the app are hidden: each shot is the app. Plain JavaScript, so Node runs it as it is.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SHOTS_DIST = fileURLToPath(new URL('../../node_modules/.shots/demo/', import.meta.url));

/** @type {Record<'desktop' | 'phone', { width: number; height: number }>} */
export const WIDTHS = { desktop: { width: 1100, height: 900 }, phone: { width: 360, height: 740 } };
export const THEMES = /** @type {const} */ (['light', 'dark']);

/**
 * @typedef {{ langs: string[]; themes: ('light' | 'dark')[]; widths: ('desktop' | 'phone')[]; previews: string[]; out: string; reuse: boolean }} ShotsOptions
 * @typedef {{ name: string; state: string; about: string }} PreviewInfo
 * @typedef {{ preview: string; lang: string; theme: 'light' | 'dark'; width: 'desktop' | 'phone'; file: string; status: 'reached' | 'failed'; problem?: string }} Shot
 */

/**
 * The command line's options, with their defaults.
 * @param {readonly string[]} argv
 * @returns {ShotsOptions}
 */
export function parseShotsArgs(argv) {
  /** @type {Record<string, string>} */
  const given = {};
  let reuse = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--reuse') {
      reuse = true;
      continue;
    }
    const match = /^--(lang|theme|width|preview|out)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`npm run shots: unknown argument "${arg}" (--lang, --theme, --width, --preview, --out, --reuse)`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new Error(`npm run shots: --${match[1]} needs a value`);
    given[match[1]] = value;
  }
  const list = (/** @type {string | undefined} */ value, /** @type {string[]} */ fallback) =>
    value === undefined ? fallback : value.split(',').map((item) => item.trim()).filter(Boolean);
  const themes = list(given.theme, [...THEMES]);
  for (const theme of themes) if (!THEMES.includes(/** @type {any} */ (theme))) throw new Error(`npm run shots: --theme ${theme} is not light or dark`);
  const widths = list(given.width, Object.keys(WIDTHS));
  for (const width of widths) if (!(width in WIDTHS)) throw new Error(`npm run shots: --width ${width} is not desktop or phone`);
  return {
    langs: list(given.lang, ['en']),
    themes: /** @type {('light' | 'dark')[]} */ (themes),
    widths: /** @type {('desktop' | 'phone')[]} */ (widths),
    previews: list(given.preview, []),
    out: resolve(given.out ?? 'shots'),
    reuse,
  };
}

/**
 * The previews and the languages the gallery of the served build lists (so the names are the
 * build's own, pseudo-locales included).
 * @param {import('playwright-core').Browser} browser @param {string} url
 * @returns {Promise<{ previews: PreviewInfo[]; langs: string[] }>}
 */
export async function galleryListing(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Frames load lazily: stop them, only the listing is wanted.
    await page.route(/[?&]preview=/, (route) => route.abort());
    await page.goto(`${url}?gallery`);
    await page.locator('figure.preview').first().waitFor();
    return await page.evaluate(() => ({
      previews: [...document.querySelectorAll('figure.preview')].map((figure) => ({
        name: figure.getAttribute('data-preview') ?? '',
        state: figure.querySelector('.machine-state')?.textContent ?? '',
        about: figure.querySelector('.about')?.textContent ?? '',
      })),
      langs: [...document.querySelectorAll('.controls select')[0].querySelectorAll('option')].map((option) => option.value),
    }));
  } finally {
    await context.close();
  }
}

/**
 * The previews asked for: by name, or every preview of a screen by the screen's name.
 * @param {readonly PreviewInfo[]} all @param {readonly string[]} asked
 */
export function choosePreviews(all, asked) {
  if (asked.length === 0) return [...all];
  const unknown = asked.filter((name) => !all.some((preview) => preview.name === name || preview.name.startsWith(`${name}.`)));
  if (unknown.length) throw new Error(`npm run shots: no preview named ${unknown.join(', ')} (the gallery lists them all)`);
  return all.filter((preview) => asked.some((name) => preview.name === name || preview.name.startsWith(`${name}.`)));
}

/** @param {Pick<Shot, 'preview' | 'lang' | 'theme' | 'width'>} shot */
export const shotFile = ({ preview, lang, theme, width }) => `${preview}--${lang}--${theme}--${width}.png`;

/**
 * Writes one PNG per preview, language, theme and width into `out`, a few pages at a time; a
 * preview that does not reach its state is shot all the same (after one more try), and marked.
 * @param {{ browser: import('playwright-core').Browser; url: string; out: string; previews: readonly PreviewInfo[]; langs: readonly string[]; themes: readonly ('light' | 'dark')[]; widths: readonly ('desktop' | 'phone')[]; lanes?: number; log?: (line: string) => void }} options
 * @returns {Promise<Shot[]>}
 */
export async function takeShots({ browser, url, out, previews, langs, themes, widths, lanes = 3, log = () => undefined }) {
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(out)) if (file.endsWith('.png')) rmSync(join(out, file));
  /** @type {Pick<Shot, 'preview' | 'lang' | 'theme' | 'width'>[]} */
  const todo = [];
  for (const preview of previews) for (const lang of langs) for (const theme of themes) for (const width of widths) todo.push({ preview: preview.name, lang, theme, width });
  /** @type {Shot[]} */
  const shots = [];
  let next = 0;
  const lane = async () => {
    for (let job = todo[next++]; job; job = todo[next++]) {
      let shot = await shoot(browser, url, out, job);
      if (shot.status === 'failed') shot = await shoot(browser, url, out, job);
      shots.push(shot);
      log(`${shots.length}/${todo.length} ${shot.file}${shot.status === 'failed' ? ` (did not reach its state: ${shot.problem})` : ''}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
  const order = (/** @type {Shot} */ shot) => todo.findIndex((job) => shotFile(job) === shot.file);
  return shots.sort((a, b) => order(a) - order(b));
}

/**
 * @param {import('playwright-core').Browser} browser @param {string} url @param {string} out
 * @param {Pick<Shot, 'preview' | 'lang' | 'theme' | 'width'>} job
 * @returns {Promise<Shot>}
 */
async function shoot(browser, url, out, job) {
  const context = await browser.newContext({ viewport: WIDTHS[job.width], colorScheme: job.theme, reducedMotion: 'reduce' });
  const file = shotFile(job);
  try {
    const page = await context.newPage();
    const query = new URLSearchParams({ preview: job.preview, lang: job.lang, theme: job.theme });
    await page.goto(`${url}?${query}`);
    await page.locator('html[data-preview]').waitFor({ state: 'attached', timeout: 30_000 });
    const reached = await page.locator('html').getAttribute('data-preview');
    const problem = reached === 'reached' ? undefined : ((await page.locator('aside.preview-note').textContent()) ?? 'did not reach its state');
    // What the view draws once it is there (the QR code), then the app alone.
    await page.locator('#app main').waitFor();
    if (await page.locator('.qr').count()) await page.locator('.qr img').waitFor();
    await page.evaluate(() => {
      for (const tool of document.querySelectorAll('#dev, #app > aside.preview-note')) /** @type {HTMLElement} */ (tool).style.display = 'none';
    });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(out, file), fullPage: true, animations: 'disabled' });
    return { ...job, file, status: problem ? 'failed' : 'reached', problem };
  } catch (error) {
    return { ...job, file, status: 'failed', problem: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await context.close();
  }
}

const escapeHtml = (/** @type {string} */ text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The contact sheet: a section per preview (its name, state and what it shows), each shot under
 * it captioned with its language, theme and width, and linked to the full-size PNG.
 * @param {readonly PreviewInfo[]} previews @param {readonly Shot[]} shots
 */
export function contactSheet(previews, shots) {
  const failed = shots.filter((shot) => shot.status === 'failed');
  const sections = previews.map((preview) => {
    const own = shots.filter((shot) => shot.preview === preview.name);
    const figures = own.map((shot) => {
      const label = `${shot.lang} · ${shot.theme} · ${shot.width}`;
      const missing = shot.status === 'failed' ? `<strong>Did not reach its state: ${escapeHtml(shot.problem ?? '')}</strong>` : '';
      return `<figure class="${shot.width}"><a href="${encodeURI(shot.file)}"><img src="${encodeURI(shot.file)}" alt="${escapeHtml(`${preview.name}, ${label}`)}" loading="lazy"></a><figcaption>${escapeHtml(label)}${missing}</figcaption></figure>`;
    });
    return `<section id="${escapeHtml(preview.name)}"><h2>${escapeHtml(preview.name)} <code>${escapeHtml(preview.state)}</code></h2><p>${escapeHtml(preview.about)}</p><div class="shots">${figures.join('')}</div></section>`;
  });
  const contents = previews.map((preview) => `<li><a href="#${encodeURIComponent(preview.name)}">${escapeHtml(preview.name)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Previews: ${shots.length} screenshots</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1b1b1f; background: #fff; }
  nav ul { columns: 16rem; padding: 0; list-style: none; }
  section { margin-block: 2rem; border-block-start: 1px solid #ccc; }
  h2 code { font-weight: normal; color: #555; }
  .shots { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
  figure { margin: 0; }
  figure img { display: block; border: 1px solid #ccc; width: 440px; height: auto; }
  figure.phone img { width: 180px; }
  figcaption { font-size: 0.85rem; color: #444; }
  figcaption strong, .failed { color: #b00020; display: block; }
</style>
</head>
<body>
<h1>Previews: ${shots.length} screenshots</h1>
<p>${previews.length} previews in ${escapeHtml([...new Set(shots.map((shot) => shot.lang))].join(', '))}; ${escapeHtml([...new Set(shots.map((shot) => shot.theme))].join(', '))}; ${escapeHtml([...new Set(shots.map((shot) => shot.width))].join(', '))}. Each image links to its full size.</p>
${failed.length ? `<p class="failed">${failed.length} did not reach their state: ${escapeHtml(failed.map((shot) => shot.file).join(', '))}</p>` : ''}
<nav aria-label="Previews"><ul>${contents}</ul></nav>
${sections.join('\n')}
</body>
</html>
`;
}

/**
 * The whole run, on a served demo build: the listing, the shots, the contact sheet.
 * @param {{ browser: import('playwright-core').Browser; url: string; options: ShotsOptions; log?: (line: string) => void }} run
 */
export async function shotsOfSite({ browser, url, options, log }) {
  const listing = await galleryListing(browser, url);
  const unknown = options.langs.filter((lang) => !listing.langs.includes(lang));
  if (unknown.length) throw new Error(`npm run shots: --lang ${unknown.join(', ')}: the gallery offers ${listing.langs.join(', ')}`);
  const previews = choosePreviews(listing.previews, options.previews);
  const shots = await takeShots({ browser, url, out: options.out, previews, langs: options.langs, themes: options.themes, widths: options.widths, log });
  writeFileSync(join(options.out, 'index.html'), contactSheet(previews, shots));
  return shots;
}

async function main() {
  const options = parseShotsArgs(process.argv.slice(2));
  const [{ buildVariant }, { launchChromium }, { serveStatic }] = await Promise.all([import('../bench/build.mjs'), import('../bench/chromium.mjs'), import('../bench/serve.mjs')]);
  if (options.reuse && existsSync(join(SHOTS_DIST, 'index.html'))) console.log(`Reusing the demo build in ${SHOTS_DIST}`);
  else {
    console.log(`Building the demo into ${SHOTS_DIST}…`);
    await buildVariant('demo', SHOTS_DIST);
  }
  const [browser, site] = await Promise.all([launchChromium(), serveStatic(SHOTS_DIST)]);
  try {
    const shots = await shotsOfSite({ browser, url: site.url, options, log: (line) => console.log(line) });
    const failed = shots.filter((shot) => shot.status === 'failed').length;
    console.log(`${shots.length} screenshots${failed ? `, ${failed} of previews that did not reach their state` : ''}: ${join(options.out, 'index.html')}`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    await browser.close();
    await site.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

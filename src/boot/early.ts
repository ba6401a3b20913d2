/**
 * The early script: a classic script in the <head> of every prerendered page (src/build/prerender.ts
 * bundles it on its own and adds it), run before the body is parsed and long before the app. It
 *
 * 1. picks the language the app would (pickLang: the remembered choice, else the browser's) and,
 *    if this page is prerendered in another, hides the page and replaces it with that language's
 *    page (same query and hash): nobody sees a form in the wrong language first;
 * 2. hides the prerendered form on the addresses that show something else (the gallery, the
 *    previews, the pool doctor, a demo scenario): `no-prerender` on <html>;
 * 3. until the app has taken the form over, keeps what a person does with it: a submit never
 *    reaches the browser (a native submission would navigate, the form's values in the URL);
 *    it is noted, as are clicks on the form's other buttons and a change of language, and the
 *    page shows it is busy (`early-busy` on <html>). main.ts has them done by the app, in order,
 *    once it has hydrated the form (`takeOver`).
 *
 * What it shares with main.ts lives on `window.__signinEarly`. No import here but i18n/pick.ts, which
 * is bundled into it, so the choice is the app's own (tests/unit/early.test.ts).
 */
import { pickOffered } from '../i18n/pick';

/** What the build writes into the script (src/build/prerender.ts). */
export interface EarlyConfig {
  /** The language of each prerendered page, space-separated: English's is `./` (index.html), the others' `./<code>.html` beside it. */
  langs: string;
  /** Query strings on which the page shows something other than the sign-in form. */
  elsewhere: string;
  /**
   * The app's entry module, which the page neither runs nor preloads itself: this script starts it
   * once the page has been parsed, its first frame painted and the browser is idle (with the
   * modules of the page's language, `data-modules` on this script's element). Run from the page's
   * own `<script type="module">`, the entry ran, hydration included, as soon as the short page was
   * parsed and before anything was painted: the prerendered form's first paint came as late as the
   * app's (684 against 323 ms for a bare form at 4x CPU, 2026-12-01). Preloaded by the page, its
   * 27 KB shared the network with the stylesheet the first paint waits for, and it ran as soon as
   * the first frame was out, just when the focused field should take its first keys (README, "Size
   * and speed").
   */
  entry?: string;
}

export type EarlyEvent = { type: 'submit' | 'click' | 'change'; target: Element };

export interface Early {
  /** The language picked for this visitor. */
  lang: string;
  /** What the person did before the app took over, in order. */
  events: EarlyEvent[];
  /** The app has taken over (takeOver), or the page shows something else: the page's own handlers act. */
  done: boolean;
  /**
   * Called by the app once it has hydrated the form (main.ts): what the person did is done again
   * through the app's handlers, on the very elements they used, in order: a submit (the fields'
   * values are read then), a click on one of the form's buttons, a change of language. When the
   * app replaces the form instead (another screen, another page), it takes `data-prerendered`
   * off #app, which ends the noting and the busy look: what was done with that form is gone with it.
   */
  takeOver(): void;
}

declare global {
  interface Window {
    __signinEarly?: Early;
  }
}

export function early(config: EarlyConfig, win: Window = window): Early | undefined {
  const doc = win.document;
  const root = doc.documentElement;
  const { location } = win;
  let remembered: string | null = null;
  try {
    remembered = win.localStorage.getItem('signin.lang');
  } catch {
    // storage off: the browser's languages decide
  }
  const lang = pickOffered(remembered, win.navigator.languages, config.langs.split(' '));
  if (lang !== root.lang) {
    root.hidden = true;
    location.replace((lang === 'en' ? './' : `./${lang}.html`) + location.search + location.hash);
    return undefined;
  }
  // Elsewhere, the form is hidden and nothing is noted (done): the app replaces it.
  const elsewhere = new RegExp(config.elsewhere).test(location.search);
  if (elsewhere) root.classList.add('no-prerender');

  const state: Early = {
    lang,
    events: [],
    done: elsewhere,
    takeOver() {
      state.done = true;
      root.classList.remove('early-busy');
      for (const { type, target } of state.events) {
        if (type === 'submit') (target as HTMLFormElement).requestSubmit();
        else if (type === 'click') (target as HTMLElement).click();
        else target.dispatchEvent(new Event('change', { bubbles: true }));
      }
    },
  };
  const note = (event: Event) => {
    const { type } = event;
    // What is noted: a submit of a form, a click on a button that is not a submit button (whose
    // click becomes a submit), a change of the language picker; only in the prerendered form.
    const target = (event.target as Element).closest(type === 'submit' ? 'form' : type === 'click' ? 'button[type=button]' : 'select');
    if (state.done || !target?.closest('#app[data-prerendered]')) return;
    if (type === 'submit') {
      // Never a native submission; one submit waiting is enough (the app reads the fields then).
      event.preventDefault();
      if (state.events.at(-1)?.type === type) return;
    }
    state.events.push({ type: type as EarlyEvent['type'], target });
    root.classList.add('early-busy');
  };
  for (const type of ['submit', 'click', 'change']) doc.addEventListener(type, note, true);
  if (config.entry) startAfterFirstFrame(win, config.entry, doc.currentScript?.getAttribute('data-modules')?.split(' ').filter(Boolean) ?? []);
  return (win.__signinEarly = state);
}

/**
 * Adds the entry's module script, with a preload of each of `modules` (the page's dictionary),
 * once the document is parsed (the app needs all of #app), a frame has been painted and the main
 * thread is idle: the form is usable from its first frame, and the app's start-up (fetching,
 * compiling, hydrating) does not hold the frames and keys that follow it. Without
 * requestIdleCallback (Safari), a timeout after the frame. A page that is not shown gets no
 * frames: half a second after parsing, the entry starts anyway.
 */
function startAfterFirstFrame(win: Window, entry: string, modules: string[]): void {
  const doc = win.document;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // Neither says crossorigin: a preload and an import of the same module then fetch it alike
    // (same-origin credentials), so that one fetch serves both.
    for (const href of modules) {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      doc.head.append(link);
    }
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = entry;
    doc.head.append(script);
  };
  const parsed = () => {
    win.requestAnimationFrame(() => {
      if (win.requestIdleCallback) win.requestIdleCallback(start, { timeout: 200 });
      else win.setTimeout(start);
    });
    win.setTimeout(start, 500);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', parsed, { once: true });
  else parsed();
}

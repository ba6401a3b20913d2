/**
 * The early script of the prerendered pages (src/boot/early.ts): the language's page, with the
 * address's query and hash; and what a person does before the app runs, kept for it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { early } from '../../src/boot/early';

const LANGS = 'en zh zh-Hant ja ar he pt-BR';

/** A window whose page is prerendered in `pageLang`. */
function fakeWindow(pageLang: string, { languages = ['en-US'], remembered = null as string | null, search = '', hash = '' } = {}) {
  const root = { lang: pageLang, hidden: false, classList: new Set<string>() };
  const replace = vi.fn();
  const win = {
    document: { documentElement: { ...root, classList: { add: (name: string) => root.classList.add(name) } }, addEventListener: vi.fn() },
    localStorage: { getItem: () => remembered },
    navigator: { languages },
    location: { search, hash, replace },
  };
  return { win: win as unknown as Window, replace, root: win.document.documentElement };
}

describe('the early script', () => {
  it.each([
    { page: 'en', languages: ['ja-JP'], remembered: null, to: './ja.html' },
    { page: 'en', languages: ['zh-TW'], remembered: null, to: './zh-Hant.html' },
    { page: 'ja', languages: ['ja-JP'], remembered: 'en', to: './' },
    { page: 'ja', languages: ['fi-FI', 'pt-PT'], remembered: null, to: './pt-BR.html' },
  ])('sends a visitor on the $page page to their language ($languages, chosen before: $remembered)', ({ page, languages, remembered, to }) => {
    const { win, replace, root } = fakeWindow(page, { languages, remembered, search: '?return=%2F', hash: '#/profile' });
    expect(early({ langs: LANGS, elsewhere: 'doctor' }, win)).toBeUndefined();
    expect(root.hidden).toBe(true);
    expect(replace).toHaveBeenCalledWith(`${to}?return=%2F#/profile`);
  });

  it('stays on the page in the language picked, and notes nothing the app would do elsewhere', () => {
    const { win, replace } = fakeWindow('ar', { remembered: 'ar', search: '?doctor' });
    const state = early({ langs: LANGS, elsewhere: '[?&]doctor(?:[=&]|$)' }, win);
    expect(replace).not.toHaveBeenCalled();
    expect(state).toMatchObject({ lang: 'ar', done: true });
    expect(win.document.documentElement.hidden).toBe(false);
  });
});

describe('before the app takes over', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.className = '';
    delete window.__signinEarly;
  });

  it('keeps a submit (once) and a click from the browser, then has the app do them, in order', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML =
      '<div id="app" data-prerendered="en"><form><input id="email"><button type="submit">Sign in</button></form><button type="button" class="link">Create an account</button></div>';
    const state = early({ langs: LANGS, elsewhere: 'doctor' })!;
    const form = document.querySelector('form')!;
    const submitted = vi.fn();
    form.addEventListener('submit', submitted);
    const native = [form.requestSubmit(), form.requestSubmit()];
    expect(native).toEqual([undefined, undefined]);
    expect(submitted.mock.calls.map(([event]) => (event as Event).defaultPrevented)).toEqual([true, true]);
    document.querySelector<HTMLButtonElement>('button.link')!.click();
    expect(state.events.map((event) => event.type)).toEqual(['submit', 'click']);
    expect(document.documentElement.classList.contains('early-busy')).toBe(true);

    const clicked = vi.fn();
    document.querySelector('button.link')!.addEventListener('click', clicked);
    submitted.mockClear();
    state.takeOver();
    expect(state.done).toBe(true);
    expect(document.documentElement.classList.contains('early-busy')).toBe(false);
    // Done again, once each, and this time the page's own handlers decide.
    expect(submitted.mock.calls.map(([event]) => (event as Event).defaultPrevented)).toEqual([false]);
    expect(clicked).toHaveBeenCalledTimes(1);
  });
});

describe('the app entry', () => {
  afterEach(() => {
    document.head.querySelectorAll('script[type=module], link[rel=modulepreload]').forEach((element) => element.remove());
    delete window.__signinEarly;
  });

  it('is started once, after the page is parsed and a frame has passed, with the modules its page names', async () => {
    document.documentElement.lang = 'en';
    // The early script's own element names the language's modules (src/build/prerender.ts).
    const own = document.createElement('script');
    own.dataset.modules = '/assets/load-1.js /assets/ja-2.js';
    Object.defineProperty(document, 'currentScript', { value: own, configurable: true });
    try {
      early({ langs: LANGS, elsewhere: 'doctor', entry: '/assets/index-abc.js' });
    } finally {
      delete (document as { currentScript?: unknown }).currentScript;
    }
    // Not while the page is being parsed and painted: the form first.
    expect(document.head.querySelectorAll('script[type=module], link[rel=modulepreload]')).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const added = [...document.head.querySelectorAll<HTMLElement>('script[type=module], link[rel=modulepreload]')];
    expect(added.map((element) => [element.tagName, element.getAttribute('src') ?? element.getAttribute('href')])).toEqual([
      ['LINK', '/assets/load-1.js'],
      ['LINK', '/assets/ja-2.js'],
      ['SCRIPT', '/assets/index-abc.js'],
    ]);
    // Once, though both the frame and the timeout for a page not shown come by.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.head.querySelectorAll('script[type=module]')).toHaveLength(1);
  });

  it('is not started on a page that sends the visitor to their language', async () => {
    const { win, replace } = fakeWindow('en', { languages: ['ja-JP'] });
    expect(early({ langs: LANGS, elsewhere: 'doctor', entry: '/assets/index-abc.js' }, win)).toBeUndefined();
    expect(replace).toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.head.querySelectorAll('script[type=module]')).toHaveLength(0);
  });
});

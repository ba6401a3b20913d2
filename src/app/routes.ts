/**
 * The site's signed-in pages (README: "The site's pages"). Each is a Svelte component in this
 * folder; adding a page is one line here. The home page comes with the signed-in views, so it
 * shows at once after signing in; every other page is fetched when first opened. The header of every
 * signed-in screen links to each page in this order, and to "Account and security" and "Sign out".
 * A path no page has shows the home page.
 */
import type { Component } from 'svelte';
import type { Dictionary } from '../i18n';
import Home from './Home.svelte';

export interface Page {
  /** Its address: `#/profile`. */
  path: string;
  /** Its name in the header. */
  label: (t: Dictionary) => string;
  /** The component, or how to fetch it. */
  view: Component | { load: () => Promise<{ default: Component }> };
}

export const PAGES: readonly Page[] = [
  { path: '/', label: (t) => t.signedIn.home, view: Home },
  { path: '/profile', label: (t) => t.signedIn.profile, view: { load: () => import('./Profile.svelte') } },
];

export const HOME = PAGES[0]!;

export function pageAt(path: string): Page | undefined {
  return PAGES.find((page) => page.path === path);
}

/** Where a page's component is kept once fetched, so that opening it again renders at once. */
const loaded = new Map<Page, Component | Promise<Component>>();

/** The page's component when fetched already, else a promise of it (a failed fetch is tried again next time). */
export function componentOf(page: Page): Component | Promise<Component> {
  const view = page.view;
  if (typeof view === 'function') return view;
  let found = loaded.get(page);
  if (!found) {
    found = view.load().then(
      (module) => {
        loaded.set(page, module.default);
        return module.default;
      },
      (error: unknown) => {
        loaded.delete(page);
        throw error;
      },
    );
    loaded.set(page, found);
  }
  return found;
}

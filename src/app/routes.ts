/**
 * The site's signed-in pages (README: "The site's pages"). Each is a Svelte component in this
 * folder; adding a page is one line here. They come with the signed-in views, in the chunk
 * fetched right after the first paint (vite.config.ts), so a page shows at once. The header of
 * every signed-in screen links to each page in this order, then to "Account and security" and
 * "Sign out". A path no page has shows the home page.
 */
import type { Component } from 'svelte';
import type { Dictionary } from '../i18n';
import Home from './Home.svelte';
import Profile from './Profile.svelte';

export interface Page {
  /** Its address: `#/profile`. */
  path: string;
  /** Its name in the header. */
  label: (t: Dictionary) => string;
  view: Component;
}

export const PAGES: readonly Page[] = [
  { path: '/', label: (t) => t.signedIn.home, view: Home },
  { path: '/profile', label: (t) => t.signedIn.profile, view: Profile },
];

/** The page at `path`; the home page for a path no page has. */
export function pageAt(path: string): Page {
  return PAGES.find((page) => page.path === path) ?? PAGES[0]!;
}

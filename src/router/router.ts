/**
 * A hash router for the site's signed-in pages (src/app): `#/` is the home page, `#/profile` the
 * profile page. Hash routes need nothing of the static host: every address is index.html, so a
 * reload or a shared link works on any host, with no rewrite rule (README: "The site's pages").
 * Plain TypeScript; `subscribe` follows Svelte's store contract (`$router` in a component).
 */

/** The page's path from a location's hash: `#/profile?tab=1` is `/profile`; no hash is `/`. */
export function pathOf(hash: string): string {
  const path = hash.replace(/^#/, '').split(/[?#]/)[0] ?? '';
  return path.startsWith('/') ? path : '/';
}

export interface Router {
  /** The current page's path. */
  readonly path: string;
  subscribe(listener: (path: string) => void): () => void;
  /** Opens a page; `replace` leaves no entry in the history (a redirect). */
  go(path: string, options?: { replace?: boolean }): void;
}

export function hashRouter(window: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener' | 'dispatchEvent'>): Router {
  const current = () => pathOf(window.location.hash);
  return {
    get path() {
      return current();
    },
    subscribe(listener) {
      listener(current());
      const changed = () => listener(current());
      window.addEventListener('hashchange', changed);
      return () => window.removeEventListener('hashchange', changed);
    },
    go(path, { replace = false } = {}) {
      if (path === current()) return;
      if (!replace) {
        window.location.hash = path;
        return;
      }
      // replaceState fires no hashchange: tell the subscribers as the browser would.
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}#${path}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    },
  };
}

/**
 * Keeping the session across reloads, for sites that opt in (VITE_KEEP_SESSION=sessionStorage).
 * Off by default: tokens in sessionStorage can be read by any script that runs on the page, so a
 * single XSS flaw would hand them over; in memory they die with the tab. sessionStorage (not
 * localStorage) at least ends with the tab and is not shared between tabs.
 */
import type { Tokens } from '../auth/types';

const KEY = 'signin.session';

export function loadTokens(storage: Pick<Storage, 'getItem' | 'removeItem'>, now = Date.now()): Tokens | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Tokens>;
    const usable =
      typeof value.accessToken === 'string' &&
      typeof value.idToken === 'string' &&
      typeof value.expiresAt === 'number' &&
      // Expired tokens are only worth keeping with a refresh token to renew them.
      (value.expiresAt > now || typeof value.refreshToken === 'string');
    if (usable) return value as Tokens;
    storage.removeItem(KEY);
    return null;
  } catch {
    return null;
  }
}

export function saveTokens(storage: Pick<Storage, 'setItem' | 'removeItem'>, tokens: Tokens | null): void {
  try {
    if (tokens) storage.setItem(KEY, JSON.stringify(tokens));
    else storage.removeItem(KEY);
  } catch {
    // storage full or off: the session simply lasts as long as the page
  }
}

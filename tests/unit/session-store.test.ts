import { describe, expect, it } from 'vitest';
import { loadTokens, saveTokens } from '../../src/lib/session-store';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const tokens = { accessToken: 'a.b.c', idToken: 'd.e.f', refreshToken: 'r', expiresAt: 2_000 };

describe('keeping the session across reloads', () => {
  it('keeps and gives back tokens, and forgets them on sign-out', () => {
    const storage = memoryStorage();
    saveTokens(storage, tokens);
    expect(loadTokens(storage, 1_000)).toEqual(tokens);
    saveTokens(storage, null);
    expect(storage.items.size).toBe(0);
    expect(loadTokens(storage, 1_000)).toBeNull();
  });

  it('keeps expired tokens only when a refresh token can renew them', () => {
    const storage = memoryStorage();
    saveTokens(storage, tokens);
    expect(loadTokens(storage, 5_000)).toEqual(tokens);
    saveTokens(storage, { ...tokens, refreshToken: undefined });
    expect(loadTokens(storage, 5_000)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('ignores what it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('signin.session', '{not json');
    expect(loadTokens(storage)).toBeNull();
    storage.setItem('signin.session', JSON.stringify({ accessToken: 1 }));
    expect(loadTokens(storage)).toBeNull();
  });
});

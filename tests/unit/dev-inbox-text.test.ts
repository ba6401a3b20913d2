/**
 * The dev inbox panel's words (src/simulated/dev-inbox-text) in every language against English:
 * the same keys, a function where English has one, taking what it takes and showing the seconds
 * it is given, and written in the language's own script where it has one.
 */
import { describe, expect, it } from 'vitest';
import { devInboxText, type DevInboxLang } from '../../src/simulated/dev-inbox-text';
import { SCRIPT } from '../support/scripts';

type Leaf = { path: string; value: unknown };
function leaves(node: unknown, prefix = ''): Leaf[] {
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return [{ path: prefix, value: node }];
}
const say = (value: unknown) => (typeof value === 'function' ? String((value as (n: number) => string)(37)) : (value as string));

const english = leaves(devInboxText.en);
const others = (Object.keys(devInboxText) as DevInboxLang[]).filter((code) => code !== 'en');

describe('the dev inbox words', () => {
  it('speak the languages of the app', () => {
    expect(others.sort()).toEqual(['ar', 'de', 'es', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt-BR', 'ru', 'sv', 'th', 'tr', 'uk', 'zh', 'zh-Hant']);
  });

  describe.each(others)('%s', (code) => {
    const words = leaves(devInboxText[code]);

    it('has every text of English, of the same kind, none empty, the seconds shown', () => {
      expect(words.map((l) => l.path)).toEqual(english.map((l) => l.path));
      english.forEach(({ path, value }, i) => {
        const theirs = words[i]!.value;
        expect(typeof theirs, path).toBe(typeof value);
        if (typeof value === 'function') {
          expect((theirs as () => string).length, path).toBe((value as () => string).length);
          expect(say(theirs), path).toContain('37');
        }
        expect(say(theirs).trim(), path).not.toBe('');
      });
    });

    it('is not English', () => {
      expect(devInboxText[code].intro).not.toBe(devInboxText.en.intro);
      const script = SCRIPT[code];
      if (script) for (const { path, value } of words) expect(say(value), path).toMatch(script);
    });
  });
});

/**
 * The answers panel's words (src/preview/answers-text) in every language against English, as the
 * dev inbox's: the languages of the app, the same keys, a function where English has one, showing
 * every value it is given, and written in the language's own script where it has one.
 */
import { describe, expect, it } from 'vitest';
import { answersText, type AnswersLang } from '../../src/preview/answers-text';
import { SCRIPT } from '../support/scripts';

type Leaf = { path: string; value: unknown };
function leaves(node: unknown, prefix = ''): Leaf[] {
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return [{ path: prefix, value: node }];
}
const ARGS = ['«A1»', '«B2»', '«C3»'];
const say = (value: unknown) => (typeof value === 'function' ? String((value as (...args: string[]) => string)(...ARGS)) : (value as string));

const english = leaves(answersText.en);
const others = (Object.keys(answersText) as AnswersLang[]).filter((code) => code !== 'en');

describe('the answers panel words', () => {
  it('speak the languages of the app', () => {
    expect(others.sort()).toEqual(['ar', 'de', 'es', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt-BR', 'ru', 'sv', 'th', 'tr', 'uk', 'zh', 'zh-Hant']);
  });

  describe.each(others)('%s', (code) => {
    const words = leaves(answersText[code]);

    it('has every text of English, of the same kind, none empty, every value shown', () => {
      expect(words.map((l) => l.path)).toEqual(english.map((l) => l.path));
      english.forEach(({ path, value }, i) => {
        const theirs = words[i]!.value;
        expect(typeof theirs, path).toBe(typeof value);
        if (typeof value === 'function') {
          const arity = (value as () => string).length;
          expect((theirs as () => string).length, path).toBe(arity);
          for (const arg of ARGS.slice(0, arity)) expect(say(theirs), path).toContain(arg);
        }
        expect(say(theirs).trim(), path).not.toBe('');
      });
    });

    it('is not English', () => {
      expect(answersText[code].intro).not.toBe(answersText.en.intro);
      const script = SCRIPT[code];
      if (script) for (const { path, value } of words) expect(say(value), path).toMatch(script);
    });
  });
});

/**
 * The doctor's words (src/doctor/words): each language loads on its own, English stands in for a
 * code the doctor does not speak, and every language says what English says, with the pool's ids
 * and the numbers it is given.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n';
import { loadDoctorWords, type DoctorLang, type DoctorWords, type WordParams } from '../../src/doctor/words';
import { SCRIPT } from '../support/scripts';

const CODES: readonly DoctorLang[] = ['en', 'zh', 'ja', 'es', 'fr', 'de', 'it', 'pt-BR', 'nl', 'pl', 'sv', 'tr', 'id', 'ru', 'uk', 'zh-Hant', 'ko', 'th', 'hi', 'ar', 'he'];

const PARAMS: WordParams = {
  userPoolId: 'eu-west-1_Pool7Id',
  clientId: 'client7id',
  region: 'eu-west-1',
  endpoint: 'https://cognito.example.test/',
  origin: 'https://site.example.test',
};
/** What each function is given in the test, by the name of its one parameter. */
const ARGUMENTS: Record<string, unknown> = { p: PARAMS, describe: 'aws cognito-idp describe-user-pool-client', status: 502 };

type Leaf = { path: string; value: unknown };
function leaves(node: unknown, prefix = ''): Leaf[] {
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return [{ path: prefix, value: node }];
}

/** A leaf as the page shows it: a function is called with what the page gives it. */
function say(value: unknown): string {
  if (typeof value !== 'function') return value as string;
  const name = /^\(?\s*(\w*)/.exec(String(value))![1]!;
  return String((value as (arg?: unknown) => string)(ARGUMENTS[name]));
}

/** The pieces of `text` that come from the arguments, which every language must show. */
const shown = (text: string) => [PARAMS.userPoolId, PARAMS.clientId, PARAMS.region, PARAMS.endpoint, String(ARGUMENTS.describe), '502'].filter((piece) => text.includes(piece));

describe('loadDoctorWords', () => {
  it('falls back to English for a code the doctor does not speak', async () => {
    const english = await loadDoctorWords('en');
    expect(english.title).toBe('Pool doctor');
    for (const code of ['xx', '', 'EN', 'zh-TW', '__proto__', 'toString']) expect(await loadDoctorWords(code), code).toBe(english);
  });

  it("speaks every language of the app's registry", async () => {
    for (const { code: lang } of LANGUAGES) expect(CODES, lang).toContain(lang);
  });

  describe.each(CODES.filter((code) => code !== 'en'))('%s', (code) => {
    let english: DoctorWords;
    let words: DoctorWords;
    const load = async () => {
      [english, words] = await Promise.all([loadDoctorWords('en'), loadDoctorWords(code)]);
    };

    it('has every sentence of English, each taking what English takes and showing the ids it shows', async () => {
      await load();
      const reference = leaves(english);
      expect(leaves(words).map((l) => l.path)).toEqual(reference.map((l) => l.path));
      const byPath = new Map(leaves(words).map((l) => [l.path, l.value]));
      for (const { path, value } of reference) {
        const theirs = byPath.get(path);
        expect(typeof theirs, path).toBe(typeof value);
        if (typeof value === 'function') expect((theirs as () => string).length, path).toBe((value as () => string).length);
        const text = say(theirs);
        expect(text.trim(), path).not.toBe('');
        for (const piece of shown(say(value))) expect(text, path).toContain(piece);
      }
    });

    it('is its own language, not English', async () => {
      await load();
      expect(words).not.toBe(english);
      expect(words.title).not.toBe(english.title);
      expect(words.intro).not.toBe(english.intro);
      const script = SCRIPT[code];
      if (script) for (const { path, value } of leaves(words)) expect(say(value), path).toMatch(script);
    });
  });
});

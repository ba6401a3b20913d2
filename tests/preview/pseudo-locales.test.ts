/**
 * The pseudo-locales (src/preview/pseudo-locales.ts), made from the English dictionary: every key
 * there, en-XA accented, about 40% longer and bracketed, ar-XB each word overridden right to left,
 * and in both what a sentence is given and what names something to type or find left as it is.
 */
import { describe, expect, it } from 'vitest';
import { en, type Dictionary } from '../../src/i18n/en';
import { EXPANSION_RATIO, PSEUDO_LOCALES, directionOfPseudo, isPseudoLocale, pseudoDictionary, pseudoText, type PseudoLocale } from '../../src/preview/pseudo-locales';
import { isLang } from '../../src/i18n';

type Fn = (...args: unknown[]) => unknown;

/** Every leaf of a dictionary with its dotted path. */
function leaves(node: unknown, prefix = ''): { path: string; value: unknown }[] {
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return [{ path: prefix, value: node }];
}

function at(dict: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], dict);
}

/** What each sentence function is given here: words no sentence has of its own (which no rule but "given" would keep), and a configuration problem's object. */
const GIVEN = 'Quentin Zephyr';
function argsOf(path: string, fn: Fn): unknown[] {
  if (path.startsWith('config.problems.')) return [{ code: path.split('.').pop(), value: GIVEN, region: 'ap-zq9-1', poolRegion: 'eu-zq9-2' }];
  if (path === 'passkeys.attachment') return ['platform'];
  return Array.from({ length: fn.length }, () => GIVEN);
}

/** Every text of a dictionary: the strings, and what each function says for its arguments here. */
function texts(dict: Dictionary): Map<string, string> {
  return new Map(
    leaves(en)
      .filter(({ path }) => path !== 'lang')
      .map(({ path, value }) => {
        const own = at(dict, path);
        return [path, typeof value === 'function' ? String((own as Fn)(...argsOf(path, value as Fn))) : (own as string)];
      }),
  );
}

const english = texts(en);
const RLM = '\u200f';
const RLO = '\u202e';
const PDF = '\u202c';
const MARKS = /[\u200f\u202e\u202c\u2066\u2069]/g;

/** Literal text every translation keeps (as tests/unit/i18n.test.ts asks of the languages). */
const KEPT_LITERALS = ['en-GB', 'Europe/Paris', 'name@example.com', 'eu-west-1_AbCdEf123', 'eu-west-1', '.env.local', 'http://localhost:9229/', 'http(s)', 'Cognito', 'Google Authenticator', '1Password', 'Authy'];

describe.each(PSEUDO_LOCALES.map(({ code }) => [code]))('%s', (code) => {
  const locale = code as PseudoLocale;
  const dict = pseudoDictionary(en, locale);
  const pseudo = texts(dict);

  it('has every key of the English, each of the same kind (a function of as many parameters)', () => {
    const shape = (node: unknown) => leaves(node).map(({ path, value }) => `${path}: ${typeof value}${typeof value === 'function' ? (value as Fn).length : ''}`);
    expect(shape(dict)).toEqual(shape(en));
    expect(dict.lang).toBe(locale);
  });

  it('keeps what a sentence is given, identifiers, numbers, examples and names as they are', () => {
    for (const [path, source] of english) {
      const text = pseudo.get(path)!;
      if (source.includes(GIVEN)) expect(text, path).toContain(GIVEN);
      for (const identifier of source.match(/\b[A-Z][A-Z0-9_]+\b/g) ?? []) expect(text, path).toContain(identifier);
      for (const digits of source.match(/\d+/g) ?? []) expect(text, path).toContain(digits);
      for (const literal of KEPT_LITERALS) if (source.includes(literal)) expect(text, path).toContain(literal);
    }
    expect(pseudoText('We emailed {email} at {time}.', locale)).toMatch(/\{email\}.*\{time\}/);
  });

  it('changes every sentence', () => {
    for (const [path, source] of english) expect(pseudo.get(path), path).not.toBe(source);
  });

  it('is a pseudo-locale of the previews only, not a language of the page', () => {
    expect(isPseudoLocale(locale)).toBe(true);
    expect(isLang(locale)).toBe(false);
  });
});

describe('en-XA', () => {
  const pseudo = texts(pseudoDictionary(en, 'en-XA'));

  it('brackets every sentence, so a sentence cut short or pieced together shows', () => {
    for (const [path, text] of pseudo) expect(text, path).toMatch(/^\[[^]*\]$/);
  });

  it('makes every sentence about 40% longer, with whole number words', () => {
    let before = 0;
    let after = 0;
    for (const [path, source] of english) {
      const text = pseudo.get(path)!;
      before += source.length;
      after += text.length;
      // The padding: at least 40% of the English, and at most one word (and the brackets) more.
      expect(text.length, path).toBeGreaterThanOrEqual(source.length * (1 + EXPANSION_RATIO));
      expect(text.length, path).toBeLessThanOrEqual(Math.max(Math.ceil(source.length * (1 + EXPANSION_RATIO)), source.length + 3) + ' seventeen'.length);
      expect(text, path).toMatch(/ one( [a-z]+)*\]$/);
    }
    expect(after / before).toBeGreaterThan(1.4);
    expect(after / before).toBeLessThan(1.5);
  });

  it('accents every letter of the sentence itself', () => {
    expect(pseudoText('Sign in', 'en-XA')).toBe('[Šîĝñ îñ one]');
    for (const [path, text] of pseudo) {
      // What is left of the English letters once the kept words and the padding are set aside.
      const sentence = text.slice(1).replace(/( (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))+\]$/, '');
      const words = sentence.replace("http(s)", "").replaceAll(GIVEN, "").split(/[\s()“”"‘’,;]+/).filter((word) => /[a-z]/i.test(word) && !/[\d@/_=:]|\w\.\w|^[A-Z][A-Z0-9_]+\W*$|^[a-z]{2}-[A-Z]{2}$/.test(word));
      const plain = words.filter((word) => !/^(Google|Microsoft|Authenticator,?|Authy\.?|Cognito|Essentials|Plus)$/.test(word) && /[a-z]/i.test(word.replace(/[qvxQFVX]/g, '')));
      expect(plain, path).toEqual([]);
    }
  });
});

describe('ar-XB', () => {
  const dict = pseudoDictionary(en, 'ar-XB');
  const pseudo = texts(dict);

  it('is laid out right to left, en-XA left to right', () => {
    expect(directionOfPseudo('ar-XB')).toBe('rtl');
    expect(directionOfPseudo('en-XA')).toBe('ltr');
  });

  it('overrides each word right to left (RLM RLO word PDF RLM), and changes nothing else', () => {
    for (const [path, text] of pseudo) {
      expect(text.replace(MARKS, ''), path).toBe(english.get(path));
      expect(text, path).toContain(`${RLM}${RLO}`);
      // Every override is closed, around a word alone.
      for (const run of text.match(/\u202e[^\u202c]*\u202c/g) ?? []) expect(run, path).toMatch(/^\u202e[\p{L}’']+\u202c$/u);
      expect(text.split(RLO).length, path).toBe(text.split(PDF).length);
    }
    expect(pseudoText('Sign in', 'ar-XB')).toBe(`${RLM}${RLO}Sign${PDF}${RLM} ${RLM}${RLO}in${PDF}${RLM}`);
  });

  it('isolates what a sentence is given and the identifiers left to right, outside any override', () => {
    const text = dict.confirmSignUp.sentTo('x***@e***.com');
    expect(text).toContain(' \u2066x***@e***.com\u2069.');
    expect(pseudo.get('problems.clientHasSecret')).toContain(' \u2066VITE_COGNITO_CLIENT_ID\u2069 ');
    expect(pseudoText('Codes go to {email}', 'ar-XB')).toMatch(/\u2066\{email\}\u2069$/);
  });
});

/**
 * Pseudo-locales for the designers' previews and gallery (never the public language picker, never
 * a real pool's build: only src/preview imports this): made from the English dictionary as the
 * preview page loads it, so they can never fall behind it.
 *
 * - `en-XA`: every letter accented, the sentence padded about 40% longer with number words and
 *   bracketed, so that a sentence cut short, one that does not wrap, or one pieced together from
 *   parts shows at once.
 * - `ar-XB`: the English laid out right to left (`dir="rtl"` on the document), each word drawn
 *   mirrored by a right-to-left override around it.
 *
 * Both follow the conventions Chromium and Android use for these two codes:
 * - Chromium's GRIT (chromium/chromium, tools/grit/grit/pseudolocales.py): en-XA accents the
 *   letters (ACCENTED_STRINGS) and appends "one two three…", a word for each word of the message;
 *   ar-XB wraps each alphabetic run in U+202E RIGHT-TO-LEFT OVERRIDE … U+202C POP DIRECTIONAL
 *   FORMATTING. Placeholders are left as they are in both.
 * - Android's aapt2 (platform/frameworks/base, tools/aapt2/compile/Pseudolocalizer.cpp): en-XA
 *   brackets each message "[…]" and pads it with "one two three…"; ar-XB puts U+200F RIGHT-TO-LEFT
 *   MARK + RLO before each word and PDF + RLM after it, and surrounds placeholders the same way.
 *   The Android guide ("Test your app with pseudolocales", developer.android.com) describes
 *   en-XA as accented, expanded and bracketed, and ar-XB as the messages' direction set to right
 *   to left, so that their characters show in reverse order.
 * Here: Android's marks around each word (RLM RLO word PDF RLM); what stays as it is isolated
 * left to right (LRI … PDI), as the Arabic dictionary does (src/i18n/ar.ts), so ar-XB shows what
 * Arabic shows; both letter maps; and padding to about 40% longer (Android pads 50–100%,
 * Chromium a word per word). What a sentence is given (an email, a number, a name) and what names
 * something the person must type or find as it is (VITE_COGNITO_CLIENT_ID, TOTP, eu-west-1,
 * name@example.com, http://localhost:9229/, {email}, Google Authenticator) stays untouched.
 */
import type { Dictionary } from '../i18n';

export type PseudoLocale = 'en-XA' | 'ar-XB';

export interface PseudoLanguage {
  code: PseudoLocale;
  /** What the gallery's picker shows (the gallery's own words are English). */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const PSEUDO_LOCALES: readonly PseudoLanguage[] = [
  { code: 'en-XA', name: 'Pseudo: accented, 40% longer (en-XA)', dir: 'ltr' },
  { code: 'ar-XB', name: 'Pseudo: right to left (ar-XB)', dir: 'rtl' },
];

export function isPseudoLocale(value: unknown): value is PseudoLocale {
  return PSEUDO_LOCALES.some((locale) => locale.code === value);
}

export function directionOfPseudo(locale: PseudoLocale): 'ltr' | 'rtl' {
  return PSEUDO_LOCALES.find((language) => language.code === locale)!.dir;
}

/**
 * Android's and Chromium's accented letters (aapt2's PseudolocalizeChar; GRIT's map agrees where
 * both have one). Not their ¡ and ¿ for ! and ?: the password rules list symbols to type.
 */
const ACCENTED: Record<string, string> = {
  a: 'å', b: 'ɓ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ḿ',
  n: 'ñ', o: 'ö', p: 'þ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', w: 'ŵ', x: 'х', y: 'ý', z: 'ž',
  A: 'Å', B: 'β', C: 'Ç', D: 'Ð', E: 'É', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ḿ',
  N: 'Ñ', O: 'Ö', P: 'Þ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', W: 'Ŵ', Y: 'Ý', Z: 'Ž',
};

/** The words en-XA pads a sentence with, as both Chromium and Android do. */
const EXPANSION = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');

/** How much longer en-XA makes a sentence: about 40%, what translations into German or Finnish take. */
export const EXPANSION_RATIO = 0.4;

const RLM = '\u200f';
const RLO = '\u202e';
const PDF = '\u202c';
/** LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE. */
const LRI = '\u2066';
const PDI = '\u2069';

/** Names kept as they are, as every translation keeps them (tests/unit/i18n.test.ts, KEPT_LITERALS). */
const NAMES = ['Google Authenticator', 'Microsoft Authenticator', '1Password', 'Authy', 'Cognito', 'Essentials', 'Plus', 'http(s)'];

/**
 * What a sentence must show as it is: a `{placeholder}`, an identifier in capitals (TOTP,
 * ALLOW_USER_AUTH), and any word with a digit or one of @ / _ = : or a dot inside it (an email,
 * a URL, a region, a setting's value, `.env.local`, e.g.), the brackets and quotes around it left
 * to the sentence (and a colon or full stop that ends a word is the sentence's, too).
 */
const KEPT_PATTERN = [
  String.raw`\{[^{}]*\}`,
  String.raw`\b[A-Z][A-Z0-9_]+\b`,
  // A language tag given as an example (en-GB).
  String.raw`\b[a-z]{2}-[A-Z]{2}\b`,
  // The number of "6-digit", not the word after it.
  String.raw`\d+(?=-\p{Ll})`,
  String.raw`[^\s()“”"‘’,;]*(?:[0-9]|[@/_=:.](?=[^\s()“”"‘’,;]))[^\s()“”"‘’,;]*`,
].join('|');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text cut into what is pseudo-localised (even indexes) and what stays as it is (odd ones). */
function segments(text: string, kept: readonly string[]): string[] {
  const literals = [...new Set([...kept.filter((value) => value.trim() !== ''), ...NAMES])].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(${[...literals.map(escapeRegExp), KEPT_PATTERN].join('|')})`, 'gu');
  return text.split(pattern);
}

/** A sentence in the pseudo-locale; `kept` are the values it was given (an email, a number), shown as they are. */
export function pseudoText(text: string, locale: PseudoLocale, kept: readonly string[] = []): string {
  const parts = segments(text, kept);
  if (locale === 'ar-XB') {
    // Each word overridden right to left; what stays as it is, isolated left to right, as the
    // Arabic dictionary isolates emails, numbers and identifiers (src/i18n/ar.ts).
    return parts
      .map((part, index) => (index % 2 === 1 ? (part ? `${LRI}${part}${PDI}` : part) : part.replace(/[^\W\d_]+(?:[’'][^\W\d_]+)*/gu, (word) => `${RLM}${RLO}${word}${PDF}${RLM}`)))
      .join('');
  }
  const accented = parts.map((part, index) => (index % 2 === 1 ? part : [...part].map((letter) => ACCENTED[letter] ?? letter).join(''))).join('');
  // At least 40% longer than the English, brackets included: the fewest whole words that make it so.
  return `[${accented} ${padding(Math.ceil(text.length * (1 + EXPANSION_RATIO)) - accented.length - 3)}]`;
}

/** Number words, at least `length` characters of them (whole words), and at least one. */
function padding(length: number): string {
  const words: string[] = [];
  do words.push(EXPANSION[words.length % EXPANSION.length]!);
  while (words.join(' ').length < length);
  return words.join(' ');
}

/** The values a sentence function was given, as text: the object of a configuration problem by its fields. */
function shownValues(args: readonly unknown[]): string[] {
  return args.flatMap((arg) =>
    typeof arg === 'object' && arg !== null ? Object.values(arg).map(String) : arg === undefined || arg === null ? [] : [String(arg)],
  );
}

/**
 * The dictionary in the pseudo-locale: every sentence, a sentence function's as it is said with
 * what it is given (which stays as it is). Every key of the English is there, and `lang` is the
 * pseudo-locale's code, which the document then carries.
 */
export function pseudoDictionary(english: Dictionary, locale: PseudoLocale): Dictionary {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'string') return pseudoText(value, locale);
    if (typeof value === 'function') {
      const sentence = value as (...args: unknown[]) => unknown;
      const pseudo = (...args: unknown[]) => pseudoText(String(sentence(...args)), locale, shownValues(args));
      return Object.defineProperty(pseudo, 'length', { value: sentence.length });
    }
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]));
    }
    return value;
  };
  return { ...(convert(english) as Dictionary), lang: locale };
}

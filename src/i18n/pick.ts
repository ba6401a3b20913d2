/**
 * Which of the offered languages a visitor reads: no import, so that the early script
 * (src/boot/early.ts) carries this and nothing else of src/i18n. index.ts's pickLang is this,
 * over the registered languages.
 */
import type { KnownLang } from './index';

/**
 * Browser tags (lower case, longest prefix first) that mean one of our languages under another
 * code: Traditional Chinese by script or region, Portuguese of anywhere, and the codes Java and
 * old browsers still send for Hebrew (iw) and Indonesian (in).
 */
const ALIASES: Record<string, KnownLang> = {
  'zh-hant': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'zh-mo': 'zh-Hant',
  'zh-tw': 'zh-Hant',
  pt: 'pt-BR',
  iw: 'he',
  in: 'id',
};

/** The language a browser tag asks for among `offered`, if any: the tag, then shorter prefixes of it. */
export function langFor(tag: string, offered: readonly string[]): string | undefined {
  const subtags = tag.toLowerCase().split('-');
  for (let length = subtags.length; length > 0; length--) {
    const prefix = subtags.slice(0, length).join('-');
    const wanted = ALIASES[prefix] ?? offered.find((code) => code.toLowerCase() === prefix);
    if (wanted) return offered.includes(wanted) ? wanted : undefined;
  }
  return undefined;
}

/** The remembered choice, else the first of the browser's languages among `offered`, else English. */
export function pickOffered(remembered: string | null, browser: readonly string[], offered: readonly string[]): string {
  if (remembered && offered.includes(remembered)) return remembered;
  for (const tag of browser) {
    const lang = langFor(tag, offered);
    if (lang) return lang;
  }
  return 'en';
}

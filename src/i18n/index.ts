/**
 * Languages: the first screen's English is built in (en-first.ts); the rest of English loads as
 * boot starts, and the others when chosen. The choice follows the
 * browser's preference until the person picks one, which is remembered.
 */
import { enFirst } from './en-first';
import type { Dictionary } from './en';

export type { Dictionary };
export type Lang = 'en' | 'zh' | 'ja';

export const LANGS: readonly Lang[] = ['en', 'zh', 'ja'];

/** Each language's own name, shown in the picker before its dictionary is loaded. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', zh: '简体中文', ja: '日本語' };

export async function loadDictionary(lang: Lang): Promise<Dictionary> {
  switch (lang) {
    case 'en':
      return (await import('./en')).en;
    case 'zh':
      return (await import('./zh')).zh;
    case 'ja':
      return (await import('./ja')).ja;
  }
}

export function isLang(value: unknown): value is Lang {
  return LANGS.includes(value as Lang);
}

/** The remembered choice, else the first of the browser's languages we speak, else English. */
export function pickLang(remembered: string | null, browser: readonly string[]): Lang {
  if (isLang(remembered)) return remembered;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/** What the first screen reads in English: in the first load; the rest is `loadDictionary('en')`. */
export { enFirst };

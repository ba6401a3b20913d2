/**
 * Languages: the first screen's English is built in (en-first.ts); the rest of English loads as
 * boot starts, and the others when chosen. The choice follows the browser's preference until the
 * person picks one, which is remembered.
 *
 * Registering a language is one line of LANGUAGES: its code and its own name (the picker shows
 * it before any dictionary is loaded, so the names are in the first load), and `dir: 'rtl'` for
 * a language written right to left. Its dictionary is the file named after the code in lower
 * case, exporting it under the code in camel case (`pt-BR`: `pt-br.ts`, `export const ptBR`),
 * found by ./load.ts when chosen: the loaders stay out of the first load, which would otherwise
 * carry each chunk's file name. A site adds its own languages in overrides.ts.
 */
import { enFirst } from './en-first';
import type { Dictionary } from './en';
import { addedLanguages, overrides } from './overrides';


export type { Dictionary };

export interface Language {
  /** What the picker and `?lang=` use, and what the choice is remembered as. */
  code: string;
  /** The language's name in itself. */
  name: string;
  dir?: 'rtl';
}

/** Every language the page offers, in the picker's order. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'zh', name: '简体中文' },
  { code: 'zh-Hant', name: '繁體中文' },
  { code: 'ja', name: '日本語' },
  { code: 'ko', name: '한국어' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français' },
  { code: 'de', name: 'Deutsch' },
  { code: 'it', name: 'Italiano' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'pl', name: 'Polski' },
  { code: 'sv', name: 'Svenska' },
  { code: 'tr', name: 'Türkçe' },
  { code: 'ru', name: 'Русский' },
  { code: 'uk', name: 'Українська' },
  { code: 'id', name: 'Bahasa Indonesia' },
  { code: 'th', name: 'ไทย' },
  { code: 'hi', name: 'हिन्दी' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'he', name: 'עברית', dir: 'rtl' },
  ...addedLanguages,
] as const satisfies readonly Language[];

/** A language the page offers. */
export type Lang = (typeof LANGUAGES)[number]['code'];

/**
 * Every language the project writes a dictionary for, registered or not yet: what the browser's
 * preferences are matched against (pickLang) and what the tests know each script of.
 */
export type KnownLang =
  | 'en' | 'zh' | 'zh-Hant' | 'ja' | 'ko' | 'es' | 'fr' | 'de' | 'it' | 'pt-BR' | 'nl'
  | 'pl' | 'sv' | 'tr' | 'ru' | 'uk' | 'id' | 'th' | 'hi' | 'ar' | 'he';

/**
 * The dictionary of a language, with the site's own sentences and support contact in place
 * (./load.ts, fetched with the first dictionary).
 */
export async function loadDictionary(lang: Lang): Promise<Dictionary> {
  return (await import('./load')).dictionaryOf(lang);
}

/** The direction a language is written in, for `dir` on the document. */
export function directionOf(lang: Lang): 'ltr' | 'rtl' {
  return (LANGUAGES as readonly Language[]).find((language) => language.code === lang)?.dir ?? 'ltr';
}

export function isLang(value: unknown): value is Lang {
  return LANGUAGES.some((language) => language.code === value);
}

/** What the first screen reads in English, the site's overrides in place: in the first load. */
export const enFirstWords = /* @__PURE__ */ withOverrides(enFirst as Dictionary, overrides.en);

/** A copy of the dictionary with the given sentences in place; neither is changed. */
export function withOverrides<T extends object>(dictionary: T, changes: object | undefined): T {
  if (!changes) return dictionary;
  const merged = { ...dictionary } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    const base = merged[key];
    merged[key] = isPlainObject(value) && isPlainObject(base) ? withOverrides(base, value) : value;
  }
  return merged as T;
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

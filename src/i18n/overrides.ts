/**
 * The site's own words: this file belongs to the site that deploys the page, not to the project.
 *
 * `overrides` replaces any sentence of any language at build time, for that language only: a
 * key the dictionary does not have, a misspelt language code, or a sentence of the wrong kind (a
 * text where the dictionary has a function) fails `npm test`'s type check. `addedLanguages`
 * adds a language the project does not ship, one line each (see README, "Languages").
 *
 *   export const overrides: Overrides = {
 *     en: { signIn: { heading: 'Sign in to Example Corp' } },
 *     de: { problems: { userDisabled: 'Ihr Konto ist gesperrt. Rufen Sie 0800 123 456 an.' } },
 *   };
 *
 *   // with src/i18n/fi.ts: `export const fi: Dictionary = { lang: 'fi', … }`
 *   export const addedLanguages = [{ code: 'fi', name: 'Suomi' }] as const satisfies readonly Language[];
 *
 * Everything here is in the first load: keep it to the sentences you change.
 */
import type { Dictionary } from './en';
import type { Lang, Language } from './index';

/** Any part of a dictionary; a function stays a function of the same parameters. */
export type DictionaryPart<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DictionaryPart<T[K]> : T[K];
};

export type Overrides = { [L in Lang]?: DictionaryPart<Dictionary> };

export const addedLanguages = [] as const satisfies readonly Language[];

export const overrides: Overrides = {};

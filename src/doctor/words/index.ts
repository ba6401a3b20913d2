/**
 * The doctor's words, one lazily loaded module per language, so the doctor's chunk carries none
 * of them and a person fetches only the language they read. English (./en.ts) is the reference.
 */
import type { DoctorWords } from './en';

export type { DoctorWords, WordParams } from './en';

type Module = Promise<{ words: DoctorWords }>;

// Literal paths, so the bundler makes one chunk per language.
const MODULES = {
  en: () => import('./en'),
  zh: () => import('./zh'),
  'zh-Hant': () => import('./zh-hant'),
  ja: () => import('./ja'),
  ko: () => import('./ko'),
  es: () => import('./es'),
  fr: () => import('./fr'),
  de: () => import('./de'),
  it: () => import('./it'),
  'pt-BR': () => import('./pt-br'),
  nl: () => import('./nl'),
  pl: () => import('./pl'),
  sv: () => import('./sv'),
  tr: () => import('./tr'),
  ru: () => import('./ru'),
  uk: () => import('./uk'),
  id: () => import('./id'),
  th: () => import('./th'),
  hi: () => import('./hi'),
  ar: () => import('./ar'),
  he: () => import('./he'),
} satisfies Record<string, () => Module>;

/** The languages the doctor speaks: the codes of the app's language registry. */
export type DoctorLang = keyof typeof MODULES;

function isDoctorLang(code: string): code is DoctorLang {
  return Object.hasOwn(MODULES, code);
}

/** The words of `code`, or English for a code the doctor does not speak. */
export async function loadDoctorWords(code: string): Promise<DoctorWords> {
  return (await MODULES[isDoctorLang(code) ? code : 'en']()).words;
}

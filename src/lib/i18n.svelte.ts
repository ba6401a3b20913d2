/** The active dictionary, shared by context. Switching loads the language, then swaps it in. */
import { createContext } from 'svelte';
import { en, loadDictionary, type Dictionary, type Lang } from '../i18n';

const STORAGE_KEY = 'signin.lang';

export class I18n {
  // Swapped whole, never changed in place: no deep reactivity needed.
  t: Dictionary = $state.raw(en);
  lang: Lang = $state('en');

  constructor(dictionary: Dictionary = en, lang: Lang = 'en') {
    this.t = dictionary;
    this.lang = lang;
  }

  async use(lang: Lang, remember = true): Promise<void> {
    const dictionary = await loadDictionary(lang);
    this.t = dictionary;
    this.lang = lang;
    if (typeof document !== 'undefined') document.documentElement.lang = dictionary.lang;
    if (remember) {
      try {
        localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        // storage may be off (private mode); the choice then lasts for this page only
      }
    }
  }
}

export function rememberedLang(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export const [getI18n, setI18n] = createContext<I18n>();

/** The active dictionary, shared by context. Switching loads the language, then swaps it in. */
import { createContext } from 'svelte';
import { directionOf, enFirstWords, loadDictionary, type Dictionary, type Lang } from '../i18n';

const STORAGE_KEY = 'signin.lang';

export class I18n {
  // Swapped whole, never changed in place: no deep reactivity needed.
  t: Dictionary = $state.raw(null as unknown as Dictionary);
  lang: Lang = $state('en');
  /** Only the first screen's words are here yet (English at boot): complete() fetches the rest. */
  #partial = false;

  constructor(dictionary: Dictionary, lang: Lang = 'en') {
    this.t = dictionary;
    this.lang = lang;
  }

  /**
   * English with the first screen's words only, so the first load carries no more. The page
   * shows nothing past the first screen until complete() has resolved (src/main.ts waits for it
   * before the statechart exists); tests/unit/first-words.test.ts renders the first screen so.
   */
  static firstScreen(): I18n {
    const i18n = new I18n(enFirstWords, 'en');
    i18n.#partial = true;
    return i18n;
  }

  /** Every word of the language in use; at once when they are all here. */
  async complete(): Promise<void> {
    if (!this.#partial) return;
    const full = await loadDictionary('en');
    if (this.#partial && this.lang === 'en') this.t = full;
    this.#partial = false;
  }

  async use(lang: Lang, remember = true): Promise<void> {
    const dictionary = await loadDictionary(lang);
    this.t = dictionary;
    this.#partial = false;
    this.lang = lang;
    this.applyToDocument();
    if (remember) {
      try {
        localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        // storage may be off (private mode); the choice then lasts for this page only
      }
    }
  }

  /** The document speaks the language: `lang` for readers and fonts, `dir` for the layout. */
  applyToDocument(): void {
    if (typeof document === 'undefined') return;
    document.documentElement.lang = this.t.lang;
    document.documentElement.dir = directionOf(this.lang);
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

/**
 * The answers panel's words in every language, keyed by the app's language codes, as the dev
 * inbox's: designer tooling, in the preview's own chunk, never in a real pool's build.
 */
import { en, type AnswersText } from './en';
import { zh } from './zh';
import { zhHant } from './zh-hant';
import { ja } from './ja';
import { ko } from './ko';
import { es } from './es';
import { fr } from './fr';
import { de } from './de';
import { it } from './it';
import { ptBR } from './pt-br';
import { nl } from './nl';
import { pl } from './pl';
import { sv } from './sv';
import { tr } from './tr';
import { ru } from './ru';
import { uk } from './uk';
import { id } from './id';
import { th } from './th';
import { hi } from './hi';
import { ar } from './ar';
import { he } from './he';

export type { AnswersText };

export const answersText = {
  en,
  zh,
  'zh-Hant': zhHant,
  ja,
  ko,
  es,
  fr,
  de,
  it,
  'pt-BR': ptBR,
  nl,
  pl,
  sv,
  tr,
  ru,
  uk,
  id,
  th,
  hi,
  ar,
  he,
} satisfies Record<string, AnswersText>;

/** The languages the panel speaks: the codes of the app's language registry. */
export type AnswersLang = keyof typeof answersText;

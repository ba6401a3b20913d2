/**
 * The dev inbox panel's words in every language, keyed by the app's language codes. All of them
 * ride in the panel's own chunk, which only the simulated pool loads: a real pool's build never
 * carries it, so its size costs nobody.
 */
import { en, type DevInboxText } from './en';
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

export type { DevInboxText };

export const devInboxText = {
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
} satisfies Record<string, DevInboxText>;

/** The languages the panel speaks: the codes of the app's language registry. */
export type DevInboxLang = keyof typeof devInboxText;

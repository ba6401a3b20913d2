/**
 * The answers panel's words in every language, keyed by the app's language codes, as the dev
 * inbox's: designer tooling, in the preview's own chunk, never in a real pool's build.
 */
import { en, type AnswersText } from './en';

export type { AnswersText };

export const answersText = {
  en,
} satisfies Record<string, AnswersText>;

export type AnswersLang = keyof typeof answersText;

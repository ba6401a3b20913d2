/**
 * The writing system each language code is written in, so a test can tell a sentence left in
 * English (or pasted from another language) in a language with a script of its own. The Latin
 * languages cannot be told from English this way.
 */
export const SCRIPT: Record<string, RegExp | undefined> = {
  zh: /\p{Script=Han}/u,
  'zh-Hant': /\p{Script=Han}/u,
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  ko: /\p{Script=Hangul}/u,
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  th: /\p{Script=Thai}/u,
  hi: /\p{Script=Devanagari}/u,
  ar: /\p{Script=Arabic}/u,
  he: /\p{Script=Hebrew}/u,
};

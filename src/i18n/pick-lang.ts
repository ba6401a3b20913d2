/**
 * The language a visitor reads, among the registered ones. A built page's early script has
 * picked it already (src/boot/early.ts, with ./pick.ts alone): main.ts fetches this only without
 * one (`npm run dev`), so a build's first load carries the choice once.
 */
import { LANGUAGES, type Lang } from './index';
import { pickOffered } from './pick';

/**
 * The remembered choice, else the first of the browser's languages we speak, else English.
 * `offered` is every registered language (a parameter so the fallbacks can be tested for
 * languages not registered yet).
 */
export function pickLang(
  remembered: string | null,
  browser: readonly string[],
  offered: readonly string[] = LANGUAGES.map((language) => language.code),
): Lang {
  return pickOffered(remembered, browser, offered) as Lang;
}

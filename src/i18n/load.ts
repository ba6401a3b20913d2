/**
 * The dictionaries, each its own chunk, found by their file's name (`pt-BR`: `./pt-br.ts`,
 * `export const ptBR`) and fetched only when needed, so the first load carries none of their file
 * names; each with the site's own sentences (overrides.ts) and support contact in place.
 */
import type { ProblemReason } from '../auth/problems';
import type { Dictionary } from './en';
import { overrides } from './overrides';
import { withOverrides, type Lang } from './index';

const FILES = import.meta.glob<Record<string, Dictionary>>(['./*.ts', '!./index.ts', '!./load.ts', '!./overrides.ts', '!./en-first.ts', '!./pick.ts', '!./pick-lang.ts']);

/** Whom to contact when only the site's people can help (README, settings); unset, no sentence names anyone. */
const SUPPORT_CONTACT = import.meta.env.VITE_SUPPORT_CONTACT;

/** The name a language's dictionary is exported under: its code in camel case (zh-Hant: zhHant). */
export function exportName(code: string): string {
  return code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** A language's dictionary as its file writes it. */
export async function dictionaryFile(code: string): Promise<Dictionary> {
  const load = FILES[`./${code.toLowerCase()}.ts`];
  const dictionary = load && (await load())[exportName(code)];
  if (!dictionary) throw new Error(`No dictionary for ${code}: src/i18n/${code.toLowerCase()}.ts must export ${exportName(code)}.`);
  return dictionary;
}

/** A language's dictionary as the site shows it: its overrides, then its support contact, in place. */
export async function dictionaryOf(lang: Lang): Promise<Dictionary> {
  return withSupportContact(withOverrides(await dictionaryFile(lang), overrides[lang]), SUPPORT_CONTACT);
}

/**
 * Problems only the site's people can solve (a disabled or blocked account, a step the page
 * cannot take, the site's own checks): their sentence ends with the support contact.
 */
const NEEDS_SUPPORT: readonly ProblemReason[] = [
  'userDisabled',
  'blockedBySecurity',
  'unsupportedChallenge',
  'temporaryPasswordExpired',
  'lambdaRefused',
  'lambdaFailed',
];

/** The dictionary with the contact after each sentence that sends the person to the site's support. */
export function withSupportContact(t: Dictionary, contact: string | undefined): Dictionary {
  if (!contact) return t;
  const support = t.problemDetails.contactSupport(contact);
  const problems = { ...t.problems };
  for (const reason of NEEDS_SUPPORT) problems[reason] = `${problems[reason]} ${support}`;
  const { lambdaRefused } = t.problemDetails;
  return { ...t, problems, problemDetails: { ...t.problemDetails, lambdaRefused: (reason) => `${lambdaRefused(reason)} ${support}` } };
}

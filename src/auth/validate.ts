/**
 * Checks made before anything is sent, so a person hears about a typo at once and Cognito
 * only sees requests that can succeed. Each check names its reason; the dictionary words it.
 */
import type { PasswordRule } from './errors';
import type { Field, FieldProblems } from './problems';

export interface PasswordPolicy {
  minLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

/** Cognito's default policy for a new user pool. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

/** The characters Cognito counts as symbols (its password policy documentation), space included. */
const SYMBOLS = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ');

/** The rules this password breaks, in the order the policy lists them. */
export function brokenPasswordRules(password: string, policy: PasswordPolicy): PasswordRule[] {
  const broken: PasswordRule[] = [];
  if ([...password].length < policy.minLength) broken.push('length');
  if (policy.requireUppercase && !/\p{Lu}/u.test(password)) broken.push('uppercase');
  if (policy.requireLowercase && !/\p{Ll}/u.test(password)) broken.push('lowercase');
  if (policy.requireNumbers && !/\d/.test(password)) broken.push('number');
  if (policy.requireSymbols && ![...password].some((c) => SYMBOLS.has(c))) broken.push('symbol');
  // Cognito refuses leading or trailing spaces; other whitespace fails its pattern.
  if (/^\s|\s$/.test(password) || /[^\S ]/.test(password)) broken.push('spaces');
  return broken;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * The longest username and password Cognito takes (its API model, tests/model/cognito-idp.json:
 * UsernameType max 128, PasswordType max 256); a longer one would only earn a validation error.
 * Counted in characters (code points), as Smithy's length constraint counts them.
 */
export const MAX_USERNAME_LENGTH = 128;
export const MAX_PASSWORD_LENGTH = 256;

const tooLong = (text: string, max: number) => [...text].length > max;

/**
 * The email as the pool's username: trimmed and in lower case. The pool uses the email as the
 * username, and Cognito's default (UsernameConfiguration CaseSensitive true) would make
 * `Ada@Example.com` at sign-up and `ada@example.com` at sign-in two users; one spelling for every
 * request avoids that on any pool (README's recipe also makes the pool case-insensitive).
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkEmail(email: string): FieldProblems {
  const value = normalizeEmail(email);
  if (!value) return { email: { reason: 'required' } };
  if (tooLong(value, MAX_USERNAME_LENGTH)) return { email: { reason: 'emailTooLong' } };
  if (!EMAIL.test(value)) return { email: { reason: 'emailFormat' } };
  return {};
}

export function checkPasswordPresent(password: string, field: Field = 'password'): FieldProblems {
  if (!password) return { [field]: { reason: 'required' } };
  return tooLong(password, MAX_PASSWORD_LENGTH) ? { [field]: { reason: 'passwordTooLong' } } : {};
}

export function checkNewPassword(password: string, policy: PasswordPolicy, field: Field = 'password'): FieldProblems {
  if (!password) return { [field]: { reason: 'required' } };
  if (tooLong(password, MAX_PASSWORD_LENGTH)) return { [field]: { reason: 'passwordTooLong' } };
  const rules = brokenPasswordRules(password, policy);
  return rules.length > 0 ? { [field]: { reason: 'weakPassword', rules } } : {};
}

/**
 * Codes are six digits. Full-width digits (１２３４５６, as Japanese and Chinese input methods type
 * them) become ASCII first (NFKC, which also makes full-width spaces and dashes plain), then the
 * spaces and dashes a person or a paste adds are dropped.
 */
export function normalizeCode(code: string): string {
  return asciiDigits(code.normalize('NFKC')).replace(/[\s-]/g, '');
}

/**
 * Every script's digits as ASCII ones: an Arabic or Persian keyboard types ٠١٢ or ۰۱۲, Hindi
 * ०१२, Thai ๐๑๒, and NFKC leaves them as they are. Unicode writes each script's ten digits in a
 * row from zero, so a digit's value is its distance from the start of its row.
 */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const codePoint = digit.codePointAt(0)!;
    let zero = codePoint;
    while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return String((codePoint - zero) % 10);
  });
}

export function checkCode(code: string): FieldProblems {
  const value = normalizeCode(code);
  if (!value) return { code: { reason: 'required' } };
  if (!/^\d{6}$/.test(value)) return { code: { reason: 'codeFormat' } };
  return {};
}

export function hasProblems(problems: FieldProblems): boolean {
  return Object.keys(problems).length > 0;
}

/**
 * Checks made before anything is sent, so a person hears about a typo at once and Cognito
 * only sees requests that can succeed. Each check names its reason; the dictionary words it.
 */
import type { PasswordRule } from './errors';
import type { Field, FieldProblems, Problem } from './problems';
import type { IdentifierKind } from './pool-shape';

/** `problem` at `field` (a computed key of a template literal type would lose the Problem type). */
export function problemAt(field: Field, problem: Problem): FieldProblems {
  return { [field]: problem };
}

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

export const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

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

/**
 * A phone number as Cognito stores and matches it: E.164, a `+`, the country code and the number,
 * digits only (Developer Guide, "User pool attributes": phone numbers "must follow these formatting
 * rules: A phone number must start with a plus (+) sign, followed immediately by the country
 * code"). Full-width digits become ASCII (NFKC); the spaces, dashes, dots and brackets people
 * write numbers with are dropped.
 */
export function normalizePhone(phone: string): string {
  return phone.normalize('NFKC').replace(/[\s().\-‐‑–]/g, '');
}

/** E.164: at most 15 digits after the `+`, the country code first (never 0). */
export const PHONE = /^\+[1-9]\d{4,14}$/;

/**
 * A username as typed, without the spaces around it. Its letter case stays: Cognito matches
 * usernames case-sensitively unless the pool was created otherwise (UsernameConfiguration).
 */
export function normalizeUsername(username: string): string {
  return username.trim();
}

/**
 * Cognito's username pattern, `[\p{L}\p{M}\p{S}\p{N}\p{P}]+` (API model, UsernameType), over the
 * whole name: letters, marks, symbols, digits and punctuation, no spaces.
 */
const USERNAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

/** A phone number as people write one: a `+` first where the pool also takes usernames. */
function looksLikePhone(text: string, plusRequired: boolean): boolean {
  const value = normalizePhone(text);
  return (plusRequired ? /^\+\d+$/ : /^\+?\d+$/).test(value);
}

/**
 * Which of `kinds` the text is: an email has an `@`; a phone number is digits (after a `+` where
 * usernames are possible too, so a numeric username stays one); anything else is a username where
 * the pool has them, or else the email or phone number it was meant to be (letters: an email).
 */
export function identifierKind(text: string, kinds: readonly IdentifierKind[]): IdentifierKind {
  if (kinds.length === 1) return kinds[0]!;
  const value = text.trim();
  const usernames = kinds.includes('username');
  if (kinds.includes('email') && value.includes('@')) return 'email';
  if (kinds.includes('phone') && looksLikePhone(value, usernames)) return 'phone';
  if (usernames) return 'username';
  return kinds.includes('phone') && !/\p{L}/u.test(value) ? 'phone' : 'email';
}

/** One normaliser per kind: what reaches Cognito is what was typed, through this. */
export const NORMALIZE: Record<IdentifierKind, (text: string) => string> = {
  email: normalizeEmail,
  phone: normalizePhone,
  username: normalizeUsername,
  // Typed and matched as a username is: case folded by the pool's UsernameConfiguration, not here.
  preferred_username: normalizeUsername,
};

/** The identifier as Cognito matches it: through the normaliser of the kind it is. */
export function normalizeIdentifier(text: string, kinds: readonly IdentifierKind[]): string {
  return NORMALIZE[identifierKind(text, kinds)](text);
}

/**
 * What is wrong with an identifier of one of `kinds`, at the `email` field (the form's identifier
 * field, whatever it takes). `aliases` are the kinds a new username must not look like: Cognito
 * refuses a username in email format where email is an alias, and one in phone number format where
 * the phone number is (Developer Guide, "User pool attributes", "Customizing sign-in attributes").
 */
export function checkIdentifier(text: string, kinds: readonly IdentifierKind[], aliases: readonly IdentifierKind[] = []): FieldProblems {
  const kind = identifierKind(text, kinds);
  const value = NORMALIZE[kind](text);
  if (!value) return { email: { reason: 'required' } };
  if (kind === 'email') return checkEmail(value);
  if (kind === 'phone') return PHONE.test(value) ? {} : { email: { reason: 'phoneFormat' } };
  if (tooLong(value, MAX_USERNAME_LENGTH)) return { email: { reason: 'usernameTooLong' } };
  if (!USERNAME.test(value)) return { email: { reason: 'usernameFormat' } };
  if (aliases.includes('email') && EMAIL.test(value)) return { email: { reason: 'usernameLooksLikeEmail' } };
  if (aliases.includes('phone') && looksLikePhone(value, true)) return { email: { reason: 'usernameLooksLikePhone' } };
  return {};
}

export function checkPasswordPresent(password: string, field: Field = 'password'): FieldProblems {
  if (!password) return problemAt(field, { reason: 'required' });
  return tooLong(password, MAX_PASSWORD_LENGTH) ? problemAt(field, { reason: 'passwordTooLong' }) : {};
}

export function checkNewPassword(password: string, policy: PasswordPolicy, field: Field = 'password'): FieldProblems {
  if (!password) return problemAt(field, { reason: 'required' });
  if (tooLong(password, MAX_PASSWORD_LENGTH)) return problemAt(field, { reason: 'passwordTooLong' });
  const rules = brokenPasswordRules(password, policy);
  return rules.length > 0 ? problemAt(field, { reason: 'weakPassword', rules }) : {};
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

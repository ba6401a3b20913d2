/**
 * What the screens show when something is wrong: a reason per field, so each message stands
 * next to what it concerns. `form` is for what concerns the whole screen (the network, limits,
 * the pool's configuration).
 */
import { AuthError, type AuthErrorCode, type PasswordRule } from './errors';
import { problemAt } from './validate';

/** The fields every pool has; `email` is the identifier's field, whatever the pool signs in with. */
type FormField = 'email' | 'password' | 'newPassword' | 'code' | 'form';

/** A form's field, or a sign-up attribute's (`attribute:given_name`, attributes.ts). */
export type Field = FormField | `attribute:${string}`;

/** Every form field, once (a field added to FormField and missing here is a type error). */
const EVERY_FIELD: Record<FormField, true> = { email: true, password: true, newPassword: true, code: true, form: true };
export const FIELDS = Object.keys(EVERY_FIELD) as Field[];

export type ProblemReason =
  | AuthErrorCode
  | 'required'
  | 'emailFormat'
  | 'emailTooLong'
  /** A phone number not in E.164 (`+` and the country code). */
  | 'phoneFormat'
  | 'usernameFormat'
  | 'usernameTooLong'
  /** A new username in email or phone number format where that is an alias (pool-shape.ts). */
  | 'usernameLooksLikeEmail'
  | 'usernameLooksLikePhone'
  | 'birthdateFormat'
  | 'attributeTooLong'
  | 'weakPassword'
  | 'passwordTooLong'
  | 'codeFormat'
  | 'wrongCurrentPassword'
  /** MFA_SETUP offers only SMS, and the account has no phone number: the operator must act. */
  | 'smsSetupNeedsPhone'
  /** Passwordless sign-up's Session ran out before the code was entered: confirm without it. */
  | 'signUpSessionExpired';

export interface Problem {
  reason: ProblemReason;
  /** For weakPassword: every rule the password breaks. */
  rules?: PasswordRule[];
  /** For lambdaRefused: the pool owner's reason, shown as text. */
  detail?: string;
}

export type FieldProblems = Partial<Record<Field, Problem>>;

/** Where an error from Cognito is shown. */
const FIELD_OF: Partial<Record<AuthErrorCode, Field>> = {
  wrongCredentials: 'password',
  usernameExists: 'email',
  userNotFound: 'email',
  invalidEmail: 'email',
  invalidPassword: 'password',
  codeMismatch: 'code',
  expiredCode: 'code',
  totpCodeReused: 'code',
};

/** Refusals of the password being set: shown at that password's field. */
const ABOUT_THE_NEW_PASSWORD: ReadonlySet<AuthErrorCode> = new Set(['invalidPassword', 'compromisedPassword', 'passwordReused']);

/**
 * The problem an error from Cognito puts on screen. `passwordField` names the field a password
 * policy error belongs to (the new password, where a screen has two).
 */
export function problemFromError(error: AuthError, passwordField: Field = 'password'): FieldProblems {
  const field = ABOUT_THE_NEW_PASSWORD.has(error.code) ? passwordField : (FIELD_OF[error.code] ?? 'form');
  if (error.code === 'invalidPassword') {
    return problemAt(field, { reason: 'weakPassword', rules: error.rule ? [error.rule] : [] });
  }
  return problemAt(field, error.detail ? { reason: error.code, detail: error.detail } : { reason: error.code });
}

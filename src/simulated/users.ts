/** The user records of the simulated pool and the small rules that read them. */

import { PASSWORD_POLICY_REASONS, fail } from './messages';
import type { PasswordPolicy, PoolSettings } from './settings';

export type UserStatus = 'UNCONFIRMED' | 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'RESET_REQUIRED';
export type MfaFactor = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

export interface IssuedCode {
  code: string;
  expiresAt: number;
}

export interface SoftwareToken {
  secret: string;
  friendlyName: string;
  /** Highest TOTP step accepted for this token; codes of this step or earlier are replays. */
  lastStep: number;
}

/** A registered passkey (WebAuthn credential), as CompleteWebAuthnRegistration stored it. */
export interface Passkey {
  /** The credential id, base64url. */
  id: string;
  /** The COSE_Key of the credential, as the authenticator gave it (webauthn.ts reads it). */
  publicKey: Uint8Array;
  name: string;
  relyingPartyId: string;
  attachment?: 'platform' | 'cross-platform';
  transports: string[];
  /** Unix milliseconds. */
  createdAt: number;
  /** The authenticator's signature counter last seen. */
  signCount: number;
}

/** A StartWebAuthnRegistration waiting for its CompleteWebAuthnRegistration. */
export interface PendingRegistration {
  /** base64url */
  challenge: string;
  expiresAt: number;
}

export type RateLimitedAction =
  | 'ResendConfirmationCode'
  | 'ConfirmSignUp'
  | 'ForgotPassword'
  | 'ConfirmForgotPassword'
  | 'ChangePassword';

export interface UserRecord {
  /**
   * The username: as typed at sign-up in a pool of usernames; a UUID where email or phone number
   * is the username attribute, and then the same as `sub` (Cognito makes the username the user's
   * sub there: Developer Guide, "User pool attributes").
   */
  username: string;
  /** The `sub` attribute and claim: a random UUID (v4) for every user, never changed or reused. */
  sub: string;
  email: string;
  emailVerified: boolean;
  phoneNumber?: string;
  phoneVerified: boolean;
  /** Other standard attributes (name, locale, ...). */
  attributes: Record<string, string>;
  /** Empty for a user who signed up without one (passwordless sign-up). */
  password: string;
  status: UserStatus;
  /** When the temporary password of a FORCE_CHANGE_PASSWORD user stops working. */
  temporaryPasswordExpiresAt?: number;
  /** The temporary password has been used once (it is valid only once, API_AdminCreateUser). */
  temporaryPasswordUsed?: boolean;
  signUpCode?: IssuedCode;
  resetCode?: IssuedCode;
  /** Codes superseded by a newer one (or used): answering with them gives ExpiredCodeException. */
  retiredCodes: { signUp: Set<string>; reset: Set<string> };
  /** The verified authenticator. */
  softwareToken?: SoftwareToken;
  /** A secret from AssociateSoftwareToken(AccessToken) awaiting VerifySoftwareToken. */
  pendingSecret?: string;
  /** UserMFASettingList. */
  mfaEnabled: Set<MfaFactor>;
  passkeys: Passkey[];
  pendingRegistration?: PendingRegistration;
  /** PreferredMfaSetting. */
  preferredMfa?: MfaFactor;
  /** The groups the user is in (`cognito:groups` in the tokens). */
  groups: readonly string[];
  signInFailures: { count: number; lastAt: number };
  attempts: Map<RateLimitedAction, number[]>;
}

// ---------------------------------------------------------------------------------------------
// Password policy

const SYMBOLS = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ');

/** Throws InvalidPasswordException naming the first rule the password breaks. */
export function checkPasswordPolicy(password: string, policy: PasswordPolicy): void {
  const chars = [...password];
  const rules: Array<[boolean, string]> = [
    [chars.length >= policy.minLength, PASSWORD_POLICY_REASONS.length],
    [!policy.upper || /[A-Z]/.test(password), PASSWORD_POLICY_REASONS.upper],
    [!policy.lower || /[a-z]/.test(password), PASSWORD_POLICY_REASONS.lower],
    [!policy.digit || /[0-9]/.test(password), PASSWORD_POLICY_REASONS.digit],
    [!policy.symbol || chars.some((c) => SYMBOLS.has(c)), PASSWORD_POLICY_REASONS.symbol],
  ];
  const broken = rules.find(([ok]) => !ok);
  if (broken) throw fail('invalidPassword', { reason: broken[1] });
}

// ---------------------------------------------------------------------------------------------
// Masked destinations, as in CodeDeliveryDetails and CODE_DELIVERY_DESTINATION

/** `jane@example.com` -> `j***@e***.com` */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return `${email.charAt(0)}***`;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${local.charAt(0)}***@${domain.charAt(0)}***${tld}`;
}

/** `+15555550123` -> `+*******0123` */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/^\+/, '');
  return `+${'*'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`;
}

export const EMAIL_FORMAT = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE_FORMAT = /^\+[1-9][0-9]{4,14}$/;

// ---------------------------------------------------------------------------------------------
// Attempt limits (reference §3.4), counted per user in a sliding hour

const HOUR = 3_600_000;

export const ATTEMPT_LIMITS: Record<RateLimitedAction, number> = {
  ResendConfirmationCode: 5,
  ConfirmSignUp: 15,
  // Design choice: the reference gives 5-20 per hour "depending on risk" for the reset pair.
  ForgotPassword: 5,
  ConfirmForgotPassword: 10,
  ChangePassword: 5,
};

/** Counts an attempt; throws LimitExceededException (without counting) once the hour's quota is used. */
export function countAttempt(user: UserRecord, action: RateLimitedAction, now: number): void {
  const recent = (user.attempts.get(action) ?? []).filter((at) => now - at < HOUR);
  if (recent.length >= ATTEMPT_LIMITS[action]) {
    user.attempts.set(action, recent);
    throw fail('attemptLimit');
  }
  user.attempts.set(action, [...recent, now]);
}

// ---------------------------------------------------------------------------------------------
// Sign-in lockout (reference §3.4): after 5 failures, 2^(n-5) s, at most ~15 min; forgotten
// after 15 minutes without attempts.

const LOCKOUT_FREE_FAILURES = 5;
const LOCKOUT_MAX_MS = 15 * 60_000;
const LOCKOUT_RESET_MS = 15 * 60_000;

export function lockedUntil(user: UserRecord): number {
  const { count, lastAt } = user.signInFailures;
  if (count < LOCKOUT_FREE_FAILURES) return 0;
  return lastAt + Math.min(2 ** (count - LOCKOUT_FREE_FAILURES) * 1000, LOCKOUT_MAX_MS);
}

/** Forgets old failures once the user has stayed away for 15 minutes. */
export function expireFailures(user: UserRecord, now: number): void {
  if (user.signInFailures.count > 0 && now - user.signInFailures.lastAt >= LOCKOUT_RESET_MS) {
    user.signInFailures = { count: 0, lastAt: 0 };
  }
}

export function recordFailure(user: UserRecord, now: number): void {
  user.signInFailures = { count: user.signInFailures.count + 1, lastAt: now };
}

// ---------------------------------------------------------------------------------------------
// Attributes and MFA capability

export function userAttributes(user: UserRecord): Array<{ Name: string; Value: string }> {
  const list = [{ Name: 'sub', Value: user.sub }];
  list.push({ Name: 'email_verified', Value: String(user.emailVerified) });
  if (user.phoneNumber !== undefined) {
    list.push({ Name: 'phone_number_verified', Value: String(user.phoneVerified) });
    list.push({ Name: 'phone_number', Value: user.phoneNumber });
  }
  for (const [Name, Value] of Object.entries(user.attributes)) list.push({ Name, Value });
  if (user.email !== '') list.push({ Name: 'email', Value: user.email });
  return list;
}

/** Whether the pool allows `factor` at all (nothing is allowed when MFA is OFF). */
export function poolAllows(settings: PoolSettings, factor: MfaFactor): boolean {
  if (settings.mfa === 'OFF') return false;
  if (factor === 'SMS_MFA') return settings.sms;
  if (factor === 'EMAIL_OTP') return settings.email;
  return settings.totp;
}

/** Whether `user` has what `factor` needs: a verified token, a phone number, an email. */
export function userCanUse(user: UserRecord, factor: MfaFactor): boolean {
  if (factor === 'SMS_MFA') return user.phoneNumber !== undefined;
  if (factor === 'EMAIL_OTP') return user.email !== '';
  return user.softwareToken !== undefined;
}

export const FACTOR_ORDER: readonly MfaFactor[] = ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'];

// ---------------------------------------------------------------------------------------------
// Signing in with a password (USER_PASSWORD_AUTH, and USER_AUTH's PASSWORD)

/** What is refused before any first factor is looked at. */
export function checkMaySignIn(settings: PoolSettings, user: UserRecord): void {
  const hideExistence = settings.preventUserExistenceErrors;
  // The service answers UserNotConfirmedException even when the password is wrong (reference §6.4),
  // whatever PreventUserExistenceErrors says (the Developer Guide names no exception for it).
  if (user.status === 'UNCONFIRMED') throw fail('userNotConfirmed');
  // Imported users who must reset: with PreventUserExistenceErrors ENABLED "a generic
  // NotAuthorizedException error is returned ... instead of returning PasswordResetRequiredException"
  // (Developer Guide, "Managing user existence error responses", Imported users).
  if (user.status === 'RESET_REQUIRED') throw fail(hideExistence ? 'incorrectCredentials' : 'passwordResetRequired');
  // Threat protection blocking the attempt; design choice (unverified): before the password is
  // checked, so a wrong one gets the same answer.
  if (settings.blockSignIns) throw fail('securityBlocked');
}

/** Checks the password, with the lockout; a temporary password is spent. */
export function checkPassword(settings: PoolSettings, user: UserRecord, password: string, now: number): void {
  expireFailures(user, now);
  // Attempts during a lockout get "Password attempts exceeded" and do not lengthen it.
  if (now < lockedUntil(user)) throw fail('passwordAttemptsExceeded');
  // A user who signed up without a password has none to match.
  if (user.password === '' || password !== user.password) {
    recordFailure(user, now);
    throw fail('incorrectCredentials');
  }
  user.signInFailures = { count: 0, lastAt: 0 };
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    // "The temporary password is valid only once" (API_AdminCreateUser, TemporaryPassword;
    // aws-amplify/amplify-js#13802): a second sign-in with it, once the NEW_PASSWORD_REQUIRED
    // session it opened is gone, is refused. Design choice: with the expiry's words (unverified).
    if ((user.temporaryPasswordExpiresAt ?? Infinity) <= now || user.temporaryPasswordUsed) throw fail('temporaryPasswordExpired');
    user.temporaryPasswordUsed = true;
  }
}

/**
 * One word per idea, in src/auth and the code around it:
 * - an *error* (AuthError, this file) is what a Cognito operation failed with: every
 *   CognitoClient method rejects with one;
 * - a *problem* (Problem, problems.ts) is what a screen shows at a field: from an error, or
 *   from a check made before anything is sent (validate.ts);
 * - a *failure* is only the error event of an invoke in the machine: the event that carries the
 *   error (`failedWith`, `showFailure`).
 *
 * The closed set of errors the flow knows how to explain. The adapter maps every Cognito
 * `__type` (and, where Cognito gives no other signal, its message) onto one of these;
 * the machine guards on `code`, views look up a sentence per code in the dictionary.
 */

export type PasswordRule = 'length' | 'uppercase' | 'lowercase' | 'number' | 'symbol' | 'spaces';

export type AuthErrorCode =
  // the person's input
  | 'wrongCredentials'
  /** The pool says no account has this email (only pools without user-existence protection do). */
  | 'userNotFound'
  | 'userNotConfirmed'
  | 'usernameExists'
  | 'invalidPassword'
  | 'invalidEmail'
  | 'codeMismatch'
  | 'expiredCode'
  | 'totpCodeReused'
  | 'alreadyConfirmed'
  | 'userDisabled'
  | 'passwordResetRequired'
  | 'cannotResetPassword'
  | 'mfaNotSetUp'
  /** Threat protection (advanced security) blocked the request: not a wrong password. */
  | 'blockedBySecurity'
  /** An administrator's temporary password is past its validity: only they can send a new one. */
  | 'temporaryPasswordExpired'
  /** The pool's compromised-credentials check refused the new password. */
  | 'compromisedPassword'
  /** The pool's password history refused a password used before. */
  | 'passwordReused'
  /** A Lambda trigger of the pool refused; `detail` holds the reason its owner wrote, if any. */
  | 'lambdaRefused'
  /** A Lambda trigger of the pool failed: timed out, crashed, or answered something invalid. */
  | 'lambdaFailed'
  // time and limits
  | 'sessionExpired'
  | 'signedOut'
  /** The refresh token was revoked (a sign-out on all devices, or by an administrator). */
  | 'sessionRevoked'
  /** Cognito no longer accepts this refresh token ("Invalid Refresh Token."). */
  | 'refreshTokenInvalid'
  | 'passwordAttemptsExceeded'
  | 'limitExceeded'
  | 'tooManyRequests'
  | 'tooManyFailedAttempts'
  // the network and the service
  | 'network'
  | 'serviceError'
  // how the pool or app client is set up (the operator must act)
  | 'clientHasSecret'
  | 'userPasswordAuthDisabled'
  | 'unknownClient'
  | 'softwareTokenMfaNotEnabled'
  | 'unsupportedChallenge'
  /** The pool sends no confirmation codes (no auto-verified attribute). */
  | 'autoVerifyOff'
  /** The pool does not take an email address as the username (email is an alias, or phone numbers are). */
  | 'emailNotUsername'
  /** The pool requires attributes at sign-up that this page does not ask for. */
  | 'signUpAttributesRequired'
  /** The pool may not send email or SMS (its SES or SNS role). */
  | 'poolCannotDeliver'
  /** Cognito finds the pool's configuration invalid. */
  | 'poolMisconfigured'
  | 'invalidParameter'
  // passkeys: the browser's WebAuthn prompt (src/lib/webauthn.ts) and Cognito's answers about it
  /** NotAllowedError: the prompt was cancelled or timed out, or no passkey for this site was found (browsers do not say which). */
  | 'passkeyCancelled'
  /** InvalidStateError: at registration, this authenticator already holds a passkey for this account. */
  | 'passkeyExists'
  /** SecurityError: the relying-party id is not this page's domain (the operator must act). */
  | 'passkeyWrongDomain'
  /** This browser has no WebAuthn (PublicKeyCredential). */
  | 'passkeyUnsupported'
  /** Cognito did not take the passkey's answer (a stale challenge, an authenticator it does not support). */
  | 'passkeyRefused'
  /** Passkeys are off for the pool, or its WebAuthn relying party is not set up (the operator must act). */
  | 'passkeysOff'
  /** The pool's feature plan lacks what was asked (choice-based sign-in needs Essentials or Plus). */
  | 'featureNotInPlan'
  /** The app client does not allow ALLOW_USER_AUTH. */
  | 'userAuthDisabled'
  | 'unknown';

/**
 * Every code, once: a code added to AuthErrorCode and missing here is a type error, so lists
 * derived from it (tests that walk every error a screen can show) never leave one out.
 */
const EVERY_CODE: Record<AuthErrorCode, true> = {
  wrongCredentials: true,
  userNotFound: true,
  userNotConfirmed: true,
  usernameExists: true,
  invalidPassword: true,
  invalidEmail: true,
  codeMismatch: true,
  expiredCode: true,
  totpCodeReused: true,
  alreadyConfirmed: true,
  userDisabled: true,
  passwordResetRequired: true,
  cannotResetPassword: true,
  mfaNotSetUp: true,
  blockedBySecurity: true,
  temporaryPasswordExpired: true,
  compromisedPassword: true,
  passwordReused: true,
  lambdaRefused: true,
  lambdaFailed: true,
  sessionExpired: true,
  signedOut: true,
  sessionRevoked: true,
  refreshTokenInvalid: true,
  passwordAttemptsExceeded: true,
  limitExceeded: true,
  tooManyRequests: true,
  tooManyFailedAttempts: true,
  network: true,
  serviceError: true,
  clientHasSecret: true,
  userPasswordAuthDisabled: true,
  unknownClient: true,
  softwareTokenMfaNotEnabled: true,
  unsupportedChallenge: true,
  autoVerifyOff: true,
  emailNotUsername: true,
  signUpAttributesRequired: true,
  poolCannotDeliver: true,
  poolMisconfigured: true,
  invalidParameter: true,
  passkeyCancelled: true,
  passkeyExists: true,
  passkeyWrongDomain: true,
  passkeyUnsupported: true,
  passkeyRefused: true,
  passkeysOff: true,
  featureNotInPlan: true,
  userAuthDisabled: true,
  unknown: true,
};

export const AUTH_ERROR_CODES = Object.keys(EVERY_CODE) as AuthErrorCode[];

export class AuthError extends Error {
  readonly code: AuthErrorCode;
  /** For invalidPassword: the rule Cognito said failed. */
  readonly rule?: PasswordRule;
  /**
   * For sessionExpired: Cognito said the session had been used already, not that its time ran
   * out (an answer lost on the way back may have spent it).
   */
  readonly sessionUsed?: boolean;
  /** For lambdaRefused: the reason the pool's owner wrote for people to read (plain text). */
  readonly detail?: string;

  constructor(
    code: AuthErrorCode,
    options: { message?: string; rule?: PasswordRule; sessionUsed?: boolean; detail?: string; cause?: unknown } = {},
  ) {
    super(options.message ?? code, { cause: options.cause });
    this.name = 'AuthError';
    this.code = code;
    this.rule = options.rule;
    if (options.sessionUsed) this.sessionUsed = true;
    this.detail = options.detail;
  }
}

/** Whatever an actor rejected with, as an AuthError (a bug in our code reads as 'unknown'). */
export function asAuthError(error: unknown): AuthError {
  return error instanceof AuthError ? error : new AuthError('unknown', { cause: error });
}

/** Errors that only the operator of the pool can fix: shown with instructions, not blame. */
export const CONFIGURATION_ERRORS: ReadonlySet<AuthErrorCode> = new Set([
  'clientHasSecret',
  'userPasswordAuthDisabled',
  'unknownClient',
  'softwareTokenMfaNotEnabled',
  'unsupportedChallenge',
  'autoVerifyOff',
  'emailNotUsername',
  'signUpAttributesRequired',
  'poolCannotDeliver',
  'poolMisconfigured',
  'passkeyWrongDomain',
  'passkeysOff',
  'featureNotInPlan',
  'userAuthDisabled',
]);

/** Errors that mean the tokens are no longer good: the person must sign in again. */
export const TOKENS_GONE = ['signedOut', 'sessionRevoked', 'refreshTokenInvalid'] as const satisfies readonly AuthErrorCode[];

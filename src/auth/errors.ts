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
  // time and limits
  | 'sessionExpired'
  | 'signedOut'
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
  | 'invalidParameter'
  | 'unknown';

export class AuthError extends Error {
  readonly code: AuthErrorCode;
  /** For invalidPassword: the rule Cognito said failed. */
  readonly rule?: PasswordRule;
  /**
   * For sessionExpired: Cognito said the session had been used already, not that its time ran
   * out (an answer lost on the way back may have spent it).
   */
  readonly sessionUsed?: boolean;

  constructor(
    code: AuthErrorCode,
    options: { message?: string; rule?: PasswordRule; sessionUsed?: boolean; cause?: unknown } = {},
  ) {
    super(options.message ?? code, { cause: options.cause });
    this.name = 'AuthError';
    this.code = code;
    this.rule = options.rule;
    if (options.sessionUsed) this.sessionUsed = true;
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
]);

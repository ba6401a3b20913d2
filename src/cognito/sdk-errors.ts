/**
 * Cognito's exceptions, mapped onto the app's closed set of failures.
 *
 * The exception's `name` (the wire's `__type`) decides. Cognito packs several situations into
 * NotAuthorizedException, InvalidParameterException, InvalidPasswordException and
 * ExpiredCodeException and tells them apart only in the message; those four are the only places
 * where message text is read, each pattern commented with the message it matches
 * (src/simulated/messages.ts lists them verbatim).
 */
import { AuthError, type AuthErrorCode, type PasswordRule } from '../auth/errors';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number };
}

const BY_NAME: Record<string, AuthErrorCode> = {
  // No user enumeration: an unknown email reads exactly like a wrong password.
  UserNotFoundException: 'wrongCredentials',
  UserNotConfirmedException: 'userNotConfirmed',
  UsernameExistsException: 'usernameExists',
  AliasExistsException: 'usernameExists',
  CodeMismatchException: 'codeMismatch',
  // VerifySoftwareToken's wrong code: "Code mismatch and fail enable Software Token MFA".
  EnableSoftwareTokenMFAException: 'codeMismatch',
  PasswordHistoryPolicyViolationException: 'invalidPassword',
  ResourceNotFoundException: 'unknownClient',
  SoftwareTokenMFANotFoundException: 'softwareTokenMfaNotEnabled',
  LimitExceededException: 'limitExceeded',
  TooManyRequestsException: 'tooManyRequests',
  TooManyFailedAttemptsException: 'tooManyFailedAttempts',
  PasswordResetRequiredException: 'passwordResetRequired',
  InternalErrorException: 'serviceError',
  CodeDeliveryFailureException: 'serviceError',
  UnexpectedLambdaException: 'serviceError',
  UserLambdaValidationException: 'serviceError',
  InvalidLambdaResponseException: 'serviceError',
  InvalidUserPoolConfigurationException: 'serviceError',
  InvalidSmsRoleAccessPolicyException: 'serviceError',
  InvalidSmsRoleTrustRelationshipException: 'serviceError',
  InvalidEmailRoleAccessPolicyException: 'serviceError',
  MFAMethodNotFoundException: 'mfaNotSetUp',
  ForbiddenException: 'serviceError',
  ConcurrentModificationException: 'serviceError',
  // RevokeToken's: revocation off for the client, or not a refresh token. Sign-out goes on regardless.
  UnauthorizedException: 'serviceError',
  UnsupportedOperationException: 'serviceError',
  UnsupportedTokenTypeException: 'serviceError',
};

/** NotAuthorizedException: which situation, by message. */
const NOT_AUTHORIZED: [RegExp, AuthErrorCode][] = [
  // "Invalid session for the user, session is expired." / "..., session can only be used once." / "Invalid session for the user."
  [/session/i, 'sessionExpired'],
  // "Client {id} is configured for secret but secret was not received" / "... with secret but SECRET_HASH was not received"
  // "Unable to verify secret hash for client {id}"
  [/secret/i, 'clientHasSecret'],
  // "Password attempts exceeded"
  [/attempts exceeded/i, 'passwordAttemptsExceeded'],
  // "User is disabled."
  [/disabled/i, 'userDisabled'],
  // "Access Token has been revoked" / "Access Token has expired" / "Invalid Access Token" / "Invalid Refresh Token."
  // "Refresh Token has been revoked" / "Refresh Token has expired"
  [/access token|refresh token/i, 'signedOut'],
  // "User cannot be confirmed. Current status is CONFIRMED" / "User cannot confirm because user status is not UNCONFIRMED."
  [/cannot be confirmed|cannot confirm/i, 'alreadyConfirmed'],
  // "User password cannot be reset in the current state."
  [/cannot be reset/i, 'cannotResetPassword'],
];

/** InvalidParameterException: which situation, by message. */
const INVALID_PARAMETER: [RegExp, AuthErrorCode][] = [
  // "USER_PASSWORD_AUTH flow not enabled for this client"
  [/USER_PASSWORD_AUTH/, 'userPasswordAuthDisabled'],
  // "User is already confirmed."
  [/already confirmed/i, 'alreadyConfirmed'],
  // "Invalid email address format."
  [/email address format/i, 'invalidEmail'],
  // "Cannot reset password for the user as there is no registered/verified email or phone_number"
  [/cannot reset password/i, 'cannotResetPassword'],
  // "User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA" / "User has not set up software token mfa"
  [/delivery config|not (set up|verified) software token/i, 'mfaNotSetUp'],
  // "Missing required parameter Session"
  [/parameter Session/, 'sessionExpired'],
];

/** InvalidPasswordException "Password did not conform with policy: {reason}". */
const PASSWORD_RULES: [RegExp, PasswordRule][] = [
  [/long enough/i, 'length'],
  [/uppercase/i, 'uppercase'],
  [/lowercase/i, 'lowercase'],
  [/numeric/i, 'number'],
  [/symbol/i, 'symbol'],
  [/space/i, 'spaces'],
];

function firstMatch<T>(table: [RegExp, T][], message: string): T | undefined {
  return table.find(([pattern]) => pattern.test(message))?.[1];
}

export function toAuthError(error: unknown): AuthError {
  const { name, message, $metadata } = (error ?? {}) as ErrorLike;
  const type = typeof name === 'string' ? name : '';
  const text = typeof message === 'string' ? message : '';
  const at = (code: AuthErrorCode, rule?: PasswordRule) => new AuthError(code, { message: text || type, rule, cause: error });

  switch (type) {
    case 'NotAuthorizedException':
      // "Incorrect username or password." and anything else: the credentials were not accepted.
      return at(firstMatch(NOT_AUTHORIZED, text) ?? 'wrongCredentials');
    case 'InvalidParameterException':
      return at(firstMatch(INVALID_PARAMETER, text) ?? 'invalidParameter');
    case 'InvalidPasswordException':
      return at('invalidPassword', firstMatch(PASSWORD_RULES, text));
    case 'ExpiredCodeException':
      // "Your software token has already been used once." vs "Invalid code provided, please request a code again."
      return at(/used once/i.test(text) ? 'totpCodeReused' : 'expiredCode');
  }
  const known = BY_NAME[type];
  if (known) return at(known);

  const status = $metadata?.httpStatusCode;
  // No HTTP answer at all: fetch failed, the connection dropped, or the SDK timed out.
  if (status === undefined && (error instanceof TypeError || /network|fetch|timeout|connect/i.test(`${type} ${text}`))) {
    return at('network');
  }
  // Throttled on the way, with whatever body (an empty one, a gateway's page): Cognito's own says TooManyRequestsException.
  if (status === 429) return at('tooManyRequests');
  // An emulator answering an operation it lacks with HTTP 500, or a gateway error.
  if (status !== undefined && status >= 500) return at('serviceError');
  // Not Cognito's answer at all (its body is not JSON): a captive portal's sign-in page, a
  // firewall's or a proxy's block page. The network between the person and Cognito is at fault.
  if (status !== undefined && notJson(error)) return at('network');
  return at('unknown');
}

/**
 * The SDK's failure to read a body as JSON: a SyntaxError carrying the raw response (its hidden
 * `$response`, which the SDK's deserialization middleware puts on whatever reading a response threw:
 * schemaDeserializationMiddleware in @smithy/core).
 */
function notJson(error: unknown): boolean {
  return error instanceof Error && error.name === 'SyntaxError' && '$response' in error;
}

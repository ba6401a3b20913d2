/**
 * Cognito's exceptions, mapped onto the app's closed set of failures.
 *
 * The exception's `name` (the wire's `__type`) decides. Cognito packs several situations into
 * NotAuthorizedException, InvalidParameterException, InvalidPasswordException and
 * ExpiredCodeException and tells them apart only in the message; those four, and the reason a
 * Lambda trigger gives (UserLambdaValidationException), are the only places where message text
 * is read, each pattern commented with the message it matches and its source
 * (src/simulated/messages.ts lists the simulated pool's verbatim).
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
  // ChangePassword, ConfirmForgotPassword, NEW_PASSWORD_REQUIRED with a password the pool's
  // PasswordHistorySize remembers (API reference of those operations; PasswordPolicyType).
  PasswordHistoryPolicyViolationException: 'passwordReused',
  ResourceNotFoundException: 'unknownClient',
  SoftwareTokenMFANotFoundException: 'softwareTokenMfaNotEnabled',
  LimitExceededException: 'limitExceeded',
  TooManyRequestsException: 'tooManyRequests',
  TooManyFailedAttemptsException: 'tooManyFailedAttempts',
  PasswordResetRequiredException: 'passwordResetRequired',
  InternalErrorException: 'serviceError',
  CodeDeliveryFailureException: 'serviceError',
  // A trigger Cognito could not run: "PreSignUp invocation failed due to error Socket timeout while
  // invoking Lambda function." (furaiev/amazon-cognito-identity-dart-2#204, anomalyco/sst#1815),
  // "... due to error AccessDeniedException." (AWS re:Post knowledge center, cognito-lambda-trigger-errors).
  UnexpectedLambdaException: 'lambdaFailed',
  // A trigger that answered something Cognito cannot use (API reference: "encounters an invalid
  // Lambda response").
  InvalidLambdaResponseException: 'lambdaFailed',
  // The API reference: "thrown when the user pool configuration is not valid".
  InvalidUserPoolConfigurationException: 'poolMisconfigured',
  // The pool's SNS role or SES identity does not let Cognito send (API reference of each exception).
  InvalidSmsRoleAccessPolicyException: 'poolCannotDeliver',
  InvalidSmsRoleTrustRelationshipException: 'poolCannotDeliver',
  InvalidEmailRoleAccessPolicyException: 'poolCannotDeliver',
  MFAMethodNotFoundException: 'mfaNotSetUp',
  ForbiddenException: 'serviceError',
  ConcurrentModificationException: 'serviceError',
  // RevokeToken's: revocation off for the client, or not a refresh token. Sign-out goes on regardless.
  UnauthorizedException: 'serviceError',
  UnsupportedOperationException: 'serviceError',
  UnsupportedTokenTypeException: 'serviceError',
  // GetTokensFromRefreshToken with a refresh token rotation already replaced, past the grace
  // period (API reference, GetTokensFromRefreshToken: "RefreshTokenReuseException"): never again.
  RefreshTokenReuseException: 'refreshTokenInvalid',
  // Passkeys (API StartWebAuthnRegistration, CompleteWebAuthnRegistration): "WebAuthn is not
  // enabled" for the pool, or its WebAuthnConfiguration (relying-party id) is missing.
  WebAuthnNotEnabledException: 'passkeysOff',
  WebAuthnConfigurationMissingException: 'passkeysOff',
  // The credential's relying party or origin is not what the pool's WebAuthnConfiguration names
  // (API CompleteWebAuthnRegistration): the operator must align the relying-party id and the
  // site's domain.
  WebAuthnRelyingPartyMismatchException: 'passkeyWrongDomain',
  WebAuthnOriginNotAllowedException: 'passkeyWrongDomain',
  // The registration's challenge is gone or was for another client, or the authenticator is one
  // Cognito does not support: the person can start over or use another.
  WebAuthnChallengeNotFoundException: 'passkeyRefused',
  WebAuthnClientMismatchException: 'passkeyRefused',
  WebAuthnCredentialNotSupportedException: 'passkeyRefused',
  // USER_AUTH and passkeys need the Essentials plan or higher (Developer Guide, "Feature plans").
  FeatureUnavailableInTierException: 'featureNotInPlan',
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
  // Threat protection: "Unable to login because of security reasons." (sign-in blocked as risky)
  // and "Request not allowed due to security reasons." (a blocked IP address): seen from real
  // pools, Badsworth/pfml_scripts portal/src/hooks/useAuthLogic.js. Trying again does not help.
  [/security reasons/i, 'blockedBySecurity'],
  // "Temporary password has expired and must be reset by an administrator." (an admin-created
  // user past TemporaryPasswordValidityDays; API_AdminCreateUser: "To reset the account after
  // that time limit, you must call AdminCreateUser again"; text seen in many apps' error maps).
  [/temporary password has expired/i, 'temporaryPasswordExpired'],
  // "Cannot resend codes. Auto verification not turned on." (ResendConfirmationCode on a pool
  // without AutoVerifiedAttributes; seen as NotAuthorizedException from a real pool, public notes
  // of a project's preprod pool; other apps see it as InvalidParameterException, matched there).
  [/auto verification not turned on/i, 'autoVerifyOff'],
  // "User is disabled."
  [/disabled/i, 'userDisabled'],
  // "Refresh Token has been revoked": GlobalSignOut or RevokeToken ended it (aws/aws-sdk-net#1936;
  // Developer Guide, "Revoking tokens").
  [/refresh token has been revoked/i, 'sessionRevoked'],
  // "Invalid Refresh Token.": not a token Cognito accepts any more, e.g. a pool that tracks devices
  // refreshing without the device key (aws/aws-sdk-cpp#1789; aws-amplify/amplify-js#2962).
  [/invalid refresh token/i, 'refreshTokenInvalid'],
  // "Access Token has been revoked" / "Access Token has expired" / "Invalid Access Token"
  // "Refresh Token has expired"
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
  // The same for choice-based sign-in, by analogy ("USER_AUTH flow not enabled for this client";
  // the exact text is unverified).
  [/USER_AUTH/, 'userAuthDisabled'],
  // "User is already confirmed."
  [/already confirmed/i, 'alreadyConfirmed'],
  // "Invalid email address format."
  [/email address format/i, 'invalidEmail'],
  // "Username should be an email." (a pool whose username attribute is email; in apps' error maps).
  [/username should be an email/i, 'invalidEmail'],
  // "Username cannot be of email format, since user pool is configured for email alias." (email
  // as an alias, AliasAttributes; seen by many projects creating such users) and "Username should
  // be a phone number." (phone numbers as usernames): the pool cannot take this page's sign-up.
  [/cannot be of email format|should be a phone number/i, 'emailNotUsername'],
  // "Attributes did not conform to the schema: name: The attribute is required" (SignUp on a pool
  // with required attributes this page does not collect; reference §7, apps' error catalogues).
  [/did not conform to the schema.*required/i, 'signUpAttributesRequired'],
  // "Cannot resend codes. Auto verification not turned on." (see NOT_AUTHORIZED)
  [/auto verification not turned on/i, 'autoVerifyOff'],
  // "Cannot reset password for the user as there is no registered/verified email or phone_number"
  [/cannot reset password/i, 'cannotResetPassword'],
  // "User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA" / "User has not set up software token mfa"
  [/delivery config|not (set up|verified) software token/i, 'mfaNotSetUp'],
  // "Missing required parameter Session"
  [/parameter Session/, 'sessionExpired'],
];

/**
 * InvalidPasswordException "Password did not conform with policy: {reason}"; "Provided password
 * cannot be used for security reasons." is threat protection's compromised-credentials check
 * (Developer Guide, "Checking for compromised credentials"; the text as seen by
 * Badsworth/pfml_scripts portal/src/hooks/useAuthLogic.js).
 */
const COMPROMISED_PASSWORD = /cannot be used for security reasons/i;

const PASSWORD_RULES: [RegExp, PasswordRule][] = [
  [/long enough/i, 'length'],
  [/uppercase/i, 'uppercase'],
  [/lowercase/i, 'lowercase'],
  [/numeric/i, 'number'],
  [/symbol/i, 'symbol'],
  [/space/i, 'spaces'],
];

/**
 * UserLambdaValidationException: "<Trigger> failed with error <reason>." where the reason is the
 * message the pool owner's trigger threw, for people to read: "PreSignUp failed with error
 * Registration from this domain is not allowed.." (aws-amplify/amplify-ui-android#314, a
 * maintainer's reproduction). A trigger that crashed or timed out leaves the runtime's words
 * instead: "DefineAuthChallenge failed with error RequestId: ... Error: Runtime exited with error:
 * exit status 129." (aws-amplify/amplify-js#9127), "... Task timed out after 3.00 seconds"
 * (Lambda's own timeout text; its exact form inside Cognito's message is unverified): those, an
 * empty reason, or one too long to be meant for a person, are a trigger that failed. A message
 * of another form is a refusal whose reason is unknown.
 */
const TRIGGER_REFUSAL = /^\w+ failed with error ([\s\S]*)$/;
const RUNTIME_TEXT = /RequestId:|Task timed out|Runtime exited|Runtime\.\w+|Sandbox\.Timedout|^\s*\S*Error:/;
const LONGEST_REASON = 300;

function lambdaRefusal(message: string): { code: AuthErrorCode; detail?: string } {
  const found = TRIGGER_REFUSAL.exec(message.trim());
  if (!found) return { code: 'lambdaRefused' };
  // Cognito ends its sentence with a period of its own, after the reason's.
  const reason = found[1].replace(/\.$/, '').trim();
  if (!reason || RUNTIME_TEXT.test(reason) || reason.length > LONGEST_REASON) return { code: 'lambdaFailed' };
  return { code: 'lambdaRefused', detail: reason };
}

function firstMatch<T>(table: [RegExp, T][], message: string): T | undefined {
  return table.find(([pattern]) => pattern.test(message))?.[1];
}

export interface ErrorContext {
  /**
   * The operation names the account by its email: ForgotPassword, ResendConfirmationCode,
   * ConfirmSignUp, ConfirmForgotPassword. There a pool without user-existence protection
   * (PreventUserExistenceErrors LEGACY, the API's default) answers an unknown email with
   * UserNotFoundException "Username/client id combination not found." (Developer Guide,
   * "Managing user existence error responses"): the person is told no account has that email.
   * Sign-in keeps reading it as a wrong email or password.
   */
  namesAccount?: boolean;
}

export function toAuthError(error: unknown, { namesAccount = false }: ErrorContext = {}): AuthError {
  const { name, message, $metadata } = (error ?? {}) as ErrorLike;
  const type = typeof name === 'string' ? name : '';
  const text = typeof message === 'string' ? message : '';
  const at = (code: AuthErrorCode, rule?: PasswordRule, detail?: string) =>
    new AuthError(code, { message: text || type, rule, detail, cause: error });

  switch (type) {
    case 'NotAuthorizedException': {
      const code = firstMatch(NOT_AUTHORIZED, text) ?? 'wrongCredentials';
      // "Invalid session for the user, session can only be used once." (reference §3.2): spent, not timed out.
      const sessionUsed = code === 'sessionExpired' && /used once/i.test(text);
      return new AuthError(code, { message: text || type, sessionUsed, cause: error });
    }
    case 'InvalidParameterException':
      return at(firstMatch(INVALID_PARAMETER, text) ?? 'invalidParameter');
    case 'InvalidPasswordException':
      if (COMPROMISED_PASSWORD.test(text)) return at('compromisedPassword');
      return at('invalidPassword', firstMatch(PASSWORD_RULES, text));
    case 'UserLambdaValidationException': {
      const { code, detail } = lambdaRefusal(text);
      return at(code, undefined, detail);
    }
    case 'ExpiredCodeException':
      // "Your software token has already been used once." vs "Invalid code provided, please request a code again."
      return at(/used once/i.test(text) ? 'totpCodeReused' : 'expiredCode');
  }
  if (type === 'UserNotFoundException' && namesAccount) return at('userNotFound');
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
export function notJson(error: unknown): boolean {
  return error instanceof Error && error.name === 'SyntaxError' && '$response' in error;
}

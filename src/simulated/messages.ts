/**
 * Every error the simulated pool can answer, with its exact wire message.
 *
 * This catalogue is the project's reference for Cognito's error messages. `source: 'reference'`
 * marks the strings the real service sends, as researched (reference §7); `source: 'choice'` marks
 * situations the research does not cover, each with the reason for its wording. `ops` lists the
 * operations that may return it (checked at run time by the pool, and against the model's error
 * lists by tests/simulated/model-agreement.test.ts). `example` feeds the tests that render every
 * message.
 */

import type { OperationName } from './validate';

export type ErrorType =
  | 'AliasExistsException'
  | 'CodeMismatchException'
  | 'EnableSoftwareTokenMFAException'
  | 'ExpiredCodeException'
  | 'InternalErrorException'
  | 'InvalidParameterException'
  | 'InvalidPasswordException'
  | 'LimitExceededException'
  | 'MFAMethodNotFoundException'
  | 'NotAuthorizedException'
  | 'PasswordResetRequiredException'
  | 'RefreshTokenReuseException'
  | 'ResourceNotFoundException'
  | 'SerializationException'
  | 'SoftwareTokenMFANotFoundException'
  | 'UnauthorizedException'
  | 'UnknownOperationException'
  | 'UnsupportedTokenTypeException'
  | 'UserNotConfirmedException'
  | 'UserLambdaValidationException'
  | 'UserNotFoundException'
  | 'UsernameExistsException'
  | 'WebAuthnChallengeNotFoundException'
  | 'WebAuthnClientMismatchException'
  | 'WebAuthnCredentialNotSupportedException'
  | 'WebAuthnNotEnabledException'
  | 'WebAuthnOriginNotAllowedException'
  | 'WebAuthnRelyingPartyMismatchException';

export interface MessageSpec {
  type: ErrorType;
  /** The message with `{placeholders}`; null for errors sent without a message. */
  template: string | null;
  source: 'reference' | 'choice';
  /** Why the wording was chosen (required for `choice`). */
  why?: string;
  ops: readonly OperationName[] | 'all';
  /** Placeholder values used by tests and docs. */
  example?: Readonly<Record<string, string>>;
}

const CLIENT_ID_OPS = [
  'SignUp',
  'ConfirmSignUp',
  'ResendConfirmationCode',
  'InitiateAuth',
  'RespondToAuthChallenge',
  'ForgotPassword',
  'ConfirmForgotPassword',
  'GetTokensFromRefreshToken',
] as const satisfies readonly OperationName[];
const SECRET_HASH_OPS = [
  'SignUp',
  'ConfirmSignUp',
  'ResendConfirmationCode',
  'ForgotPassword',
  'ConfirmForgotPassword',
] as const satisfies readonly OperationName[];
const ACCESS_TOKEN_OPS = [
  'AssociateSoftwareToken',
  'VerifySoftwareToken',
  'SetUserMFAPreference',
  'GetUser',
  'GlobalSignOut',
  'ChangePassword',
  'GetUserAuthFactors',
  'StartWebAuthnRegistration',
  'CompleteWebAuthnRegistration',
  'ListWebAuthnCredentials',
  'DeleteWebAuthnCredential',
] as const satisfies readonly OperationName[];
// InitiateAuth and ConfirmSignUp take the Session of a passwordless sign-up (USER_AUTH).
const SESSION_OPS = ['RespondToAuthChallenge', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'InitiateAuth', 'ConfirmSignUp'] as const;
const PASSWORD_CHECK_OPS = ['InitiateAuth', 'RespondToAuthChallenge'] as const;
const REGISTRATION_OPS = ['StartWebAuthnRegistration', 'CompleteWebAuthnRegistration'] as const;
const PASSWORD_OPS = ['SignUp', 'ChangePassword', 'ConfirmForgotPassword', 'RespondToAuthChallenge'] as const;
const LOOKUP_OPS = ['ConfirmSignUp', 'ResendConfirmationCode', 'ForgotPassword', 'ConfirmForgotPassword'] as const;

export const MESSAGES = {
  // --- protocol ---------------------------------------------------------------------------
  validation: {
    type: 'InvalidParameterException',
    template: '{count} validation {errors} detected: {violations}',
    source: 'reference',
    ops: 'all',
    example: {
      count: '1',
      errors: 'error',
      violations: "Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\S]+",
    },
  },
  serialization: {
    type: 'SerializationException',
    // The reference quotes 'Expected map or null' and 'Start of structure or map found where not
    // expected.'; validate.ts words the other type mismatches in the same deserialiser style.
    template: '{detail}',
    source: 'reference',
    ops: 'all',
    example: { detail: 'Expected map or null' },
  },
  malformedJson: {
    type: 'SerializationException',
    template: 'Unexpected character in the request body: it is not valid JSON',
    source: 'choice',
    why: 'A body that is not JSON; the real text was not researched.',
    ops: 'all',
  },
  unsupportedContentType: {
    type: 'SerializationException',
    template: 'Unsupported Content-Type {contentType}; expected application/x-amz-json-1.1',
    source: 'choice',
    why: 'Reference §8 rule 1 (design choice): other content types get SerializationException.',
    ops: 'all',
    example: { contentType: 'text/plain' },
  },
  unknownOperation: {
    type: 'UnknownOperationException',
    template: null,
    source: 'choice',
    why: 'Reference §8 rule 1: body {"__type":"UnknownOperationException"}; the real text was not researched.',
    ops: 'all',
  },
  internal: {
    type: 'InternalErrorException',
    template: 'the simulated pool failed: {detail}',
    source: 'choice',
    why: 'Only for bugs in the simulated pool itself; the service text varies.',
    ops: 'all',
    example: { detail: 'example' },
  },
  outage: {
    type: 'InternalErrorException',
    template: 'An internal error occurred.',
    source: 'choice',
    why: 'A scenario’s outage (PoolSettings.outages): the service’s own text for an internal error varies.',
    ops: 'all',
  },
  missingParameter: {
    type: 'InvalidParameterException',
    template: 'Missing required parameter {name}',
    source: 'reference',
    ops: ['InitiateAuth', 'RespondToAuthChallenge', 'ChangePassword'],
    example: { name: 'Session' },
  },

  // --- app client -------------------------------------------------------------------------
  unknownClient: {
    type: 'ResourceNotFoundException',
    template: 'User pool client {clientId} does not exist.',
    source: 'reference',
    ops: CLIENT_ID_OPS,
    example: { clientId: 'abc' },
  },
  secretNotReceived: {
    type: 'NotAuthorizedException',
    template: 'Client {clientId} is configured for secret but secret was not received',
    source: 'reference',
    ops: [...SECRET_HASH_OPS, 'InitiateAuth', 'GetTokensFromRefreshToken'],
    example: { clientId: 'abc' },
  },
  secretHashNotReceived: {
    type: 'NotAuthorizedException',
    template: 'Client {clientId} is configured with secret but SECRET_HASH was not received',
    source: 'reference',
    ops: ['InitiateAuth', 'RespondToAuthChallenge'],
    example: { clientId: 'abc' },
  },
  secretHashMismatch: {
    type: 'NotAuthorizedException',
    template: 'Unable to verify secret hash for client {clientId}',
    source: 'reference',
    ops: [...SECRET_HASH_OPS, 'InitiateAuth', 'RespondToAuthChallenge', 'GetTokensFromRefreshToken'],
    example: { clientId: 'abc' },
  },
  revokeSecretMissing: {
    type: 'UnauthorizedException',
    template: 'Client {clientId} is configured with secret but ClientSecret was not received',
    source: 'choice',
    why: 'RevokeToken cannot return NotAuthorizedException (model); wording follows the SECRET_HASH message.',
    ops: ['RevokeToken'],
    example: { clientId: 'abc' },
  },
  revokeSecretMismatch: {
    type: 'UnauthorizedException',
    template: 'Unable to verify secret for client {clientId}',
    source: 'choice',
    why: 'RevokeToken cannot return NotAuthorizedException (model); wording follows the secret-hash message.',
    ops: ['RevokeToken'],
    example: { clientId: 'abc' },
  },
  flowNotEnabled: {
    type: 'InvalidParameterException',
    template: '{flow} flow not enabled for this client',
    source: 'reference',
    ops: ['InitiateAuth'],
    example: { flow: 'USER_PASSWORD_AUTH' },
  },
  authMethodNotSupported: {
    type: 'InvalidParameterException',
    template: 'Initiate Auth method not supported.',
    source: 'reference',
    ops: ['InitiateAuth'],
  },

  // --- sign-in ----------------------------------------------------------------------------
  incorrectCredentials: {
    type: 'NotAuthorizedException',
    template: 'Incorrect username or password.',
    source: 'reference',
    ops: [...PASSWORD_CHECK_OPS, 'ChangePassword'],
  },
  passwordAttemptsExceeded: {
    type: 'NotAuthorizedException',
    template: 'Password attempts exceeded',
    source: 'reference',
    ops: PASSWORD_CHECK_OPS,
  },
  userNotConfirmed: {
    type: 'UserNotConfirmedException',
    template: 'User is not confirmed.',
    source: 'reference',
    ops: PASSWORD_CHECK_OPS,
  },
  userDoesNotExist: {
    type: 'UserNotFoundException',
    template: 'User does not exist.',
    source: 'reference',
    ops: PASSWORD_CHECK_OPS,
  },
  passwordResetRequired: {
    type: 'PasswordResetRequiredException',
    template: 'Password reset required for the user',
    source: 'choice',
    why: 'Reference §6.4 gives this text as unverified.',
    ops: PASSWORD_CHECK_OPS,
  },
  temporaryPasswordExpired: {
    type: 'NotAuthorizedException',
    template: 'Temporary password has expired and must be reset by an administrator.',
    source: 'choice',
    why: 'Reference §6.4 gives this text as unverified; many apps match it. Also the answer to a temporary password used a second time (unverified).',
    ops: PASSWORD_CHECK_OPS,
  },
  securityBlocked: {
    type: 'NotAuthorizedException',
    template: 'Unable to login because of security reasons.',
    source: 'reference',
    ops: PASSWORD_CHECK_OPS,
  },
  lambdaRefused: {
    type: 'UserLambdaValidationException',
    template: '{trigger} failed with error {reason}.',
    source: 'reference',
    ops: ['SignUp'],
    example: { trigger: 'PreSignUp', reason: 'Registration from this domain is not allowed.' },
  },

  // --- sessions ---------------------------------------------------------------------------
  sessionExpired: {
    type: 'NotAuthorizedException',
    template: 'Invalid session for the user, session is expired.',
    source: 'reference',
    ops: SESSION_OPS,
  },
  sessionUsed: {
    type: 'NotAuthorizedException',
    template: 'Invalid session for the user, session can only be used once.',
    source: 'reference',
    ops: SESSION_OPS,
  },
  sessionInvalid: {
    type: 'NotAuthorizedException',
    template: 'Invalid session for the user.',
    source: 'reference',
    ops: SESSION_OPS,
  },

  // --- tokens -----------------------------------------------------------------------------
  accessTokenRevoked: {
    type: 'NotAuthorizedException',
    template: 'Access Token has been revoked',
    source: 'reference',
    ops: ACCESS_TOKEN_OPS,
  },
  accessTokenExpired: {
    type: 'NotAuthorizedException',
    template: 'Access Token has expired',
    source: 'reference',
    ops: ACCESS_TOKEN_OPS,
  },
  accessTokenInvalid: {
    type: 'NotAuthorizedException',
    template: 'Invalid Access Token',
    source: 'reference',
    ops: ACCESS_TOKEN_OPS,
  },
  refreshTokenInvalid: {
    type: 'NotAuthorizedException',
    template: 'Invalid Refresh Token.',
    source: 'reference',
    ops: ['InitiateAuth', 'GetTokensFromRefreshToken'],
  },
  refreshTokenRevoked: {
    type: 'NotAuthorizedException',
    template: 'Refresh Token has been revoked',
    source: 'reference',
    ops: ['InitiateAuth', 'GetTokensFromRefreshToken'],
  },
  refreshTokenExpired: {
    type: 'NotAuthorizedException',
    template: 'Refresh Token has expired',
    source: 'reference',
    ops: ['InitiateAuth', 'GetTokensFromRefreshToken'],
  },
  refreshTokenReused: {
    type: 'RefreshTokenReuseException',
    template: 'Refresh token has already been used.',
    source: 'choice',
    why: 'A refresh token that rotation retired, past its grace period: the model names RefreshTokenReuseException for GetTokensFromRefreshToken; its text is unverified.',
    ops: ['GetTokensFromRefreshToken'],
  },
  unsupportedTokenType: {
    type: 'UnsupportedTokenTypeException',
    template: 'The token provided is not a refresh token.',
    source: 'choice',
    why: 'Reference §6.11: RevokeToken messages unverified; the model says this type is for an unsupported token.',
    ops: ['RevokeToken'],
  },
  revokeUnknownClient: {
    type: 'UnauthorizedException',
    template: 'User pool client {clientId} is not authorized to revoke this token.',
    source: 'choice',
    why: 'RevokeToken cannot return ResourceNotFoundException (model); RevokeToken messages are unverified.',
    ops: ['RevokeToken'],
    example: { clientId: 'abc' },
  },

  // --- sign-up and codes ------------------------------------------------------------------
  usernameExists: {
    type: 'UsernameExistsException',
    template: 'An account with the given {attribute} already exists.',
    source: 'reference',
    ops: ['SignUp'],
    example: { attribute: 'email' },
  },
  userExists: {
    type: 'UsernameExistsException',
    template: 'User already exists',
    source: 'reference',
    ops: ['SignUp'],
  },
  usernameNotEmail: {
    type: 'InvalidParameterException',
    template: 'Username should be an email.',
    source: 'choice',
    why: 'Pools with email as the username attribute reject other usernames; text as commonly reported, not in the reference.',
    ops: ['SignUp'],
  },
  usernameNotPhone: {
    type: 'InvalidParameterException',
    template: 'Username should be a phone number.',
    source: 'choice',
    why: 'The phone-number counterpart of "Username should be an email."; not in the reference.',
    ops: ['SignUp'],
  },
  usernameNotEmailOrPhone: {
    type: 'InvalidParameterException',
    template: 'Username should be either an email or a phone number.',
    source: 'choice',
    why: 'A pool taking both as usernames; wording as commonly reported, not in the reference.',
    ops: ['SignUp'],
  },
  preferredUsernameAtSignUp: {
    type: 'InvalidParameterException',
    template: 'Preferred username cannot be provided for unconfirmed account, since user pool is configured for preferred username alias.',
    source: 'choice',
    why: 'Developer Guide, "User pool attributes": an alias preferred_username cannot be given at registration; text as reported in amplify-js #1669 (its error type unverified).',
    ops: ['SignUp'],
  },
  usernameEmailFormat: {
    type: 'InvalidParameterException',
    template: 'Username cannot be of email format, since user pool is configured for email alias.',
    source: 'choice',
    why: 'Developer Guide, "User pool attributes": with email as an alias a username cannot be in email format; text as widely reported (src/cognito/sdk-errors.ts maps it).',
    ops: ['SignUp'],
  },
  usernamePhoneFormat: {
    type: 'InvalidParameterException',
    template: 'Username cannot be of phone number format, since user pool is configured for phone_number alias.',
    source: 'choice',
    why: 'The same rule for a phone number alias (Developer Guide, "User pool attributes"); wording follows the email one.',
    ops: ['SignUp'],
  },
  signUpNotPermitted: {
    type: 'NotAuthorizedException',
    template: 'SignUp is not permitted for this user pool',
    source: 'choice',
    why: 'AllowAdminCreateUserOnly: only administrators create users; text as commonly reported, not in the reference.',
    ops: ['SignUp'],
  },
  aliasExists: {
    type: 'AliasExistsException',
    template: 'An account with the {attribute} already exists.',
    source: 'reference',
    ops: ['ConfirmSignUp'],
    example: { attribute: 'email' },
  },
  autoVerifyOff: {
    type: 'InvalidParameterException',
    template: 'Cannot resend codes. Auto verification not turned on.',
    source: 'choice',
    why: 'No attribute to verify: text as apps quote it (src/cognito/sdk-errors.ts maps it), not in the reference.',
    ops: ['ResendConfirmationCode'],
  },
  invalidEmail: {
    type: 'InvalidParameterException',
    template: 'Invalid email address format.',
    source: 'reference',
    ops: ['SignUp', 'RespondToAuthChallenge'],
  },
  invalidPhone: {
    type: 'InvalidParameterException',
    template: 'Invalid phone number format.',
    source: 'choice',
    why: 'Reference §6.1 lists it as inferred from app code.',
    ops: ['SignUp', 'RespondToAuthChallenge'],
  },
  attributeSchema: {
    type: 'InvalidParameterException',
    template: 'Attributes did not conform to the schema: {detail}',
    source: 'reference',
    ops: ['SignUp'],
    example: { detail: 'phone_number: The attribute is required' },
  },
  unauthorizedAttribute: {
    type: 'InvalidParameterException',
    template: 'A client attempted to write unauthorized attribute',
    source: 'choice',
    why: 'Writing sub or a *_verified flag at sign-up; text as commonly reported, not in the reference.',
    ops: ['SignUp', 'RespondToAuthChallenge'],
  },
  requiredAttributeMissing: {
    type: 'InvalidParameterException',
    template: 'Invalid attributes given, {name} is missing',
    source: 'choice',
    why: 'Reference §6.5 quotes it from an app error catalog (NEW_PASSWORD_REQUIRED), not §7.',
    ops: ['RespondToAuthChallenge'],
    example: { name: 'phone_number' },
  },
  invalidPassword: {
    type: 'InvalidPasswordException',
    template: 'Password did not conform with policy: {reason}',
    source: 'reference',
    ops: PASSWORD_OPS,
    example: { reason: 'Password not long enough' },
  },
  codeMismatch: {
    type: 'CodeMismatchException',
    template: 'Invalid verification code provided, please try again.',
    source: 'reference',
    ops: ['ConfirmSignUp', 'ConfirmForgotPassword'],
  },
  codeExpired: {
    type: 'ExpiredCodeException',
    template: 'Invalid code provided, please request a code again.',
    source: 'reference',
    ops: ['ConfirmSignUp', 'ConfirmForgotPassword'],
  },
  cannotConfirm: {
    type: 'NotAuthorizedException',
    template: 'User cannot be confirmed. Current status is {status}',
    source: 'reference',
    ops: ['ConfirmSignUp'],
    example: { status: 'CONFIRMED' },
  },
  alreadyConfirmed: {
    type: 'InvalidParameterException',
    template: 'User is already confirmed.',
    source: 'reference',
    ops: ['ResendConfirmationCode'],
  },
  userNotFoundForClient: {
    type: 'UserNotFoundException',
    template: 'Username/client id combination not found.',
    source: 'reference',
    ops: LOOKUP_OPS,
  },
  attemptLimit: {
    type: 'LimitExceededException',
    template: 'Attempt limit exceeded, please try after some time.',
    source: 'reference',
    ops: ['ResendConfirmationCode', 'ConfirmSignUp', 'ForgotPassword', 'ConfirmForgotPassword', 'ChangePassword'],
  },
  cannotResetNoChannel: {
    type: 'InvalidParameterException',
    template: 'Cannot reset password for the user as there is no registered/verified email or phone_number',
    source: 'reference',
    ops: ['ForgotPassword'],
  },
  cannotResetState: {
    type: 'NotAuthorizedException',
    template: 'User password cannot be reset in the current state.',
    source: 'reference',
    ops: ['ForgotPassword'],
  },

  // --- MFA --------------------------------------------------------------------------------
  totpMismatch: {
    type: 'CodeMismatchException',
    template: 'Invalid code received for user',
    source: 'reference',
    ops: ['RespondToAuthChallenge'],
  },
  otpMismatch: {
    type: 'CodeMismatchException',
    template: 'Invalid code or auth state for the user.',
    source: 'reference',
    ops: ['RespondToAuthChallenge'],
  },
  totpReused: {
    type: 'ExpiredCodeException',
    template: 'Your software token has already been used once.',
    source: 'reference',
    ops: ['RespondToAuthChallenge'],
  },
  verifyMismatch: {
    type: 'EnableSoftwareTokenMFAException',
    template: 'Code mismatch and fail enable Software Token MFA',
    source: 'reference',
    ops: ['VerifySoftwareToken'],
  },
  totpNotEnabledInPool: {
    type: 'SoftwareTokenMFANotFoundException',
    template: 'Software Token MFA has not been enabled by the userPool.',
    source: 'reference',
    ops: ['AssociateSoftwareToken', 'VerifySoftwareToken'],
  },
  tokenXorSession: {
    type: 'InvalidParameterException',
    template: 'Either AccessToken or Session must be provided, but not both.',
    source: 'choice',
    why: 'Reference §4.4 B: the error for both/neither is unverified.',
    ops: ['AssociateSoftwareToken', 'VerifySoftwareToken'],
  },
  noDeliveryConfig: {
    type: 'InvalidParameterException',
    template: 'User does not have delivery config set to turn on {factor}',
    source: 'reference',
    ops: ['SetUserMFAPreference'],
    example: { factor: 'SOFTWARE_TOKEN_MFA' },
  },
  preferredNotEnabled: {
    type: 'InvalidParameterException',
    template: 'Cannot set {factor} as preferred MFA when it is not enabled.',
    source: 'choice',
    why: 'SetUserMFAPreference with PreferredMfa true and Enabled false; the real text was not researched.',
    ops: ['SetUserMFAPreference'],
    example: { factor: 'SMS_MFA' },
  },
  severalPreferred: {
    type: 'InvalidParameterException',
    template: 'Only one MFA method can be set as preferred.',
    source: 'choice',
    why: 'The model says only one factor can be preferred; the real text was not researched.',
    ops: ['SetUserMFAPreference'],
  },
  mfaMethodNotFound: {
    type: 'MFAMethodNotFoundException',
    template: 'The selected MFA method {answer} is not available for the user.',
    source: 'choice',
    why: 'SELECT_MFA_TYPE answered with a factor not in MFAS_CAN_CHOOSE; the model doc of this type fits, the text was not researched.',
    ops: ['RespondToAuthChallenge'],
    example: { answer: 'SMS_MFA' },
  },

  // --- choice-based sign-in and passkeys -------------------------------------------------
  challengeNotAvailable: {
    type: 'InvalidParameterException',
    template: 'The challenge {answer} is not available for the user.',
    source: 'choice',
    why: 'SELECT_CHALLENGE answered with a challenge not in AvailableChallenges; the real text was not researched.',
    ops: ['RespondToAuthChallenge'],
    example: { answer: 'WEB_AUTHN' },
  },
  passkeyRefused: {
    type: 'NotAuthorizedException',
    template: 'Invalid passkey credential for the user: {reason}.',
    source: 'choice',
    why: 'The model lists no WebAuthn error for RespondToAuthChallenge, so a refused assertion is NotAuthorizedException; the real text was not researched, the reason helps whoever debugs an authenticator.',
    ops: ['RespondToAuthChallenge'],
    example: { reason: 'the signature does not match the passkey' },
  },
  webAuthnNotEnabled: {
    type: 'WebAuthnNotEnabledException',
    template: 'Passkey sign-in is not enabled for this user pool.',
    source: 'choice',
    why: 'WEB_AUTHN is not among the allowed first factors (the API reference: thrown "when the passkey feature isn\'t enabled for the user pool"); the real text was not researched.',
    ops: REGISTRATION_OPS,
  },
  passkeyLimit: {
    type: 'LimitExceededException',
    template: 'The user has reached the limit of {limit} passkeys.',
    source: 'choice',
    why: 'Design choice: 20 passkeys per user, the most ListWebAuthnCredentials returns at once; the real limit and text were not researched.',
    ops: ['StartWebAuthnRegistration'],
    example: { limit: '20' },
  },
  registrationNotFound: {
    type: 'WebAuthnChallengeNotFoundException',
    template: 'No passkey registration challenge was found for the user, or it has expired.',
    source: 'choice',
    why: 'CompleteWebAuthnRegistration without a live StartWebAuthnRegistration challenge; the real text was not researched.',
    ops: ['CompleteWebAuthnRegistration'],
  },
  registrationMismatch: {
    type: 'WebAuthnClientMismatchException',
    template: 'The passkey credential does not answer the registration request: {reason}.',
    source: 'choice',
    why: 'A credential made for another challenge or ceremony (the API reference: the credentials "don\'t match an existing request"); the real text was not researched.',
    ops: ['CompleteWebAuthnRegistration'],
    example: { reason: 'the challenge is not the one the pool issued' },
  },
  relyingPartyMismatch: {
    type: 'WebAuthnRelyingPartyMismatchException',
    template: 'The passkey credential is for another relying party than {rpId}.',
    source: 'choice',
    why: 'The authenticator data hashes another RP ID than the pool\'s RelyingPartyId; the real text was not researched.',
    ops: ['CompleteWebAuthnRegistration'],
    example: { rpId: 'localhost' },
  },
  originNotAllowed: {
    type: 'WebAuthnOriginNotAllowedException',
    template: 'The passkey credential comes from an origin that relying party {rpId} does not allow.',
    source: 'choice',
    why: 'The client data\'s origin is not the RP ID or a subdomain of it; the real text was not researched.',
    ops: ['CompleteWebAuthnRegistration'],
    example: { rpId: 'localhost' },
  },
  credentialNotSupported: {
    type: 'WebAuthnCredentialNotSupportedException',
    template: 'The passkey credential is not supported: {reason}.',
    source: 'choice',
    why: 'An algorithm or attestation the pool does not take, or a passkey without the user verification the pool requires; the real text was not researched.',
    ops: ['CompleteWebAuthnRegistration'],
    example: { reason: 'the authenticator did not verify the user' },
  },
  credentialMalformed: {
    type: 'InvalidParameterException',
    template: 'The passkey credential is malformed: {reason}.',
    source: 'choice',
    why: 'A Credential that is not a RegistrationResponseJSON the pool can read; the real text was not researched.',
    ops: ['CompleteWebAuthnRegistration'],
    example: { reason: 'the attestation signature does not match the key' },
  },
  invalidNextToken: {
    type: 'InvalidParameterException',
    template: 'Invalid NextToken.',
    source: 'choice',
    why: 'A NextToken the pool did not give; the real text was not researched.',
    ops: ['ListWebAuthnCredentials'],
  },
  passkeyNotFound: {
    type: 'ResourceNotFoundException',
    template: 'The passkey credential was not found for the user.',
    source: 'choice',
    why: 'DeleteWebAuthnCredential for an id the user does not have; the real text was not researched.',
    ops: ['DeleteWebAuthnCredential'],
  },
} as const satisfies Record<string, MessageSpec>;

export type MessageKey = keyof typeof MESSAGES;

/** An error answer of the simulated pool; `handle()` turns it into the wire body. */
export class CognitoError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly type: ErrorType,
    readonly text: string | null,
  ) {
    super(text ?? type);
  }
}

export function renderMessage(key: MessageKey, params: Record<string, string> = {}): string | null {
  const template: string | null = MESSAGES[key].template;
  if (template === null) return null;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`Message ${key} needs {${name}}`);
    return params[name];
  });
}

/** Builds the error for `key`; `throw fail('sessionExpired')`. */
export function fail(key: MessageKey, params: Record<string, string> = {}): CognitoError {
  return new CognitoError(key, MESSAGES[key].type, renderMessage(key, params));
}

export const PASSWORD_POLICY_REASONS = {
  length: 'Password not long enough',
  upper: 'Password must have uppercase characters',
  lower: 'Password must have lowercase characters',
  digit: 'Password must have numeric characters',
  symbol: 'Password must have symbol characters',
} as const;

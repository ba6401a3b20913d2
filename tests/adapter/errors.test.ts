/**
 * Every error Cognito can return for the operations we call becomes a failure the app can
 * explain; the situations Cognito tells apart only by message are told apart here too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createSdkClient } from '../../src/cognito/sdk-client';
import { toAuthError } from '../../src/cognito/sdk-errors';
import { AuthError } from '../../src/auth/errors';
import { MODEL } from '../support/model';
import { cognitoEndpoint } from '../support/cognito-wire';

const POOL = { userPoolId: 'us-east-1_AbCdEf123', clientId: '4example0client0id', region: 'us-east-1' };
const OPERATIONS_WE_CALL = [
  'SignUp',
  'ConfirmSignUp',
  'ResendConfirmationCode',
  'InitiateAuth',
  'RespondToAuthChallenge',
  'AssociateSoftwareToken',
  'VerifySoftwareToken',
  'SetUserMFAPreference',
  'GetUser',
  'GlobalSignOut',
  'RevokeToken',
  'ForgotPassword',
  'ConfirmForgotPassword',
  'ChangePassword',
];

describe('mapping Cognito errors', () => {
  it('knows every error the model lists for the operations we call', () => {
    const names = new Set(OPERATIONS_WE_CALL.flatMap((operation) => MODEL.operations[operation].errors));
    const unexplained = [...names].filter((name) => toAuthError({ name, message: 'x', $metadata: { httpStatusCode: 400 } }).code === 'unknown');
    expect(names.size).toBeGreaterThan(25);
    expect(unexplained).toEqual([]);
  });

  it.each([
    ['NotAuthorizedException', 'Incorrect username or password.', 'wrongCredentials'],
    ['UserNotFoundException', 'User does not exist.', 'wrongCredentials'],
    ['NotAuthorizedException', 'Password attempts exceeded', 'passwordAttemptsExceeded'],
    ['NotAuthorizedException', 'User is disabled.', 'userDisabled'],
    ['NotAuthorizedException', 'Invalid session for the user, session is expired.', 'sessionExpired'],
    ['NotAuthorizedException', 'Invalid session for the user, session can only be used once.', 'sessionExpired'],
    ['NotAuthorizedException', 'Invalid session for the user.', 'sessionExpired'],
    ['NotAuthorizedException', 'Client 4example0client0id is configured for secret but secret was not received', 'clientHasSecret'],
    ['NotAuthorizedException', 'Client 4example0client0id is configured with secret but SECRET_HASH was not received', 'clientHasSecret'],
    ['NotAuthorizedException', 'Unable to verify secret hash for client 4example0client0id', 'clientHasSecret'],
    ['NotAuthorizedException', 'Access Token has been revoked', 'signedOut'],
    ['NotAuthorizedException', 'Refresh Token has expired', 'signedOut'],
    ['NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED', 'alreadyConfirmed'],
    ['InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client', 'userPasswordAuthDisabled'],
    ['InvalidParameterException', 'User is already confirmed.', 'alreadyConfirmed'],
    ['InvalidParameterException', 'User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA', 'mfaNotSetUp'],
    ['InvalidParameterException', 'User has not set up software token mfa', 'mfaNotSetUp'],
    ['InvalidParameterException', 'Missing required parameter Session', 'sessionExpired'],
    ['InvalidParameterException', 'Cannot reset password for the user as there is no registered/verified email or phone_number', 'cannotResetPassword'],
    ['ExpiredCodeException', 'Your software token has already been used once.', 'totpCodeReused'],
    ['ExpiredCodeException', 'Invalid code provided, please request a code again.', 'expiredCode'],
    ['CodeMismatchException', 'Invalid code received for user', 'codeMismatch'],
    ['EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA', 'codeMismatch'],
    ['ResourceNotFoundException', 'User pool client 4example0client0id does not exist.', 'unknownClient'],
    ['SoftwareTokenMFANotFoundException', 'Software Token MFA has not been enabled by the userPool.', 'softwareTokenMfaNotEnabled'],
    ['LimitExceededException', 'Attempt limit exceeded, please try after some time.', 'limitExceeded'],
    ['TooManyRequestsException', 'Rate exceeded', 'tooManyRequests'],
    ['InvalidParameterException', '1 validation error detected: Value at \'username\' failed to satisfy constraint', 'invalidParameter'],
  ])('%s “%s” is %s', (name, message, code) => {
    expect(toAuthError({ name, message, $metadata: { httpStatusCode: 400 } }).code).toBe(code);
  });

  it.each([
    ['Password did not conform with policy: Password not long enough', 'length'],
    ['Password did not conform with policy: Password must have uppercase characters', 'uppercase'],
    ['Password did not conform with policy: Password must have lowercase characters', 'lowercase'],
    ['Password did not conform with policy: Password must have numeric characters', 'number'],
    ['Password did not conform with policy: Password must have symbol characters', 'symbol'],
  ])('reads the broken rule from “%s”', (message, rule) => {
    const error = toAuthError({ name: 'InvalidPasswordException', message, $metadata: { httpStatusCode: 400 } });
    expect(error.code).toBe('invalidPassword');
    expect(error.rule).toBe(rule);
  });
});

describe('failures with no answer from Cognito', () => {
  it.each([
    ['Chrome', 'Failed to fetch'],
    ['Firefox', 'NetworkError when attempting to fetch resource.'],
    ['Safari', 'Load failed'],
  ])('calls %s’s failed fetch (“%s”) a network failure', (_, message) => {
    expect(toAuthError(new TypeError(message)).code).toBe('network');
  });

  it('calls the SDK’s own timeout (no answer in time) a network failure', () => {
    const timeout = Object.assign(new Error('Request did not complete within 10000 ms'), { name: 'TimeoutError' });
    expect(toAuthError(timeout).code).toBe('network');
  });

  it('does not blame the network for a failure that never was a request (a bug)', () => {
    expect(toAuthError(new RangeError('Invalid array length')).code).toBe('unknown');
  });
});

describe('errors through the SDK', () => {
  const endpoint = cognitoEndpoint((operation) =>
    operation === 'InitiateAuth'
      ? { error: 'NotAuthorizedException', message: 'Client 4example0client0id is configured with secret but SECRET_HASH was not received' }
      : { error: 'UnknownOperationException', message: '', status: 500 },
  );
  let offline = false;
  const server = setupServer(
    http.post(/.*/, () => (offline ? HttpResponse.error() : undefined)),
    endpoint.handler,
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  const client = createSdkClient(POOL);

  it('rejects with an AuthError, never with an SDK exception', async () => {
    const failure = await client.signIn({ email: 'ada@example.com', password: 'x' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AuthError);
    expect((failure as AuthError).code).toBe('clientHasSecret');
  });

  it('calls an operation an emulator does not have (HTTP 500) a service error', async () => {
    const failure = await client.globalSignOut({ accessToken: 'a.b.c' }).catch((e: unknown) => e);
    expect((failure as AuthError).code).toBe('serviceError');
  });

  it('calls a request that never got an answer a network failure', async () => {
    offline = true;
    const failure = await client.signIn({ email: 'ada@example.com', password: 'x' }).catch((e: unknown) => e);
    offline = false;
    expect((failure as AuthError).code).toBe('network');
  });
});

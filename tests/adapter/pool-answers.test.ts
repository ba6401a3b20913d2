/**
 * What real pools answer beyond a wrong password, through the real SDK: each answer becomes the
 * AuthError that lets the page say what happened (sdk-errors.ts cites the source of each).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createSdkClient } from '../../src/cognito/sdk-client';
import { AuthError } from '../../src/auth/errors';
import { cognitoEndpoint, type Answer } from '../support/cognito-wire';

const POOL = { userPoolId: 'us-east-1_AbCdEf123', clientId: '4example0client0id', region: 'us-east-1' };

let answer: Answer = { output: {} };
const endpoint = cognitoEndpoint(() => answer);
const server = setupServer(endpoint.handler);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
const client = createSdkClient(POOL);

async function failure(run: () => Promise<unknown>): Promise<AuthError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

describe('a pool without user-existence protection (PreventUserExistenceErrors LEGACY)', () => {
  const notFound: Answer = { error: 'UserNotFoundException', message: 'Username/client id combination not found.' };

  it.each([
    ['ForgotPassword', () => client.forgotPassword({ email: 'ghost@example.com' })],
    ['ResendConfirmationCode', () => client.resendConfirmationCode({ email: 'ghost@example.com' })],
    ['ConfirmSignUp', () => client.confirmSignUp({ email: 'ghost@example.com', code: '123456' })],
    ['ConfirmForgotPassword', () => client.confirmForgotPassword({ email: 'ghost@example.com', code: '123456', password: 'Correct-h0rse' })],
  ])('%s: says no account has this email', async (_operation, run) => {
    answer = notFound;
    expect((await failure(run)).code).toBe('userNotFound');
  });

  it('ForgotPassword: any other refusal keeps its meaning', async () => {
    answer = { error: 'LimitExceededException', message: 'Attempt limit exceeded, please try after some time.' };
    expect((await failure(() => client.forgotPassword({ email: 'ada@example.com' }))).code).toBe('limitExceeded');
  });

  it('InitiateAuth: still reads as a wrong email or password', async () => {
    answer = { error: 'UserNotFoundException', message: 'User does not exist.' };
    expect((await failure(() => client.signIn({ email: 'ghost@example.com', password: 'x' }))).code).toBe('wrongCredentials');
  });
});

const signUp = () => client.signUp({ email: 'ada@example.com', password: 'Correct-h0rse', attributes: { email: 'ada@example.com' } });
const signIn = () => client.signIn({ email: 'ada@example.com', password: 'Correct-h0rse' });
const refresh = () => client.refresh({ refreshToken: 'refresh-token' });
const resend = () => client.resendConfirmationCode({ email: 'ada@example.com' });
const changePassword = () => client.changePassword({ accessToken: 'a.b.c', previousPassword: 'Old-passw0rd', proposedPassword: 'New-passw0rd' });

describe('a Lambda trigger of the pool', () => {
  it('keeps the reason a trigger refused with, without the wrapping Cognito adds', async () => {
    answer = { error: 'UserLambdaValidationException', message: 'PreSignUp failed with error Registration from this domain is not allowed..' };
    const error = await failure(signUp);
    expect(error.code).toBe('lambdaRefused');
    expect(error.detail).toBe('Registration from this domain is not allowed.');
  });

  it.each([
    // Only Cognito's own period goes: the reason's sentences keep theirs.
    ['PreSignUp failed with error Sign-ups are closed. Try again in May..', 'Sign-ups are closed. Try again in May.'],
    // Spaces around the message, or before Cognito's period, are not part of the reason.
    ['  PreSignUp failed with error Sign-ups are closed.. ', 'Sign-ups are closed.'],
    ['PreSignUp failed with error Sign-ups are closed .', 'Sign-ups are closed'],
    // An error word inside a sentence meant for people is still that sentence.
    ['PreSignUp failed with error Your invitation ran out (Error: expired)..', 'Your invitation ran out (Error: expired).'],
    // As long as a person's reason may be: 300 characters.
    [`PreSignUp failed with error ${'a'.repeat(300)}.`, 'a'.repeat(300)],
  ])('reads the reason a trigger refused with from “%s”', async (message, reason) => {
    answer = { error: 'UserLambdaValidationException', message };
    const error = await failure(signUp);
    expect(error.code).toBe('lambdaRefused');
    expect(error.detail).toBe(reason);
  });

  it.each([
    'User validation exception with the Lambda service.',
    // The trigger's words are only those that follow Cognito's opening.
    'User validation exception: PreSignUp failed with error Sign-ups are closed..',
  ])('calls a trigger refusal in another form, “%s”, a refusal without a reason', async (message) => {
    answer = { error: 'UserLambdaValidationException', message };
    const error = await failure(signUp);
    expect(error.code).toBe('lambdaRefused');
    expect(error.detail).toBeUndefined();
  });

  it.each([
    { name: 'UserLambdaValidationException', message: 'DefineAuthChallenge failed with error RequestId: 3c06c00a Error: Runtime exited with error: exit status 129.' },
    { name: 'UserLambdaValidationException', message: 'PreSignUp failed with error 2024-01-01T00:00:00.000Z 3c06c00a Task timed out after 3.00 seconds.' },
    { name: 'UserLambdaValidationException', message: 'PreSignUp failed with error .' },
    { name: 'UserLambdaValidationException', message: 'PreSignUp failed with error Runtime.ImportModuleError.' },
    { name: 'UserLambdaValidationException', message: "PreSignUp failed with error TypeError: Cannot read properties of undefined (reading 'email')." },
    { name: 'UserLambdaValidationException', message: `PreSignUp failed with error ${'a'.repeat(301)}.` },
    { name: 'UnexpectedLambdaException', message: 'PreSignUp invocation failed due to error Socket timeout while invoking Lambda function.' },
    { name: 'UnexpectedLambdaException', message: 'PreSignUp invocation failed due to error AccessDeniedException.' },
    { name: 'InvalidLambdaResponseException', message: 'Unrecognizable lambda output' },
  ])('gives no reason for a trigger that failed: $name “$message”', async ({ name, message }) => {
    answer = { error: name, message };
    const error = await failure(signUp);
    expect(error.code).toBe('lambdaFailed');
    expect(error.detail).toBeUndefined();
  });
});

describe('answers that are not a wrong password, and set-ups only the operator can fix', () => {
  it.each([
    { call: signIn, name: 'NotAuthorizedException', message: 'Unable to login because of security reasons.', code: 'blockedBySecurity' },
    { call: signIn, name: 'NotAuthorizedException', message: 'Request not allowed due to security reasons.', code: 'blockedBySecurity' },
    { call: signIn, name: 'NotAuthorizedException', message: 'Temporary password has expired and must be reset by an administrator.', code: 'temporaryPasswordExpired' },
    { call: signIn, name: 'NotAuthorizedException', message: 'User is disabled.', code: 'userDisabled' },
    { call: signIn, name: 'InvalidUserPoolConfigurationException', message: 'SMS configuration is missing', code: 'poolMisconfigured' },
    { call: refresh, name: 'NotAuthorizedException', message: 'Refresh Token has been revoked', code: 'sessionRevoked' },
    { call: refresh, name: 'NotAuthorizedException', message: 'Invalid Refresh Token.', code: 'refreshTokenInvalid' },
    { call: refresh, name: 'NotAuthorizedException', message: 'Refresh Token has expired', code: 'signedOut' },
    { call: refresh, name: 'RefreshTokenReuseException', message: '', code: 'refreshTokenInvalid' },
    { call: changePassword, name: 'InvalidPasswordException', message: 'Password did not conform with policy: Password not long enough', code: 'invalidPassword' },
    { call: changePassword, name: 'InvalidPasswordException', message: 'Provided password cannot be used for security reasons.', code: 'compromisedPassword' },
    { call: changePassword, name: 'PasswordHistoryPolicyViolationException', message: 'The password history policy was violated.', code: 'passwordReused' },
    { call: resend, name: 'NotAuthorizedException', message: 'Cannot resend codes. Auto verification not turned on.', code: 'autoVerifyOff' },
    { call: resend, name: 'InvalidParameterException', message: 'Cannot resend codes. Auto verification not turned on.', code: 'autoVerifyOff' },
    { call: signUp, name: 'InvalidParameterException', message: 'Username cannot be of email format, since user pool is configured for email alias.', code: 'emailNotUsername' },
    { call: signUp, name: 'InvalidParameterException', message: 'Username should be a phone number.', code: 'emailNotUsername' },
    { call: signUp, name: 'InvalidParameterException', message: 'Username should be an email.', code: 'invalidEmail' },
    { call: signUp, name: 'InvalidParameterException', message: 'Attributes did not conform to the schema: name: The attribute is required', code: 'signUpAttributesRequired' },
    { call: signUp, name: 'InvalidSmsRoleAccessPolicyException', message: 'Role does not have permission to publish with SNS', code: 'poolCannotDeliver' },
    { call: signUp, name: 'InvalidEmailRoleAccessPolicyException', message: 'Cognito is not allowed to use your email identity', code: 'poolCannotDeliver' },
  ])('$name “$message” is $code', async ({ call, name, message, code }) => {
    answer = { error: name, message };
    expect((await failure(call)).code).toBe(code);
  });
});

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

  it('InitiateAuth: still reads as a wrong email or password', async () => {
    answer = { error: 'UserNotFoundException', message: 'User does not exist.' };
    expect((await failure(() => client.signIn({ email: 'ghost@example.com', password: 'x' }))).code).toBe('wrongCredentials');
  });
});

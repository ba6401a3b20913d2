/**
 * Every operation the adapter sends is one the SDK sends unsigned, even with AWS credentials at
 * hand. Builds rely on it: they leave SigV4 signing and its SHA-256 out of the SDK
 * (src/build/unused-sdk-code.ts), so an operation that needed them would fail there. The
 * `trimmed-sdk` test project runs this file on the SDK as builds trim it, too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createSdkClient } from '../../src/cognito/sdk-client';
import { COGNITO_OPERATIONS, type CognitoClient, type CognitoOperation } from '../../src/auth/client';
import { cognitoEndpoint } from '../support/cognito-wire';

const POOL = { userPoolId: 'eu-west-1_AbCdEf123', clientId: '4example0client0id', region: 'eu-west-1' };
const SESSION = `AYABe${'7'.repeat(40)}`;
const TOKEN = `eyJ${'a'.repeat(40)}`;

const endpoint = cognitoEndpoint(() => ({ error: 'NotAuthorizedException', message: 'Invalid session for the user.' }));
const server = setupServer(endpoint.handler);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let credentialsAsked = 0;
const sdk = new CognitoIdentityProviderClient({
  region: POOL.region,
  maxAttempts: 1,
  credentials: async () => {
    credentialsAsked++;
    return { accessKeyId: 'AKIAEXAMPLEEXAMPLE00', secretAccessKey: 'example/secret/key/example/secret/key0000' };
  },
});
const client = createSdkClient(POOL, sdk);

/** One call per operation; a method added to the client and missing here is a type error. */
const CALLS: Record<CognitoOperation, (c: CognitoClient) => Promise<unknown>> = {
  signUp: (c) => c.signUp({ email: 'ada@example.com', password: 'Correct-h0rse', attributes: { email: 'ada@example.com' } }),
  confirmSignUp: (c) => c.confirmSignUp({ email: 'ada@example.com', code: '123456' }),
  resendConfirmationCode: (c) => c.resendConfirmationCode({ email: 'ada@example.com' }),
  signIn: (c) => c.signIn({ email: 'ada@example.com', password: 'Correct-h0rse' }),
  answerCode: (c) => c.answerCode({ challenge: 'SOFTWARE_TOKEN_MFA', session: SESSION, username: 'uuid-1', code: '123456' }),
  selectMfaType: (c) => c.selectMfaType({ session: SESSION, username: 'uuid-1', mfa: 'SMS_MFA' }),
  completeMfaSetup: (c) => c.completeMfaSetup({ session: SESSION, username: 'uuid-1' }),
  setUpEmailMfa: (c) => c.setUpEmailMfa({ session: SESSION, username: 'uuid-1', email: 'ada@example.com' }),
  setNewPassword: (c) => c.setNewPassword({ session: SESSION, username: 'uuid-1', password: 'Correct-h0rse', attributes: {} }),
  associateSoftwareToken: (c) => c.associateSoftwareToken({ accessToken: TOKEN }),
  verifySoftwareToken: (c) => c.verifySoftwareToken({ session: SESSION, code: '123456', deviceName: 'Phone' }),
  getMfaSettings: (c) => c.getMfaSettings({ accessToken: TOKEN }),
  setMfaPreference: (c) => c.setMfaPreference({ accessToken: TOKEN, enabled: { SOFTWARE_TOKEN_MFA: true }, preferred: 'SOFTWARE_TOKEN_MFA' }),
  refresh: (c) => c.refresh({ refreshToken: TOKEN }),
  revoke: (c) => c.revoke({ refreshToken: TOKEN }),
  globalSignOut: (c) => c.globalSignOut({ accessToken: TOKEN }),
  forgotPassword: (c) => c.forgotPassword({ email: 'ada@example.com' }),
  confirmForgotPassword: (c) => c.confirmForgotPassword({ email: 'ada@example.com', code: '123456', password: 'Correct-h0rse' }),
  changePassword: (c) => c.changePassword({ accessToken: TOKEN, previousPassword: 'Correct-h0rse', proposedPassword: 'Other-h0rse-1' }),
  startUserAuth: (c) => c.startUserAuth({ email: 'ada@example.com', preferred: 'WEB_AUTHN' }),
  selectChallenge: (c) => c.selectChallenge({ session: SESSION, username: 'uuid-1', answer: 'PASSWORD', password: 'Correct-h0rse' }),
  answerPasskey: (c) => c.answerPasskey({ session: SESSION, username: 'uuid-1', credential: '{"id":"cHNrLTE"}' }),
  startPasskeyRegistration: (c) => c.startPasskeyRegistration({ accessToken: TOKEN }),
  completePasskeyRegistration: (c) => c.completePasskeyRegistration({ accessToken: TOKEN, credential: '{"id":"cHNrLTE"}' }),
  listPasskeys: (c) => c.listPasskeys({ accessToken: TOKEN }),
  deletePasskey: (c) => c.deletePasskey({ accessToken: TOKEN, id: 'cHNrLTE' }),
};

describe('every operation', () => {
  it.each(COGNITO_OPERATIONS)('%s is sent unsigned, without asking for credentials', async (operation) => {
    endpoint.requests.length = 0;
    await expect(CALLS[operation](client)).rejects.toMatchObject({ code: 'sessionExpired' });
    expect(endpoint.requests).toHaveLength(1);
    const [request] = endpoint.requests;
    expect(request.headers.has('authorization')).toBe(false);
    expect(request.headers.has('x-amz-date')).toBe(false);
    expect(endpoint.problems).toEqual([]);
    expect(credentialsAsked).toBe(0);
  });
});

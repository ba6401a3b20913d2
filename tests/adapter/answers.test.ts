/**
 * Answers that succeed on the wire but are not what the flow expects: each branch of the adapter
 * that maps one, through the SDK's real parsing. A success that cannot go on is a failure the app
 * can explain; a challenge the page cannot answer is UNSUPPORTED; the rest keeps its meaning.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createSdkClient } from '../../src/cognito/sdk-client';
import type { CognitoClient } from '../../src/auth/client';
import { AuthError, type AuthErrorCode } from '../../src/auth/errors';
import { cognitoEndpoint } from '../support/cognito-wire';

const POOL = { userPoolId: 'eu-west-1_AbCdEf123', clientId: '4example0client0id', region: 'eu-west-1' };
const S = (n: number) => `AYABe${String(n).repeat(30)}`;
const USER = 'b1e0c2d4-0000-4000-8000-00000000beef';

let answer: Record<string, unknown> = {};
const endpoint = cognitoEndpoint(() => ({ output: answer }));
const server = setupServer(endpoint.handler);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  expect(endpoint.problems).toEqual([]);
  endpoint.requests.length = 0;
});
afterAll(() => server.close());

const client = createSdkClient(POOL);

interface Case {
  /** What Cognito answered, in words. */
  what: string;
  call: (client: CognitoClient) => Promise<unknown>;
  output: Record<string, unknown>;
  /** What the adapter hands the machine: a value, or the failure it rejects with. */
  expected: { value: unknown } | { failure: AuthErrorCode };
}

const signIn = (c: CognitoClient) => c.signIn({ email: 'ada@example.com', password: 'Correct-h0rse' });
const answerSms = (c: CognitoClient) => c.answerCode({ challenge: 'SMS_MFA', session: S(1), username: USER, code: '123456' });
const verifyAtSignIn = (c: CognitoClient) => c.verifySoftwareToken({ session: S(2), code: '123456', deviceName: '' });
const verifySignedIn = (c: CognitoClient) => c.verifySoftwareToken({ accessToken: 'a.b.c', code: '123456', deviceName: '' });

const CASES: Case[] = [
  {
    what: 'VerifySoftwareToken with Status ERROR, at sign-in',
    call: verifyAtSignIn,
    output: { Status: 'ERROR', Session: S(3) },
    expected: { failure: 'codeMismatch' },
  },
  {
    what: 'VerifySoftwareToken with Status ERROR, signed in',
    call: verifySignedIn,
    output: { Status: 'ERROR' },
    expected: { failure: 'codeMismatch' },
  },
  {
    what: 'VerifySoftwareToken at sign-in with no Session to complete MFA_SETUP with',
    call: verifyAtSignIn,
    output: { Status: 'SUCCESS' },
    expected: { failure: 'serviceError' },
  },
  {
    what: 'VerifySoftwareToken signed in, with no Session (none is needed)',
    call: verifySignedIn,
    output: { Status: 'SUCCESS' },
    expected: { value: { session: undefined } },
  },
  {
    what: 'AssociateSoftwareToken at sign-in with no Session to verify with',
    call: (c) => c.associateSoftwareToken({ session: S(1) }),
    output: { SecretCode: 'JBSWY3DPEHPK3PXP' },
    expected: { failure: 'serviceError' },
  },
  {
    what: 'AssociateSoftwareToken with no secret',
    call: (c) => c.associateSoftwareToken({ accessToken: 'a.b.c' }),
    output: {},
    expected: { failure: 'serviceError' },
  },
  {
    what: 'AssociateSoftwareToken with a secret that is not base32',
    call: (c) => c.associateSoftwareToken({ accessToken: 'a.b.c' }),
    output: { SecretCode: 'JBSWY3DP&issuer=Evil' },
    expected: { failure: 'serviceError' },
  },
  {
    what: 'AssociateSoftwareToken signed in, with no Session (none is needed)',
    call: (c) => c.associateSoftwareToken({ accessToken: 'a.b.c' }),
    output: { SecretCode: 'JBSWY3DPEHPK3PXP' },
    expected: { value: { secret: 'JBSWY3DPEHPK3PXP', session: undefined } },
  },
  ...['MFA_SETUP', 'SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP', 'SELECT_MFA_TYPE', 'NEW_PASSWORD_REQUIRED'].map(
    (name): Case => ({
      what: `InitiateAuth with a ${name} challenge and no Session to answer it with`,
      call: signIn,
      output: { ChallengeName: name, ChallengeParameters: { USER_ID_FOR_SRP: USER } },
      expected: { failure: 'serviceError' },
    }),
  ),
  {
    what: 'RespondToAuthChallenge with a next challenge and no Session',
    call: answerSms,
    output: { ChallengeName: 'SOFTWARE_TOKEN_MFA', ChallengeParameters: {} },
    expected: { failure: 'serviceError' },
  },
  ...['CUSTOM_CHALLENGE', 'DEVICE_SRP_AUTH', 'PASSWORD_VERIFIER', 'PASSWORD_SRP', 'SOMETHING_NEW'].map(
    (name): Case => ({
      what: `InitiateAuth with a challenge this page does not answer: ${name}`,
      call: signIn,
      output: { ChallengeName: name, Session: S(1), ChallengeParameters: {} },
      expected: { value: { type: 'challenge', challenge: { name: 'UNSUPPORTED', challengeName: name } } },
    }),
  ),
  {
    what: 'WEB_AUTHN without CREDENTIAL_REQUEST_OPTIONS: nothing to ask the browser for',
    call: signIn,
    output: { ChallengeName: 'WEB_AUTHN', Session: S(1), ChallengeParameters: {} },
    expected: { failure: 'serviceError' },
  },
  {
    what: 'SELECT_CHALLENGE lists SRP and a way unknown here: only the ways this page answers, in the pool order',
    call: signIn,
    output: { ChallengeName: 'SELECT_CHALLENGE', Session: S(1), AvailableChallenges: ['EMAIL_OTP', 'PASSWORD_SRP', 'WEB_AUTHN', 'SOMETHING_NEW', 'PASSWORD'], ChallengeParameters: { USERNAME: USER } },
    expected: { value: { type: 'challenge', challenge: { name: 'SELECT_CHALLENGE', session: S(1), username: USER, available: ['EMAIL_OTP', 'WEB_AUTHN', 'PASSWORD'] } } },
  },
  {
    what: 'RespondToAuthChallenge with a challenge this page does not answer',
    call: answerSms,
    output: { ChallengeName: 'CUSTOM_CHALLENGE', Session: S(2), ChallengeParameters: {} },
    expected: { value: { type: 'challenge', challenge: { name: 'UNSUPPORTED', challengeName: 'CUSTOM_CHALLENGE' } } },
  },
  {
    what: 'InitiateAuth with neither tokens nor a challenge',
    call: signIn,
    output: {},
    expected: { value: { type: 'challenge', challenge: { name: 'UNSUPPORTED', challengeName: 'none' } } },
  },
  {
    what: 'MFA_SETUP whose list of factors is not JSON',
    call: signIn,
    output: { ChallengeName: 'MFA_SETUP', Session: S(1), ChallengeParameters: { MFAS_CAN_SETUP: 'SOFTWARE_TOKEN_MFA', USER_ID_FOR_SRP: USER } },
    expected: { value: { type: 'challenge', challenge: { name: 'MFA_SETUP', session: S(1), username: USER, canSetup: [] } } },
  },
  {
    what: 'SELECT_MFA_TYPE offering a factor this page does not know',
    call: signIn,
    output: {
      ChallengeName: 'SELECT_MFA_TYPE',
      Session: S(1),
      ChallengeParameters: { MFAS_CAN_CHOOSE: '["WEB_AUTHN","SMS_MFA"]', USER_ID_FOR_SRP: USER },
    },
    expected: { value: { type: 'challenge', challenge: { name: 'SELECT_MFA_TYPE', session: S(1), username: USER, options: ['SMS_MFA'] } } },
  },
  {
    what: 'GetTokensFromRefreshToken with no tokens',
    call: (c) => c.refresh({ refreshToken: 'refresh.token' }),
    output: { ChallengeParameters: {} },
    expected: { failure: 'signedOut' },
  },
  {
    what: 'GetUser with factors this page does not know, one of them preferred',
    call: (c) => c.getMfaSettings({ accessToken: 'a.b.c' }),
    output: { Username: USER, UserAttributes: [], UserMFASettingList: ['WEB_AUTHN', 'SOFTWARE_TOKEN_MFA'], PreferredMfaSetting: 'WEB_AUTHN' },
    expected: { value: { enabled: ['SOFTWARE_TOKEN_MFA'], preferred: null } },
  },
  ...[
    ['not JSON', 'userAttributes.name'],
    ['not a list', '{"userAttributes.name":true}'],
    ['a list of things that are not names', '[1,null,{"name":"userAttributes.name"}]'],
    ['missing', undefined],
  ].map(
    ([what, requiredAttributes]): Case => ({
      what: `NEW_PASSWORD_REQUIRED whose list of required attributes is ${what}: none is asked for`,
      call: signIn,
      output: { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: S(1), ChallengeParameters: { USER_ID_FOR_SRP: USER, requiredAttributes } },
      expected: { value: { type: 'challenge', challenge: { name: 'NEW_PASSWORD_REQUIRED', session: S(1), username: USER, requiredAttributes: [] } } },
    }),
  ),
  {
    what: 'EMAIL_OTP that does not say where the code went',
    call: signIn,
    output: { ChallengeName: 'EMAIL_OTP', Session: S(1), ChallengeParameters: { USER_ID_FOR_SRP: USER } },
    expected: { value: { type: 'challenge', challenge: { name: 'EMAIL_OTP', session: S(1), username: USER, delivery: undefined } } },
  },
  {
    what: 'SignUp with UserConfirmed (a pre sign-up trigger confirmed the account): no code to wait for',
    call: (c) => c.signUp({ email: 'ada@example.com', password: 'Correct-h0rse', attributes: { email: 'ada@example.com' } }),
    output: { UserConfirmed: true, UserSub: USER },
    expected: { value: { userConfirmed: true, delivery: null } },
  },
  {
    what: 'SignUp with neither UserConfirmed nor where the code went',
    call: (c) => c.signUp({ email: 'ada@example.com', password: 'Correct-h0rse', attributes: { email: 'ada@example.com' } }),
    output: { UserSub: USER },
    expected: { value: { userConfirmed: false, delivery: null } },
  },
];

describe('unusual answers', () => {
  it.each(CASES.map((c) => [c.what, c] as const))('%s', async (_, { call, output, expected }) => {
    answer = output;
    const result = await call(client).then(
      (value) => ({ value }),
      (error: unknown) => ({ failure: error instanceof AuthError ? error.code : error }),
    );
    expect(result).toEqual(expected);
  });
});

describe('a success that cannot go on', () => {
  // The code is what the page acts on; the message is what the operator reads in the console
  // to tell which member Cognito's answer lacked.
  it.each([
    ['WEB_AUTHN without its request options', (c: CognitoClient) => c.signIn({ email: 'ada@example.com', password: 'Correct-h0rse' }), { ChallengeName: 'WEB_AUTHN', Session: S(1), ChallengeParameters: {} }, 'CREDENTIAL_REQUEST_OPTIONS'],
    ['StartWebAuthnRegistration without creation options', (c: CognitoClient) => c.startPasskeyRegistration({ accessToken: 'a.b.c' }), {}, 'CredentialCreationOptions'],
  ] as const)('names what Cognito left out: %s', async (_, call, output, member) => {
    answer = output;
    const failure = await call(client).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ code: 'serviceError', message: `Cognito answered without ${member}` });
  });
});

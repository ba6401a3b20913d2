/**
 * The answers panel's logic (src/preview/answers.ts, stress.ts): edits as JSON merge patches,
 * kept in the URL and read back unchanged; a token's claims patched inside it; answers Cognito
 * could not send refused with the reason; the table of what Cognito can answer as its API model says.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  answerProblems,
  applyPatch,
  claimsPatch,
  decodeEdits,
  diff,
  encodeEdits,
  statusOf,
  tokenClaims,
  withClaims,
  type Edit,
  type JsonObject,
} from '../../src/preview/answers';
import { ANSWER_SHAPES } from '../../src/preview/answer-shapes';
import { LONGEST_EMAIL, STRESS_EMAIL, STRESS_LAMBDA_REASON, STRESS_PHONE, stressAnswer } from '../../src/preview/stress';
// @ts-expect-error: a plain ES module of the test tree, without types
import { answerModel } from '../model/answer-shapes.mjs';

const SESSION = 'AYABeSessionOfTwentyPlusCharacters';
const TOKEN = `eyJhbGciOiJSUzI1NiJ9.${btoa(JSON.stringify({ email: 'ada@example.com', sub: '1' })).replace(/=+$/, '')}.c2lnbmF0dXJl`;

/** JSON objects without nulls (a merge patch cannot set a member to null: null removes it). */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.array(tie('value'), { maxLength: 3 }), tie('object')),
  object: fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
}));
const jsonObject = jsonValue.object as fc.Arbitrary<JsonObject>;

describe('an edit as a merge patch', () => {
  test.prop([jsonObject, jsonObject])('the patch from one answer to another turns the first into the second', (from, to) => {
    expect(applyPatch(from, diff(from, to))).toEqual(to);
  });

  it('takes members named as what every object inherits for members like any other', () => {
    // Found by the property above: `valueOf` taken out was not in the patch (`'valueOf' in {}`).
    expect(diff({ valueOf: '' }, {})).toEqual({ valueOf: null });
    expect(applyPatch({ valueOf: '' }, { valueOf: null })).toEqual({});
    expect(diff({}, { constructor: 1 })).toEqual({ constructor: 1 });
    // `__proto__` as JSON has it: a member of its own, not the object's prototype.
    const patched = applyPatch({}, JSON.parse('{"__proto__":{"polluted":true}}')) as JsonObject;
    expect(Object.keys(patched)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(patched)).toBe(Object.prototype);
    expect(diff({}, patched)).toEqual(patched);
  });

  it('holds only what changed, and null for what was taken out', () => {
    const from = { ChallengeName: 'SMS_MFA', Session: SESSION, ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+*******0100', USER_ID_FOR_SRP: 'x' } };
    const to = { ChallengeName: 'SMS_MFA', ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+**********4321', USER_ID_FOR_SRP: 'x' } };
    expect(diff(from, to)).toEqual({ Session: null, ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+**********4321' } });
    // Applied to another run's answer: that run's own session is kept where the edit left it alone.
    const again = { ...from, Session: 'AYABeAnotherRunsSession000' };
    expect(applyPatch(again, { ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+1' } })).toMatchObject({ Session: 'AYABeAnotherRunsSession000', ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+1' } });
  });

  it("changes a token's claims inside it, keeping its header and signature", () => {
    const answer = { AuthenticationResult: { IdToken: TOKEN, AccessToken: TOKEN, ExpiresIn: 3600, TokenType: 'Bearer' } };
    const patched = applyPatch(answer, { AuthenticationResult: { IdToken: claimsPatch({ email: 'grace@example.org' }) } }) as typeof answer;
    expect(tokenClaims(patched.AuthenticationResult.IdToken)).toEqual({ email: 'grace@example.org', sub: '1' });
    expect(patched.AuthenticationResult.IdToken.split('.')[0]).toBe(TOKEN.split('.')[0]);
    expect(patched.AuthenticationResult.IdToken.split('.')[2]).toBe(TOKEN.split('.')[2]);
    expect(patched.AuthenticationResult.AccessToken).toBe(TOKEN);
    expect(tokenClaims(withClaims(TOKEN, { email: 'Ωmega@例え.jp' }))).toEqual({ email: 'Ωmega@例え.jp' });
    expect(tokenClaims('not a token')).toBeUndefined();
  });
});

describe('the edits in the URL', () => {
  const edits: Edit[] = [
    { index: 0, operation: 'InitiateAuth', patch: { ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+**********4321' } } },
    { index: 2, operation: 'RespondToAuthChallenge', patch: { AuthenticationResult: { IdToken: claimsPatch({ email: 'Ωmega@例え.jp' }) } } },
  ];

  it('round-trip, in base64url, deflated when that is shorter', async () => {
    const text = await encodeEdits(edits);
    expect(text).toMatch(/^[zj][A-Za-z0-9_-]+$/);
    expect(await decodeEdits(text)).toEqual({ ok: true, edits });
    const long = await encodeEdits([{ index: 1, operation: 'SignUp', patch: { message: 'x'.repeat(500) } }]);
    expect(long.startsWith('z')).toBe(true);
    expect(long.length).toBeLessThan(100);
    const short = await encodeEdits([{ index: 1, operation: 'SignUp', patch: {} }]);
    expect(short.startsWith('j')).toBe(true);
    expect(await decodeEdits(short)).toEqual({ ok: true, edits: [{ index: 1, operation: 'SignUp', patch: {} }] });
  });

  test.prop([fc.array(fc.record({ index: fc.nat(50), operation: fc.constantFrom(...Object.keys(ANSWER_SHAPES)), patch: jsonObject }), { maxLength: 4 })])(
    'round-trip whatever they hold',
    async (some) => {
      const decoded = await decodeEdits(await encodeEdits(some));
      expect(decoded).toEqual({ ok: true, edits: [...some].sort((a, b) => a.index - b.index) });
    },
  );

  it('refuse a parameter that is no such encoding', async () => {
    for (const text of ['', 'z', 'zAAAA', 'j!!', 'q' + btoa('[]'), 'j' + btoa('{"a":1}'), 'j' + btoa('[[0,"InitiateAuth"]]'), 'j' + btoa('[[-1,"InitiateAuth",{}]]')]) {
      expect(await decodeEdits(text), text).toEqual({ ok: false });
    }
  });
});

describe('answers Cognito could not send', () => {
  const challenge = { ChallengeName: 'SMS_MFA', Session: SESSION, ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+*******0100' } };
  const tokens = { AuthenticationResult: { IdToken: TOKEN, AccessToken: TOKEN, RefreshToken: 'opaque', ExpiresIn: 3600, TokenType: 'Bearer' }, ChallengeParameters: {} };

  it('takes what the API model allows', () => {
    expect(answerProblems('InitiateAuth', challenge)).toEqual([]);
    expect(answerProblems('RespondToAuthChallenge', tokens)).toEqual([]);
    expect(answerProblems('InitiateAuth', { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' })).toEqual([]);
    expect(answerProblems('SignUp', { __type: 'UserLambdaValidationException', message: 'PreSignUp failed with error No.' })).toEqual([]);
    expect(answerProblems('ForgotPassword', { CodeDeliveryDetails: { Destination: 'a***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } })).toEqual([]);
    expect(answerProblems('GlobalSignOut', {})).toEqual([]);
  });

  it('refuses each with the reason', () => {
    expect(answerProblems('InitiateAuth', [])).toEqual([{ code: 'notObject', path: 'InitiateAuth' }]);
    expect(answerProblems('InitiateAuth', { ...challenge, ChallengeName: 'SMS_CODE' })).toEqual([
      { code: 'notInEnum', path: 'ChallengeName', allowed: expect.arrayContaining(['SMS_MFA', 'EMAIL_OTP']) },
    ]);
    const { Session: _, ...sessionless } = challenge;
    expect(answerProblems('InitiateAuth', sessionless)).toEqual([{ code: 'sessionMissing', challenge: 'SMS_MFA' }]);
    expect(answerProblems('RespondToAuthChallenge', { ...challenge, Session: 'short' })).toEqual([{ code: 'sessionMissing', challenge: 'SMS_MFA' }]);
    expect(answerProblems('InitiateAuth', { ...challenge, ...tokens })).toEqual([{ code: 'challengeWithTokens' }]);
    expect(answerProblems('InitiateAuth', { ChallengeParameters: {} })).toEqual([{ code: 'noChallengeNoTokens' }]);
    expect(answerProblems('InitiateAuth', { __type: 'CodeMismatchException', message: 'Invalid code.' })).toEqual([
      { code: 'unknownError', type: 'CodeMismatchException', operation: 'InitiateAuth', allowed: ANSWER_SHAPES.InitiateAuth!.errors },
    ]);
    expect(answerProblems('InitiateAuth', { __type: 'NotAuthorizedException', message: 1 })).toEqual([{ code: 'wrongType', path: 'message', expected: 'string' }]);
    expect(answerProblems('InitiateAuth', { ...challenge, Sesion: SESSION })).toEqual([{ code: 'unknownMember', path: 'Sesion', operation: 'InitiateAuth' }]);
    expect(answerProblems('RespondToAuthChallenge', { AuthenticationResult: { ...tokens.AuthenticationResult, ExpiresIn: '3600' } })).toEqual([
      { code: 'wrongType', path: 'AuthenticationResult.ExpiresIn', expected: 'integer' },
    ]);
    expect(answerProblems('RespondToAuthChallenge', { AuthenticationResult: { ...tokens.AuthenticationResult, IdToken: 'abc' } })).toEqual([
      { code: 'notToken', path: 'AuthenticationResult.IdToken' },
    ]);
    expect(answerProblems('ForgotPassword', { CodeDeliveryDetails: { Destination: 'x', DeliveryMedium: 'PIGEON' } })).toEqual([
      { code: 'notInEnum', path: 'CodeDeliveryDetails.DeliveryMedium', allowed: ['SMS', 'EMAIL'] },
    ]);
    expect(answerProblems('ListWebAuthnCredentials', { Credentials: [{ CredentialId: 'a' }] })).toEqual(
      expect.arrayContaining([{ code: 'required', path: 'Credentials[0].FriendlyCredentialName' }]),
    );
  });

  it('puts errors on the wire with the status Cognito gives them', () => {
    expect(statusOf(challenge)).toBe(200);
    expect(statusOf({ __type: 'NotAuthorizedException' })).toBe(400);
    expect(statusOf({ __type: 'InternalErrorException' })).toBe(500);
  });

  it('are told by the table the API model gives (node tests/model/answer-shapes.mjs writes it)', () => {
    expect(ANSWER_SHAPES).toEqual(answerModel());
  });
});

describe('stress data', () => {
  it('is as long as realistic values get', () => {
    expect(STRESS_EMAIL).toHaveLength(64);
    expect(LONGEST_EMAIL).toHaveLength(254);
    expect(LONGEST_EMAIL.split('@')[0]).toHaveLength(64);
    expect(Math.max(...LONGEST_EMAIL.split('@')[1]!.split('.').map((label) => label.length))).toBeLessThanOrEqual(63);
    expect(STRESS_PHONE).toMatch(/^\+[1-9][0-9]{14}$/);
    expect(STRESS_LAMBDA_REASON.length).toBeGreaterThan(200);
    expect(STRESS_LAMBDA_REASON.length).toBeLessThanOrEqual(300);
  });

  it('goes where the screens show it, and leaves an answer Cognito could send', () => {
    const sms = stressAnswer('InitiateAuth', { ChallengeName: 'SMS_MFA', Session: SESSION, ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0100' } });
    expect(sms.ChallengeParameters).toMatchObject({ CODE_DELIVERY_DESTINATION: `+${'*'.repeat(11)}7890` });
    const signedIn = stressAnswer('RespondToAuthChallenge', { AuthenticationResult: { IdToken: TOKEN, AccessToken: TOKEN, ExpiresIn: 3600, TokenType: 'Bearer' } });
    const result = signedIn.AuthenticationResult as { IdToken: string; AccessToken: string };
    expect(tokenClaims(result.IdToken)?.email).toBe(LONGEST_EMAIL);
    expect(result.AccessToken).toBe(TOKEN);
    const refused = stressAnswer('SignUp', { __type: 'UserLambdaValidationException', message: 'PreSignUp failed with error No.' });
    expect(refused.message).toBe(`PreSignUp failed with error ${STRESS_LAMBDA_REASON}.`);
    const user = stressAnswer('GetUser', { Username: 'u', UserAttributes: [{ Name: 'email', Value: 'a@b.c' }, { Name: 'phone_number', Value: '+15555550100' }, { Name: 'sub', Value: 's' }] });
    expect(user.UserAttributes).toEqual([{ Name: 'email', Value: LONGEST_EMAIL }, { Name: 'phone_number', Value: STRESS_PHONE }, { Name: 'sub', Value: 's' }]);
    for (const [operation, answer] of [['InitiateAuth', sms], ['RespondToAuthChallenge', signedIn], ['SignUp', refused], ['GetUser', user]] as const) {
      expect(answerProblems(operation, answer), operation).toEqual([]);
    }
  });
});

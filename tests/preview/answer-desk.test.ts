/**
 * The preview page's record of its Cognito calls (src/preview/answer-desk.ts): each call noted in
 * order with what it got; the designer's edit for a call index applied to that call only, and
 * only where the operation is the one the edit was made for and the result is an answer Cognito
 * could send; stress data on every answer, before the edit.
 */
import { describe, expect, it } from 'vitest';
import { AnswerDesk } from '../../src/preview/answer-desk';
import { LONGEST_EMAIL } from '../../src/preview/stress';

const SESSION = 'AYABeSessionOfTwentyPlusCharacters';
const challenge = { ChallengeName: 'SMS_MFA', Session: SESSION, ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0100' } };
const answer = (body: object, status = 200) => () => Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('the answer desk', () => {
  it('notes each call with its answer, and passes the answer through untouched without edits', async () => {
    const desk = new AnswerDesk([], false);
    const original = new Response(JSON.stringify(challenge));
    expect(await desk.filter('InitiateAuth', () => Promise.resolve(original))).toBe(original);
    await desk.filter('RespondToAuthChallenge', () => Promise.resolve(Response.error()));
    expect(desk.calls).toEqual([
      { index: 0, operation: 'InitiateAuth', outcome: 'answered', original: challenge, answer: challenge },
      { index: 1, operation: 'RespondToAuthChallenge', outcome: 'network' },
    ]);
  });

  it("applies an edit to its call's answer only, as Cognito would send it", async () => {
    const desk = new AnswerDesk([{ index: 1, operation: 'InitiateAuth', patch: { ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+**4321' } } }], false);
    const first = await desk.filter('InitiateAuth', answer(challenge));
    expect(await first!.json()).toEqual(challenge);
    const second = await desk.filter('InitiateAuth', answer(challenge));
    expect(second!.status).toBe(200);
    expect(second!.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(await second!.json()).toEqual({ ...challenge, ChallengeParameters: { ...challenge.ChallengeParameters, CODE_DELIVERY_DESTINATION: '+**4321' } });
    expect(desk.calls[1]!.original).toEqual(challenge);
  });

  it('turns an answer into an error with its status and headers', async () => {
    const desk = new AnswerDesk([{ index: 0, operation: 'InitiateAuth', patch: { ChallengeName: null, Session: null, ChallengeParameters: null, __type: 'NotAuthorizedException', message: 'Incorrect username or password.' } }], false);
    const response = (await desk.filter('InitiateAuth', answer(challenge)))!;
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('NotAuthorizedException:');
    expect(await response.json()).toEqual({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });

  it('refuses an edit made for another operation, or one Cognito could not send, and says why', async () => {
    const desk = new AnswerDesk(
      [
        { index: 0, operation: 'SignUp', patch: { UserConfirmed: true } },
        { index: 1, operation: 'InitiateAuth', patch: { Session: null } },
      ],
      false,
    );
    expect(await (await desk.filter('InitiateAuth', answer(challenge)))!.json()).toEqual(challenge);
    expect(await (await desk.filter('InitiateAuth', answer(challenge)))!.json()).toEqual(challenge);
    expect(desk.calls.map((call) => call.refused)).toEqual(['otherOperation', [{ code: 'sessionMissing', challenge: 'SMS_MFA' }]]);
  });

  it('stresses every answer, then applies the edit to the stressed one; after the preview, stresses without noting', async () => {
    const desk = new AnswerDesk([{ index: 0, operation: 'InitiateAuth', patch: { Session: SESSION.replace('AYAB', 'BBBB') } }], true);
    const body = (await (await desk.filter('InitiateAuth', answer(challenge)))!.json()) as typeof challenge;
    expect(body.ChallengeParameters.CODE_DELIVERY_DESTINATION).toBe(`+${'*'.repeat(11)}7890`);
    expect(body.Session).toBe(SESSION.replace('AYAB', 'BBBB'));
    desk.stopRecording();
    const later = (await (await desk.filter('GetUser', answer({ Username: 'u', UserAttributes: [{ Name: 'email', Value: 'a@b.c' }] })))!.json()) as { UserAttributes: { Value: string }[] };
    expect(later.UserAttributes[0]!.Value).toBe(LONGEST_EMAIL);
    expect(desk.calls).toHaveLength(1);
  });
});

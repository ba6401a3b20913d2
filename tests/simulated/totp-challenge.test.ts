import { describe, expect, it } from 'vitest';
import { totpCodeAtStep, totpStep } from '../../src/simulated/totp';
import { TOTP_SECRET, harness, passwordAuth, respond, seedTotpUser, type Harness } from './helpers';

async function challenge(h: Harness) {
  const start = await h.ok('InitiateAuth', passwordAuth('totp@example.com'));
  expect(start.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  const username = start.ChallengeParameters.USER_ID_FOR_SRP as string;
  return (code: string) => h.call('RespondToAuthChallenge', respond('SOFTWARE_TOKEN_MFA', start.Session, { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: code }));
}

const codeAt = (h: Harness, offset: number) => totpCodeAtStep(TOTP_SECRET, totpStep(h.clock.ms) + offset);

describe('SOFTWARE_TOKEN_MFA challenge', () => {
  it('names the authenticator and the internal username', async () => {
    const h = harness();
    const username = seedTotpUser(h, 'totp@example.com', { friendlyDeviceName: 'Work phone' });
    const start = await h.ok('InitiateAuth', passwordAuth('totp@example.com'));
    expect(start.ChallengeParameters).toEqual({ FRIENDLY_DEVICE_NAME: 'Work phone', USER_ID_FOR_SRP: username });
  });

  it.each([-1, 0, 1])('accepts the code of step t%+d', async (offset) => {
    const h = harness();
    seedTotpUser(h);
    expect((await (await challenge(h))(codeAt(h, offset))).body.AuthenticationResult).toBeDefined();
  });

  it.each([-2, 2])('rejects the code of step t%+d as a mismatch', async (offset) => {
    const h = harness();
    seedTotpUser(h);
    const near = new Set([-1, 0, 1].map((o) => codeAt(h, o)));
    expect(near.has(codeAt(h, offset))).toBe(false);
    expect(await (await challenge(h))(codeAt(h, offset))).toEqual({
      status: 400,
      body: { __type: 'CodeMismatchException', message: 'Invalid code received for user' },
    });
  });

  it('rejects a code whose step was already accepted, on a new session too', async () => {
    const h = harness();
    seedTotpUser(h);
    const code = codeAt(h, 0);
    expect((await (await challenge(h))(code)).status).toBe(200);
    const replay = { status: 400, body: { __type: 'ExpiredCodeException', message: 'Your software token has already been used once.' } };
    expect(await (await challenge(h))(code)).toEqual(replay);
    // An earlier step than the accepted one is a replay too, even inside the window.
    expect(await (await challenge(h))(codeAt(h, -1))).toEqual(replay);
    // The next step is fresh.
    expect((await (await challenge(h))(codeAt(h, 1))).status).toBe(200);
  });

  it('keeps the session through 3 wrong codes (replays included) and uses it up on the 4th', async () => {
    const h = harness();
    seedTotpUser(h);
    const answer = await challenge(h);
    expect((await answer(codeAt(h, 3))).body.__type).toBe('CodeMismatchException');
    expect((await answer(codeAt(h, 0))).status).toBe(200);

    const again = await challenge(h);
    expect((await again(codeAt(h, 0))).body.__type).toBe('ExpiredCodeException');
    expect((await again(codeAt(h, 3))).body.__type).toBe('CodeMismatchException');
    expect((await again(codeAt(h, 3))).body.__type).toBe('CodeMismatchException');
    expect((await again(codeAt(h, 3))).body.__type).toBe('CodeMismatchException');
    expect((await again(codeAt(h, 1))).body).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Invalid session for the user, session can only be used once.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { PASSWORD, harness, otherCode, passwordAuth, respond, type Harness } from './helpers';

const USED = 'Invalid session for the user, session can only be used once.';
const EXPIRED = 'Invalid session for the user, session is expired.';
const INVALID = 'Invalid session for the user.';

async function smsChallenge(h: Harness) {
  h.pool.seedUser({ email: 'sms@example.com', password: PASSWORD, phoneNumber: '+15555550123', preferredMfa: 'SMS_MFA' });
  const start = await h.ok('InitiateAuth', passwordAuth('sms@example.com'));
  expect(start.ChallengeName).toBe('SMS_MFA');
  const code = h.pool.inbox.latest('+15555550123', 'mfa')!.code;
  const wrong = otherCode(code);
  return { session: start.Session as string, username: start.ChallengeParameters.USER_ID_FOR_SRP as string, code, wrong };
}

describe('challenge sessions', () => {
  it('are opaque strings beginning AYABe, new for every step', async () => {
    const h = harness();
    const first = await h.ok('InitiateAuth', passwordAuth(seed(h)));
    const second = await h.ok('InitiateAuth', passwordAuth('nomfa@example.com'));
    expect(first.Session).toMatch(/^AYABe[A-Za-z0-9_-]+$/);
    expect(first.Session.length).toBeGreaterThanOrEqual(20);
    expect(first.Session.length).toBeLessThanOrEqual(2048);
    expect(second.Session).not.toBe(first.Session);
  });

  it('can be used only once', async () => {
    const h = harness();
    const { session, username, code } = await smsChallenge(h);
    expect((await h.ok('RespondToAuthChallenge', respond('SMS_MFA', session, { USERNAME: username, SMS_MFA_CODE: code }))).AuthenticationResult).toBeDefined();
    await h.fails('RespondToAuthChallenge', respond('SMS_MFA', session, { USERNAME: username, SMS_MFA_CODE: code }), 'NotAuthorizedException', USED);
  });

  it('expire after AuthSessionValidity (3 minutes by default)', async () => {
    const h = harness();
    const { session, username, code } = await smsChallenge(h);
    h.clock.advance(3 * 60_000);
    await h.fails('RespondToAuthChallenge', respond('SMS_MFA', session, { USERNAME: username, SMS_MFA_CODE: code }), 'NotAuthorizedException', EXPIRED);
  });

  it('are still good just before expiry, and follow a configured validity', async () => {
    const h = harness();
    const { session, username, code } = await smsChallenge(h);
    h.clock.advance(3 * 60_000 - 1);
    await h.ok('RespondToAuthChallenge', respond('SMS_MFA', session, { USERNAME: username, SMS_MFA_CODE: code }));

    const short = harness({ sessionTtlMs: 20_000 });
    const challenge = await smsChallenge(short);
    short.clock.advance(20_000);
    await short.fails(
      'RespondToAuthChallenge',
      respond('SMS_MFA', challenge.session, { USERNAME: challenge.username, SMS_MFA_CODE: challenge.code }),
      'NotAuthorizedException',
      EXPIRED,
    );
  });

  it('survive 3 wrong codes; the 4th wrong code uses them up', async () => {
    const h = harness();
    const { session, username, code, wrong } = await smsChallenge(h);
    const answer = (c: string) => respond('SMS_MFA', session, { USERNAME: username, SMS_MFA_CODE: c });
    for (let i = 0; i < 4; i++) await h.fails('RespondToAuthChallenge', answer(wrong), 'CodeMismatchException', 'Invalid code or auth state for the user.');
    await h.fails('RespondToAuthChallenge', answer(code), 'NotAuthorizedException', USED);
  });

  it('accept the right code after 3 wrong ones', async () => {
    const h = harness();
    const { session, username, code, wrong } = await smsChallenge(h);
    const answer = (c: string) => respond('SMS_MFA', session, { USERNAME: username, SMS_MFA_CODE: c });
    for (let i = 0; i < 3; i++) await h.call('RespondToAuthChallenge', answer(wrong));
    expect((await h.ok('RespondToAuthChallenge', answer(code))).AuthenticationResult).toBeDefined();
  });

  it('belong to one challenge, one user and one call', async () => {
    const h = harness({ usernameCaseSensitive: false });
    const { session, username, code } = await smsChallenge(h);
    // Another challenge name, another user, a made-up session: "Invalid session for the user."
    await h.fails('RespondToAuthChallenge', respond('SOFTWARE_TOKEN_MFA', session, { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: code }), 'NotAuthorizedException', INVALID);
    h.pool.seedUser({ email: 'other@example.com', password: PASSWORD });
    await h.fails('RespondToAuthChallenge', respond('SMS_MFA', session, { USERNAME: 'other@example.com', SMS_MFA_CODE: code }), 'NotAuthorizedException', INVALID);
    await h.fails('RespondToAuthChallenge', respond('SMS_MFA', `AYABe${'x'.repeat(100)}`, { USERNAME: username, SMS_MFA_CODE: code }), 'NotAuthorizedException', INVALID);
    await h.fails('VerifySoftwareToken', { Session: session, UserCode: '123456' }, 'NotAuthorizedException', INVALID);
    // None of these consumed it; the email works as USERNAME too.
    expect((await h.ok('RespondToAuthChallenge', respond('SMS_MFA', session, { USERNAME: 'SMS@example.com', SMS_MFA_CODE: code }))).AuthenticationResult).toBeDefined();
  });

  it('are required, as is USERNAME', async () => {
    const h = harness();
    const { session, code } = await smsChallenge(h);
    await h.fails(
      'RespondToAuthChallenge',
      { ClientId: h.pool.settings.clientId, ChallengeName: 'SMS_MFA', ChallengeResponses: { SMS_MFA_CODE: code } },
      'InvalidParameterException',
      'Missing required parameter Session',
    );
    await h.fails('RespondToAuthChallenge', respond('SMS_MFA', session, { SMS_MFA_CODE: code }), 'InvalidParameterException', 'Missing required parameter USERNAME');
  });

  it('are unknown to the same pool reached through another region', async () => {
    const h = harness();
    const start = await h.ok('InitiateAuth', passwordAuth(seed(h)));
    const foreign = await h.pool.handle('AssociateSoftwareToken', { Session: start.Session }, { region: 'eu-west-1' });
    expect(foreign).toEqual({ status: 400, body: { __type: 'NotAuthorizedException', message: INVALID } });
    expect((await h.pool.handle('AssociateSoftwareToken', { Session: start.Session }, { region: 'us-east-1' })).status).toBe(200);
  });
});

function seed(h: Harness): string {
  h.pool.seedUser({ email: 'nomfa@example.com', password: PASSWORD });
  return 'nomfa@example.com';
}

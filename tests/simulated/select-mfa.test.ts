import { describe, expect, it } from 'vitest';
import type { SeedUserInput } from '../../src/simulated/pool';
import { PASSWORD, TOTP_SECRET, currentTotp, harness, passwordAuth, respond, type Harness } from './helpers';

async function start(h: Harness, seed: Partial<SeedUserInput> = {}) {
  const username = h.pool.seedUser({
    email: 'both@example.com',
    password: PASSWORD,
    phoneNumber: '+15555550124',
    totpSecret: TOTP_SECRET,
    mfaEnabled: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
    ...seed,
  });
  const body = await h.ok('InitiateAuth', passwordAuth('both@example.com'));
  return { username, body, select: (answer: string) => h.call('RespondToAuthChallenge', respond('SELECT_MFA_TYPE', body.Session, { USERNAME: username, ANSWER: answer })) };
}

describe('SELECT_MFA_TYPE', () => {
  it('is asked when several factors are enabled and none is preferred', async () => {
    const h = harness();
    const { username, body } = await start(h);
    expect(body.ChallengeName).toBe('SELECT_MFA_TYPE');
    expect(body.ChallengeParameters).toEqual({ MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]', USER_ID_FOR_SRP: username });
    expect(h.pool.inbox.list()).toHaveLength(0);
  });

  it('is skipped when one of them is preferred', async () => {
    const h = harness();
    expect((await start(h, { preferredMfa: 'SOFTWARE_TOKEN_MFA' })).body.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  });

  it('answered SOFTWARE_TOKEN_MFA leads to the TOTP challenge, then tokens', async () => {
    const h = harness();
    const { username, body, select } = await start(h);
    const next = (await select('SOFTWARE_TOKEN_MFA')).body;
    expect(next.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    expect(next.Session).not.toBe(body.Session);
    const done = await h.ok('RespondToAuthChallenge', respond('SOFTWARE_TOKEN_MFA', next.Session as string, { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: currentTotp(h) }));
    expect(done.AuthenticationResult).toBeDefined();
    // The SELECT_MFA_TYPE session was used.
    expect((await select('SMS_MFA')).body.message).toBe('Invalid session for the user, session can only be used once.');
  });

  it('answered SMS_MFA sends the text and leads to the SMS challenge', async () => {
    const h = harness();
    const { username, select } = await start(h);
    const next = (await select('SMS_MFA')).body;
    expect(next).toMatchObject({
      ChallengeName: 'SMS_MFA',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0124', USER_ID_FOR_SRP: username },
    });
    const sms = h.pool.inbox.latest('+15555550124', 'mfa')!;
    expect(sms.medium).toBe('SMS');
    expect((await h.ok('RespondToAuthChallenge', respond('SMS_MFA', next.Session as string, { USERNAME: username, SMS_MFA_CODE: sms.code }))).AuthenticationResult).toBeDefined();
  });

  it('accepts EMAIL_OTP and EMAIL_MFA for email', async () => {
    for (const answer of ['EMAIL_OTP', 'EMAIL_MFA']) {
      const h = harness({ email: true });
      const { body, select } = await start(h, { phoneNumber: undefined, mfaEnabled: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] });
      expect(body.ChallengeParameters.MFAS_CAN_CHOOSE).toBe('["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]');
      const next = (await select(answer)).body;
      expect(next).toMatchObject({ ChallengeName: 'EMAIL_OTP', ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'b***@e***.com' } });
      expect(h.pool.inbox.latest('both@example.com', 'mfa')).toBeDefined();
    }
  });

  it('refuses a factor it did not offer, keeping the session', async () => {
    const h = harness();
    const { select } = await start(h);
    expect(await select('EMAIL_OTP')).toEqual({
      status: 400,
      body: { __type: 'MFAMethodNotFoundException', message: 'The selected MFA method EMAIL_OTP is not available for the user.' },
    });
    expect((await select('SOFTWARE_TOKEN_MFA')).status).toBe(200);
  });

  it('needs ANSWER', async () => {
    const h = harness();
    const { username, body } = await start(h);
    await h.fails('RespondToAuthChallenge', respond('SELECT_MFA_TYPE', body.Session, { USERNAME: username }), 'InvalidParameterException', 'Missing required parameter ANSWER');
  });

  it('leaves out factors the pool does not allow', async () => {
    const h = harness({ sms: false });
    expect((await start(h)).body.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  });
});

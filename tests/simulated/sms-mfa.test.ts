import { describe, expect, it } from 'vitest';
import { PASSWORD, harness, otherCode, passwordAuth, respond } from './helpers';

describe('SMS_MFA', () => {
  it('texts a 6-digit code to the unmasked number and masks it in the challenge', async () => {
    const h = harness();
    const username = h.pool.seedUser({ email: 'sms@example.com', password: PASSWORD, phoneNumber: '+15555550123', preferredMfa: 'SMS_MFA' });
    const start = await h.ok('InitiateAuth', passwordAuth('sms@example.com'));
    expect(start).toEqual({
      ChallengeName: 'SMS_MFA',
      Session: expect.stringMatching(/^AYABe/),
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0123', USER_ID_FOR_SRP: username },
    });
    const sms = h.pool.inbox.latest()!;
    expect(sms).toMatchObject({ medium: 'SMS', to: '+15555550123', purpose: 'mfa', at: h.clock.ms });
    expect(sms.code).toMatch(/^[0-9]{6}$/);

    const wrong = otherCode(sms.code);
    await h.fails('RespondToAuthChallenge', respond('SMS_MFA', start.Session, { USERNAME: username, SMS_MFA_CODE: wrong }), 'CodeMismatchException', 'Invalid code or auth state for the user.');
    await h.fails('RespondToAuthChallenge', respond('SMS_MFA', start.Session, { USERNAME: username }), 'InvalidParameterException', 'Missing required parameter SMS_MFA_CODE');
    const done = await h.ok('RespondToAuthChallenge', respond('SMS_MFA', start.Session, { USERNAME: username, SMS_MFA_CODE: sms.code }));
    expect(done).toEqual({
      AuthenticationResult: {
        AccessToken: expect.any(String),
        ExpiresIn: 3600,
        TokenType: 'Bearer',
        RefreshToken: expect.stringMatching(/^[A-Za-z0-9-_=.]+$/),
        IdToken: expect.any(String),
      },
      ChallengeParameters: {},
    });
  });

  it('sends a new code with every sign-in; an earlier code does not work on the new session', async () => {
    const h = harness();
    const username = h.pool.seedUser({ email: 'sms@example.com', password: PASSWORD, phoneNumber: '+15555550123', preferredMfa: 'SMS_MFA' });
    await h.ok('InitiateAuth', passwordAuth('sms@example.com'));
    const first = h.pool.inbox.latest()!.code;
    const second = await h.ok('InitiateAuth', passwordAuth('sms@example.com'));
    const code = h.pool.inbox.latest()!.code;
    expect(h.pool.inbox.list()).toHaveLength(2);
    if (first !== code) {
      expect((await h.call('RespondToAuthChallenge', respond('SMS_MFA', second.Session, { USERNAME: username, SMS_MFA_CODE: first }))).body.__type).toBe('CodeMismatchException');
    }
    expect((await h.ok('RespondToAuthChallenge', respond('SMS_MFA', second.Session, { USERNAME: username, SMS_MFA_CODE: code }))).AuthenticationResult).toBeDefined();
  });

  it('treats a phone number as SMS MFA in a required-MFA pool, and marks it verified on success', async () => {
    const h = harness();
    const username = h.pool.seedUser({ email: 'p@example.com', password: PASSWORD, phoneNumber: '+15555550199', phoneVerified: false });
    const start = await h.ok('InitiateAuth', passwordAuth('p@example.com'));
    expect(start.ChallengeName).toBe('SMS_MFA');
    await h.ok('RespondToAuthChallenge', respond('SMS_MFA', start.Session, { USERNAME: username, SMS_MFA_CODE: h.pool.inbox.latest()!.code }));
    expect(h.pool.inspectUser('p@example.com')!.phoneVerified).toBe(true);
  });

  it('does not do so in an OPTIONAL pool, nor in a pool without SMS', async () => {
    const optional = harness({ mfa: 'OPTIONAL' });
    optional.pool.seedUser({ email: 'p@example.com', password: PASSWORD, phoneNumber: '+15555550199' });
    expect((await optional.ok('InitiateAuth', passwordAuth('p@example.com'))).AuthenticationResult).toBeDefined();

    const totpOnly = harness({ sms: false });
    totpOnly.pool.seedUser({ email: 'p@example.com', password: PASSWORD, phoneNumber: '+15555550199', preferredMfa: 'SMS_MFA' });
    expect((await totpOnly.ok('InitiateAuth', passwordAuth('p@example.com'))).ChallengeName).toBe('MFA_SETUP');
    expect(totpOnly.pool.inbox.list()).toHaveLength(0);
  });
});

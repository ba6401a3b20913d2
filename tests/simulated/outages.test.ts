/**
 * Bad luck on demand (PoolSettings.outages): the first requests of an operation answer
 * InternalErrorException, as the real service does when it has a problem; the
 * `mfa-preference-outage` scenario makes turning a factor on fail once for the app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSdkClient } from '../../src/cognito/sdk-client';
import { createSimulatedServer } from '../../src/simulated/node';
import { SIMULATED_POOL } from '../../src/simulated/pool-ids';
import { settingsFor } from '../../src/simulated/scenarios';
import { totpCode } from '../../src/simulated/totp';
import { PASSWORD, harness, passwordAuth } from './helpers';

const INTERNAL = { __type: 'InternalErrorException', message: 'An internal error occurred.' };

describe('an outage of one operation', () => {
  it('fails that many requests with HTTP 500, then answers again; other operations are not touched', async () => {
    const h = harness({ mfa: 'OPTIONAL', outages: { SetUserMFAPreference: 2 } });
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    const accessToken = (await h.ok('InitiateAuth', passwordAuth('jane@example.com'))).AuthenticationResult.AccessToken as string;
    const secret = (await h.ok('AssociateSoftwareToken', { AccessToken: accessToken })).SecretCode as string;
    await h.ok('VerifySoftwareToken', { AccessToken: accessToken, UserCode: totpCode(secret, h.clock.ms) });

    const enable = { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } };
    expect(await h.call('SetUserMFAPreference', enable)).toEqual({ status: 500, body: INTERNAL });
    expect(await h.call('SetUserMFAPreference', enable)).toEqual({ status: 500, body: INTERNAL });
    expect(await h.ok('GetUser', { AccessToken: accessToken })).not.toHaveProperty('UserMFASettingList');
    expect(await h.ok('SetUserMFAPreference', enable)).toEqual({});
    expect(await h.ok('GetUser', { AccessToken: accessToken })).toMatchObject({ UserMFASettingList: ['SOFTWARE_TOKEN_MFA'] });

    // A reset starts the scenario over, outage included.
    h.pool.reset();
    expect((await h.call('SetUserMFAPreference', enable)).status).toBe(500);
  });
});

describe('the mfa-preference-outage scenario, through the app’s adapter', () => {
  const { server, pool } = createSimulatedServer(settingsFor('mfa-preference-outage'));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('makes the app’s first SetUserMFAPreference fail (the SDK sends it once), and the next one succeed', async () => {
    pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    const client = createSdkClient(SIMULATED_POOL);
    const step = await client.signIn({ email: 'jane@example.com', password: PASSWORD });
    if (step.type !== 'signedIn') throw new Error('expected tokens in an MFA-optional pool');
    const accessToken = step.tokens.accessToken;
    const { secret } = await client.associateSoftwareToken({ accessToken });
    await client.verifySoftwareToken({ accessToken, code: totpCode(secret, Date.now()), deviceName: '' });

    const turnOn = () => client.setMfaPreference({ accessToken, enabled: { SOFTWARE_TOKEN_MFA: true }, preferred: 'SOFTWARE_TOKEN_MFA' });
    await expect(turnOn()).rejects.toMatchObject({ code: 'serviceError' });
    await expect(turnOn()).resolves.toBeUndefined();
    expect(await client.getMfaSettings({ accessToken })).toEqual({ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' });
  });
});

/**
 * Left-most overrides for one operation (handlers.ts `onOperation`, `cognitoError`), for what the
 * pool's state cannot produce on demand, and scenario settings adjusted further (`settingsFor`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cognitoError, onOperation } from '../../src/simulated/handlers';
import { createSimulatedServer } from '../../src/simulated/node';
import { settingsFor } from '../../src/simulated/scenarios';
import { CLIENT_ID, PASSWORD, passwordAuth, post } from './helpers';

const { server, pool } = createSimulatedServer({ mfa: 'OFF' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  pool.reset();
});
afterAll(() => server.close());

describe('an override for one operation', () => {
  it('answers that operation with a Cognito error, once, then lets the simulated pool answer', async () => {
    pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    server.use(onOperation('InitiateAuth', () => cognitoError('TooManyRequestsException', 'Rate exceeded'), { once: true }));

    const throttled = await post('InitiateAuth', passwordAuth('jane@example.com'));
    expect(throttled.status).toBe(400);
    expect(throttled.headers.get('x-amzn-errortype')).toBe('TooManyRequestsException:');
    expect(throttled.headers.get('access-control-allow-origin')).toBe('*');
    expect(await throttled.json()).toEqual({ __type: 'TooManyRequestsException', message: 'Rate exceeded' });

    const answered = await post('InitiateAuth', passwordAuth('jane@example.com'));
    expect(answered.status).toBe(200);
    expect(await answered.json()).toHaveProperty('AuthenticationResult.AccessToken');
  });

  it('leaves other operations to the simulated pool, and passes through when its resolver returns nothing', async () => {
    server.use(
      onOperation('InitiateAuth', () => cognitoError('InternalErrorException')),
      onOperation('SignUp', () => undefined),
    );
    const signUp = await post('SignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com', Password: PASSWORD });
    expect(signUp.status).toBe(200);
    const outage = await post('InitiateAuth', passwordAuth('jane@example.com'));
    expect(outage.status).toBe(500);
    expect(await outage.json()).toEqual({ __type: 'InternalErrorException' });
  });
});

describe('a scenario adjusted further', () => {
  it('keeps the scenario and overrides what is given, the password policy rule by rule', () => {
    const settings = settingsFor('mfa-optional', { accessTokenTtlSec: 62, passwordPolicy: { minLength: 12 } });
    expect(settings.mfa).toBe('OPTIONAL');
    expect(settings.accessTokenTtlSec).toBe(62);
    expect(settings.passwordPolicy).toMatchObject({ minLength: 12, symbol: true });
    expect(settingsFor('no-such-scenario')).toEqual(settingsFor('default'));
  });
});

/**
 * Username case, as a Cognito pool's UsernameConfiguration sets it: case-sensitive by default
 * (two users for `Ada@Example.com` and `ada@example.com`), or case-insensitive when configured so.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT_ID, PASSWORD, harness, passwordAuth } from './helpers';

const signUp = (email: string, password = PASSWORD) => ({ ClientId: CLIENT_ID, Username: email, Password: password });
const OTHER_PASSWORD = 'Other-passw0rd!';

describe('a case-sensitive pool (Cognito’s default)', () => {
  it('takes Ada@ and ada@ for two users, each with its own password', async () => {
    const h = harness({ mfa: 'OFF' });
    expect(h.pool.settings.usernameCaseSensitive).toBe(true);
    const upper = h.pool.seedUser({ email: 'Ada@Example.com', password: PASSWORD });
    const lower = (await h.ok('SignUp', signUp('ada@example.com', OTHER_PASSWORD))).UserSub;
    expect(lower).not.toBe(upper);

    expect((await h.ok('InitiateAuth', passwordAuth('Ada@Example.com'))).AuthenticationResult).toBeDefined();
    await h.fails('InitiateAuth', passwordAuth('ada@example.com'), 'UserNotConfirmedException', 'User is not confirmed.');
    await h.fails('InitiateAuth', passwordAuth('ADA@EXAMPLE.COM'), 'NotAuthorizedException', 'Incorrect username or password.');
  });
});

describe('a case-insensitive pool (CaseSensitive false)', () => {
  it('takes Ada@ and ada@ for one user', async () => {
    const h = harness({ mfa: 'OFF', usernameCaseSensitive: false });
    h.pool.seedUser({ email: 'Ada@Example.com', password: PASSWORD });
    await h.fails('SignUp', signUp('ada@example.com'), 'UsernameExistsException', 'An account with the given email already exists.');
    for (const name of ['ada@example.com', 'ADA@EXAMPLE.COM', 'Ada@Example.com']) {
      expect((await h.ok('InitiateAuth', passwordAuth(name))).AuthenticationResult).toBeDefined();
    }
  });
});

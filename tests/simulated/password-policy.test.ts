import { describe, expect, it } from 'vitest';
import { CLIENT_ID, harness } from './helpers';

const signUp = (password: string) => ({ ClientId: CLIENT_ID, Username: 'jane@example.com', Password: password });
const prefix = 'Password did not conform with policy: ';

describe('password policy (default: 8+ characters, upper, lower, digit, symbol)', () => {
  it.each([
    ['Pa0!', 'Password not long enough'],
    ['passw0rd!', 'Password must have uppercase characters'],
    ['PASSW0RD!', 'Password must have lowercase characters'],
    ['Password!', 'Password must have numeric characters'],
    ['Passw0rdd', 'Password must have symbol characters'],
  ])('rejects %s: %s', async (password, reason) => {
    const h = harness();
    await h.fails('SignUp', signUp(password), 'InvalidPasswordException', prefix + reason);
    expect(h.pool.inspectUser('jane@example.com')).toBeUndefined();
  });

  it('names only the first broken rule, in the order length, upper, lower, digit, symbol', async () => {
    await harness().fails('SignUp', signUp('abc'), 'InvalidPasswordException', `${prefix}Password not long enough`);
    await harness().fails('SignUp', signUp('abcdefgh'), 'InvalidPasswordException', `${prefix}Password must have uppercase characters`);
  });

  it('accepts every symbol of the Cognito set, including the ones regexes find awkward', async () => {
    for (const symbol of ['^', '$', '\\', ']', '`', '=', '+', '-', '~', '|']) {
      const h = harness();
      await h.ok('SignUp', signUp(`Passw0rd${symbol}`));
    }
  });

  it('counts a missing password as too short', async () => {
    await harness().fails('SignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com' }, 'InvalidPasswordException', `${prefix}Password not long enough`);
  });

  it('follows a configured policy', async () => {
    const h = harness({ passwordPolicy: { minLength: 12, symbol: false, upper: false } });
    await h.fails('SignUp', signUp('passw0rd!'), 'InvalidPasswordException', `${prefix}Password not long enough`);
    await h.ok('SignUp', signUp('lowercase1234'));
  });

  it('applies to ConfirmForgotPassword and ChangePassword too', async () => {
    const h = harness({ mfa: 'OFF' });
    h.pool.seedUser({ email: 'jane@example.com', password: 'Passw0rd!' });
    await h.ok('ForgotPassword', { ClientId: CLIENT_ID, Username: 'jane@example.com' });
    const code = h.pool.inbox.latest()!.code;
    await h.fails(
      'ConfirmForgotPassword',
      { ClientId: CLIENT_ID, Username: 'jane@example.com', ConfirmationCode: code, Password: 'short' },
      'InvalidPasswordException',
      `${prefix}Password not long enough`,
    );
    const tokens = (await h.ok('InitiateAuth', {
      ClientId: CLIENT_ID,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'jane@example.com', PASSWORD: 'Passw0rd!' },
    })).AuthenticationResult;
    await h.fails(
      'ChangePassword',
      { AccessToken: tokens.AccessToken, PreviousPassword: 'Passw0rd!', ProposedPassword: 'nouppercase1!' },
      'InvalidPasswordException',
      `${prefix}Password must have uppercase characters`,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { CLIENT_ID, PASSWORD, harness, otherCode, passwordAuth, authenticationResult } from './helpers';

const NEW_PASSWORD = 'N3w-password';
const forgot = (email: string) => ({ ClientId: CLIENT_ID, Username: email });
const confirm = (email: string, code: string, password = NEW_PASSWORD) => ({ ClientId: CLIENT_ID, Username: email, ConfirmationCode: code, Password: password });

describe('ForgotPassword and ConfirmForgotPassword', () => {
  it('emails a reset code that sets a new password', async () => {
    const h = harness({ mfa: 'OFF', usernameCaseSensitive: false });
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    expect(await h.ok('ForgotPassword', forgot('JANE@example.com'))).toEqual({
      CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'j***@e***.com' },
    });
    const message = h.pool.inbox.latest()!;
    expect(message).toMatchObject({ medium: 'EMAIL', to: 'jane@example.com', purpose: 'forgotPassword' });
    const wrong = otherCode(message.code);
    await h.fails('ConfirmForgotPassword', confirm('jane@example.com', wrong), 'CodeMismatchException', 'Invalid verification code provided, please try again.');
    expect(await h.ok('ConfirmForgotPassword', confirm('jane@example.com', message.code))).toEqual({});
    await h.fails('InitiateAuth', passwordAuth('jane@example.com'), 'NotAuthorizedException', 'Incorrect username or password.');
    expect((await h.ok('InitiateAuth', passwordAuth('jane@example.com', NEW_PASSWORD))).AuthenticationResult).toBeDefined();
    // The code is spent.
    await h.fails('ConfirmForgotPassword', confirm('jane@example.com', message.code, 'An0ther-password'), 'ExpiredCodeException', 'Invalid code provided, please request a code again.');
  });

  it('texts the code to a verified phone when the email is not verified', async () => {
    const h = harness();
    h.pool.seedUser({ email: 'p@example.com', password: PASSWORD, emailVerified: false, phoneNumber: '+15555550123' });
    expect((await h.ok('ForgotPassword', forgot('p@example.com'))).CodeDeliveryDetails).toEqual({
      AttributeName: 'phone_number',
      DeliveryMedium: 'SMS',
      Destination: '+*******0123',
    });
    expect(h.pool.inbox.latest()).toMatchObject({ medium: 'SMS', to: '+15555550123', purpose: 'forgotPassword' });
  });

  it('expires the code after an hour; a newer code supersedes it', async () => {
    const h = harness();
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    await h.ok('ForgotPassword', forgot('jane@example.com'));
    const first = h.pool.inbox.latest()!.code;
    h.clock.advance(3_600_000);
    await h.fails('ConfirmForgotPassword', confirm('jane@example.com', first), 'ExpiredCodeException', 'Invalid code provided, please request a code again.');
    await h.ok('ForgotPassword', forgot('jane@example.com'));
    const second = h.pool.inbox.latest()!.code;
    await h.fails('ConfirmForgotPassword', confirm('jane@example.com', first), 'ExpiredCodeException', 'Invalid code provided, please request a code again.');
    h.clock.advance(3_600_000 - 1000);
    await h.ok('ConfirmForgotPassword', confirm('jane@example.com', second));
  });

  it('says the code expired when none was requested', async () => {
    const h = harness();
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    await h.fails('ConfirmForgotPassword', confirm('jane@example.com', '123456'), 'ExpiredCodeException', 'Invalid code provided, please request a code again.');
  });

  it('refuses users without a verified channel and admin-created users', async () => {
    // Without a verified channel: LEGACY says so; ENABLED makes up a delivery (pool-settings.test.ts).
    const h = harness({ preventUserExistenceErrors: false });
    await h.ok('SignUp', { ClientId: CLIENT_ID, Username: 'new@example.com', Password: PASSWORD });
    await h.fails(
      'ForgotPassword',
      forgot('new@example.com'),
      'InvalidParameterException',
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
    h.pool.seedUser({ email: 'admin-made@example.com', password: 'TempPassw0rd!', status: 'FORCE_CHANGE_PASSWORD' });
    await h.fails('ForgotPassword', forgot('admin-made@example.com'), 'NotAuthorizedException', 'User password cannot be reset in the current state.');
  });

  it('limits requests to 5 an hour and hides unknown users', async () => {
    const h = harness();
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    for (let i = 0; i < 5; i++) await h.ok('ForgotPassword', forgot('jane@example.com'));
    await h.fails('ForgotPassword', forgot('jane@example.com'), 'LimitExceededException', 'Attempt limit exceeded, please try after some time.');
    expect((await h.ok('ForgotPassword', forgot('ghost@example.com'))).CodeDeliveryDetails.Destination).toBe('g***@e***.com');
    await h.fails('ConfirmForgotPassword', confirm('ghost@example.com', '123456'), 'CodeMismatchException', 'Invalid verification code provided, please try again.');
    await harness({ preventUserExistenceErrors: false }).fails('ForgotPassword', forgot('ghost@example.com'), 'UserNotFoundException', 'Username/client id combination not found.');
  });

  it('limits confirmation attempts to 10 an hour', async () => {
    const h = harness();
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    await h.ok('ForgotPassword', forgot('jane@example.com'));
    const code = h.pool.inbox.latest()!.code;
    const wrong = otherCode(code);
    for (let i = 0; i < 10; i++) await h.call('ConfirmForgotPassword', confirm('jane@example.com', wrong));
    await h.fails('ConfirmForgotPassword', confirm('jane@example.com', code), 'LimitExceededException', 'Attempt limit exceeded, please try after some time.');
  });
});

describe('ChangePassword', () => {
  it('needs the current password, keeps existing tokens, and allows 5 changes an hour', async () => {
    const h = harness({ mfa: 'OFF' });
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    const { AccessToken } = await authenticationResult(h, 'jane@example.com');
    await h.fails('ChangePassword', { AccessToken, PreviousPassword: 'Wr0ng-password', ProposedPassword: NEW_PASSWORD }, 'NotAuthorizedException', 'Incorrect username or password.');
    await h.fails('ChangePassword', { AccessToken, ProposedPassword: NEW_PASSWORD }, 'InvalidParameterException', 'Missing required parameter PreviousPassword');
    expect(await h.ok('ChangePassword', { AccessToken, PreviousPassword: PASSWORD, ProposedPassword: NEW_PASSWORD })).toEqual({});
    await h.ok('GetUser', { AccessToken });
    expect((await h.ok('InitiateAuth', passwordAuth('jane@example.com', NEW_PASSWORD))).AuthenticationResult).toBeDefined();
    // Every call counts, failed ones too: this is the 4th and the 5th; the 6th is refused.
    await h.ok('ChangePassword', { AccessToken, PreviousPassword: NEW_PASSWORD, ProposedPassword: PASSWORD });
    await h.ok('ChangePassword', { AccessToken, PreviousPassword: PASSWORD, ProposedPassword: NEW_PASSWORD });
    await h.fails('ChangePassword', { AccessToken, PreviousPassword: NEW_PASSWORD, ProposedPassword: PASSWORD }, 'LimitExceededException', 'Attempt limit exceeded, please try after some time.');
  });
});

import { describe, expect, it } from 'vitest';
import { CLIENT_ID, PASSWORD, harness, otherCode, passwordAuth } from './helpers';

const DAY = 24 * 3_600_000;
const signUpBody = (email: string, extra: Record<string, unknown> = {}) => ({
  ClientId: CLIENT_ID,
  Username: email,
  Password: PASSWORD,
  ...extra,
});
const confirm = (email: string, code: string) => ({ ClientId: CLIENT_ID, Username: email, ConfirmationCode: code });

describe('SignUp', () => {
  it('creates an UNCONFIRMED user with a UUID username and emails a 6-digit code', async () => {
    const h = harness({ usernameCaseSensitive: false });
    const body = await h.ok('SignUp', signUpBody('Jane.Doe@Example.com'));
    expect(body.UserConfirmed).toBe(false);
    expect(body.UserSub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(body.CodeDeliveryDetails).toEqual({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'J***@E***.com' });
    const message = h.pool.inbox.latest('jane.doe@example.com');
    expect(message).toMatchObject({ medium: 'EMAIL', to: 'Jane.Doe@Example.com', purpose: 'signUp' });
    expect(message!.code).toMatch(/^[0-9]{6}$/);
    expect(h.pool.inspectUser('jane.doe@example.com')).toMatchObject({ status: 'UNCONFIRMED', emailVerified: false });
  });

  it('rejects a second sign-up with the same email in any case, confirmed or not, without resending', async () => {
    const h = harness({ usernameCaseSensitive: false });
    await h.ok('SignUp', signUpBody('jane@example.com'));
    const message = 'An account with the given email already exists.';
    await h.fails('SignUp', signUpBody('JANE@example.com'), 'UsernameExistsException', message);
    expect(h.pool.inbox.list()).toHaveLength(1);
    await h.ok('ConfirmSignUp', confirm('jane@example.com', h.pool.inbox.latest()!.code));
    await h.fails('SignUp', signUpBody('Jane@Example.COM'), 'UsernameExistsException', message);
  });

  it('needs an email as the username and well-formed attributes', async () => {
    const h = harness();
    await h.fails('SignUp', signUpBody('jane'), 'InvalidParameterException', 'Username should be an email.');
    await h.fails(
      'SignUp',
      signUpBody('jane@example.com', { UserAttributes: [{ Name: 'phone_number', Value: '555-0123' }] }),
      'InvalidParameterException',
      'Invalid phone number format.',
    );
    await h.fails(
      'SignUp',
      signUpBody('jane@example.com', { UserAttributes: [{ Name: 'email', Value: 'not-an-email' }] }),
      'InvalidParameterException',
      'Invalid email address format.',
    );
    await h.fails(
      'SignUp',
      signUpBody('jane@example.com', { UserAttributes: [{ Name: 'custom:team', Value: 'x' }] }),
      'InvalidParameterException',
      'Attributes did not conform to the schema: Type for attribute {custom:team} could not be determined',
    );
    await h.fails(
      'SignUp',
      signUpBody('jane@example.com', { UserAttributes: [{ Name: 'email_verified', Value: 'true' }] }),
      'InvalidParameterException',
      'A client attempted to write unauthorized attribute',
    );
    expect(h.pool.inspectUser('jane@example.com')).toBeUndefined();
  });

  it('requires the attributes the pool requires (an SMS-only pool needs a phone number)', async () => {
    const h = harness({ totp: false, requiredAttributes: ['phone_number'] });
    await h.fails(
      'SignUp',
      signUpBody('jane@example.com'),
      'InvalidParameterException',
      'Attributes did not conform to the schema: phone_number: The attribute is required',
    );
    await h.ok('SignUp', signUpBody('jane@example.com', { UserAttributes: [{ Name: 'phone_number', Value: '+15555550100' }] }));
    expect(h.pool.inspectUser('jane@example.com')).toMatchObject({ phoneNumber: '+15555550100', phoneVerified: false });
  });
});

describe('ConfirmSignUp', () => {
  it('confirms with the emailed code, verifies the email and refuses a second confirmation', async () => {
    const h = harness({ usernameCaseSensitive: false });
    await h.ok('SignUp', signUpBody('jane@example.com'));
    const code = h.pool.inbox.latest()!.code;
    expect(await h.ok('ConfirmSignUp', confirm('JANE@EXAMPLE.COM', code))).toEqual({});
    expect(h.pool.inspectUser('jane@example.com')).toMatchObject({ status: 'CONFIRMED', emailVerified: true });
    await h.fails('ConfirmSignUp', confirm('jane@example.com', code), 'NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
  });

  it('answers a wrong code with CodeMismatchException and keeps the right one valid', async () => {
    const h = harness();
    await h.ok('SignUp', signUpBody('jane@example.com'));
    const code = h.pool.inbox.latest()!.code;
    const wrong = otherCode(code);
    await h.fails('ConfirmSignUp', confirm('jane@example.com', wrong), 'CodeMismatchException', 'Invalid verification code provided, please try again.');
    await h.ok('ConfirmSignUp', confirm('jane@example.com', code));
  });

  it('expires the code after 24 hours', async () => {
    const h = harness();
    await h.ok('SignUp', signUpBody('late@example.com'));
    const code = h.pool.inbox.latest()!.code;
    h.clock.advance(DAY);
    await h.fails('ConfirmSignUp', confirm('late@example.com', code), 'ExpiredCodeException', 'Invalid code provided, please request a code again.');

    await h.ok('SignUp', signUpBody('ontime@example.com'));
    const fresh = h.pool.inbox.latest('ontime@example.com')!.code;
    h.clock.advance(DAY - 1000);
    await h.ok('ConfirmSignUp', confirm('ontime@example.com', fresh));
  });

  it('treats a code superseded by ResendConfirmationCode as expired, and the new one works', async () => {
    const h = harness();
    await h.ok('SignUp', signUpBody('jane@example.com'));
    const first = h.pool.inbox.latest()!.code;
    const resent = await h.ok('ResendConfirmationCode', { ClientId: CLIENT_ID, Username: 'jane@example.com' });
    expect(resent.CodeDeliveryDetails).toEqual({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'j***@e***.com' });
    const second = h.pool.inbox.latest()!.code;
    expect(second).not.toBe(first);
    expect(h.pool.inbox.list().map((m) => m.code)).toEqual([second, first]);
    await h.fails('ConfirmSignUp', confirm('jane@example.com', first), 'ExpiredCodeException', 'Invalid code provided, please request a code again.');
    await h.ok('ConfirmSignUp', confirm('jane@example.com', second));
  });

  it('allows 15 confirmation attempts per hour, then LimitExceededException', async () => {
    const h = harness();
    await h.ok('SignUp', signUpBody('jane@example.com'));
    const code = h.pool.inbox.latest()!.code;
    const wrong = otherCode(code);
    for (let i = 0; i < 15; i++) expect((await h.call('ConfirmSignUp', confirm('jane@example.com', wrong))).body.__type).toBe('CodeMismatchException');
    await h.fails('ConfirmSignUp', confirm('jane@example.com', code), 'LimitExceededException', 'Attempt limit exceeded, please try after some time.');
    h.clock.advance(3_600_000);
    await h.ok('ConfirmSignUp', confirm('jane@example.com', code));
  });

  it('hides unknown users behind a code mismatch, or names them with PreventUserExistenceErrors off', async () => {
    await harness().fails('ConfirmSignUp', confirm('nobody@example.com', '123456'), 'CodeMismatchException', 'Invalid verification code provided, please try again.');
    await harness({ preventUserExistenceErrors: false }).fails(
      'ConfirmSignUp',
      confirm('nobody@example.com', '123456'),
      'UserNotFoundException',
      'Username/client id combination not found.',
    );
  });
});

describe('ResendConfirmationCode', () => {
  it('refuses confirmed users and allows 5 resends per hour', async () => {
    const h = harness();
    h.pool.seedUser({ email: 'done@example.com', password: PASSWORD });
    await h.fails('ResendConfirmationCode', { ClientId: CLIENT_ID, Username: 'done@example.com' }, 'InvalidParameterException', 'User is already confirmed.');

    await h.ok('SignUp', signUpBody('jane@example.com'));
    const resend = { ClientId: CLIENT_ID, Username: 'jane@example.com' };
    for (let i = 0; i < 5; i++) await h.ok('ResendConfirmationCode', resend);
    await h.fails('ResendConfirmationCode', resend, 'LimitExceededException', 'Attempt limit exceeded, please try after some time.');
    expect(h.pool.inbox.list()).toHaveLength(6);
    h.clock.advance(3_600_000);
    await h.ok('ResendConfirmationCode', resend);
  });

  it('pretends to send to unknown users when PreventUserExistenceErrors is on', async () => {
    const h = harness();
    const body = await h.ok('ResendConfirmationCode', { ClientId: CLIENT_ID, Username: 'ghost@example.com' });
    expect(body.CodeDeliveryDetails).toEqual({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'g***@e***.com' });
    expect(h.pool.inbox.list()).toHaveLength(0);
  });
});

describe('sign-in before confirmation', () => {
  it('answers UserNotConfirmedException, even to a wrong password', async () => {
    const h = harness();
    await h.ok('SignUp', signUpBody('jane@example.com'));
    await h.fails('InitiateAuth', passwordAuth('jane@example.com'), 'UserNotConfirmedException', 'User is not confirmed.');
    await h.fails('InitiateAuth', passwordAuth('jane@example.com', 'Wrong-passw0rd'), 'UserNotConfirmedException', 'User is not confirmed.');
  });
});

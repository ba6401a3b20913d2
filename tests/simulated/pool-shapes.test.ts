/**
 * The simulated pool in every shape (scenarios.ts): usernames and aliases, phone numbers as
 * usernames, required and custom attributes, no public sign-up; as Cognito documents them.
 */
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/simulated/scenarios';
import { pageShapeOf } from '../../src/simulated/page-shape';
import { CLIENT_ID, PASSWORD, decodeJwt, harness, passwordAuth } from './helpers';
import { PREFERRED_ALIAS_USER } from '../../src/simulated/demo-users';

const shape = (name: string) => harness(settingsFor(name));
const signUp = (username: string, attributes: Record<string, string> = {}) => ({
  ClientId: CLIENT_ID,
  Username: username,
  Password: PASSWORD,
  UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
});
const confirm = (username: string, code: string) => ({ ClientId: CLIENT_ID, Username: username, ConfirmationCode: code });

describe('a pool of usernames', async () => {
  it('keeps the username as typed, confirms by email, and signs in by username only', async () => {
    const h = shape('username');
    const out = await h.ok('SignUp', signUp('ada_lovelace', { email: 'ada@example.com' }));
    expect(h.pool.inspectUser('ada_lovelace')).toMatchObject({ username: 'ada_lovelace', email: 'ada@example.com', status: 'UNCONFIRMED' });
    expect(out.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    await h.ok('ConfirmSignUp', confirm('ada_lovelace', h.pool.inbox.latest()!.code));
    expect((await h.ok('InitiateAuth', passwordAuth('ada_lovelace'))).AuthenticationResult).toBeDefined();
    // Not an alias here: the email names nobody.
    await h.fails('InitiateAuth', passwordAuth('ada@example.com'), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('requires the attributes the pool requires, and names a taken username as Cognito does', async () => {
    const h = shape('username');
    await h.fails('SignUp', signUp('ada'), 'InvalidParameterException', 'Attributes did not conform to the schema: email: The attribute is required');
    await h.ok('SignUp', signUp('ada', { email: 'ada@example.com' }));
    await h.fails('SignUp', signUp('ada', { email: 'other@example.com' }), 'UsernameExistsException', 'User already exists');
  });

  it('refuses a username with a space in it', async () => {
    const h = shape('username');
    const response = await h.call('SignUp', signUp('ada lovelace', { email: 'ada@example.com' }));
    expect(response.body).toMatchObject({ __type: 'InvalidParameterException' });
    expect(response.body.message).toContain("Value at 'username' failed to satisfy constraint");
  });
});

describe('email as an alias', async () => {
  it('refuses a username in email format', async () => {
    const h = shape('username-email-alias');
    await h.fails(
      'SignUp',
      signUp('ada@example.com', { email: 'ada@example.com' }),
      'InvalidParameterException',
      'Username cannot be of email format, since user pool is configured for email alias.',
    );
  });

  it('signs in with the alias as typed once it is verified, and answers with the real username', async () => {
    const h = shape('username-email-alias');
    await h.ok('SignUp', signUp('ada', { email: 'ada@example.com' }));
    // Not verified yet: the alias names nobody.
    await h.fails('InitiateAuth', passwordAuth('ada@example.com'), 'NotAuthorizedException', 'Incorrect username or password.');
    await h.ok('ConfirmSignUp', confirm('ada', h.pool.inbox.latest()!.code));
    const out = await h.ok('InitiateAuth', passwordAuth('ada@example.com'));
    expect(out.AuthenticationResult).toBeDefined();
    expect(h.pool.inspectUser('ada')).toMatchObject({ emailVerified: true });
  });

  it('lets a second account sign up with a verified email, and refuses it at confirmation (AliasExistsException)', async () => {
    const h = shape('username-email-alias');
    await h.ok('SignUp', signUp('ada', { email: 'ada@example.com' }));
    await h.ok('ConfirmSignUp', confirm('ada', h.pool.inbox.latest()!.code));
    await h.ok('SignUp', signUp('ada2', { email: 'ada@example.com' }));
    await h.fails('ConfirmSignUp', confirm('ada2', h.pool.inbox.latest()!.code), 'AliasExistsException', 'An account with the email already exists.');
  });
});

describe('phone numbers as usernames', async () => {
  it('needs an E.164 number, texts the code, and signs in with the number', async () => {
    const h = shape('phone');
    await h.fails('SignUp', signUp('ada@example.com'), 'InvalidParameterException', 'Username should be a phone number.');
    const out = await h.ok('SignUp', signUp('+447700900123'));
    expect(out.CodeDeliveryDetails).toEqual({ AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: '+********0123' });
    expect(h.pool.inbox.latest()).toMatchObject({ medium: 'SMS', purpose: 'signUp' });
    // A new code goes the same way.
    expect((await h.ok('ResendConfirmationCode', { ClientId: CLIENT_ID, Username: '+447700900123' })).CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'SMS' });
    await h.ok('ConfirmSignUp', confirm('+447700900123', h.pool.inbox.latest()!.code));
    expect(h.pool.inspectUser('+447700900123')).toMatchObject({ phoneVerified: true, phoneNumber: '+447700900123' });
    expect((await h.ok('InitiateAuth', passwordAuth('+447700900123'))).AuthenticationResult).toBeDefined();
    await h.fails('SignUp', signUp('+447700900123'), 'UsernameExistsException', 'An account with the given phone_number already exists.');
  });

  it('takes either where both are usernames', async () => {
    const h = shape('email-or-phone');
    await h.fails('SignUp', signUp('ada'), 'InvalidParameterException', 'Username should be either an email or a phone number.');
    expect((await h.ok('SignUp', signUp('ada@example.com'))).CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL' });
    expect((await h.ok('SignUp', signUp('+447700900123'))).CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'SMS' });
  });
});

describe('attributes', async () => {
  it('takes the required standard attributes and the pool’s custom one, each in its format', async () => {
    const h = shape('attributes');
    const good = { email: 'ada@example.com', given_name: 'Ada', family_name: 'Lovelace', birthdate: '1815-12-10' };
    await h.fails('SignUp', signUp('ada@example.com', { email: 'ada@example.com' }), 'InvalidParameterException', 'Attributes did not conform to the schema: given_name: The attribute is required');
    await h.fails('SignUp', signUp('ada@example.com', { ...good, birthdate: '10/12/1815' }), 'InvalidParameterException', 'Attributes did not conform to the schema: birthdate: The attribute must be in YYYY-MM-DD format');
    await h.fails('SignUp', signUp('ada@example.com', { ...good, 'custom:unknown': 'x' }), 'InvalidParameterException', 'Attributes did not conform to the schema: Type for attribute {custom:unknown} could not be determined');
    await h.fails('SignUp', signUp('ada@example.com', { ...good, phone_number: '07700 900123' }), 'InvalidParameterException', 'Invalid phone number format.');
    await h.ok('SignUp', signUp('ada@example.com', { ...good, 'custom:team': 'Analytical Engines' }));
  });
});

describe('no public sign-up', async () => {
  it('refuses SignUp; an invited user still sets a password at NEW_PASSWORD_REQUIRED', async () => {
    const h = shape('admin-only');
    await h.fails('SignUp', signUp('ada@example.com'), 'NotAuthorizedException', 'SignUp is not permitted for this user pool');
    h.pool.seedUser({ email: 'invited@example.com', password: 'TempPassw0rd!', status: 'FORCE_CHANGE_PASSWORD' });
    expect((await h.ok('InitiateAuth', passwordAuth('invited@example.com', 'TempPassw0rd!'))).ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  });
});

describe('what the demo tells the page', async () => {
  it('is each scenario’s shape', async () => {
    expect(pageShapeOf(settingsFor('default'))).toEqual({ signInWith: ['email'], signUpAttributes: [], selfSignUp: true });
    expect(pageShapeOf(settingsFor('username')).signInWith).toEqual(['username']);
    expect(pageShapeOf(settingsFor('username')).signUpAttributes).toEqual([{ name: 'email', required: true }]);
    expect(pageShapeOf(settingsFor('username-email-alias')).signInWith).toEqual(['username', 'email']);
    expect(pageShapeOf(settingsFor('phone')).signInWith).toEqual(['phone']);
    expect(pageShapeOf(settingsFor('email-or-phone')).signInWith).toEqual(['email', 'phone']);
    expect(pageShapeOf(settingsFor('attributes')).signUpAttributes).toContainEqual({ name: 'custom:team', required: false, label: 'Team' });
    expect(pageShapeOf(settingsFor('admin-only')).selfSignUp).toBe(false);
  });
});

describe('each user’s sub', () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  /** The sub of every place Cognito gives it: the ID and access tokens, and GetUser's attributes. */
  async function subsOf(h: ReturnType<typeof shape>, signInAs: string) {
    const result = (await h.ok('InitiateAuth', passwordAuth(signInAs))).AuthenticationResult;
    const user = await h.ok('GetUser', { AccessToken: result.AccessToken });
    return {
      id: decodeJwt(result.IdToken).payload,
      access: decodeJwt(result.AccessToken).payload,
      attribute: user.UserAttributes.find((a: { Name: string }) => a.Name === 'sub')?.Value,
      username: user.Username,
    };
  }

  it('is a random UUID of its own in a pool of usernames, the same in every token and attribute', async () => {
    const h = shape('username');
    for (const name of ['ada', 'grace']) {
      await h.ok('SignUp', signUp(name, { email: `${name}@example.com` }));
      await h.ok('ConfirmSignUp', confirm(name, h.pool.inbox.latest()!.code));
    }
    const ada = await subsOf(h, 'ada');
    expect(ada.id.sub).toMatch(UUID_V4);
    expect(ada.id.sub).not.toBe('ada');
    expect([ada.access.sub, ada.attribute, h.pool.inspectUser('ada')!.sub]).toEqual([ada.id.sub, ada.id.sub, ada.id.sub]);
    // The username stays the name typed at sign-up.
    expect([ada.username, ada.id['cognito:username'], ada.access.username]).toEqual(['ada', 'ada', 'ada']);
    // Kept with the user: the next sign-in has the same one; another user has another.
    expect((await subsOf(h, 'ada')).id.sub).toBe(ada.id.sub);
    expect((await subsOf(h, 'grace')).id.sub).not.toBe(ada.id.sub);
  });

  it('is the username where email is the username attribute (a UUID there)', async () => {
    const h = shape('default');
    await h.ok('SignUp', signUp('ada@example.com'));
    await h.ok('ConfirmSignUp', confirm('ada@example.com', h.pool.inbox.latest()!.code));
    const summary = h.pool.inspectUser('ada@example.com')!;
    expect(summary.sub).toMatch(UUID_V4);
    expect(summary.sub).toBe(summary.username);
  });

  it('is a UUID of its own for a user an administrator added to a pool of usernames', () => {
    const h = shape('username');
    const username = h.pool.seedUser({ email: 'ada@example.com', username: 'ada', password: PASSWORD });
    expect(h.pool.inspectUser(username)!.sub).toMatch(UUID_V4);
  });
});

describe('a preferred username as an alias', () => {
  it('cannot be given at sign-up, as Cognito documents', async () => {
    const h = shape('username-preferred-alias');
    await h.fails(
      'SignUp',
      signUp('grace', { email: 'grace@example.com', preferred_username: 'Admiral' }),
      'InvalidParameterException',
      'Preferred username cannot be provided for unconfirmed account, since user pool is configured for preferred username alias.',
    );
    // Where it is no alias, it is an attribute like any other.
    await shape('username').ok('SignUp', signUp('grace', { email: 'grace@example.com', preferred_username: 'Admiral' }));
  });

  /** The demo's user who has set a preferred username (after confirming), as demo-users.ts seeds it. */
  const seeded = (settings = settingsFor('username-preferred-alias')) => {
    const h = harness(settings);
    h.pool.seedUser({ ...PREFERRED_ALIAS_USER, attributes: { ...PREFERRED_ALIAS_USER.attributes }, password: PASSWORD });
    return h;
  };

  it('signs in once set, as typed, answering with the real username; not where it is no alias', async () => {
    const h = seeded();
    const out = await h.ok('InitiateAuth', passwordAuth('Countess'));
    const claims = decodeJwt(out.AuthenticationResult.IdToken).payload;
    expect(claims).toMatchObject({ 'cognito:username': 'ada', preferred_username: 'Countess', email: 'ada@example.com' });
    // The pool's default is case-sensitive, for the alias too.
    await h.fails('InitiateAuth', passwordAuth('countess'), 'NotAuthorizedException', 'Incorrect username or password.');
    // Nobody has set this one.
    await h.fails('InitiateAuth', passwordAuth('Admiral'), 'NotAuthorizedException', 'Incorrect username or password.');

    const other = shape('username');
    other.pool.seedUser({ email: 'ada@example.com', username: 'ada', password: PASSWORD, attributes: { preferred_username: 'Countess' } });
    await other.fails('InitiateAuth', passwordAuth('Countess'), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('folds case where the pool is case-insensitive', async () => {
    const h = seeded(settingsFor('username-preferred-alias', { usernameCaseSensitive: false }));
    expect((await h.ok('InitiateAuth', passwordAuth('cOUNTESS'))).AuthenticationResult).toBeDefined();
  });

  it('names one user: a second user cannot take it', () => {
    const h = seeded();
    expect(() => h.pool.seedUser({ email: 'grace@example.com', username: 'grace', password: PASSWORD, attributes: { preferred_username: 'Countess' } })).toThrow(/preferred username/);
  });

  it('tells the page its shape', () => {
    expect(pageShapeOf(settingsFor('username-preferred-alias')).signInWith).toEqual(['username', 'preferred_username', 'email']);
  });
});

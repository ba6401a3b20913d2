import { describe, expect, it } from 'vitest';
import { CLIENT_ID, PASSWORD, harness, passwordAuth, respond } from './helpers';

describe('an app client with a secret (a public SPA cannot use it)', () => {
  const forSecret = `Client ${CLIENT_ID} is configured for secret but secret was not received`;
  const withSecret = `Client ${CLIENT_ID} is configured with secret but SECRET_HASH was not received`;
  const cannotVerify = `Unable to verify secret hash for client ${CLIENT_ID}`;

  it('refuses SignUp, confirmation and password reset without SecretHash, and cannot verify one', async () => {
    const h = harness({ clientSecret: true });
    const signUp = { ClientId: CLIENT_ID, Username: 'jane@example.com', Password: PASSWORD };
    await h.fails('SignUp', signUp, 'NotAuthorizedException', forSecret);
    await h.fails('SignUp', { ...signUp, SecretHash: 'bm90IHRoZSBoYXNo' }, 'NotAuthorizedException', cannotVerify);
    await h.fails('ConfirmSignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com', ConfirmationCode: '123456' }, 'NotAuthorizedException', forSecret);
    await h.fails('ResendConfirmationCode', { ClientId: CLIENT_ID, Username: 'jane@example.com' }, 'NotAuthorizedException', forSecret);
    await h.fails('ForgotPassword', { ClientId: CLIENT_ID, Username: 'jane@example.com' }, 'NotAuthorizedException', forSecret);
    expect(h.pool.inspectUser('jane@example.com')).toBeUndefined();
  });

  it('refuses sign-in without SECRET_HASH, and refresh without it', async () => {
    const h = harness({ clientSecret: true });
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    await h.fails('InitiateAuth', passwordAuth('jane@example.com'), 'NotAuthorizedException', withSecret);
    await h.fails(
      'InitiateAuth',
      { ClientId: CLIENT_ID, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'jane@example.com', PASSWORD, SECRET_HASH: 'abc=' } },
      'NotAuthorizedException',
      cannotVerify,
    );
    await h.fails('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: 'abc' } }, 'NotAuthorizedException', forSecret);
    await h.fails('RespondToAuthChallenge', respond('SMS_MFA', `AYABe${'x'.repeat(40)}`, { USERNAME: 'jane@example.com', SMS_MFA_CODE: '123456' }), 'NotAuthorizedException', withSecret);
    await h.fails('RevokeToken', { ClientId: CLIENT_ID, Token: 'abc' }, 'UnauthorizedException', `Client ${CLIENT_ID} is configured with secret but ClientSecret was not received`);
  });

  it('checks the client before the secret: an unknown client is still ResourceNotFoundException', async () => {
    await harness({ clientSecret: true }).fails('SignUp', { ClientId: 'other', Username: 'jane@example.com' }, 'ResourceNotFoundException', 'User pool client other does not exist.');
  });
});

describe('an app client without ALLOW_USER_PASSWORD_AUTH', () => {
  it('refuses USER_PASSWORD_AUTH before looking at the credentials, but still signs up users', async () => {
    const h = harness({ userPasswordAuth: false });
    h.pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    const message = 'USER_PASSWORD_AUTH flow not enabled for this client';
    await h.fails('InitiateAuth', passwordAuth('jane@example.com'), 'InvalidParameterException', message);
    await h.fails('InitiateAuth', passwordAuth('nobody@example.com', 'x'), 'InvalidParameterException', message);
    await h.fails('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'USER_PASSWORD_AUTH' }, 'InvalidParameterException', message);
    expect((await h.ok('SignUp', { ClientId: CLIENT_ID, Username: 'new@example.com', Password: PASSWORD })).UserConfirmed).toBe(false);
  });
});

describe('RevokeToken for an unknown client', () => {
  it('answers UnauthorizedException (ResourceNotFoundException is not in its model)', async () => {
    await harness().fails('RevokeToken', { ClientId: 'other', Token: 'abc' }, 'UnauthorizedException', 'User pool client other is not authorized to revoke this token.');
  });
});

import {
  AssociateSoftwareTokenCommand,
  CodeMismatchException,
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  InvalidParameterException,
  NotAuthorizedException,
  RespondToAuthChallengeCommand,
  SignUpCommand,
  UsernameExistsException,
  UserNotConfirmedException,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatedServer } from '../../src/simulated/node';
import { totpCode } from '../../src/simulated/totp';
import { CLIENT_ID, PASSWORD } from './helpers';

const { server, pool, inbox } = createSimulatedServer({ usernameCaseSensitive: false });
const client = new CognitoIdentityProviderClient({ region: 'us-east-1' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => pool.reset());
afterAll(() => server.close());

async function rejection(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number; requestId?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

describe('the AWS SDK v3 against the simulated pool', () => {
  it('walks sign-up, confirmation and TOTP setup to tokens', async () => {
    const email = 'jane@example.com';
    const signUp = await client.send(new SignUpCommand({ ClientId: CLIENT_ID, Username: email, Password: PASSWORD }));
    expect(signUp.UserConfirmed).toBe(false);
    expect(signUp.CodeDeliveryDetails).toEqual({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'j***@e***.com' });
    await client.send(new ConfirmSignUpCommand({ ClientId: CLIENT_ID, Username: email, ConfirmationCode: inbox.latest(email, 'signUp')!.code }));

    const start = await client.send(
      new InitiateAuthCommand({ ClientId: CLIENT_ID, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD } }),
    );
    expect(start.ChallengeName).toBe('MFA_SETUP');
    expect(start.ChallengeParameters).toEqual({ MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]', USER_ID_FOR_SRP: signUp.UserSub });

    const associated = await client.send(new AssociateSoftwareTokenCommand({ Session: start.Session }));
    const verified = await client.send(
      new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: totpCode(associated.SecretCode!, Date.now()) }),
    );
    expect(verified.Status).toBe('SUCCESS');
    const done = await client.send(
      new RespondToAuthChallengeCommand({
        ClientId: CLIENT_ID,
        ChallengeName: 'MFA_SETUP',
        Session: verified.Session,
        ChallengeResponses: { USERNAME: start.ChallengeParameters!.USER_ID_FOR_SRP },
      }),
    );
    expect(done.AuthenticationResult).toMatchObject({ ExpiresIn: 3600, TokenType: 'Bearer' });

    const user = await client.send(new GetUserCommand({ AccessToken: done.AuthenticationResult!.AccessToken }));
    expect(user.Username).toBe(signUp.UserSub);
    expect(user.UserMFASettingList).toEqual(['SOFTWARE_TOKEN_MFA']);
    await client.send(new GlobalSignOutCommand({ AccessToken: done.AuthenticationResult!.AccessToken }));
    const revoked = await rejection(client.send(new GetUserCommand({ AccessToken: done.AuthenticationResult!.AccessToken })));
    expect(revoked).toBeInstanceOf(NotAuthorizedException);
    expect(revoked.message).toBe('Access Token has been revoked');
  });

  it('turns the simulated pool errors into the modeled exception classes, with name, message and status', async () => {
    await client.send(new SignUpCommand({ ClientId: CLIENT_ID, Username: 'jane@example.com', Password: PASSWORD }));

    const exists = await rejection(client.send(new SignUpCommand({ ClientId: CLIENT_ID, Username: 'JANE@example.com', Password: PASSWORD })));
    expect(exists).toBeInstanceOf(UsernameExistsException);
    expect(exists.name).toBe('UsernameExistsException');
    expect(exists.message).toBe('An account with the given email already exists.');
    expect(exists.$metadata?.httpStatusCode).toBe(400);
    expect(exists.$metadata?.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const unconfirmed = await rejection(
      client.send(new InitiateAuthCommand({ ClientId: CLIENT_ID, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'jane@example.com', PASSWORD: 'x' } })),
    );
    expect(unconfirmed).toBeInstanceOf(UserNotConfirmedException);
    expect(unconfirmed.message).toBe('User is not confirmed.');

    const mismatch = await rejection(client.send(new ConfirmSignUpCommand({ ClientId: CLIENT_ID, Username: 'jane@example.com', ConfirmationCode: 'nope' })));
    expect(mismatch).toBeInstanceOf(CodeMismatchException);
    expect(mismatch.message).toBe('Invalid verification code provided, please try again.');

    const invalid = await rejection(client.send(new VerifySoftwareTokenCommand({ AccessToken: 'abc', UserCode: 'Aaaa' })));
    expect(invalid).toBeInstanceOf(InvalidParameterException);
    expect(invalid.message).toMatch(/^2 validation errors detected: Value 'Aaaa' at 'userCode' failed to satisfy constraint/);
  });

  it('reports an unknown client as ResourceNotFoundException', async () => {
    const error = await rejection(client.send(new SignUpCommand({ ClientId: 'nosuchclient', Username: 'jane@example.com', Password: PASSWORD })));
    expect(error.name).toBe('ResourceNotFoundException');
    expect(error.message).toBe('User pool client nosuchclient does not exist.');
  });
});

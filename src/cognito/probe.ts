/**
 * The doctor's probes (src/doctor, `/?doctor`): two requests a public client may send to anyone's
 * pool, each refused by Cognito, whose refusals say how the pool and app client are set up.
 * Their answers are kept as Cognito gave them (the error type, its message, the HTTP status) for
 * src/doctor/findings.ts to read.
 *
 * Why they are harmless:
 * - InitiateAuth USER_PASSWORD_AUTH for a user name made of random bytes under the reserved
 *   `.invalid` domain (RFC 2606), with a random password: no such user exists, so nothing is
 *   signed in, locked out or sent (codes go out only after a user's password is accepted, and
 *   only to that user). Where the pool has a migrate-user trigger, Cognito asks it about the
 *   unknown user ("When a user doesn't exist in the user pool at sign-in with a password ...
 *   Amazon Cognito invokes this trigger", Developer Guide) and creates a user only if the trigger
 *   vouches for that name and password, which no directory can for random ones. A pre
 *   authentication trigger runs with userNotFound = true where PreventUserExistenceErrors is ENABLED.
 * - InitiateAuth REFRESH_TOKEN_AUTH with a string that is no refresh token: no user is named.
 * Not used: SignUp, even one meant to fail validation, since a request that passes creates a
 * user and sends a code; GetUser with an invalid token, whose "Invalid Access Token" says nothing
 * of the pool; any admin operation (signed, and needing credentials this page never has).
 */
import { InitiateAuthCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { PoolConfig } from '../config';
import type { ProbeAnswer, ProbeAnswers } from '../doctor/answers';
import { newSdkClient } from './sdk-client';
import { notJson } from './sdk-errors';

export async function probePool(pool: PoolConfig, sdk: CognitoIdentityProviderClient = newSdkClient(pool)): Promise<ProbeAnswers> {
  const ClientId = pool.clientId;
  const [signIn, refresh] = await Promise.all([
    answerOf(() =>
      sdk.send(
        new InitiateAuthCommand({
          ClientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: `doctor-${randomHex()}@probe.invalid`, PASSWORD: `${randomHex()}-Aa1!` },
        }),
      ),
    ),
    answerOf(() =>
      sdk.send(new InitiateAuthCommand({ ClientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: `not-a-refresh-token-${randomHex()}` } })),
    ),
  ]);
  return { signIn, refresh };
}

async function answerOf(send: () => Promise<unknown>): Promise<ProbeAnswer> {
  try {
    await send();
    return { kind: 'accepted' };
  } catch (error) {
    return failureOf(error);
  }
}

/** The SDK's exception as the doctor reads it: Cognito's `__type` is its name (reference §2.3). */
export function failureOf(error: unknown): ProbeAnswer {
  const { name, message, $metadata } = (error ?? {}) as { name?: unknown; message?: unknown; $metadata?: { httpStatusCode?: number } };
  const status = $metadata?.httpStatusCode;
  if (status === undefined) return { kind: 'noAnswer' };
  if (notJson(error)) return { kind: 'notCognito', status };
  return { kind: 'refused', type: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '', status };
}

/** 16 random bytes as hex: a name and a password no one has. */
function randomHex(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

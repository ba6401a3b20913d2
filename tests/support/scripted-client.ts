/**
 * A CognitoClient scripted per test: each method answers from the given implementation and
 * every call is recorded with its input, so tests can assert what Cognito would have been sent.
 * A method the test did not script fails the test loudly.
 */
import { createActor } from 'xstate';
import { authMachine, type AuthInput } from '../../src/auth/machine';
import { cognitoActors } from '../../src/auth/actors';
import { COGNITO_OPERATIONS, type CognitoClient, type CognitoOperation } from '../../src/auth/client';
import type { AuthStep, Tokens } from '../../src/auth/types';
import { AuthError } from '../../src/auth/errors';
import { NO_OFFERS, passkeyOfferActors, type PasskeyOfferPort } from '../../src/auth/passkeys';

export interface Call {
  op: CognitoOperation;
  input: unknown;
}

export function scriptedClient(script: Partial<CognitoClient>) {
  const calls: Call[] = [];
  const client = Object.fromEntries(
    COGNITO_OPERATIONS.map((op) => [
      op,
      (input: unknown) => {
        calls.push({ op, input });
        const implementation = script[op] as ((input: unknown) => Promise<unknown>) | undefined;
        if (!implementation) return Promise.reject(new Error(`unscripted call to ${op}`));
        return implementation(input);
      },
    ]),
  ) as unknown as CognitoClient;
  return { client, calls, ops: () => calls.map((call) => call.op) };
}

export function startAuth(script: Partial<CognitoClient>, input: AuthInput = {}, offers: PasskeyOfferPort = NO_OFFERS) {
  const scripted = scriptedClient(script);
  const actor = createActor(authMachine.provide({ actors: { ...cognitoActors(scripted.client), ...passkeyOfferActors(offers) } }), { input });
  actor.start();
  return { actor, ...scripted };
}

/** A promise the test settles when it chooses. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The pool that issues the tests' tokens (the ID token's `iss`). */
export const ISSUER = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1';

/** The passkey offer's memory when it has not offered one to this person yet. */
export const OFFER_DUE: PasskeyOfferPort = { due: async () => true, remember: () => undefined };

/** The app's Tokens, shaped like Cognito's, with an ID token that names the person (no pool involved). */
export function tokensFor(email: string, sub = '7d2c1f3e-0000-4000-8000-000000000001'): Tokens {
  const idToken = [
    base64url({ alg: 'RS256', kid: 'test' }),
    base64url({ sub, email, email_verified: true, 'cognito:username': sub, token_use: 'id', iss: ISSUER }),
    'signature',
  ].join('.');
  return { accessToken: 'access.token.value', idToken, refreshToken: 'refresh-token', expiresAt: Date.now() + 3600_000 };
}

export const signedIn = (email: string): AuthStep => ({ type: 'signedIn', tokens: tokensFor(email) });

export const SESSION = (n: number) => `AYABe-session-${n}-`.padEnd(40, 'x');

/** A method that fails with each of `errors` in turn, then answers with `then()` from there on. */
export function failsThen<T>(errors: readonly AuthError[], then: () => T): () => Promise<T> {
  let call = 0;
  return async () => {
    const error = errors[call++];
    if (error) throw error;
    return then();
  };
}

/** No answer: the connection dropped, or the request timed out. */
export const lostAnswer = () => new AuthError('network');

/** Cognito's answer to a Session sent twice (reference §3.2), as the adapter maps it. */
export const sessionSpent = () =>
  new AuthError('sessionExpired', { message: 'Invalid session for the user, session can only be used once.', sessionUsed: true });

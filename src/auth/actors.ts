/**
 * The machine's actors: one thin promise actor per CognitoClient method. Data goes in through
 * `input` and comes out as the actor's output; nothing is closed over but the client.
 */
import { fromPromise, type PromiseActorLogic } from 'xstate';
import { COGNITO_OPERATIONS, type CognitoClient, type CognitoOperation as Operation } from './client';
import { AuthError } from './errors';

type InputOf<K extends Operation> = Parameters<CognitoClient[K]>[0];
type OutputOf<K extends Operation> = Awaited<ReturnType<CognitoClient[K]>>;

export type CognitoActors = { [K in Operation]: PromiseActorLogic<OutputOf<K>, InputOf<K>> };

function operation<K extends Operation>(client: CognitoClient, name: K): PromiseActorLogic<OutputOf<K>, InputOf<K>> {
  return fromPromise<OutputOf<K>, InputOf<K>>(({ input }) =>
    (client[name] as (input: InputOf<K>) => Promise<OutputOf<K>>).call(client, input),
  );
}


export function cognitoActors(client: CognitoClient): CognitoActors {
  return Object.fromEntries(
    COGNITO_OPERATIONS.map((name) => [name, operation(client, name)]),
  ) as CognitoActors;
}

/** Stands in until a real client is provided: every call fails loudly. */
export const NO_CLIENT: CognitoClient = new Proxy({} as CognitoClient, {
  get: (_, name) => () => Promise.reject(new AuthError('unknown', { message: `No Cognito client for ${String(name)}` })),
});

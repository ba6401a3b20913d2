/** Shared set-up for the simulated pool tests: a pool on a hand-driven clock and call helpers. */

import { expect } from 'vitest';
import { JSON_11, TARGET_PREFIX } from '../../src/simulated/handlers';
import { SimulatedPool, DEFAULT_SETTINGS, type PoolResponse, type PoolSettingsInput, type SeedUserInput } from '../../src/simulated/pool';
import { generateSigningKey, type SigningKey } from '../../src/simulated/signing';
import { totpCode } from '../../src/simulated/totp';

/** A six-digit code that is not the given one (shared with the browser tests). */
export { otherCode } from '../bench/app.mjs';

export const CLIENT_ID = DEFAULT_SETTINGS.clientId;
export const PASSWORD = 'Passw0rd!';

// Any JSON body; tests read into it freely.
export type Json = Record<string, any>;

/** A clock that moves only when told: 5 s into a 30-s TOTP step. */
export class Clock {
  ms = Date.UTC(2026, 0, 15, 12, 0, 5);
  readonly now = () => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface Harness {
  pool: SimulatedPool;
  clock: Clock;
  call(operation: string, body: unknown): Promise<PoolResponse>;
  /** Calls and expects 200; returns the body. */
  ok(operation: string, body: unknown): Promise<Json>;
  /** Calls and expects a 400 of `type` with `message` (exact). */
  fails(operation: string, body: unknown, type: string, message: string): Promise<void>;
}

let signingKey: Promise<SigningKey> | undefined;

/** One signing key for every pool of a test file: making a 2048-bit RSA key takes a while. */
export function sharedSigningKey(): Promise<SigningKey> {
  return (signingKey ??= generateSigningKey());
}

export function harness(settings?: PoolSettingsInput, clock = new Clock()): Harness {
  const pool = new SimulatedPool({ settings, now: clock.now, signingKey: sharedSigningKey() });
  const call = (operation: string, body: unknown) => pool.handle(operation, body);
  return {
    pool,
    clock,
    call,
    async ok(operation, body) {
      const response = await call(operation, body);
      expect(response.body, `${operation} should succeed`).not.toHaveProperty('__type');
      expect(response.status).toBe(200);
      return response.body as Json;
    },
    async fails(operation, body, type, message) {
      const response = await call(operation, body);
      expect(response).toEqual({ status: 400, body: { __type: type, message } });
    },
  };
}

/** The Cognito endpoint of the simulated pool's region (SIMULATED_POOL.region). */
export const ENDPOINT = 'https://cognito-idp.us-east-1.amazonaws.com/';

/** One operation over HTTP as the SDK sends it; `init` bends the request for the protocol tests. */
export function post(operation: string, body: unknown, init: { url?: string; contentType?: string; raw?: string } = {}) {
  return fetch(init.url ?? ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': init.contentType ?? JSON_11, 'X-Amz-Target': `${TARGET_PREFIX}${operation}` },
    body: init.raw ?? JSON.stringify(body),
  });
}

export function passwordAuth(username: string, password = PASSWORD): Json {
  return { ClientId: CLIENT_ID, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } };
}

export function respond(challenge: string, session: string, responses: Record<string, string>): Json {
  return { ClientId: CLIENT_ID, ChallengeName: challenge, Session: session, ChallengeResponses: responses };
}

/** Signs up and confirms through the API, reading the code from the inbox. */
export async function signUpConfirmed(h: Harness, email: string, attributes: Array<{ Name: string; Value: string }> = []): Promise<string> {
  const signUp = await h.ok('SignUp', { ClientId: CLIENT_ID, Username: email, Password: PASSWORD, UserAttributes: attributes });
  const code = h.pool.inbox.latest(email, 'signUp')!.code;
  await h.ok('ConfirmSignUp', { ClientId: CLIENT_ID, Username: email, ConfirmationCode: code });
  return signUp.UserSub as string;
}

export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export function seedTotpUser(h: Harness, email = 'totp@example.com', extra: Partial<SeedUserInput> = {}): string {
  return h.pool.seedUser({ email, password: PASSWORD, totpSecret: TOTP_SECRET, preferredMfa: 'SOFTWARE_TOKEN_MFA', ...extra });
}

export function currentTotp(h: Harness, secret = TOTP_SECRET): string {
  return totpCode(secret, h.clock.ms);
}

/** Signs in a user that needs no MFA (pool OPTIONAL or OFF, or TOTP) and returns Cognito's AuthenticationResult. */
export async function authenticationResult(h: Harness, email: string, password = PASSWORD): Promise<Json> {
  const start = await h.ok('InitiateAuth', passwordAuth(email, password));
  if (start.AuthenticationResult) return start.AuthenticationResult;
  expect(start.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  const done = await h.ok(
    'RespondToAuthChallenge',
    respond('SOFTWARE_TOKEN_MFA', start.Session, {
      USERNAME: start.ChallengeParameters.USER_ID_FOR_SRP,
      SOFTWARE_TOKEN_MFA_CODE: currentTotp(h),
    }),
  );
  return done.AuthenticationResult;
}

export function decodeJwt(token: string): { header: Json; payload: Json } {
  const [header, payload] = token
    .split('.')
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Json);
  return { header, payload };
}

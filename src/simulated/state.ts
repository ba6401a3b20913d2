/** The state the operation modules share, and helpers to read request bodies after validation. */

import type { Inbox, MessagePurpose } from './inbox';
import { fail } from './messages';
import type { Session, SessionStore } from './sessions';
import type { PoolSettings } from './settings';
import type { TokenStore } from './tokens';
import type { UserRecord } from './users';

export type Body = Record<string, unknown>;
/** An operation's answer: a promise where it issues tokens (signing them is asynchronous). */
export type Answer = Body | Promise<Body>;

export interface PoolState {
  readonly settings: PoolSettings;
  readonly now: () => number;
  readonly inbox: Inbox;
  readonly sessions: SessionStore;
  readonly tokens: TokenStore;
  /** By internal username. */
  readonly users: Map<string, UserRecord>;
  /** The user signed in as `name`: the email (case-insensitive) or the internal username. */
  findUser(name: string): UserRecord | undefined;
  /** The user behind a usable access token; throws NotAuthorizedException otherwise. */
  userFromAccessToken(token: string): UserRecord;
  /** A session usable for `accepts` (see sessions.ts). */
  takeSession(id: string, accepts: (session: Session) => boolean): Session;
  /** Generates a 6-digit code (none of `avoid`) and "sends" it by email or SMS; returns the code. */
  sendCode(user: UserRecord, medium: 'EMAIL' | 'SMS', purpose: MessagePurpose, avoid?: ReadonlySet<string>): string;
}

export function optionalString(body: Body, member: string): string | undefined {
  const value = body[member];
  return typeof value === 'string' ? value : undefined;
}

/** A member the model marks required: validation has already ensured it is a string. */
export function requiredString(body: Body, member: string): string {
  const value = body[member];
  if (typeof value !== 'string') throw new Error(`${member} should have been validated`);
  return value;
}

export function stringMap(body: Body, member: string): Record<string, string> {
  const value = body[member];
  const out: Record<string, string> = {};
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) if (typeof item === 'string') out[key] = item;
  }
  return out;
}

/** A key of AuthParameters / ChallengeResponses that the flow needs. */
export function requiredParameter(map: Record<string, string>, name: string): string {
  const value = map[name];
  if (value === undefined || value === '') throw fail('missingParameter', { name });
  return value;
}

/**
 * Challenge sessions: opaque strings that carry a sign-in from one call to the next.
 *
 * Each session has a purpose, and a call accepts only sessions of its own purpose:
 * - `challenge`: returned with a challenge (InitiateAuth / RespondToAuthChallenge), answered by
 *   RespondToAuthChallenge with the same ChallengeName; an MFA_SETUP one is also what
 *   AssociateSoftwareToken accepts.
 * - `associate`: returned by AssociateSoftwareToken(Session); only VerifySoftwareToken accepts it.
 * - `verified`: returned by VerifySoftwareToken(Session); only RespondToAuthChallenge(MFA_SETUP)
 *   accepts it.
 * - `signUp`: returned by SignUp where USER_AUTH is on; ConfirmSignUp takes it.
 * - `signedUp`: returned by ConfirmSignUp where USER_AUTH is on; InitiateAuth(USER_AUTH) takes it
 *   to sign the new user in without a second code.
 *
 * Checks, in order: unknown or of another purpose -> "Invalid session for the user."; already
 * consumed -> "... session can only be used once."; older than AuthSessionValidity -> "... session
 * is expired.".
 */

import { fail } from './messages';
import type { MfaFactor } from './users';
import type { ChallengeName } from './validate';
import { base64UrlEncode, randomBytes } from './totp';

export type SessionPurpose = 'challenge' | 'associate' | 'verified' | 'signUp' | 'signedUp';

export interface Session {
  id: string;
  purpose: SessionPurpose;
  username: string;
  challenge?: ChallengeName;
  expiresAt: number;
  consumed: boolean;
  /** Wrong answers still allowed on this session before it is consumed. */
  triesLeft: number;
  /** The code sent by SMS or email for SMS_MFA / EMAIL_OTP. */
  code?: string;
  /** Where an EMAIL_OTP code went during email MFA setup (MFA_SETUP with EMAIL). */
  setupEmail?: boolean;
  /** SELECT_MFA_TYPE: the factors offered. */
  choices?: readonly MfaFactor[];
  /** `associate`: the secret awaiting verification. */
  secret?: string;
  /** SELECT_CHALLENGE: the AvailableChallenges offered. */
  available?: readonly ChallengeName[];
  /** WEB_AUTHN: the challenge of CREDENTIAL_REQUEST_OPTIONS, base64url. */
  webAuthnChallenge?: string;
  /** A sign-in for a user who does not exist, played out so as not to tell (PreventUserExistenceErrors). */
  decoy?: boolean;
}

/**
 * Design choice (unverified in the reference): a wrong code keeps a SOFTWARE_TOKEN_MFA, SMS_MFA or
 * EMAIL_OTP session, and the Associate session of TOTP setup, usable for 3 more tries; the 4th
 * wrong answer consumes it, and the next call gets "session can only be used once".
 */
export const TRIES_PER_SESSION = 4;

export class SessionStore {
  #sessions = new Map<string, Session>();

  constructor(
    private readonly ttlMs: () => number,
    private readonly now: () => number,
  ) {}

  clear(): void {
    this.#sessions.clear();
  }

  create(fields: Omit<Session, 'id' | 'expiresAt' | 'consumed' | 'triesLeft'>): Session {
    this.#sweep();
    const session: Session = {
      ...fields,
      // Real sessions are long base64 blobs beginning "AYABe" (reference §3.2); 300 random bytes
      // give about 400 characters, inside SessionType's 20-2048.
      id: `AYABe${base64UrlEncode(randomBytes(300))}`,
      expiresAt: this.now() + this.ttlMs(),
      consumed: false,
      triesLeft: TRIES_PER_SESSION,
    };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The session if it is usable for `accepts`, else the matching NotAuthorizedException. */
  take(id: string, accepts: (session: Session) => boolean): Session {
    const session = this.#sessions.get(id);
    if (!session || !accepts(session)) throw fail('sessionInvalid');
    if (session.consumed) throw fail('sessionUsed');
    if (session.expiresAt <= this.now()) throw fail('sessionExpired');
    return session;
  }

  /** The session with this id if it is one this store issued, whatever its state. */
  lookup(id: string): Session | undefined {
    return this.#sessions.get(id);
  }

  consume(session: Session): void {
    session.consumed = true;
  }

  /** Counts a wrong answer; consumes the session when no tries are left. */
  wrongAnswer(session: Session): void {
    session.triesLeft -= 1;
    if (session.triesLeft <= 0) session.consumed = true;
  }

  /** Forgets sessions long past expiry so the map does not grow without bound. */
  #sweep(): void {
    const cutoff = this.now() - 60 * 60_000;
    for (const [id, session] of this.#sessions) {
      if (session.expiresAt < cutoff) this.#sessions.delete(id);
    }
  }
}

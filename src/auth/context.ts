/**
 * What the statechart knows, and what it knows at the start. Kept apart from the machine (no
 * XState here) so the first screen can be drawn from it before the machine has loaded
 * (src/boot/first-screen.ts).
 */
import type { FieldProblems } from './problems';
import type { Challenge, CodeDelivery, FirstFactor, MfaSettings, Passkey, SignedInUser, Tokens } from './types';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from './validate';
import { jwtClaims } from './jwt';
import { DEFAULT_POOL_SHAPE, type PoolShape } from './pool-shape';

/** A sentence the next screen starts with, about what just happened. */
export type Notice =
  | 'sessionExpired'
  /** Cognito said the challenge session was already used (an answer lost to the network may have spent it). */
  | 'sessionUsed'
  | 'sessionEnded'
  | 'sessionRevoked'
  | 'sessionNotRenewed'
  | 'codeResent'
  | 'accountConfirmed'
  | 'alreadyConfirmed'
  | 'confirmBeforeSignIn'
  | 'resetCodeSent'
  | 'passwordChanged'
  | 'totpEnabled'
  | 'mfaUpdated'
  | 'signedOut'
  | 'signedOutEverywhere'
  /** Signed out in another tab of this site. */
  | 'signedOutElsewhere'
  | 'passkeyAdded'
  | 'passkeyDeleted';

export interface AuthInput {
  passwordPolicy?: PasswordPolicy;
  /** How long Cognito keeps a challenge session (the app client's AuthSessionValidity). */
  sessionTtlMs?: number;
  /** How long a person waits before asking for another code. */
  resendCooldownMs?: number;
  email?: string;
  /** The name an authenticator app shows next to the account. */
  totpIssuer?: string;
  /** Tokens kept from an earlier visit (only when the site opts in to keeping sessions). */
  tokens?: Tokens | null;
  /** The pool requires MFA (MfaConfiguration ON), as the site's operator states it at build time. */
  mfaRequired?: boolean;
  /** What the pool signs people up and in with (pool-shape.ts); email as the username when absent. */
  poolShape?: PoolShape;
  /**
   * Choice-based sign-in (USER_AUTH): the first factors the page offers, as the operator states
   * them (VITE_COGNITO_FIRST_FACTORS) or the simulated pool tells. Empty or absent: the password
   * sign-in (USER_PASSWORD_AUTH).
   */
  firstFactors?: readonly FirstFactor[];
}

export interface AuthContext {
  /**
   * The identifier as typed, kept across every screen: an email, a phone number or a username,
   * as the pool signs people in (poolShape). Normalised once a form sends it.
   */
  email: string;
  /** Held only between a form and the sign-in it leads to; then forgotten. */
  password: string | null;
  challenge: Challenge | null;
  /** Epoch ms at which the current challenge session runs out. */
  sessionExpiresAt: number;
  /** Base32 secret of the authenticator being set up. */
  totpSecret: string | null;
  /** Where the last code went. */
  delivery: CodeDelivery | null;
  resendAvailableAt: number;
  tokens: Tokens | null;
  /** Refreshes of these tokens that failed in a row (the network), and when to try the next. */
  refreshFailures: number;
  refreshRetryAt: number;
  user: SignedInUser | null;
  mfaSettings: MfaSettings | null;
  /**
   * An authenticator was verified from the account page in this session but SetUserMFAPreference
   * has not turned it on yet. GetUser cannot tell: UserMFASettingList lists only what is turned on,
   * and verifying does not change it (reference §4.4 B; amplify-js #1226), MFAOptions covers SMS
   * only, and no other public-client operation reports an associated authenticator.
   */
  totpVerified: boolean;
  /**
   * The pool requires a second step, so the only one a person has must not be turned off. A
   * public client cannot read the pool's MfaConfiguration (GetUserPoolMfaConfig is an admin
   * operation); it is known when the operator says so at build time, or once sign-in answered
   * MFA_SETUP, which Cognito sends only "for users who are required to setup an MFA factor before
   * they can sign in" (API InitiateAuth, ChallengeName).
   */
  mfaRequired: boolean;
  /** Choice-based sign-in's first factors (AuthInput.firstFactors); empty for the password sign-in. */
  firstFactors: readonly FirstFactor[];
  /**
   * The sign-in under way (or just done) began with the password: the passkey offer follows only
   * such a sign-in (flows/passkey-offer.ts).
   */
  passwordFirst: boolean;
  /** The way the person picked up front (PREFERRED_CHALLENGE), or null to be offered the choice. */
  preferredFactor: FirstFactor | null;
  /** The signed-in person's passkeys (ListWebAuthnCredentials), once listed. */
  passkeys: Passkey[] | null;
  /** The passkey the person asked to delete, until they confirm or cancel. */
  passkeyToDelete: string | null;
  /**
   * Passwordless sign-up's Session: SignUp's, for ConfirmSignUp; then ConfirmSignUp's, for
   * InitiateAuth USER_AUTH, which signs the new account in without a second code. With when it
   * runs out (the challenge session's lifetime).
   */
  signUpSession: { value: string; expiresAt: number } | null;
  /** What the screen shows at each field (problems.ts). */
  problems: FieldProblems;
  notice: Notice | null;
  passwordPolicy: PasswordPolicy;
  poolShape: PoolShape;
  sessionTtlMs: number;
  resendCooldownMs: number;
  totpIssuer: string;
}

export const SESSION_TTL_MS = 3 * 60_000;
export const RESEND_COOLDOWN_MS = 30_000;
/** Tokens are refreshed this long before they expire... */
export const REFRESH_MARGIN_MS = 60_000;
/** ...but no sooner than this after they arrive (src/auth/setup.ts, refreshDue). */
export const REFRESH_MIN_GAP_MS = 2_000;
/** A refresh that failed on the network is tried again after this, doubled each time up to the most. */
export const REFRESH_RETRY_FIRST_MS = 2_000;
export const REFRESH_RETRY_MOST_MS = 60_000;
/** The longest the passkey offer's two checks may take before the signed-in page is shown without it. */
export const OFFER_CHECK_MOST_MS = 4_000;

/**
 * Who is signed in, from the ID token's claims. `shown` is what the person would recognise, in
 * every pool shape: the email, else the phone number (a pool of phone numbers has no email
 * claim), else the preferred username, else the username (`cognito:username`, as typed at sign-up
 * in a pool of usernames; a UUID only where email or phone number is the username, and then one
 * of those is there).
 */
export function userFrom(tokens: Tokens): SignedInUser {
  const claims = jwtClaims(tokens.idToken);
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const email = text(claims.email);
  const shown = email || text(claims.phone_number) || text(claims.preferred_username) || text(claims['cognito:username']);
  return { email, shown };
}

export function initialContext(input: AuthInput | undefined): AuthContext {
  return {
    email: input?.email ?? '',
    password: null,
    challenge: null,
    sessionExpiresAt: 0,
    totpSecret: null,
    delivery: null,
    resendAvailableAt: 0,
    tokens: input?.tokens ?? null,
    refreshFailures: 0,
    refreshRetryAt: 0,
    user: input?.tokens ? userFrom(input.tokens) : null,
    mfaSettings: null,
    totpVerified: false,
    mfaRequired: input?.mfaRequired ?? false,
    firstFactors: input?.firstFactors ?? [],
    passwordFirst: false,
    preferredFactor: null,
    passkeys: null,
    passkeyToDelete: null,
    signUpSession: null,
    problems: {},
    notice: null,
    passwordPolicy: input?.passwordPolicy ?? DEFAULT_PASSWORD_POLICY,
    poolShape: input?.poolShape ?? DEFAULT_POOL_SHAPE,
    sessionTtlMs: input?.sessionTtlMs ?? SESSION_TTL_MS,
    resendCooldownMs: input?.resendCooldownMs ?? RESEND_COOLDOWN_MS,
    totpIssuer: input?.totpIssuer ?? 'Sign-in',
  };
}

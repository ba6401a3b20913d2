/**
 * A stateful, in-memory Amazon Cognito user pool with one app client, answering the public-client
 * API the way the real service answers. `handle(op, body)` returns the status and JSON body the
 * service would send; handlers.ts puts them on the wire. "Reference §n" in these files cites the
 * project's research notes on the real service, which live outside the repository; what they say
 * is carried here: in the comments, in messages.ts (the error catalogue) and in the tests.
 *
 * The pool: email is the username attribute (matched case-insensitively; the internal Username is
 * a UUID, returned as USER_ID_FOR_SRP and in `cognito:username`); the sign-up code goes to the
 * email; MFA as configured by PoolSettings (settings.ts).
 *
 * Choices where the reference is unverified or silent (each also commented where it is made):
 * - First sign-in in an MFA-required pool: no one-time-token exemption; MFA_SETUP (mfa.ts).
 * - A phone number makes a user SMS-capable in an ON pool with SMS; a verified authenticator
 *   counts as TOTP there too, even before SetUserMFAPreference (mfa.ts).
 * - MFAS_CAN_SETUP lists TOTP and email when the pool allows them; an SMS-only pool lists SMS_MFA.
 * - GetUser lists the legacy MFAOptions (SMS, phone_number) for a user who meets SMS_MFA through
 *   a phone number without having turned it on (account.ts).
 * - Completing MFA_SETUP enables SOFTWARE_TOKEN_MFA and makes it preferred unless another factor
 *   is (sign-in.ts).
 * - A wrong code keeps a SOFTWARE_TOKEN_MFA / SMS_MFA / EMAIL_OTP session (and the Associate
 *   session of TOTP setup) for 3 more tries, then "session can only be used once" (sessions.ts).
 * - A wrong EMAIL_OTP code: "Invalid code or auth state for the user." (as SMS).
 * - SELECT_MFA_TYPE accepts EMAIL_OTP and EMAIL_MFA for email; an answer not offered ->
 *   MFAMethodNotFoundException.
 * - SetUserMFAPreference naming a factor the user does not have, even to turn it off, is refused
 *   with the text for turning it on (account.ts; the current text is unverified).
 * - TOTP secrets: 32 random bytes (52 base32 characters); replay is tracked per authenticator
 *   (the step it last accepted, verification included); a new secret replaces the authenticator
 *   only once verified (the current API reference).
 * - Attempt limits per user and hour: ResendConfirmationCode 5, ConfirmSignUp 15, ForgotPassword 5,
 *   ConfirmForgotPassword 10, ChangePassword 5 (users.ts). Lockout after 5 failed sign-ins,
 *   2^(n-5) s up to 15 min, forgotten after 15 quiet minutes.
 * - PreventUserExistenceErrors for an unknown user: InitiateAuth "Incorrect username or password.";
 *   ResendConfirmationCode / ForgotPassword a made-up CodeDeliveryDetails; ConfirmSignUp /
 *   ConfirmForgotPassword CodeMismatchException (ConfirmSignUp's is unverified). A reset-required
 *   user signing in reads as a wrong password, and ForgotPassword without a verified channel gets a
 *   made-up delivery (the Developer Guide); LEGACY (`legacy-user-existence`) says what each is.
 * - A temporary password works once (API_AdminCreateUser); used again it gets "Temporary password
 *   has expired and must be reset by an administrator." (unverified wording for that case).
 * - Request members match their model patterns anywhere in the value (Smithy patterns are not
 *   anchored); whether Cognito refuses a leading or trailing space in a password, and how, is
 *   unverified, so the simulated pool does not.
 * - Scenarios for refusals: a PreSignUp trigger refusing a domain (`lambda-refuses`), threat
 *   protection blocking every sign-in, before the password is checked (`threat-protection`,
 *   unverified order), a 12-character policy (`strict-password`).
 * - ForgotPassword sends to the verified email first, else the verified phone.
 * - Client secret: the simulated pool never shares its secret, so a missing hash gets the reference's "not
 *   received" message and any hash "Unable to verify secret hash for client {id}".
 * - The client allows USER_PASSWORD_AUTH (switchable) and REFRESH_TOKEN_AUTH; other flows ->
 *   "{FLOW} flow not enabled for this client"; ADMIN_* -> "Initiate Auth method not supported.".
 * - RevokeToken: an access or ID token -> UnsupportedTokenTypeException; an unknown token succeeds
 *   (RFC 7009). Refresh token rotation is off unless the settings turn it on (`refresh-rotation`):
 *   then GetTokensFromRefreshToken returns a new RefreshToken, and REFRESH_TOKEN_AUTH is refused
 *   with the text for a flow the client does not allow (sign-in.ts; the real text is unverified).
 * - ID and access tokens are signed RS256 with a key made when the pool starts (signing.ts); its
 *   JWKS is at the issuer's `/.well-known/jwks.json` (sample-api.ts).
 * - Validation messages show the offending value except for passwords, secrets, tokens, sessions
 *   and attribute values (`Value at 'password' ...` vs `Value 'Aaaa' at 'userCode' ...`);
 *   a missing required member is `Value null at 'clientId' ... Member must not be null`.
 * - Serialisation: a missing or empty body counts as `{}`; wrong JSON types get the reference's
 *   two texts where they apply and Jackson-style texts otherwise (validate.ts).
 * - Errors are all HTTP 400 except InternalErrorException (500). Unknown operation: 400
 *   `{"__type":"UnknownOperationException"}` without a message.
 * - A request to another region's endpoint finds neither the client nor the tokens/sessions.
 * - Choice-based sign-in (USER_AUTH) where a scenario allows first factors: what SELECT_CHALLENGE
 *   offers, MFA after a password only, no SRP, unknown users (user-auth.ts); passkeys: shapes,
 *   limits, names and error types (passkeys.ts), checked as WebAuthn says (webauthn.ts).
 */

import * as account from './account';
import * as passkeys from './passkeys';
import { Inbox, type DeliveryMedium, type MessagePurpose } from './inbox';
import { CognitoError, MESSAGES, fail, type MessageKey } from './messages';
import { SessionStore, type Session } from './sessions';
import { resolveSettings, type PoolSettings, type PoolSettingsInput, type SignInAttribute } from './settings';
import * as signIn from './sign-in';
import * as softwareToken from './software-token';
import type { Body, PoolState } from './state';
import { generateSigningKey, type PublicJwk, type SigningKey } from './signing';
import { TokenStore } from './tokens';
import { randomDigits, randomUuid } from './totp';
import type { MfaFactor, UserRecord, UserStatus } from './users';
import {
  OPERATION_INPUTS,
  SerializationFailure,
  checkTypes,
  constraintViolations,
  isOperationName,
  isPlainObject,
  type OperationName,
} from './validate';

export type { PoolSettings, PoolSettingsInput, PasswordPolicy, MfaConfiguration, FirstAuthFactor } from './settings';
export { DEFAULT_SETTINGS } from './settings';
export type { MfaFactor, UserStatus } from './users';
export type { OperationName } from './validate';

export interface PoolResponse {
  status: number;
  body: Record<string, unknown>;
}

export interface SimulatedPoolOptions {
  settings?: PoolSettingsInput;
  /** The clock, in Unix milliseconds. */
  now?: () => number;
  inbox?: Inbox;
  /**
   * The key that signs the pool's tokens; by default one made as the pool starts (in the
   * background: making a 2048-bit RSA key takes a moment). Tests that start many pools share one.
   */
  signingKey?: Promise<SigningKey>;
}

export interface SeedUserInput {
  email: string;
  /** The password; for FORCE_CHANGE_PASSWORD users, the temporary password. */
  password: string;
  /** Default CONFIRMED. FORCE_CHANGE_PASSWORD is an admin-created user with a temporary password. */
  status?: UserStatus;
  /** A fixed internal username (UUID), for stable demos; random otherwise. */
  username?: string;
  /** A fixed sub; by default the username where email or phone numbers are usernames, else a random UUID. */
  sub?: string;
  /** Default: true unless UNCONFIRMED. */
  emailVerified?: boolean;
  phoneNumber?: string;
  /** Default true when a phone number is given. */
  phoneVerified?: boolean;
  /** A verified authenticator with this base32 secret. */
  totpSecret?: string;
  friendlyDeviceName?: string;
  /** UserMFASettingList. */
  mfaEnabled?: readonly MfaFactor[];
  /** PreferredMfaSetting (also enabled). */
  preferredMfa?: MfaFactor;
  attributes?: Record<string, string>;
  /** Groups the user is in, as an administrator would add them (`cognito:groups`). */
  groups?: readonly string[];
}

export interface UserSummary {
  username: string;
  sub: string;
  email: string;
  status: UserStatus;
  emailVerified: boolean;
  phoneNumber?: string;
  phoneVerified: boolean;
  hasSoftwareToken: boolean;
  mfaEnabled: MfaFactor[];
  preferredMfa?: MfaFactor;
}

/** Operations that issue tokens answer asynchronously: signing is. */
type Operation = (state: PoolState, body: Body) => Body | Promise<Body>;

const OPERATIONS: Record<OperationName, Operation> = {
  SignUp: account.signUp,
  ConfirmSignUp: account.confirmSignUp,
  ResendConfirmationCode: account.resendConfirmationCode,
  InitiateAuth: signIn.initiateAuth,
  RespondToAuthChallenge: signIn.respondToAuthChallenge,
  AssociateSoftwareToken: softwareToken.associateSoftwareToken,
  VerifySoftwareToken: softwareToken.verifySoftwareToken,
  SetUserMFAPreference: account.setUserMfaPreference,
  GetUser: account.getUser,
  GlobalSignOut: account.globalSignOut,
  RevokeToken: account.revokeToken,
  ForgotPassword: account.forgotPassword,
  ConfirmForgotPassword: account.confirmForgotPassword,
  ChangePassword: account.changePassword,
  GetUserAuthFactors: account.getUserAuthFactors,
  GetTokensFromRefreshToken: signIn.getTokensFromRefreshToken,
  StartWebAuthnRegistration: passkeys.startWebAuthnRegistration,
  CompleteWebAuthnRegistration: passkeys.completeWebAuthnRegistration,
  ListWebAuthnCredentials: passkeys.listWebAuthnCredentials,
  DeleteWebAuthnCredential: passkeys.deleteWebAuthnCredential,
};

/** Attempts at drawing a code that differs from the superseded ones. */
const CODE_RETRIES = 20;

export class SimulatedPool {
  readonly settings: PoolSettings;
  readonly inbox: Inbox;
  readonly now: () => number;
  #users = new Map<string, UserRecord>();
  #sessions: SessionStore;
  #tokens: TokenStore;
  /** The failures still to come of the scenario's outages, per operation. */
  #outages = new Map<OperationName, number>();
  /** True while handling a request addressed to another region's endpoint. */
  #foreignRegion = false;
  #state: PoolState;
  #signingKey: Promise<SigningKey>;

  constructor(options: SimulatedPoolOptions = {}) {
    this.settings = resolveSettings(options.settings);
    this.now = options.now ?? (() => Date.now());
    this.inbox = options.inbox ?? new Inbox();
    this.#sessions = new SessionStore(() => this.settings.sessionTtlMs, this.now);
    this.#signingKey = options.signingKey ?? generateSigningKey();
    this.#tokens = new TokenStore(this.settings, this.now, () => this.#signingKey);
    this.#state = {
      settings: this.settings,
      now: this.now,
      inbox: this.inbox,
      sessions: this.#sessions,
      tokens: this.#tokens,
      users: this.#users,
      findUser: (name, options) => this.#findUser(name, options),
      userFromAccessToken: (token) => this.#userFromAccessToken(token),
      takeSession: (id, accepts) => this.#takeSession(id, accepts),
      sendCode: (user, medium, purpose, avoid) => this.#sendCode(user, medium, purpose, avoid),
    };
    this.#startOutages();
  }

  /**
   * Answers one API call. `operation` is the name after `AWSCognitoIdentityProviderService.`;
   * `context.region` is the region of the endpoint the request went to.
   */
  async handle(operation: string, body: unknown, context: { region?: string } = {}): Promise<PoolResponse> {
    if (!isOperationName(operation)) return errorResponse(fail('unknownOperation'));
    try {
      return { status: 200, body: await this.#answer(operation, body, context) };
    } catch (error) {
      return errorResponse(declaredError(operation, error));
    }
  }

  /**
   * Runs the operation up to its answer. Everything an operation reads of the request's region
   * (#foreignRegion) it reads before its first `await` (only the signing of tokens waits), so the
   * flag is set and cleared around that synchronous part, and requests handled at the same time
   * never see each other's.
   */
  #answer(operation: OperationName, body: unknown, context: { region?: string }): Body | Promise<Body> {
    this.#foreignRegion = context.region !== undefined && context.region !== this.settings.region;
    try {
      this.#failDuringOutage(operation);
      const input = this.#deserialize(operation, body);
      this.#checkClient(operation, input);
      return OPERATIONS[operation](this.#state, input);
    } finally {
      this.#foreignRegion = false;
    }
  }

  /** `iss` of the pool's tokens: `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`. */
  get issuer(): string {
    return this.#tokens.issuer;
  }

  /** The pool's JSON Web Key Set, as Cognito serves it at `<issuer>/.well-known/jwks.json`. */
  async jwks(): Promise<{ keys: PublicJwk[] }> {
    return { keys: [(await this.#tokens.signingKey()).jwk] };
  }

  /** The claims of an access token a backend would accept now (tokens.ts), or undefined. */
  acceptedAccessClaims(token: string): Promise<Record<string, unknown> | undefined> {
    return this.#tokens.acceptedAccessClaims(token);
  }

  /** Forgets users, sessions, tokens and messages; keeps the settings (and starts their outages again). */
  reset(): void {
    this.#users.clear();
    this.#sessions.clear();
    this.#tokens.clear();
    this.inbox.clear();
    this.#startOutages();
  }

  /** Adds a user directly, as an administrator or an import would. Returns its internal username. */
  seedUser(input: SeedUserInput): string {
    if (this.#findUser(input.email)) throw new Error(`A user with the email ${input.email} already exists`);
    // Alias values are unique in the pool (Developer Guide, "User pool attributes": an alias names one user).
    const preferred = input.attributes?.preferred_username;
    if (preferred !== undefined && this.settings.aliasAttributes.includes('preferred_username') && this.#findUser(preferred, { aliasesOnly: true })) {
      throw new Error(`A user with the preferred username ${preferred} already exists`);
    }
    const status = input.status ?? 'CONFIRMED';
    const mfaEnabled = new Set<MfaFactor>(input.mfaEnabled ?? []);
    if (input.preferredMfa) mfaEnabled.add(input.preferredMfa);
    const username = input.username ?? randomUuid();
    const user: UserRecord = {
      username,
      // Where email or phone numbers are usernames, the username is the sub; elsewhere a sub of its own.
      sub: input.sub ?? (this.settings.usernameAttributes.length > 0 ? username : randomUuid()),
      email: input.email,
      emailVerified: input.emailVerified ?? status !== 'UNCONFIRMED',
      phoneNumber: input.phoneNumber,
      phoneVerified: input.phoneVerified ?? input.phoneNumber !== undefined,
      attributes: { ...input.attributes },
      password: input.password,
      status,
      temporaryPasswordExpiresAt:
        status === 'FORCE_CHANGE_PASSWORD' ? this.now() + this.settings.temporaryPasswordTtlMs : undefined,
      retiredCodes: { signUp: new Set(), reset: new Set() },
      softwareToken: input.totpSecret
        ? { secret: input.totpSecret, friendlyName: input.friendlyDeviceName ?? 'Authenticator', lastStep: -Infinity }
        : undefined,
      mfaEnabled,
      preferredMfa: input.preferredMfa,
      passkeys: [],
      groups: [...(input.groups ?? [])],
      signInFailures: { count: 0, lastAt: 0 },
      attempts: new Map(),
    };
    this.#users.set(user.username, user);
    return user.username;
  }

  /** A read-only view of a user, by email or internal username (for tests and the dev panel). */
  inspectUser(name: string): UserSummary | undefined {
    const user = this.#findUser(name);
    if (!user) return undefined;
    return {
      username: user.username,
      sub: user.sub,
      email: user.email,
      status: user.status,
      emailVerified: user.emailVerified,
      phoneNumber: user.phoneNumber,
      phoneVerified: user.phoneVerified,
      hasSoftwareToken: user.softwareToken !== undefined,
      mfaEnabled: [...user.mfaEnabled],
      preferredMfa: user.preferredMfa,
    };
  }

  // -------------------------------------------------------------------------------------------

  #startOutages(): void {
    this.#outages = new Map(Object.entries(this.settings.outages) as [OperationName, number][]);
  }

  #failDuringOutage(operation: OperationName): void {
    const left = this.#outages.get(operation) ?? 0;
    if (left <= 0) return;
    this.#outages.set(operation, left - 1);
    throw fail('outage');
  }

  #deserialize(operation: OperationName, body: unknown): Body {
    const input = body === undefined || body === null || body === '' ? {} : body;
    const shape = OPERATION_INPUTS[operation];
    try {
      checkTypes(shape, input);
    } catch (error) {
      if (error instanceof SerializationFailure) throw fail('serialization', { detail: error.message });
      throw error;
    }
    if (!isPlainObject(input)) throw fail('serialization', { detail: 'Expected map or null' });
    const violations = constraintViolations(shape, input);
    if (violations.length > 0) {
      throw fail('validation', {
        count: String(violations.length),
        errors: violations.length === 1 ? 'error' : 'errors',
        violations: violations.join('; '),
      });
    }
    return input;
  }

  #checkClient(operation: OperationName, input: Body): void {
    if (!('ClientId' in OPERATION_INPUTS[operation].members)) return;
    const clientId = input.ClientId;
    if (clientId === this.settings.clientId && !this.#foreignRegion) {
      this.#checkSecretHash(operation, input);
      return;
    }
    const key: MessageKey = operation === 'RevokeToken' ? 'revokeUnknownClient' : 'unknownClient';
    throw fail(key, { clientId: String(clientId) });
  }

  /** Operations with a SecretHash member; InitiateAuth and friends check theirs in sign-in.ts. */
  #checkSecretHash(operation: OperationName, input: Body): void {
    if (!this.settings.clientSecret || !('SecretHash' in OPERATION_INPUTS[operation].members)) return;
    const key: MessageKey = input.SecretHash ? 'secretHashMismatch' : 'secretNotReceived';
    throw fail(key, { clientId: this.settings.clientId });
  }

  /** By the internal username, or by the email (the username attribute), as the pool's case rule says. */
  /**
   * By internal username, then by an email or phone number that signs in: any, where it is a
   * username attribute; only a verified one, where it is an alias (Developer Guide, "User pool
   * attributes": an alias works once verified). Case folds as the pool's UsernameConfiguration says.
   */
  #findUser(name: string, { aliasesOnly = false } = {}): UserRecord | undefined {
    const fold = (text: string) => (this.settings.usernameCaseSensitive ? text : text.toLowerCase());
    const wanted = fold(name);
    const users = [...this.#users.values()];
    if (!aliasesOnly) {
      const byUsername = this.#users.get(name) ?? users.find((user) => fold(user.username) === wanted);
      if (byUsername) return byUsername;
    }
    const { usernameAttributes, aliasAttributes } = this.settings;
    const signsIn = (attribute: SignInAttribute, verified: boolean) =>
      aliasesOnly ? verified && (aliasAttributes.includes(attribute) || usernameAttributes.includes(attribute))
        : usernameAttributes.includes(attribute) || (aliasAttributes.includes(attribute) && verified);
    // A preferred username signs in where it is an alias, once set (it cannot be given before the
    // account is confirmed, account.ts); its case folds as the username's does: CaseSensitive False
    // "also enables both preferred_username and email alias to be case insensitive" (API reference,
    // UsernameConfigurationType).
    const preferred = aliasAttributes.includes('preferred_username');
    return users.find(
      (user) =>
        (user.email !== '' && fold(user.email) === wanted && signsIn('email', user.emailVerified)) ||
        (user.phoneNumber === name && signsIn('phone_number', user.phoneVerified)) ||
        (preferred && user.attributes.preferred_username !== undefined && fold(user.attributes.preferred_username) === wanted),
    );
  }

  #userFromAccessToken(token: string): UserRecord {
    if (this.#foreignRegion) throw fail('accessTokenInvalid');
    const checked = this.#tokens.checkAccessToken(token);
    if ('problem' in checked) throw fail(checked.problem);
    const user = this.#users.get(checked.username);
    if (!user) throw fail('accessTokenInvalid');
    return user;
  }

  #takeSession(id: string, accepts: (session: Session) => boolean): Session {
    if (this.#foreignRegion) throw fail('sessionInvalid');
    return this.#sessions.take(id, accepts);
  }

  #sendCode(user: UserRecord, medium: DeliveryMedium, purpose: MessagePurpose, avoid?: ReadonlySet<string>): string {
    let code = randomDigits(6);
    for (let i = 0; avoid?.has(code) && i < CODE_RETRIES; i++) code = randomDigits(6);
    const to = medium === 'SMS' && user.phoneNumber !== undefined ? user.phoneNumber : user.email;
    this.inbox.deliver({ at: this.now(), medium, to, purpose, code });
    return code;
  }
}

/** Checks that `error` is one this operation may return (messages.ts), else reports a bug in the simulated pool. */
function declaredError(operation: OperationName, error: unknown): CognitoError {
  if (!(error instanceof CognitoError)) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('internal', { detail });
  }
  const ops: readonly string[] | 'all' = MESSAGES[error.key].ops;
  if (ops === 'all' || ops.includes(operation)) return error;
  return fail('internal', { detail: `${error.key} is not declared for ${operation}` });
}

/** The response for an error the transport layer finds before the pool (handlers.ts). */
export function protocolError(key: 'unknownOperation' | 'malformedJson' | 'unsupportedContentType', params: Record<string, string> = {}): PoolResponse {
  return errorResponse(fail(key, params));
}

function errorResponse(error: CognitoError): PoolResponse {
  const status = error.type === 'InternalErrorException' ? 500 : 400;
  if (error.type === 'SerializationException') {
    // The service spells this one with a capital M (reference §2.1).
    return { status, body: { __type: error.type, Message: error.text } };
  }
  return { status, body: error.text === null ? { __type: error.type } : { __type: error.type, message: error.text } };
}


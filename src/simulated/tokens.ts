/**
 * Tokens of the simulated pool: ID and access tokens are JWTs signed RS256 with the pool's own key
 * (signing.ts), with Cognito's claims, so a backend (or `aws-jwt-verify`) can verify them against
 * the pool's JWKS; refresh tokens are opaque, shaped like Cognito's JWE ones. The store remembers
 * every token it issued, so a token it did not issue is invalid for the pool's API, and tracks
 * expiry, revocation and refresh token rotation.
 */

import { fail } from './messages';
import type { PoolSettings } from './settings';
import { signJwt, verifiedClaims, type SigningKey } from './signing';
import { base64UrlEncode, base64UrlEncodeText, randomBytes, randomUuid } from './totp';
import type { UserRecord } from './users';

export interface AuthenticationResult {
  AccessToken: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
  IdToken: string;
  RefreshToken?: string;
}

interface AccessTokenRecord {
  username: string;
  originJti: string;
  expiresAt: number;
  revoked: boolean;
}

/** One authentication: what every token issued from it, refreshes included, carries along. */
interface Authentication {
  originJti: string;
  /** event_id. Design choice: refreshed tokens keep the sign-in's, as they keep origin_jti (unverified). */
  eventId: string;
  /** Unix seconds of the sign-in (auth_time of every refresh). */
  authTime: number;
}

interface RefreshTokenRecord extends Authentication {
  username: string;
  clientId: string;
  expiresAt: number;
  revoked: boolean;
  /** Set when rotation replaced the token: it still works until then (the grace period). */
  retiredUntil?: number;
}

const REFRESH_HEADER = base64UrlEncodeText(JSON.stringify({ cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' }));

function opaqueRefreshToken(): string {
  const parts = [randomBytes(256), randomBytes(12), randomBytes(1200), randomBytes(16)].map(base64UrlEncode);
  return [REFRESH_HEADER, ...parts].join('.');
}

export type AccessTokenProblem = 'accessTokenInvalid' | 'accessTokenRevoked' | 'accessTokenExpired';

export class TokenStore {
  #access = new Map<string, AccessTokenRecord>();
  #refresh = new Map<string, RefreshTokenRecord>();
  #idTokens = new Set<string>();

  constructor(
    private readonly settings: PoolSettings,
    private readonly now: () => number,
    readonly signingKey: () => Promise<SigningKey>,
  ) {}

  /** `iss` of every token: the pool's own region and id, as Cognito writes it. */
  get issuer(): string {
    return `https://cognito-idp.${this.settings.region}.amazonaws.com/${this.settings.userPoolId}`;
  }

  clear(): void {
    this.#access.clear();
    this.#refresh.clear();
    this.#idTokens.clear();
  }

  /** Tokens for a completed sign-in: a new origin_jti and event_id, auth_time now, and a refresh token. */
  async signIn(user: UserRecord): Promise<AuthenticationResult> {
    const authentication = { originJti: randomUuid(), eventId: randomUuid(), authTime: this.#seconds() };
    const refreshToken = this.#issueRefreshToken(user, authentication);
    return { ...(await this.#mint(user, authentication)), RefreshToken: refreshToken };
  }

  /**
   * New ID and access tokens from a refresh token. With `rotate` (GetTokensFromRefreshToken on a
   * client with rotation), also a new refresh token, and the one given stops working after the
   * grace period: "issues a new refresh token and invalidates the original refresh token after an
   * optional grace period" (API reference, GetTokensFromRefreshToken). A retry within the grace
   * period gets tokens again, a new refresh token included.
   */
  async refresh(refreshToken: string, lookup: (username: string) => UserRecord | undefined, rotate = false): Promise<AuthenticationResult> {
    const record = this.#refresh.get(refreshToken);
    const user = record && lookup(record.username);
    if (!record || !user || record.clientId !== this.settings.clientId) throw fail('refreshTokenInvalid');
    if (record.revoked) throw fail('refreshTokenRevoked');
    if (record.expiresAt <= this.now()) throw fail('refreshTokenExpired');
    if (record.retiredUntil !== undefined && record.retiredUntil <= this.now()) throw fail('refreshTokenReused');
    if (!rotate) return this.#mint(user, record);
    record.retiredUntil ??= this.now() + this.settings.refreshTokenGracePeriodSec * 1000;
    // Design choice: the new refresh token belongs to the same sign-in (origin_jti, so RevokeToken
    // ends them all) and lasts the client's full refresh token validity from now (unverified).
    const next = this.#issueRefreshToken(user, record);
    return { ...(await this.#mint(user, record)), RefreshToken: next };
  }

  /** The username behind a usable access token, or the reason it is not usable. */
  checkAccessToken(token: string): { username: string } | { problem: AccessTokenProblem } {
    const record = this.#access.get(token);
    if (!record) return { problem: 'accessTokenInvalid' };
    if (record.revoked) return { problem: 'accessTokenRevoked' };
    if (record.expiresAt <= this.now()) return { problem: 'accessTokenExpired' };
    return { username: record.username };
  }

  /**
   * The claims of an access token that a backend would accept now, or undefined: what API
   * Gateway's Cognito authorizer checks (signature, issuer, token_use access, this client's
   * client_id, expiry), and revocation as the pool knows it, since GlobalSignOut and RevokeToken
   * make Cognito refuse the token too.
   */
  async acceptedAccessClaims(token: string): Promise<Record<string, unknown> | undefined> {
    const claims = await verifiedClaims(await this.signingKey(), token);
    if (!claims || claims.iss !== this.issuer || claims.token_use !== 'access' || claims.client_id !== this.settings.clientId) return undefined;
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= this.now()) return undefined;
    return this.#access.get(token)?.revoked ? undefined : claims;
  }

  kindOf(token: string): 'access' | 'id' | 'refresh' | undefined {
    if (this.#access.has(token)) return 'access';
    if (this.#refresh.has(token)) return 'refresh';
    if (this.#idTokens.has(token)) return 'id';
    return undefined;
  }

  /** GlobalSignOut: every access and refresh token of the user. */
  revokeUser(username: string): void {
    for (const record of [...this.#access.values(), ...this.#refresh.values()]) {
      if (record.username === username) record.revoked = true;
    }
  }

  /**
   * RevokeToken: the refresh token and the tokens of the same sign-in (same origin_jti): the access
   * tokens minted from it, and with rotation the refresh tokens that replaced it or that it replaced.
   */
  revokeRefreshToken(refreshToken: string): void {
    const record = this.#refresh.get(refreshToken);
    if (!record) return;
    for (const other of [...this.#access.values(), ...this.#refresh.values()]) {
      if (other.originJti === record.originJti) other.revoked = true;
    }
  }

  #issueRefreshToken(user: UserRecord, { originJti, eventId, authTime }: Authentication): string {
    const token = opaqueRefreshToken();
    this.#refresh.set(token, {
      username: user.username,
      clientId: this.settings.clientId,
      originJti,
      eventId,
      authTime,
      expiresAt: this.now() + this.settings.refreshTokenTtlMs,
      revoked: false,
    });
    return token;
  }

  /**
   * ID and access tokens with the claims Cognito puts in them (Developer Guide, "Understanding the
   * ID token" and "Understanding the access token"); `cognito:groups` only for a user in a group.
   */
  async #mint(user: UserRecord, { originJti, eventId, authTime }: Authentication): Promise<AuthenticationResult> {
    const iat = this.#seconds();
    const exp = iat + this.settings.accessTokenTtlSec;
    const groups = user.groups.length > 0 ? { 'cognito:groups': [...user.groups] } : {};
    const common = { sub: user.sub, ...groups, iss: this.issuer, origin_jti: originJti, event_id: eventId };
    const times = { auth_time: authTime, exp, iat };
    const key = await this.signingKey();
    const [idToken, accessToken] = await Promise.all([
      signJwt(key, {
        // The user's other attributes (given_name, preferred_username, custom:team, ...): the ID token
        // carries those the app client may read ("Understanding the ID token"), here all of them.
        ...user.attributes,
        ...common,
        email_verified: user.emailVerified,
        'cognito:username': user.username,
        aud: this.settings.clientId,
        token_use: 'id',
        ...(user.phoneNumber !== undefined
          ? { phone_number: user.phoneNumber, phone_number_verified: user.phoneVerified }
          : {}),
        ...times,
        jti: randomUuid(),
        // A user without an email (phone numbers as usernames) has no email claim.
        ...(user.email !== '' ? { email: user.email } : {}),
      }),
      signJwt(key, {
        ...common,
        client_id: this.settings.clientId,
        token_use: 'access',
        scope: 'aws.cognito.signin.user.admin',
        ...times,
        jti: randomUuid(),
        username: user.username,
      }),
    ]);
    this.#idTokens.add(idToken);
    this.#access.set(accessToken, { username: user.username, originJti, expiresAt: exp * 1000, revoked: false });
    return { AccessToken: accessToken, ExpiresIn: this.settings.accessTokenTtlSec, TokenType: 'Bearer', IdToken: idToken };
  }

  #seconds(): number {
    return Math.floor(this.now() / 1000);
  }
}

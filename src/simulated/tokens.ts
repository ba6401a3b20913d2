/**
 * Tokens of the simulated pool: JWT-shaped ID and access tokens (RS256 header with a kid, base64url
 * claims, a random signature: nothing can verify it, as nothing should) and opaque refresh tokens
 * shaped like Cognito's JWE ones. The store remembers every token it issued, so a token it did
 * not issue is simply invalid, and tracks expiry and revocation.
 */

import { fail } from './messages';
import type { PoolSettings } from './settings';
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

interface RefreshTokenRecord {
  username: string;
  clientId: string;
  originJti: string;
  /** Unix seconds of the sign-in that produced the token (auth_time of every refresh). */
  authTime: number;
  expiresAt: number;
  revoked: boolean;
}

// Fixed key ids, one per token kind, as a pool's JWKS would list them.
const ID_KID = 'fakeIdKey0000000000000000000000000000000000=';
const ACCESS_KID = 'fakeAccessKey0000000000000000000000000000000=';
const REFRESH_HEADER = base64UrlEncodeText(JSON.stringify({ cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' }));

function jwt(kid: string, claims: Record<string, unknown>): string {
  const header = base64UrlEncodeText(JSON.stringify({ kid, alg: 'RS256' }));
  const payload = base64UrlEncodeText(JSON.stringify(claims));
  return `${header}.${payload}.${base64UrlEncode(randomBytes(256))}`;
}

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
  ) {}

  clear(): void {
    this.#access.clear();
    this.#refresh.clear();
    this.#idTokens.clear();
  }

  /** Tokens for a completed sign-in: a new origin_jti, auth_time now, and a refresh token. */
  signIn(user: UserRecord): AuthenticationResult {
    const authTime = this.#seconds();
    const originJti = randomUuid();
    const refreshToken = opaqueRefreshToken();
    this.#refresh.set(refreshToken, {
      username: user.username,
      clientId: this.settings.clientId,
      originJti,
      authTime,
      expiresAt: this.now() + this.settings.refreshTokenTtlMs,
      revoked: false,
    });
    return { ...this.#mint(user, originJti, authTime), RefreshToken: refreshToken };
  }

  /** New ID and access tokens from a refresh token (no new refresh token: rotation is off). */
  refresh(refreshToken: string, lookup: (username: string) => UserRecord | undefined): AuthenticationResult {
    const record = this.#refresh.get(refreshToken);
    const user = record && lookup(record.username);
    if (!record || !user || record.clientId !== this.settings.clientId) throw fail('refreshTokenInvalid');
    if (record.revoked) throw fail('refreshTokenRevoked');
    if (record.expiresAt <= this.now()) throw fail('refreshTokenExpired');
    return this.#mint(user, record.originJti, record.authTime);
  }

  /** The username behind a usable access token, or the reason it is not usable. */
  checkAccessToken(token: string): { username: string } | { problem: AccessTokenProblem } {
    const record = this.#access.get(token);
    if (!record) return { problem: 'accessTokenInvalid' };
    if (record.revoked) return { problem: 'accessTokenRevoked' };
    if (record.expiresAt <= this.now()) return { problem: 'accessTokenExpired' };
    return { username: record.username };
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

  /** RevokeToken: the refresh token and the access tokens minted from it (same origin_jti). */
  revokeRefreshToken(refreshToken: string): void {
    const record = this.#refresh.get(refreshToken);
    if (!record) return;
    record.revoked = true;
    for (const access of this.#access.values()) {
      if (access.originJti === record.originJti) access.revoked = true;
    }
  }

  #mint(user: UserRecord, originJti: string, authTime: number): AuthenticationResult {
    const iat = this.#seconds();
    const exp = iat + this.settings.accessTokenTtlSec;
    const iss = `https://cognito-idp.${this.settings.region}.amazonaws.com/${this.settings.userPoolId}`;
    const idToken = jwt(ID_KID, {
      sub: user.username,
      email_verified: user.emailVerified,
      iss,
      'cognito:username': user.username,
      origin_jti: originJti,
      aud: this.settings.clientId,
      token_use: 'id',
      auth_time: authTime,
      ...(user.phoneNumber !== undefined
        ? { phone_number: user.phoneNumber, phone_number_verified: user.phoneVerified }
        : {}),
      exp,
      iat,
      jti: randomUuid(),
      // A user without an email (phone numbers as usernames) has no email claim.
      ...(user.email !== '' ? { email: user.email } : {}),
    });
    const accessToken = jwt(ACCESS_KID, {
      sub: user.username,
      iss,
      client_id: this.settings.clientId,
      origin_jti: originJti,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      auth_time: authTime,
      exp,
      iat,
      jti: randomUuid(),
      username: user.username,
    });
    this.#idTokens.add(idToken);
    this.#access.set(accessToken, { username: user.username, originJti, expiresAt: exp * 1000, revoked: false });
    return { AccessToken: accessToken, ExpiresIn: this.settings.accessTokenTtlSec, TokenType: 'Bearer', IdToken: idToken };
  }

  #seconds(): number {
    return Math.floor(this.now() / 1000);
  }
}

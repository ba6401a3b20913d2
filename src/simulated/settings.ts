import { SIMULATED_POOL } from './pool-ids';
import type { OperationName } from './validate';

export type MfaConfiguration = 'OFF' | 'OPTIONAL' | 'ON';

/** A first sign-in factor of choice-based sign-in (SignInPolicy.AllowedFirstAuthFactors). */
export type FirstAuthFactor = 'PASSWORD' | 'WEB_AUTHN' | 'EMAIL_OTP' | 'SMS_OTP';
export const FIRST_AUTH_FACTORS: readonly FirstAuthFactor[] = ['PASSWORD', 'WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP'];

/** WebAuthnConfiguration.UserVerification. */
export type UserVerification = 'preferred' | 'required';
/** The attributes a pool can take as usernames or aliases, and verify. */
export type SignInAttribute = 'email' | 'phone_number';
/** AliasAttributes: "phone_number" | "email" | "preferred_username" (API reference, CreateUserPool). */
export type AliasAttribute = SignInAttribute | 'preferred_username';

export interface PasswordPolicy {
  minLength: number;
  upper: boolean;
  lower: boolean;
  digit: boolean;
  symbol: boolean;
}

/** How the simulated user pool and its one app client are configured. */
export interface PoolSettings {
  userPoolId: string;
  clientId: string;
  region: string;
  /** Pool MfaConfiguration. */
  mfa: MfaConfiguration;
  /** Software token (TOTP) MFA allowed. */
  totp: boolean;
  /** SMS MFA allowed. */
  sms: boolean;
  /** EMAIL_OTP MFA allowed (Essentials tier in the real service). */
  email: boolean;
  /** The app client has a secret, so a public SPA (no SECRET_HASH) fails. */
  clientSecret: boolean;
  /** ALLOW_USER_PASSWORD_AUTH is among the client's ExplicitAuthFlows. */
  userPasswordAuth: boolean;
  /**
   * Choice-based sign-in (USER_AUTH, an Essentials-plan feature): the pool's
   * SignInPolicy.AllowedFirstAuthFactors, with ALLOW_USER_AUTH among the client's
   * ExplicitAuthFlows. Empty: USER_AUTH is off for the client ("USER_AUTH flow not enabled for this
   * client"). Cognito insists on PASSWORD among them (CloudFormation SignInPolicy; CDK
   * AllowedFirstAuthFactors: "password ... This must be true"). With EMAIL_OTP or SMS_OTP among
   * them, SignUp takes no password (API_SignUp, Password).
   */
  firstAuthFactors: readonly FirstAuthFactor[];
  /**
   * WebAuthnConfiguration.RelyingPartyId. Undefined: the page's hostname (`localhost` outside a
   * browser), as a pool without a domain would be set up for the page that uses it.
   */
  webAuthnRelyingPartyId?: string;
  /** WebAuthnConfiguration.UserVerification: whether passkeys must verify the person (biometrics, PIN). */
  webAuthnUserVerification: UserVerification;
  /** PreventUserExistenceErrors ENABLED (true) or LEGACY (false). */
  preventUserExistenceErrors: boolean;
  /**
   * UsernameConfiguration CaseSensitive: true (Cognito's default) makes `Ada@Example.com` and
   * `ada@example.com` two users; false matches usernames and emails in any case. AWS recommends
   * false "for most use cases" (API reference, UsernameConfigurationType).
   */
  usernameCaseSensitive: boolean;
  /** AuthSessionValidity: lifetime of challenge sessions and of SMS/email MFA codes. */
  sessionTtlMs: number;
  passwordPolicy: PasswordPolicy;
  /** Sign-up confirmation code validity (24 h). */
  signUpCodeTtlMs: number;
  /** Forgot-password code validity (1 h). */
  resetCodeTtlMs: number;
  /**
   * Access and ID token validity, in seconds; also ExpiresIn. Cognito's default is an hour, its
   * least 5 minutes (AccessTokenValidity, IdTokenValidity); the simulated pool takes less, for
   * demos and tests that watch tokens run out (`short-tokens`).
   */
  accessTokenTtlSec: number;
  /** Refresh token validity (30 days). */
  refreshTokenTtlMs: number;
  /**
   * RefreshTokenRotation Feature ENABLED: GetTokensFromRefreshToken answers a new refresh token as
   * well and retires the one it was given; REFRESH_TOKEN_AUTH is refused (sign-in.ts).
   */
  refreshTokenRotation: boolean;
  /**
   * RefreshTokenRotation RetryGracePeriodSeconds (0 to 60): how long a rotated-out refresh token
   * still works, "to allow for client-side retries"; 0 retires it at once (API reference,
   * RefreshTokenRotationType).
   */
  refreshTokenGracePeriodSec: number;
  /** TemporaryPasswordValidityDays for admin-created users (7 days). */
  temporaryPasswordTtlMs: number;
  /** Attributes every user must have besides the email username, e.g. ['phone_number']. */
  requiredAttributes: readonly string[];
  /**
   * UsernameAttributes: what people sign up and in with instead of a username (the real username is
   * then a UUID). Empty: a pool of usernames, where `aliasAttributes` may sign in too.
   */
  usernameAttributes: readonly SignInAttribute[];
  /** AliasAttributes (pools of usernames only): what a person may also sign in with, once verified. */
  aliasAttributes: readonly AliasAttribute[];
  /** AutoVerifiedAttributes: what sign-up sends its code to, the phone number first where both are. */
  autoVerifiedAttributes: readonly SignInAttribute[];
  /** The pool's custom attributes, with their prefix (`custom:team`); Cognito never requires them. */
  customAttributes: readonly string[];
  /** AdminCreateUserConfig AllowAdminCreateUserOnly: SignUp is refused, only administrators add users. */
  allowAdminCreateUserOnly: boolean;
  /** A PreSignUp Lambda trigger that refuses sign-ups from one email domain, with its owner's reason. */
  preSignUpRefusal?: { domain: string; reason: string };
  /** Threat protection in full-function mode, blocking every password sign-in as too risky. */
  blockSignIns: boolean;
  /**
   * Bad luck on demand, for demos and browser tests: the first n requests of an operation answer
   * InternalErrorException (HTTP 500), as the real service does when it has a problem. The SDK
   * retries a 500 once on its own (src/cognito/sdk-client.ts, maxAttempts 2), so 2 makes the
   * app's first call fail.
   */
  outages: Readonly<Partial<Record<OperationName, number>>>;
}

export type PoolSettingsInput = Partial<Omit<PoolSettings, 'passwordPolicy'>> & {
  passwordPolicy?: Partial<PasswordPolicy>;
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const DEFAULT_SETTINGS: PoolSettings = {
  userPoolId: SIMULATED_POOL.userPoolId,
  clientId: SIMULATED_POOL.clientId,
  region: SIMULATED_POOL.region,
  mfa: 'ON',
  totp: true,
  sms: true,
  email: false,
  clientSecret: false,
  userPasswordAuth: true,
  preventUserExistenceErrors: true,
  firstAuthFactors: [],
  webAuthnUserVerification: 'preferred',
  usernameCaseSensitive: true,
  sessionTtlMs: 180_000,
  passwordPolicy: { minLength: 8, upper: true, lower: true, digit: true, symbol: true },
  signUpCodeTtlMs: DAY,
  resetCodeTtlMs: HOUR,
  accessTokenTtlSec: 3600,
  refreshTokenTtlMs: 30 * DAY,
  refreshTokenRotation: false,
  refreshTokenGracePeriodSec: 0,
  temporaryPasswordTtlMs: 7 * DAY,
  requiredAttributes: [],
  usernameAttributes: ['email'],
  aliasAttributes: [],
  autoVerifiedAttributes: ['email'],
  customAttributes: [],
  allowAdminCreateUserOnly: false,
  blockSignIns: false,
  outages: {},
};

export function resolveSettings(input: PoolSettingsInput = {}): PoolSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...input,
    passwordPolicy: { ...DEFAULT_SETTINGS.passwordPolicy, ...input.passwordPolicy },
  };
}

/**
 * Named pool configurations for the demo and tests. In the browser the URL picks one:
 * `?scenario=sms-only`. Each is a small override of the defaults (settings.ts: MFA ON, TOTP and
 * SMS allowed, no client secret, USER_PASSWORD_AUTH on, 3-minute sessions).
 */

import { resolveSettings, type PoolSettings, type PoolSettingsInput } from './settings';

/**
 * Choice-based sign-in (USER_AUTH, Essentials): a password, a passkey, an emailed or texted code as
 * the first factor, and sign-up without a password. MFA is optional: where it is required, Cognito
 * offers passkeys only to users with passkey MFA (API reference, WebAuthnMfaSettingsType).
 */
const PASSWORDLESS = {
  mfa: 'OPTIONAL',
  email: true,
  firstAuthFactors: ['PASSWORD', 'WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP'],
} as const satisfies PoolSettingsInput;

export const scenarios = {
  default: {},
  'mfa-optional': { mfa: 'OPTIONAL' },
  'mfa-off': { mfa: 'OFF' },
  // An SMS-only required-MFA pool needs a phone number from every user, as the console insists.
  'sms-only': { totp: false, sms: true, requiredAttributes: ['phone_number'] },
  'totp-only': { totp: true, sms: false },
  // Email codes as well (Essentials): a new account chooses between an authenticator and email.
  'email-otp': { email: true },
  // SMS and email codes, no authenticator apps: a new account (no phone number) sets up email codes.
  'email-mfa': { totp: false, email: true },
  passwordless: PASSWORDLESS,
  // The same, with passkeys that must verify the person (WebAuthnConfiguration UserVerification required).
  'passkey-uv-required': { ...PASSWORDLESS, webAuthnUserVerification: 'required' },
  'client-secret': { clientSecret: true },
  'no-user-password-auth': { userPasswordAuth: false },
  'short-session': { sessionTtlMs: 20_000 },
  // ID and access tokens that last 90 seconds, shorter than any real pool allows (5 minutes at
  // least) on purpose: a browser test sees them run out. The app refreshes a minute before expiry,
  // so it refreshes every 30 seconds here; a minute-long token would have it refresh at once, again and again.
  'short-tokens': { accessTokenTtlSec: 90 },
  // An app client with refresh token rotation ENABLED and a 10-second RetryGracePeriodSeconds:
  // GetTokensFromRefreshToken answers a new refresh token each time, the old one works 10 seconds
  // more, and REFRESH_TOKEN_AUTH is refused (sign-in.ts).
  'refresh-rotation': { refreshTokenRotation: true, refreshTokenGracePeriodSec: 10 },
  // PreventUserExistenceErrors LEGACY, what a client created through the API gets by default
  // (Developer Guide, "Managing user existence error responses"): unknown emails are named as such.
  'legacy-user-existence': { preventUserExistenceErrors: false },
  // A PreSignUp trigger that throws for example.com addresses: Cognito answers
  // UserLambdaValidationException "PreSignUp failed with error <reason>." (reference §10).
  'lambda-refuses': { preSignUpRefusal: { domain: 'example.com', reason: 'Registration from this domain is not allowed.' } },
  // Threat protection blocking sign-ins it finds risky (here: all of them).
  'threat-protection': { blockSignIns: true },
  // A pool asking for more than Cognito's default: 12 characters.
  'strict-password': { passwordPolicy: { minLength: 12 } },
  // MFA optional, and turning a factor on fails the first time (the SDK sends each request once).
  'mfa-preference-outage': { mfa: 'OPTIONAL', outages: { SetUserMFAPreference: 1 } },

  // Pool shapes (src/auth/pool-shape.ts), each with MFA optional so a new account signs straight in.
  // Usernames, with an email every account must give, to confirm it (not an alias: no signing in with it).
  username: { mfa: 'OPTIONAL', usernameAttributes: [], requiredAttributes: ['email'] },
  // Usernames, and the verified email as an alias to sign in with.
  'username-email-alias': { mfa: 'OPTIONAL', usernameAttributes: [], aliasAttributes: ['email'] },
  // Usernames, with a preferred username (set once the account is confirmed) and the verified email
  // as aliases; `ada` (preferred username `Countess`, email ada@example.com) is seeded (demo-users.ts).
  'username-preferred-alias': { mfa: 'OPTIONAL', usernameAttributes: [], aliasAttributes: ['preferred_username', 'email'] },
  // Phone numbers as usernames, confirmed by a code sent by SMS.
  phone: { mfa: 'OPTIONAL', usernameAttributes: ['phone_number'], autoVerifiedAttributes: ['phone_number'] },
  // Email or phone number, either as the username.
  'email-or-phone': { mfa: 'OPTIONAL', usernameAttributes: ['email', 'phone_number'], autoVerifiedAttributes: ['email', 'phone_number'] },
  // Required standard attributes (a name, a date of birth) and a custom one (custom:team).
  attributes: { mfa: 'OPTIONAL', requiredAttributes: ['given_name', 'family_name', 'birthdate'], customAttributes: ['custom:team'] },
  // Only administrators create users (AllowAdminCreateUserOnly): no sign-up; invited users set a password.
  'admin-only': { mfa: 'OPTIONAL', allowAdminCreateUserOnly: true },
} as const satisfies Record<string, PoolSettingsInput>;

export type ScenarioName = keyof typeof scenarios;

export const scenarioNames = Object.keys(scenarios) as ScenarioName[];

export function isScenarioName(name: unknown): name is ScenarioName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(scenarios, name);
}

/**
 * The full settings of a scenario; an unknown name gives the default scenario. `overrides` adjust
 * it further (a preview's 62-second tokens, a stricter password policy).
 */
export function settingsFor(name: string, overrides: PoolSettingsInput = {}): PoolSettings {
  const base: PoolSettingsInput = isScenarioName(name) ? scenarios[name] : {};
  return resolveSettings({
    ...base,
    ...overrides,
    passwordPolicy: { ...base.passwordPolicy, ...overrides.passwordPolicy },
  });
}

/** The scenario a URL query (`location.search`) asks for; 'default' when absent or unknown. */
export function scenarioFromSearch(search: string): ScenarioName {
  const name = new URLSearchParams(search).get('scenario');
  return isScenarioName(name) ? name : 'default';
}

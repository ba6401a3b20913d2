/**
 * The vocabulary the sign-in flow speaks: what Cognito answers, in the app's own terms.
 * No SDK class, no Svelte: the adapter (src/cognito) translates to and from these.
 */

/**
 * A first factor of choice-based sign-in (InitiateAuth USER_AUTH): Cognito's AuthFactorType and
 * the names AvailableChallenges lists them by. PASSWORD_SRP is left out: this page sends no SRP.
 */
export type FirstFactor = 'PASSWORD' | 'WEB_AUTHN' | 'EMAIL_OTP' | 'SMS_OTP';

export const FIRST_FACTORS: readonly FirstFactor[] = ['PASSWORD', 'WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP'];

/** A passkey registered to the signed-in person (ListWebAuthnCredentials). */
export interface Passkey {
  id: string;
  /** FriendlyCredentialName: what the authenticator calls itself, or the person named it. */
  name: string;
  /** AuthenticatorAttachment: `platform` (this device) or `cross-platform` (a security key, a phone). */
  attachment?: string;
  /** Epoch ms. */
  createdAt: number;
}

/** A second factor a person can answer with. */
export type MfaType = 'SOFTWARE_TOKEN_MFA' | 'SMS_MFA' | 'EMAIL_OTP';

export interface CodeDelivery {
  /** Masked, as Cognito returns it: `j***@e***.com`, `+*******0123`. */
  destination: string;
  medium: 'EMAIL' | 'SMS';
}

export interface Tokens {
  accessToken: string;
  idToken: string;
  refreshToken?: string;
  /** Epoch milliseconds at which the access and ID tokens expire. */
  expiresAt: number;
}

/** Each challenge carries what answering it needs, and nothing that can be mixed up. */
export type Challenge =
  | { name: 'MFA_SETUP'; session: string; username: string; canSetup: MfaType[] }
  | { name: 'SOFTWARE_TOKEN_MFA'; session: string; username: string; deviceName?: string }
  | { name: 'SMS_MFA'; session: string; username: string; delivery?: CodeDelivery }
  | { name: 'EMAIL_OTP'; session: string; username: string; delivery?: CodeDelivery }
  | { name: 'SELECT_MFA_TYPE'; session: string; username: string; options: MfaType[] }
  | {
      name: 'NEW_PASSWORD_REQUIRED';
      session: string;
      username: string;
      requiredAttributes: string[];
    }
  /** USER_AUTH without a preference: the first factors this person may use, in the pool's order. */
  | { name: 'SELECT_CHALLENGE'; session: string; username: string; available: FirstFactor[] }
  /** A passkey is asked for: CREDENTIAL_REQUEST_OPTIONS, as Cognito sent it (JSON text). */
  | { name: 'WEB_AUTHN'; session: string; username: string; options: string }
  /** A text-message code as the first factor (EMAIL_OTP serves as the email one, at either step). */
  | { name: 'SMS_OTP'; session: string; username: string; delivery?: CodeDelivery }
  | { name: 'UNSUPPORTED'; challengeName: string };

/** What a sign-in step ends in: tokens, or the next challenge. */
export type AuthStep = { type: 'signedIn'; tokens: Tokens } | { type: 'challenge'; challenge: Challenge };

/** The challenges that are answered with a code the person types. */
export type CodeChallengeName = 'SOFTWARE_TOKEN_MFA' | 'SMS_MFA' | 'EMAIL_OTP' | 'SMS_OTP';

export interface SignUpResult {
  userConfirmed: boolean;
  delivery: CodeDelivery | null;
  /** Pools with choice-based sign-in: for ConfirmSignUp, which then answers with one for InitiateAuth (API SignUp, Session). */
  session?: string;
}

export interface TotpSecret {
  /** Base32, as Cognito returns it. */
  secret: string;
  /** The next session in the MFA_SETUP chain; absent when associating with an access token. */
  session?: string;
}

export interface MfaSettings {
  /** UserMFASettingList: the factors turned on for the user. */
  enabled: MfaType[];
  preferred: MfaType | null;
  /**
   * SMS codes are in effect through the user's phone number although `enabled` does not list
   * SMS_MFA (GetUser's legacy MFAOptions lists SMS; src/cognito/sdk-client.ts says why).
   */
  smsByPhone?: boolean;
}

/** Who is signed in, read from the ID token's claims: the email the signed-in screen names. */
export interface SignedInUser {
  email: string;
  /** Who is signed in, as the person knows the account (context.ts, userFrom). */
  shown: string;
}

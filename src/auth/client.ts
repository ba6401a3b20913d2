/**
 * What the flow asks of a Cognito user pool, in the app's own terms. One implementation sends
 * the AWS SDK's commands (src/cognito/sdk-client.ts); tests and previews may script another.
 * Each method's comment names the Cognito operation it runs. Every method rejects with an
 * AuthError (src/auth/errors.ts), never with an SDK exception.
 */
import type {
  AuthStep,
  CodeChallengeName,
  CodeDelivery,
  FirstFactor,
  MfaSettings,
  Passkey,
  MfaType,
  SignUpResult,
  TotpSecret,
  Tokens,
} from './types';

export interface CognitoClient {
  /**
   * SignUp: `email` is the username (the identifier as typed and normalised: an email, a phone
   * number or a username); `attributes` are its UserAttributes, the identifier's own among them.
   * No password where the page offers no password (passwordless sign-up: the pool then signs the
   * person in without one).
   */
  signUp(input: { email: string; password?: string; attributes: Record<string, string> }): Promise<SignUpResult>;
  /**
   * ConfirmSignUp with the code Cognito sent, and SignUp's Session where it gave one; answers with
   * the Session that signs the person in with USER_AUTH without a second code, where Cognito gives one.
   */
  confirmSignUp(input: { email: string; code: string; session?: string }): Promise<{ session?: string } | void>;
  /** ResendConfirmationCode; answers where the code went (null when Cognito does not say). */
  resendConfirmationCode(input: { email: string }): Promise<CodeDelivery | null>;

  /** InitiateAuth with USER_PASSWORD_AUTH. */
  signIn(input: { email: string; password: string }): Promise<AuthStep>;
  /**
   * InitiateAuth with USER_AUTH (choice-based sign-in): the username, and PREFERRED_CHALLENGE when
   * the person picked a way up front; or the Session ConfirmSignUp returned, which signs a new
   * account in without a second code.
   */
  startUserAuth(input: { email: string; preferred?: FirstFactor; session?: string }): Promise<AuthStep>;
  /** RespondToAuthChallenge SELECT_CHALLENGE: ANSWER, with PASSWORD when the answer is the password. */
  selectChallenge(input: { session: string; username: string; answer: FirstFactor; password?: string }): Promise<AuthStep>;
  /** RespondToAuthChallenge WEB_AUTHN: CREDENTIAL, the passkey's assertion as JSON text. */
  answerPasskey(input: { session: string; username: string; credential: string }): Promise<AuthStep>;
  /** StartWebAuthnRegistration: CredentialCreationOptions, as JSON text. */
  startPasskeyRegistration(input: { accessToken: string }): Promise<string>;
  /** CompleteWebAuthnRegistration: the new passkey's RegistrationResponseJSON, as JSON text. */
  completePasskeyRegistration(input: { accessToken: string; credential: string }): Promise<void>;
  /** ListWebAuthnCredentials, every page. */
  listPasskeys(input: { accessToken: string }): Promise<Passkey[]>;
  /** DeleteWebAuthnCredential; one already gone counts as deleted. */
  deletePasskey(input: { accessToken: string; id: string }): Promise<void>;
  /** RespondToAuthChallenge for a challenge answered with a typed code (SOFTWARE_TOKEN_MFA, SMS_MFA, EMAIL_OTP, SMS_OTP). */
  answerCode(input: { challenge: CodeChallengeName; session: string; username: string; code: string }): Promise<AuthStep>;
  /** RespondToAuthChallenge SELECT_MFA_TYPE. */
  selectMfaType(input: { session: string; username: string; mfa: MfaType }): Promise<AuthStep>;
  /** RespondToAuthChallenge MFA_SETUP, with the Session that VerifySoftwareToken returned. */
  completeMfaSetup(input: { session: string; username: string }): Promise<AuthStep>;
  /** RespondToAuthChallenge MFA_SETUP with EMAIL, the MFA_SETUP Session: email codes, an EMAIL_OTP challenge next. */
  setUpEmailMfa(input: { session: string; username: string; email: string }): Promise<AuthStep>;
  /** RespondToAuthChallenge NEW_PASSWORD_REQUIRED. */
  setNewPassword(input: {
    session: string;
    username: string;
    password: string;
    attributes: Record<string, string>;
  }): Promise<AuthStep>;

  /** AssociateSoftwareToken, with the MFA_SETUP Session or with an access token. */
  associateSoftwareToken(input: { session: string } | { accessToken: string }): Promise<TotpSecret>;
  /** VerifySoftwareToken; returns the next Session when called with one. */
  verifySoftwareToken(
    input: ({ session: string } | { accessToken: string }) & { code: string; deviceName: string },
  ): Promise<{ session?: string }>;

  /** GetUser: the second factors that are on (UserMFASettingList, MFAOptions for SMS) and the preferred one. */
  getMfaSettings(input: { accessToken: string }): Promise<MfaSettings>;
  /**
   * SetUserMFAPreference: turns factors on or off; sets the preferred one, clears it (null) or
   * leaves it (undefined). Only the factors named in `enabled` (and the preferred one) are sent:
   * the others are left as they are, never touched for a user who does not have them.
   */
  setMfaPreference(input: { accessToken: string; enabled: Partial<Record<MfaType, boolean>>; preferred?: MfaType | null }): Promise<void>;

  /**
   * GetTokensFromRefreshToken (REFRESH_TOKEN_AUTH where an emulator lacks it): new access and ID
   * tokens, and the refresh token to keep: a new one where the app client rotates them.
   */
  refresh(input: { refreshToken: string }): Promise<Tokens>;
  /** RevokeToken: the refresh token and the tokens issued from it. Sends nothing without one. */
  revoke(input: { refreshToken: string }): Promise<void>;
  /** GlobalSignOut: every refresh token of the person, on every device. */
  globalSignOut(input: { accessToken: string }): Promise<void>;

  /** ForgotPassword; answers where the reset code went (null when Cognito does not say). */
  forgotPassword(input: { email: string }): Promise<CodeDelivery | null>;
  /** ConfirmForgotPassword: the code and the new password. */
  confirmForgotPassword(input: { email: string; code: string; password: string }): Promise<void>;
  /** ChangePassword: the current password and a new one, with the access token. */
  changePassword(input: { accessToken: string; previousPassword: string; proposedPassword: string }): Promise<void>;
}

export type CognitoOperation = keyof CognitoClient;

/** Every operation, once: a method added to CognitoClient and missing here is a type error. */
const EVERY_OPERATION: Record<CognitoOperation, true> = {
  signUp: true,
  confirmSignUp: true,
  resendConfirmationCode: true,
  signIn: true,
  startUserAuth: true,
  selectChallenge: true,
  answerPasskey: true,
  startPasskeyRegistration: true,
  completePasskeyRegistration: true,
  listPasskeys: true,
  deletePasskey: true,
  answerCode: true,
  selectMfaType: true,
  completeMfaSetup: true,
  setUpEmailMfa: true,
  setNewPassword: true,
  associateSoftwareToken: true,
  verifySoftwareToken: true,
  getMfaSettings: true,
  setMfaPreference: true,
  refresh: true,
  revoke: true,
  globalSignOut: true,
  forgotPassword: true,
  confirmForgotPassword: true,
  changePassword: true,
};

export const COGNITO_OPERATIONS = Object.keys(EVERY_OPERATION) as CognitoOperation[];

/**
 * What the flow asks of a Cognito user pool, in the app's own terms. One implementation sends
 * the AWS SDK's commands (sdk-client.ts); tests and previews may script another. Every method
 * rejects with an AuthError (src/auth/errors.ts), never with an SDK exception.
 */
import type {
  AuthStep,
  CodeChallengeName,
  CodeDelivery,
  MfaSettings,
  MfaType,
  SignUpResult,
  TotpSecret,
  Tokens,
} from './types';

export interface CognitoClient {
  signUp(input: { email: string; password: string }): Promise<SignUpResult>;
  confirmSignUp(input: { email: string; code: string }): Promise<void>;
  resendConfirmationCode(input: { email: string }): Promise<CodeDelivery | null>;

  /** InitiateAuth with USER_PASSWORD_AUTH. */
  signIn(input: { email: string; password: string }): Promise<AuthStep>;
  /** RespondToAuthChallenge for a challenge answered with a typed code. */
  answerCode(input: { challenge: CodeChallengeName; session: string; username: string; code: string }): Promise<AuthStep>;
  /** RespondToAuthChallenge SELECT_MFA_TYPE. */
  selectMfaType(input: { session: string; username: string; mfa: MfaType }): Promise<AuthStep>;
  /** RespondToAuthChallenge MFA_SETUP, with the Session that VerifySoftwareToken returned. */
  completeMfaSetup(input: { session: string; username: string }): Promise<AuthStep>;
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

  getMfaSettings(input: { accessToken: string }): Promise<MfaSettings>;
  setMfaPreference(input: { accessToken: string; enabled: Partial<Record<MfaType, boolean>>; preferred?: MfaType | null }): Promise<void>;

  refresh(input: { refreshToken: string }): Promise<Tokens>;
  revoke(input: { refreshToken: string }): Promise<void>;
  globalSignOut(input: { accessToken: string }): Promise<void>;

  forgotPassword(input: { email: string }): Promise<CodeDelivery | null>;
  confirmForgotPassword(input: { email: string; code: string; password: string }): Promise<void>;
  changePassword(input: { accessToken: string; previousPassword: string; proposedPassword: string }): Promise<void>;
}

export type CognitoOperation = keyof CognitoClient;

/** Every operation, once: a method added to CognitoClient and missing here is a type error. */
const EVERY_OPERATION: Record<CognitoOperation, true> = {
  signUp: true,
  confirmSignUp: true,
  resendConfirmationCode: true,
  signIn: true,
  answerCode: true,
  selectMfaType: true,
  completeMfaSetup: true,
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

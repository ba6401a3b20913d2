/**
 * The CognitoClient that sends real requests: the only module that imports the AWS SDK.
 * Public client only: no SecretHash, no admin operation, no AWS credentials (every operation
 * used here is unsigned). Every SDK exception leaves this file as an AuthError.
 */
import {
  AssociateSoftwareTokenCommand,
  ChangePasswordCommand,
  CognitoIdentityProviderClient,
  CompleteWebAuthnRegistrationCommand,
  DeleteWebAuthnCredentialCommand,
  ListWebAuthnCredentialsCommand,
  StartWebAuthnRegistrationCommand,
  type WebAuthnCredentialDescription,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SetUserMFAPreferenceCommand,
  SignUpCommand,
  VerifySoftwareTokenCommand,
  type AuthenticationResultType,
  type ChallengeNameType,
  type CodeDeliveryDetailsType,
} from '@aws-sdk/client-cognito-identity-provider';
import type { PoolConfig } from '../config';
import {
  FIRST_FACTORS,
  type AuthStep,
  type Challenge,
  type CodeChallengeName,
  type CodeDelivery,
  type FirstFactor,
  type MfaType,
  type Passkey,
  type Tokens,
} from '../auth/types';
import type { CognitoClient } from '../auth/client';
import { AuthError } from '../auth/errors';
import { toAuthError, type ErrorContext } from './sdk-errors';
import { isBase32Secret } from '../lib/otpauth';

/** The ChallengeResponses key for each code challenge, from the API reference: never guessed. */
const CODE_RESPONSE_KEY: Record<CodeChallengeName, string> = {
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
  SMS_MFA: 'SMS_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
  SMS_OTP: 'SMS_OTP_CODE',
};

const MFA_TYPES: readonly MfaType[] = ['SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP'];

/** Cognito's default when an emulator leaves ExpiresIn out. */
const DEFAULT_EXPIRES_IN_S = 3600;

/**
 * How long any Cognito request may take before it counts as a network failure (the person sees
 * the network message and can try again) instead of leaving the screen busy for ever.
 */
export const REQUEST_TIMEOUT_MS = 15_000;

/** The SDK's client for this pool, as every request of the app (and the doctor's probes) is sent. */
export function newSdkClient(pool: PoolConfig): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region: pool.region,
    endpoint: pool.endpoint,
    // No retries by the SDK, for any operation: the statechart decides what is sent again.
    // Most steps of a sign-in spend a single-use Session (RespondToAuthChallenge,
    // VerifySoftwareToken), and a request whose answer was lost may have been carried out: the
    // SDK would resend the spent Session and turn a dropped answer into "session can only be
    // used once". The machine instead offers "Try again" and says honestly what happened.
    maxAttempts: 1,
    // Builds leave the adaptive mode out (src/build/unused-sdk-code.ts).
    retryMode: 'standard',
    // Both handlers take requestTimeout (fetch in browsers, node:http in Node); node:http turns
    // it into an error only with throwOnRequestTimeout, which fetch does not read. Either way
    // the SDK rejects with a TimeoutError, which sdk-errors.ts calls a network failure.
    requestHandler: { requestTimeout: REQUEST_TIMEOUT_MS, throwOnRequestTimeout: true },
  });
}

export function createSdkClient(pool: PoolConfig, sdk?: CognitoIdentityProviderClient): CognitoClient {
  const client = sdk ?? newSdkClient(pool);
  const ClientId = pool.clientId;

  async function send<T>(run: () => Promise<T>, context?: ErrorContext): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toAuthError(error, context);
    }
  }
  /** Set once an emulator said it does not know GetTokensFromRefreshToken (see `refresh`). */
  let refreshByInitiateAuth = false;
  /** An operation that names the account by its email (see ErrorContext). */
  const NAMES_ACCOUNT: ErrorContext = { namesAccount: true };

  return {
    async signUp({ email, password, attributes }) {
      const out = await send(() =>
        client.send(
          new SignUpCommand({
            ClientId,
            Username: email,
            // Left out for passwordless sign-up: "the user can sign in with passwordless authentication"
            // where the pool allows a first factor other than the password (API SignUp, Password).
            Password: password,
            UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
          }),
        ),
      );
      return {
        userConfirmed: out.UserConfirmed === true,
        delivery: deliveryFrom(out.CodeDeliveryDetails),
        ...(out.Session ? { session: out.Session } : {}),
      };
    },

    async confirmSignUp({ email, code, session }) {
      const out = await send(
        () => client.send(new ConfirmSignUpCommand({ ClientId, Username: email, ConfirmationCode: code, Session: session })),
        NAMES_ACCOUNT,
      );
      // "A session ID that you can pass to InitiateAuth" to sign in with USER_AUTH (API ConfirmSignUp, Session).
      return out.Session ? { session: out.Session } : {};
    },

    async resendConfirmationCode({ email }) {
      const out = await send(() => client.send(new ResendConfirmationCodeCommand({ ClientId, Username: email })), NAMES_ACCOUNT);
      return deliveryFrom(out.CodeDeliveryDetails);
    },

    async signIn({ email, password }) {
      const out = await send(() =>
        client.send(
          new InitiateAuthCommand({
            ClientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: email, PASSWORD: password },
          }),
        ),
      );
      return stepFrom(out, email);
    },

    async startUserAuth({ email, preferred, session }) {
      const out = await send(() =>
        client.send(
          new InitiateAuthCommand({
            ClientId,
            AuthFlow: 'USER_AUTH',
            // PREFERRED_CHALLENGE goes straight to that way when the user has it, else Cognito
            // answers SELECT_CHALLENGE (API InitiateAuth, AuthParameters for USER_AUTH).
            AuthParameters: { USERNAME: email, ...(preferred ? { PREFERRED_CHALLENGE: preferred } : {}) },
            // ConfirmSignUp's Session: "Amazon Cognito assumes the SMS or email message one-time
            // verification password from ConfirmSignUp as the primary authentication factor"
            // (API InitiateAuth, Session).
            Session: session,
          }),
        ),
      );
      return stepFrom(out, email);
    },

    async selectChallenge({ session, username, answer, password }) {
      return respond('SELECT_CHALLENGE', session, username, { ANSWER: answer, ...(password === undefined ? {} : { PASSWORD: password }) });
    },

    async answerPasskey({ session, username, credential }) {
      // CREDENTIAL: "the results of a successful authentication with a WebAuthn authenticator"
      // (API RespondToAuthChallenge), an AuthenticationResponseJSON as text.
      return respond('WEB_AUTHN', session, username, { CREDENTIAL: credential });
    },

    async startPasskeyRegistration({ accessToken }) {
      const out = await send(() => client.send(new StartWebAuthnRegistrationCommand({ AccessToken: accessToken })));
      // A JSON document (PublicKeyCredentialCreationOptionsJSON): handed on as text.
      return JSON.stringify(required(out.CredentialCreationOptions as object | undefined, 'CredentialCreationOptions'));
    },

    async completePasskeyRegistration({ accessToken, credential }) {
      // Credential is a JSON document (RegistrationResponseJSON), not text (API CompleteWebAuthnRegistration).
      await send(() =>
        client.send(new CompleteWebAuthnRegistrationCommand({ AccessToken: accessToken, Credential: JSON.parse(credential) as never })),
      );
    },

    async listPasskeys({ accessToken }) {
      const found: Passkey[] = [];
      let next: string | undefined;
      do {
        const out = await send(() =>
          client.send(new ListWebAuthnCredentialsCommand({ AccessToken: accessToken, NextToken: next, MaxResults: 20 })),
        );
        found.push(...(out.Credentials ?? []).map(passkeyFrom));
        next = out.NextToken;
      } while (next);
      return found;
    },

    async deletePasskey({ accessToken, id }) {
      try {
        await client.send(new DeleteWebAuthnCredentialCommand({ AccessToken: accessToken, CredentialId: id }));
      } catch (error) {
        // Already gone (deleted on another device): what the person asked for.
        if ((error as { name?: unknown }).name === 'ResourceNotFoundException') return;
        throw toAuthError(error);
      }
    },

    async answerCode({ challenge, session, username, code }) {
      return respond(challenge, session, username, { [CODE_RESPONSE_KEY[challenge]]: code });
    },

    async selectMfaType({ session, username, mfa }) {
      return respond('SELECT_MFA_TYPE', session, username, { ANSWER: mfa });
    },

    async completeMfaSetup({ session, username }) {
      return respond('MFA_SETUP', session, username, {});
    },

    async setUpEmailMfa({ session, username, email }) {
      // MFA_SETUP answered with the address to send codes to, on the MFA_SETUP Session itself:
      // Cognito emails a code and answers with an EMAIL_OTP challenge (reference §4.3 and §10;
      // amplify-js handleMFASetupChallenge sends { USERNAME, EMAIL } when MFAS_CAN_SETUP lists
      // EMAIL_OTP). Email MFA needs the Essentials feature plan (API EmailMfaSettingsType).
      return respond('MFA_SETUP', session, username, { EMAIL: email });
    },

    async setNewPassword({ session, username, password, attributes }) {
      const extra = Object.fromEntries(Object.entries(attributes).map(([name, value]) => [`userAttributes.${name}`, value]));
      return respond('NEW_PASSWORD_REQUIRED', session, username, { NEW_PASSWORD: password, ...extra });
    },

    async associateSoftwareToken(input) {
      const out = await send(() =>
        client.send(
          new AssociateSoftwareTokenCommand('session' in input ? { Session: input.session } : { AccessToken: input.accessToken }),
        ),
      );
      // At sign-in the secret comes with the next Session in the chain; nothing goes on without both.
      return {
        secret: base32(required(out.SecretCode, 'a SecretCode')),
        session: 'session' in input ? required(out.Session, 'the next Session') : out.Session,
      };
    },

    async verifySoftwareToken(input) {
      const auth = 'session' in input ? { Session: input.session } : { AccessToken: input.accessToken };
      const out = await send(() =>
        client.send(
          new VerifySoftwareTokenCommand({
            ...auth,
            UserCode: input.code,
            FriendlyDeviceName: input.deviceName || undefined,
          }),
        ),
      );
      // Cognito answers a wrong code with an exception; an ERROR status is treated the same way.
      if (out.Status === 'ERROR') throw toAuthError({ name: 'EnableSoftwareTokenMFAException' });
      return { session: 'session' in input ? required(out.Session, 'the next Session') : out.Session };
    },

    async getMfaSettings({ accessToken }) {
      const out = await send(() => client.send(new GetUserCommand({ AccessToken: accessToken })));
      const enabled = (out.UserMFASettingList ?? []).filter(isMfaType);
      const preferred = out.PreferredMfaSetting;
      // In a pool that requires MFA with SMS, a user with a phone number meets SMS_MFA at sign-in
      // without having set anything up (Developer Guide, "Adding MFA to a user pool": users
      // without phone numbers need the operator's help or are prompted to set up TOTP), and GetUser
      // then lists no UserMFASettingList but the legacy MFAOptions
      // [{ DeliveryMedium: SMS, AttributeName: phone_number }] (aws-sdk-java-v2 #4869; the Cognito
      // team called it expected in aws/aws-sdk #693; amplify-js #11258). MFAOptions "provides
      // information only about SMS MFA configurations" (API GetUser). Unverified: that it is listed
      // exactly when SMS codes are in effect.
      const smsByPhone = !enabled.includes('SMS_MFA') && (out.MFAOptions ?? []).some((option) => option.DeliveryMedium === 'SMS');
      return { enabled, preferred: isMfaType(preferred) ? preferred : null, ...(smsByPhone ? { smsByPhone } : {}) };
    },

    async setMfaPreference({ accessToken, enabled, preferred }) {
      // Only the factors being changed are named; an omitted factor is left as it is. Pools refuse
      // a settings object for a factor the user does not have, even one that turns it off:
      // `SMSMfaSettings: { Enabled: false, PreferredMfa: false }` for a user without a phone number
      // failed "User does not have a phone_number set to turn on SMS MFA" and kept TOTP from being
      // turned on (amplify-js #806, #846, #5766); the same for SoftwareTokenMfaSettings without an
      // authenticator, "User has not set up software token mfa" (amplify-js #944). Amplify v6's
      // updateMFAPreference does the same: getMFASettings(undefined) is undefined, so a factor the
      // caller does not name is left out of the request (packages/auth/.../updateMFAPreference.ts).
      const named = MFA_TYPES.filter((type) => enabled[type] !== undefined || (preferred ?? undefined) === type);
      const settings = (type: MfaType) =>
        named.includes(type)
          ? { Enabled: enabled[type], PreferredMfa: preferred === undefined ? undefined : preferred === type }
          : undefined;
      await send(() =>
        client.send(
          new SetUserMFAPreferenceCommand({
            AccessToken: accessToken,
            SoftwareTokenMfaSettings: settings('SOFTWARE_TOKEN_MFA'),
            SMSMfaSettings: settings('SMS_MFA'),
            EmailMfaSettings: settings('EMAIL_OTP'),
          }),
        ),
      );
    },

    /**
     * GetTokensFromRefreshToken on every app client: "Refresh token rotation must be completed
     * with GetTokensFromRefreshToken. With refresh token rotation disabled, you can complete token
     * refresh with GetTokensFromRefreshToken and with REFRESH_TOKEN_AUTH in InitiateAuth" (API
     * reference, RefreshTokenRotationType), and "You can't authenticate with REFRESH_TOKEN_AUTH in
     * app clients with refresh token rotation enabled" (Developer Guide, "Refresh tokens"). It
     * takes ClientId and RefreshToken (no secret from a public client) and, where rotation is on,
     * answers with a new RefreshToken, kept in place of the old one, which stops working.
     * An emulator that does not know the operation (VITE_COGNITO_ENDPOINT) answers
     * UnknownOperationException: this page then refreshes with REFRESH_TOKEN_AUTH, as long as it lives.
     */
    async refresh({ refreshToken }) {
      if (!refreshByInitiateAuth) {
        const out = await client.send(new GetTokensFromRefreshTokenCommand({ ClientId, RefreshToken: refreshToken })).catch((error: unknown) => {
          if (!isUnknownOperation(error)) throw toAuthError(error);
          refreshByInitiateAuth = true;
          return undefined;
        });
        // An answer without tokens is read as such, not as a failure of the SDK's call.
        if (out) return refreshedTokens(out.AuthenticationResult, refreshToken);
      }
      const out = await send(() =>
        client.send(new InitiateAuthCommand({ ClientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: refreshToken } })),
      );
      return refreshedTokens(out.AuthenticationResult, refreshToken);
    },

    async revoke({ refreshToken }) {
      if (!refreshToken) return;
      await send(() => client.send(new RevokeTokenCommand({ ClientId, Token: refreshToken })));
    },

    async globalSignOut({ accessToken }) {
      await send(() => client.send(new GlobalSignOutCommand({ AccessToken: accessToken })));
    },

    async forgotPassword({ email }) {
      const out = await send(() => client.send(new ForgotPasswordCommand({ ClientId, Username: email })), NAMES_ACCOUNT);
      return deliveryFrom(out.CodeDeliveryDetails);
    },

    async confirmForgotPassword({ email, code, password }) {
      await send(() =>
        client.send(
          new ConfirmForgotPasswordCommand({ ClientId, Username: email, ConfirmationCode: code, Password: password }),
        ),
        NAMES_ACCOUNT,
      );
    },

    async changePassword({ accessToken, previousPassword, proposedPassword }) {
      await send(() =>
        client.send(
          new ChangePasswordCommand({
            AccessToken: accessToken,
            PreviousPassword: previousPassword,
            ProposedPassword: proposedPassword,
          }),
        ),
      );
    },
  };

  async function respond(
    name: ChallengeNameType,
    session: string,
    username: string,
    answers: Record<string, string>,
  ): Promise<AuthStep> {
    const out = await send(() =>
      client.send(
        new RespondToAuthChallengeCommand({
          ClientId,
          ChallengeName: name,
          Session: session,
          ChallengeResponses: { USERNAME: username, ...answers },
        }),
      ),
    );
    return stepFrom(out, username);
  }
}

/**
 * A member an answer must carry for the flow to go on (the next Session of a chain, the secret to
 * set up): its absence is the service's fault, and nothing could answer what follows without it.
 */
function required<T>(value: T | undefined, what: string): T {
  if (!value) throw new AuthError('serviceError', { message: `Cognito answered without ${what}` });
  return value;
}

/** Cognito's SecretCode is base32; anything else would make a broken or rewritten otpauth link. */
function base32(secret: string): string {
  if (!isBase32Secret(secret)) throw new AuthError('serviceError', { message: 'Cognito answered with a SecretCode that is not base32' });
  return secret;
}

function isMfaType(value: unknown): value is MfaType {
  return MFA_TYPES.includes(value as MfaType);
}

function deliveryFrom(details: CodeDeliveryDetailsType | undefined): CodeDelivery | null {
  if (!details?.Destination) return null;
  return { destination: details.Destination, medium: details.DeliveryMedium === 'SMS' ? 'SMS' : 'EMAIL' };
}

/** A refresh's tokens; the refresh token sent stays in use unless Cognito rotated it. */
function refreshedTokens(result: AuthenticationResultType | undefined, refreshToken: string): Tokens {
  if (!result) throw toAuthError({ name: 'NotAuthorizedException', message: 'Refresh Token has expired' });
  const tokens = tokensFrom(result);
  return { ...tokens, refreshToken: tokens.refreshToken ?? refreshToken };
}

/**
 * The answer of a service that has no such operation: `UnknownOperationException` (the AWS JSON
 * protocol's `__type`), or `Unsupported` (cognito-local's `CognitoLocal#Unsupported`, as the SDK
 * names an error code with a namespace).
 */
const UNKNOWN_OPERATION = new Set(['UnknownOperationException', 'Unsupported']);
function isUnknownOperation(error: unknown): boolean {
  return UNKNOWN_OPERATION.has((error as { name?: unknown } | null)?.name as string);
}

function tokensFrom(result: AuthenticationResultType): Tokens {
  return {
    accessToken: result.AccessToken ?? '',
    idToken: result.IdToken ?? '',
    refreshToken: result.RefreshToken,
    expiresAt: Date.now() + (result.ExpiresIn ?? DEFAULT_EXPIRES_IN_S) * 1000,
  };
}

/** ChallengeParameters carry lists as JSON-encoded strings. */
function listParameter(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function passkeyFrom(credential: WebAuthnCredentialDescription): Passkey {
  return {
    id: credential.CredentialId ?? '',
    name: credential.FriendlyCredentialName ?? '',
    attachment: credential.AuthenticatorAttachment,
    createdAt: credential.CreatedAt ? new Date(credential.CreatedAt).getTime() : 0,
  };
}

function isFirstFactor(value: unknown): value is FirstFactor {
  return FIRST_FACTORS.includes(value as FirstFactor);
}

interface StepOutput {
  /** SELECT_CHALLENGE's ways, beside ChallengeParameters (API InitiateAuth, AvailableChallenges). */
  AvailableChallenges?: (ChallengeNameType | string)[];
  ChallengeName?: ChallengeNameType | string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
  AuthenticationResult?: AuthenticationResultType;
}

export function stepFrom(out: StepOutput, typedUsername: string): AuthStep {
  if (out.AuthenticationResult) return { type: 'signedIn', tokens: tokensFrom(out.AuthenticationResult) };
  const parameters = out.ChallengeParameters ?? {};
  // Every challenge this page answers is answered with its Session.
  const session = () => required(out.Session, `a Session for ${out.ChallengeName}`);
  // The user's real username (a UUID when the email is an alias or the username attribute).
  const username = parameters.USER_ID_FOR_SRP ?? parameters.USERNAME ?? typedUsername;
  // Where the code went (masked): SMS_MFA's by text message, EMAIL_OTP's by email, whatever
  // CODE_DELIVERY_DELIVERY_MEDIUM says besides.
  const destination = parameters.CODE_DELIVERY_DESTINATION;
  const deliveredBy = (medium: CodeDelivery['medium']): CodeDelivery | undefined => (destination ? { destination, medium } : undefined);

  const challenge = ((): Challenge => {
    switch (out.ChallengeName) {
      case 'MFA_SETUP':
        return { name: 'MFA_SETUP', session: session(), username, canSetup: listParameter(parameters.MFAS_CAN_SETUP).filter(isMfaType) };
      case 'SOFTWARE_TOKEN_MFA':
        return { name: 'SOFTWARE_TOKEN_MFA', session: session(), username, deviceName: parameters.FRIENDLY_DEVICE_NAME };
      case 'SMS_MFA':
        return { name: 'SMS_MFA', session: session(), username, delivery: deliveredBy('SMS') };
      case 'EMAIL_OTP':
        return { name: 'EMAIL_OTP', session: session(), username, delivery: deliveredBy('EMAIL') };
      case 'SMS_OTP':
        return { name: 'SMS_OTP', session: session(), username, delivery: deliveredBy('SMS') };
      case 'SELECT_CHALLENGE':
        // In the pool's order; PASSWORD_SRP is left out (this page sends no SRP).
        return { name: 'SELECT_CHALLENGE', session: session(), username, available: (out.AvailableChallenges ?? []).filter(isFirstFactor) };
      case 'WEB_AUTHN':
        // CREDENTIAL_REQUEST_OPTIONS: PublicKeyCredentialRequestOptionsJSON as text (Amplify v6
        // handleWebAuthnSignInResult parses the same parameter).
        return { name: 'WEB_AUTHN', session: session(), username, options: required(parameters.CREDENTIAL_REQUEST_OPTIONS, 'CREDENTIAL_REQUEST_OPTIONS') };
      case 'SELECT_MFA_TYPE':
        return { name: 'SELECT_MFA_TYPE', session: session(), username, options: listParameter(parameters.MFAS_CAN_CHOOSE).filter(isMfaType) };
      case 'NEW_PASSWORD_REQUIRED':
        return {
          name: 'NEW_PASSWORD_REQUIRED',
          session: session(),
          username,
          requiredAttributes: listParameter(parameters.requiredAttributes).map((name) => name.replace(/^userAttributes\./, '')),
        };
      default:
        return { name: 'UNSUPPORTED', challengeName: String(out.ChallengeName ?? 'none') };
    }
  })();
  return { type: 'challenge', challenge };
}

/** Small readers of the machine's context: what a Cognito call needs from what the machine holds. */
import type { AuthContext } from './context';
import type { CodeChallengeName, MfaType } from './types';
import { identifierKind } from './validate';
import { signUpAttributes } from './attributes';
import { signUpKinds } from './pool-shape';
import { jwtClaims } from './jwt';
import type { OfferedPerson } from './passkeys';

export function sessionOf(context: AuthContext): string {
  const challenge = context.challenge;
  return challenge && 'session' in challenge ? challenge.session : '';
}

export function usernameOf(context: AuthContext): string {
  const challenge = context.challenge;
  return challenge && 'username' in challenge ? challenge.username : context.email;
}

/** The identifier and the password held from the form, for SignIn. */
export function credentialsOf(context: AuthContext): { email: string; password: string } {
  return { email: context.email, password: context.password ?? '' };
}

/**
 * SignUp: the identifier as the username, the password unless sign-up is passwordless, and the
 * UserAttributes the form's attributes give.
 */
export function signUpOf(context: AuthContext, typed: Record<string, string> | undefined) {
  const kind = identifierKind(context.email, signUpKinds(context.poolShape));
  const attributes = signUpAttributes(context.poolShape, { kind, value: context.email }, typed);
  const sent = isPasswordless(context) ? { email: context.email } : credentialsOf(context);
  return { ...sent, attributes };
}

export function accessTokenOf(context: AuthContext): string {
  return context.tokens?.accessToken ?? '';
}

/** MFA_SETUP at sign-in answers with Sessions; a signed-in person's setup uses the access token. */
export function totpAuthorization(context: AuthContext): { session: string } | { accessToken: string } {
  return context.challenge?.name === 'MFA_SETUP' ? { session: sessionOf(context) } : { accessToken: accessTokenOf(context) };
}

/**
 * What MFA_SETUP offers that can be set up during sign-in: an authenticator app and email codes.
 * SMS cannot: Cognito wants a phone_number attribute collected and the sign-in started again
 * (API InitiateAuth, ChallengeName MFA_SETUP), which needs the operator without an access
 * token. Amplify v6 keeps the same two (getAllowedMfaSetupTypes in signInHelpers.ts).
 */
export function mfaSetupOffers(context: AuthContext): MfaType[] {
  if (context.challenge?.name !== 'MFA_SETUP') return [];
  // Email codes are set up with the email signed in with: not known where that was a username or phone number.
  const byEmail = identifierKind(context.email, context.poolShape.signInWith) === 'email';
  return context.challenge.canSetup.filter((mfa) => mfa !== 'SMS_MFA' && (mfa !== 'EMAIL_OTP' || byEmail));
}

/** The second factors in effect for the signed-in person: those turned on, and SMS by phone number. */
export function activeFactorsOf(context: AuthContext): MfaType[] {
  const settings = context.mfaSettings;
  if (!settings) return [];
  return settings.smsByPhone ? [...settings.enabled, 'SMS_MFA'] : settings.enabled;
}

/** The attributes NEW_PASSWORD_REQUIRED asks to be filled in. */
export function requiredAttributesOf(context: AuthContext): string[] {
  return context.challenge?.name === 'NEW_PASSWORD_REQUIRED' ? context.challenge.requiredAttributes : [];
}

const CODE_CHALLENGES: readonly CodeChallengeName[] = ['SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP', 'SMS_OTP'];

/** The code challenge held (SMS_OTP or SMS_MFA on the text-message screen), else the screen's own. */
export function codeChallengeOf(context: AuthContext, fallback: CodeChallengeName): CodeChallengeName {
  const name = context.challenge?.name;
  return CODE_CHALLENGES.includes(name as CodeChallengeName) ? (name as CodeChallengeName) : fallback;
}

/** CREDENTIAL_REQUEST_OPTIONS of the WEB_AUTHN challenge held. */
export function passkeyOptionsOf(context: AuthContext): string {
  return context.challenge?.name === 'WEB_AUTHN' ? context.challenge.options : '';
}

/** Sign-up without a password: the page offers choice-based sign-in, and no password among its ways. */
export function isPasswordless(context: AuthContext): boolean {
  return context.firstFactors.length > 0 && !context.firstFactors.includes('PASSWORD');
}

/** Passwordless sign-up's Session while it lasts, as `{ session }` for the call it goes to; else nothing. */
export function signUpSessionOf(context: AuthContext): { session?: string } {
  const held = context.signUpSession;
  return held && Date.now() < held.expiresAt ? { session: held.value } : {};
}


/** Who is signed in, for the passkey offer's memory: the ID token's issuer (the pool) and `sub`. */
export function offeredPersonOf(context: AuthContext): OfferedPerson {
  const claims = context.tokens ? jwtClaims(context.tokens.idToken) : {};
  return { issuer: typeof claims.iss === 'string' ? claims.iss : '', sub: typeof claims.sub === 'string' ? claims.sub : '' };
}

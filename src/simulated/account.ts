/**
 * Sign-up, confirmation codes, password reset and change, and the signed-in user's own calls
 * (GetUser, SetUserMFAPreference, GlobalSignOut, RevokeToken, GetUserAuthFactors).
 */

import { fail } from './messages';
import { implicitFactors } from './mfa';
import { FIRST_AUTH_FACTORS, type FirstAuthFactor } from './settings';
import { optionalString, requiredString, type Body, type PoolState } from './state';
import { randomUuid } from './totp';
import {
  EMAIL_FORMAT,
  FACTOR_ORDER,
  PHONE_FORMAT,
  checkPasswordPolicy,
  countAttempt,
  maskEmail,
  maskPhone,
  poolAllows,
  userAttributes,
  userCanUse,
  type IssuedCode,
  type MfaFactor,
  type UserRecord,
} from './users';
import { isPlainObject } from './validate';
import { STANDARD_ATTRIBUTES as PERSON_ATTRIBUTES } from '../auth/attributes';
import type { SignInAttribute } from './settings';

// ---------------------------------------------------------------------------------------------
// Codes

type CodeKind = 'signUp' | 'reset';

interface Delivery {
  AttributeName: 'email' | 'phone_number';
  DeliveryMedium: 'EMAIL' | 'SMS';
  Destination: string;
}

function emailDelivery(email: string): Delivery {
  return { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: maskEmail(email) };
}

/** Sends a new code; the previous one is superseded (answering with it -> ExpiredCodeException). */
function issueCode(state: PoolState, user: UserRecord, kind: CodeKind, medium: 'EMAIL' | 'SMS'): Delivery {
  const retired = user.retiredCodes[kind];
  const previous = kind === 'signUp' ? user.signUpCode : user.resetCode;
  if (previous) retired.add(previous.code);
  const ttl = kind === 'signUp' ? state.settings.signUpCodeTtlMs : state.settings.resetCodeTtlMs;
  const code = state.sendCode(user, medium, kind === 'signUp' ? 'signUp' : 'forgotPassword', retired);
  const issued: IssuedCode = { code, expiresAt: state.now() + ttl };
  if (kind === 'signUp') user.signUpCode = issued;
  else user.resetCode = issued;
  if (medium === 'SMS' && user.phoneNumber !== undefined) {
    return { AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: maskPhone(user.phoneNumber) };
  }
  return emailDelivery(user.email);
}

/** Accepts the current, unexpired code; a superseded, expired or never-requested one is "expired". */
function checkCode(state: PoolState, user: UserRecord, kind: CodeKind, code: string): void {
  const issued = kind === 'signUp' ? user.signUpCode : user.resetCode;
  if (issued && issued.code === code) {
    if (issued.expiresAt <= state.now()) throw fail('codeExpired');
    return;
  }
  if (!issued || user.retiredCodes[kind].has(code)) throw fail('codeExpired');
  throw fail('codeMismatch');
}

function retireCode(user: UserRecord, kind: CodeKind): void {
  const issued = kind === 'signUp' ? user.signUpCode : user.resetCode;
  if (issued) user.retiredCodes[kind].add(issued.code);
  if (kind === 'signUp') user.signUpCode = undefined;
  else user.resetCode = undefined;
}

// ---------------------------------------------------------------------------------------------
// Sign-up

/**
 * Cognito's standard attributes (Developer Guide, "User pool attributes"): those a person can give
 * at sign-up, which the page asks for by the same list, and `updated_at`, which the page never
 * asks for but the schema has.
 */
const STANDARD_ATTRIBUTES = new Set<string>([...PERSON_ATTRIBUTES, 'updated_at']);
const UNWRITABLE = new Set(['sub', 'email_verified', 'phone_number_verified']);

/** OpenID Connect's birthdate as Cognito takes it: YYYY-MM-DD. */
const BIRTHDATE = /^\d{4}-\d{2}-\d{2}$/;

function checkAttributeValue(name: string, value: string): void {
  if (name === 'email' && !EMAIL_FORMAT.test(value)) throw fail('invalidEmail');
  if (name === 'phone_number' && !PHONE_FORMAT.test(value)) throw fail('invalidPhone');
  // Design choice: the wording of Cognito's schema errors, for a rule the reference does not quote.
  if (name === 'birthdate' && !BIRTHDATE.test(value)) {
    throw fail('attributeSchema', { detail: 'birthdate: The attribute must be in YYYY-MM-DD format' });
  }
}

/**
 * The UserAttributes of a sign-up, checked: standard ones and the pool's custom ones, each in its
 * format; an email or phone number that is the username must repeat it (design choice); every
 * required attribute present (the username's own counts).
 */
function signUpAttributes(state: PoolState, body: Body, username: { attribute?: SignInAttribute; value: string }): Record<string, string> {
  const list = Array.isArray(body.UserAttributes) ? body.UserAttributes : [];
  const attributes: Record<string, string> = username.attribute ? { [username.attribute]: username.value } : {};
  for (const item of list) {
    if (!isPlainObject(item) || typeof item.Name !== 'string') continue;
    const name = item.Name;
    const value = typeof item.Value === 'string' ? item.Value : '';
    if (UNWRITABLE.has(name)) throw fail('unauthorizedAttribute');
    // "If you select preferred_username as an alias, your user can provide the value only when they
    // confirm an account. They can't provide the value during registration." (Developer Guide,
    // "User pool attributes", "Customizing sign-in attributes").
    if (name === 'preferred_username' && state.settings.aliasAttributes.includes('preferred_username')) throw fail('preferredUsernameAtSignUp');
    if (!STANDARD_ATTRIBUTES.has(name) && !state.settings.customAttributes.includes(name)) {
      throw fail('attributeSchema', { detail: `Type for attribute {${name}} could not be determined` });
    }
    checkAttributeValue(name, value);
    if (name === username.attribute && value.toLowerCase() !== username.value.toLowerCase()) {
      throw fail('attributeSchema', { detail: `${name}: The attribute must equal the username` });
    }
    attributes[name] = value;
  }
  for (const required of state.settings.requiredAttributes) {
    if (!(required in attributes)) throw fail('attributeSchema', { detail: `${required}: The attribute is required` });
  }
  return attributes;
}

/**
 * Which attribute the new username is, where email or phone numbers are usernames; refuses one that
 * is neither. In a pool of usernames: none, and a username shaped like an alias is refused
 * (Developer Guide, "User pool attributes", "Customizing sign-in attributes"), as is one with
 * whitespace, which Cognito refuses at sign-up although the model's pattern is not anchored
 * (amplify-flutter #2188: a username with a space in the middle is sent and refused).
 */
function usernameAttribute(state: PoolState, username: string): SignInAttribute | undefined {
  const { usernameAttributes, aliasAttributes } = state.settings;
  if (usernameAttributes.length === 0) {
    if (/\s/.test(username)) {
      throw fail('validation', {
        count: '1',
        errors: 'error',
        violations: `Value at 'username' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+`,
      });
    }
    if (aliasAttributes.includes('email') && EMAIL_FORMAT.test(username)) throw fail('usernameEmailFormat');
    if (aliasAttributes.includes('phone_number') && PHONE_FORMAT.test(username)) throw fail('usernamePhoneFormat');
    return undefined;
  }
  if (usernameAttributes.includes('email') && EMAIL_FORMAT.test(username)) return 'email';
  if (usernameAttributes.includes('phone_number') && PHONE_FORMAT.test(username)) return 'phone_number';
  if (usernameAttributes.length > 1) throw fail('usernameNotEmailOrPhone');
  throw fail(usernameAttributes[0] === 'email' ? 'usernameNotEmail' : 'usernameNotPhone');
}

/**
 * Where sign-up's code goes: the phone number by SMS where the pool verifies phone numbers and the
 * user has one, else the email (design choice: the reference does not say which comes first).
 */
function verificationMedium(state: PoolState, user: UserRecord): 'EMAIL' | 'SMS' | undefined {
  const verified = state.settings.autoVerifiedAttributes;
  if (verified.includes('phone_number') && user.phoneNumber !== undefined) return 'SMS';
  if (verified.includes('email') && user.email !== '') return 'EMAIL';
  return undefined;
}

export function signUp(state: PoolState, body: Body): Body {
  if (state.settings.allowAdminCreateUserOnly) throw fail('signUpNotPermitted');
  const username = requiredString(body, 'Username');
  const attribute = usernameAttribute(state, username);
  const attributes = signUpAttributes(state, body, { attribute, value: username });
  const password = optionalString(body, 'Password') ?? '';
  // "Users can sign up without a password when your user pool supports passwordless sign-in with
  // email or SMS OTPs. To create a user with no password, omit this parameter or submit a blank
  // value." (API reference, SignUp, Password). Elsewhere an empty password breaks the policy.
  if (password !== '' || !passwordlessSignUp(state)) checkPasswordPolicy(password, state.settings.passwordPolicy);
  // Any existing user, confirmed or not; signing up again does not resend the code (reference §6.1).
  if (state.findUser(username)) throw attribute ? fail('usernameExists', { attribute }) : fail('userExists');
  // A PreSignUp trigger that throws: its message, wrapped (reference §10). Design choice: it runs
  // once Cognito's own checks have passed (their order is unverified).
  const refusal = state.settings.preSignUpRefusal;
  if (refusal && username.toLowerCase().endsWith(`@${refusal.domain.toLowerCase()}`)) {
    throw fail('lambdaRefused', { trigger: 'PreSignUp', reason: refusal.reason });
  }

  const { email = '', phone_number: phoneNumber, ...others } = attributes;
  // Every user's sub is a UUID; where email or phone numbers are usernames, the real username is
  // that UUID too (reference §4.2). In a pool of usernames, the username is as typed.
  const sub = randomUuid();
  const user: UserRecord = {
    username: attribute ? sub : username,
    sub,
    email,
    emailVerified: false,
    phoneNumber,
    phoneVerified: false,
    attributes: others,
    password,
    status: 'UNCONFIRMED',
    retiredCodes: { signUp: new Set(), reset: new Set() },
    mfaEnabled: new Set(),
    passkeys: [],
    groups: [],
    signInFailures: { count: 0, lastAt: 0 },
    attempts: new Map(),
  };
  state.users.set(user.username, user);
  const medium = verificationMedium(state, user);
  const delivery = medium ? { CodeDeliveryDetails: issueCode(state, user, 'signUp', medium) } : {};
  return { UserConfirmed: false, UserSub: user.username, ...delivery, ...userAuthSession(state, user, 'signUp') };
}

function passwordlessSignUp(state: PoolState): boolean {
  return state.settings.firstAuthFactors.some((factor) => factor === 'EMAIL_OTP' || factor === 'SMS_OTP');
}

/**
 * Where USER_AUTH is on, SignUp and ConfirmSignUp return a Session: SignUp's goes to ConfirmSignUp,
 * ConfirmSignUp's to InitiateAuth(USER_AUTH), which then signs the user in with the confirmation code
 * as the first factor (API reference: SignUpResponse, ConfirmSignUpRequest and Response,
 * InitiateAuthRequest Session). Design choice: ConfirmSignUp returns one whether or not it was given
 * SignUp's.
 */
function userAuthSession(state: PoolState, user: UserRecord, purpose: 'signUp' | 'signedUp'): Body {
  if (state.settings.firstAuthFactors.length === 0) return {};
  return { Session: state.sessions.create({ purpose, username: user.username }).id };
}

/**
 * A Session given to ConfirmSignUp must be the one SignUp gave this user. Design choice: its age does
 * not matter there (the code's own validity does); the one ConfirmSignUp returns lasts the
 * authentication session's validity.
 */
function checkSignUpSession(state: PoolState, body: Body, user: UserRecord): void {
  const id = optionalString(body, 'Session');
  if (id === undefined) return;
  const session = state.sessions.lookup(id);
  if (session?.purpose !== 'signUp' || session.username !== user.username) throw fail('sessionInvalid');
}

export function confirmSignUp(state: PoolState, body: Body): Body {
  const user = state.findUser(requiredString(body, 'Username'));
  // Design choice (PreventUserExistenceErrors): an unknown user looks like a wrong code.
  if (!user) throw fail(state.settings.preventUserExistenceErrors ? 'codeMismatch' : 'userNotFoundForClient');
  if (user.status !== 'UNCONFIRMED') throw fail('cannotConfirm', { status: user.status });
  checkSignUpSession(state, body, user);
  countAttempt(user, 'ConfirmSignUp', state.now());
  checkCode(state, user, 'signUp', requiredString(body, 'ConfirmationCode'));
  const medium = verificationMedium(state, user);
  // An alias another account already verified: the conflict surfaces here (reference §6.1, §6.2).
  const holder = medium && state.findUser(medium === 'SMS' ? (user.phoneNumber ?? '') : user.email, { aliasesOnly: true });
  if (holder && holder !== user) throw fail('aliasExists', { attribute: medium === 'SMS' ? 'phone_number' : 'email' });
  retireCode(user, 'signUp');
  user.status = 'CONFIRMED';
  if (medium === 'SMS') user.phoneVerified = true;
  else user.emailVerified = true;
  return userAuthSession(state, user, 'signedUp');
}

export function resendConfirmationCode(state: PoolState, body: Body): Body {
  const username = requiredString(body, 'Username');
  const user = state.findUser(username);
  if (!user) return unknownUserDelivery(state, username);
  if (user.status !== 'UNCONFIRMED') throw fail('alreadyConfirmed');
  countAttempt(user, 'ResendConfirmationCode', state.now());
  // The same channel as sign-up's code.
  const medium = verificationMedium(state, user);
  if (!medium) throw fail('autoVerifyOff');
  return { CodeDeliveryDetails: issueCode(state, user, 'signUp', medium) };
}

/**
 * PreventUserExistenceErrors ENABLED: a made-up delivery (Developer Guide, "Managing user existence
 * error responses": ForgotPassword and ResendConfirmationCode); LEGACY: `legacy`, by default
 * UserNotFoundException "Username/client id combination not found.".
 */
function unknownUserDelivery(state: PoolState, username: string, legacy: 'userNotFoundForClient' | 'cannotResetNoChannel' = 'userNotFoundForClient'): Body {
  if (!state.settings.preventUserExistenceErrors) throw fail(legacy);
  return { CodeDeliveryDetails: emailDelivery(username) };
}

// ---------------------------------------------------------------------------------------------
// Passwords

export function forgotPassword(state: PoolState, body: Body): Body {
  const username = requiredString(body, 'Username');
  const user = state.findUser(username);
  if (!user) return unknownUserDelivery(state, username);
  if (user.status === 'FORCE_CHANGE_PASSWORD') throw fail('cannotResetState');
  // Design choice: AccountRecoverySetting = verified email first, then verified phone.
  const medium = user.emailVerified ? 'EMAIL' : user.phoneVerified ? 'SMS' : undefined;
  // No verified channel: with PreventUserExistenceErrors ENABLED, a made-up delivery as for an
  // unknown user ("When a user isn't found, is deactivated, or doesn't have a verified delivery
  // mechanism", Developer Guide, "Managing user existence error responses"); LEGACY says so.
  if (!medium) return unknownUserDelivery(state, username, 'cannotResetNoChannel');
  countAttempt(user, 'ForgotPassword', state.now());
  return { CodeDeliveryDetails: issueCode(state, user, 'reset', medium) };
}

export function confirmForgotPassword(state: PoolState, body: Body): Body {
  const user = state.findUser(requiredString(body, 'Username'));
  if (!user) throw fail(state.settings.preventUserExistenceErrors ? 'codeMismatch' : 'userNotFoundForClient');
  countAttempt(user, 'ConfirmForgotPassword', state.now());
  const password = requiredString(body, 'Password');
  // Design choice: the policy is checked before the code, so a weak password does not burn it.
  checkPasswordPolicy(password, state.settings.passwordPolicy);
  checkCode(state, user, 'reset', requiredString(body, 'ConfirmationCode'));
  retireCode(user, 'reset');
  user.password = password;
  if (user.status === 'RESET_REQUIRED') user.status = 'CONFIRMED';
  user.signInFailures = { count: 0, lastAt: 0 };
  return {};
}

export function changePassword(state: PoolState, body: Body): Body {
  const user = state.userFromAccessToken(requiredString(body, 'AccessToken'));
  countAttempt(user, 'ChangePassword', state.now());
  const previous = optionalString(body, 'PreviousPassword');
  // "If the user has no password and only signs in with passwordless authentication options, you
  // can omit this parameter" (API reference, ChangePassword, PreviousPassword).
  if (previous === undefined && user.password !== '') throw fail('missingParameter', { name: 'PreviousPassword' });
  if ((previous ?? '') !== user.password) throw fail('incorrectCredentials');
  const proposed = requiredString(body, 'ProposedPassword');
  checkPasswordPolicy(proposed, state.settings.passwordPolicy);
  // Existing tokens stay valid (reference §6.14).
  user.password = proposed;
  return {};
}

// ---------------------------------------------------------------------------------------------
// The signed-in user

function mfaSummary(user: UserRecord): Body {
  const list = FACTOR_ORDER.filter((f) => user.mfaEnabled.has(f));
  return {
    ...(list.length > 0 ? { UserMFASettingList: list } : {}),
    ...(user.preferredMfa ? { PreferredMfaSetting: user.preferredMfa } : {}),
  };
}

/**
 * A user who meets SMS_MFA through their phone number without having turned it on: GetUser lists
 * no UserMFASettingList but the legacy MFAOptions (aws-sdk-java-v2 #4869, expected per the Cognito
 * team in aws/aws-sdk #693). Design choice: listed exactly when sign-in would send the SMS code
 * that way (mfa.ts implicitFactors).
 */
function legacySmsOption(state: PoolState, user: UserRecord): Body {
  if (!implicitFactors(state, user).includes('SMS_MFA')) return {};
  return { MFAOptions: [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }] };
}

export function getUser(state: PoolState, body: Body): Body {
  const user = state.userFromAccessToken(requiredString(body, 'AccessToken'));
  return { Username: user.username, UserAttributes: userAttributes(user), ...legacySmsOption(state, user), ...mfaSummary(user) };
}

/**
 * ConfiguredUserAuthFactors: the first factors the user has set up, of those the pool allows
 * (PASSWORD with a password, whatever the pool; EMAIL_OTP with a verified email, SMS_OTP with a
 * verified phone number, WEB_AUTHN with a passkey).
 */
export function getUserAuthFactors(state: PoolState, body: Body): Body {
  const user = state.userFromAccessToken(requiredString(body, 'AccessToken'));
  const allowed = state.settings.firstAuthFactors;
  const configured: Record<FirstAuthFactor, boolean> = {
    PASSWORD: user.password !== '',
    EMAIL_OTP: allowed.includes('EMAIL_OTP') && user.emailVerified,
    SMS_OTP: allowed.includes('SMS_OTP') && user.phoneNumber !== undefined && user.phoneVerified,
    WEB_AUTHN: allowed.includes('WEB_AUTHN') && user.passkeys.length > 0,
  };
  return { Username: user.username, ...mfaSummary(user), ConfiguredUserAuthFactors: FIRST_AUTH_FACTORS.filter((f) => configured[f]) };
}

export function globalSignOut(state: PoolState, body: Body): Body {
  const user = state.userFromAccessToken(requiredString(body, 'AccessToken'));
  state.tokens.revokeUser(user.username);
  return {};
}

export function revokeToken(state: PoolState, body: Body): Body {
  if (state.settings.clientSecret) {
    const given = optionalString(body, 'ClientSecret');
    throw fail(given ? 'revokeSecretMismatch' : 'revokeSecretMissing', { clientId: state.settings.clientId });
  }
  const token = requiredString(body, 'Token');
  const kind = state.tokens.kindOf(token);
  if (kind === 'access' || kind === 'id') throw fail('unsupportedTokenType');
  // Design choice (RFC 7009 §2.2): revoking a token the pool does not know still succeeds.
  if (kind === 'refresh') state.tokens.revokeRefreshToken(token);
  return {};
}

interface FactorChange {
  factor: MfaFactor;
  enabled?: boolean;
  preferred?: boolean;
}

function factorChanges(body: Body): FactorChange[] {
  const members: Array<[MfaFactor, string]> = [
    ['SMS_MFA', 'SMSMfaSettings'],
    ['SOFTWARE_TOKEN_MFA', 'SoftwareTokenMfaSettings'],
    ['EMAIL_OTP', 'EmailMfaSettings'],
  ];
  return members.flatMap(([factor, member]) => {
    const value = body[member];
    if (!isPlainObject(value)) return [];
    const enabled = typeof value.Enabled === 'boolean' ? value.Enabled : undefined;
    const preferred = typeof value.PreferredMfa === 'boolean' ? value.PreferredMfa : undefined;
    return [{ factor, enabled, preferred }];
  });
}

/**
 * Omitted factors are left alone. Turning a factor on needs the pool to allow it and the user to
 * have its delivery (a verified authenticator, a phone number, an email); otherwise "User does not
 * have delivery config set to turn on {factor}". PreferredMfa true implies Enabled.
 *
 * Naming a factor the user does not have is refused too, even to turn it off: real pools answered
 * `SMSMfaSettings: { Enabled: false, PreferredMfa: false }` for a user without a phone number with
 * "User does not have a phone_number set to turn on SMS MFA", and the same settings for TOTP without
 * an authenticator with "User has not set up software token mfa" (amplify-js #806, #846, #944,
 * #5766, #8574). Design choice: the current text for this case is unverified; the simulated pool
 * answers with the one for turning the factor on.
 */
export function setUserMfaPreference(state: PoolState, body: Body): Body {
  const user = state.userFromAccessToken(requiredString(body, 'AccessToken'));
  const changes = factorChanges(body);
  const webAuthn = body.WebAuthnMfaSettings;
  if (isPlainObject(webAuthn) && webAuthn.Enabled === true) throw fail('noDeliveryConfig', { factor: 'WEB_AUTHN' });
  if (changes.filter((c) => c.preferred === true).length > 1) throw fail('severalPreferred');
  for (const change of changes) {
    const turningOn = change.enabled === true || change.preferred === true;
    if (change.preferred === true && change.enabled === false) throw fail('preferredNotEnabled', { factor: change.factor });
    if (turningOn && !(poolAllows(state.settings, change.factor) && userCanUse(user, change.factor))) {
      throw fail('noDeliveryConfig', { factor: change.factor });
    }
    if (!userCanUse(user, change.factor)) throw fail('noDeliveryConfig', { factor: change.factor });
  }
  for (const { factor, enabled, preferred } of changes) {
    if (enabled === true || preferred === true) user.mfaEnabled.add(factor);
    if (enabled === false) user.mfaEnabled.delete(factor);
    if (preferred === true) user.preferredMfa = factor;
    if ((preferred === false || enabled === false) && user.preferredMfa === factor) user.preferredMfa = undefined;
  }
  return {};
}

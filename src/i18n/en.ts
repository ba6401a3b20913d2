/**
 * English, the reference dictionary: every other language must have every key (a missing one
 * fails type checking). Functions take what a sentence needs to mention. What the first screen
 * reads is in en-first.ts (the first load); the rest arrives with the statechart.
 */
import type { ProblemReason } from '../auth/problems';
import type { PasswordRule } from '../auth/errors';
import type { Notice } from '../auth/context';
import type { FirstFactor, MfaType } from '../auth/types';
import type { ConfigProblem } from '../config';
import type { StandardAttribute } from '../auth/attributes';

import { enFirst } from './en-first';

export const en = {
  ...enFirst,
  code: {
    resend: 'Send a new code',
    resendIn: (seconds: number) => `You can ask for a new code in ${seconds} s`,
  },
  signUp: {
    heading: 'Create your account',
    submit: 'Create account',
    haveAccount: 'Already have an account?',
    toSignIn: 'Sign in',
    rulesHeading: 'Your password needs',
    optional: (label: string) => `${label} (optional)`,
  },
  /** Cognito's standard attributes, as sign-up and NEW_PASSWORD_REQUIRED ask for them. */
  attributes: {
    name: 'Full name',
    given_name: 'First name',
    family_name: 'Last name',
    middle_name: 'Middle name',
    nickname: 'Nickname',
    preferred_username: 'Preferred username',
    profile: 'Profile page (URL)',
    picture: 'Picture (URL)',
    website: 'Website',
    gender: 'Gender',
    birthdate: 'Date of birth',
    zoneinfo: 'Time zone (e.g. Europe/Paris)',
    locale: 'Language (e.g. en-GB)',
    address: 'Address',
    email: 'Email',
    phone_number: 'Phone number',
  } satisfies Record<StandardAttribute, string>,
  confirmSignUp: {
    heading: 'Confirm your email',
    headingPhone: 'Confirm your phone number',
    sentTo: (destination: string) => `We sent a 6-digit code to ${destination}. Enter it to confirm your account.`,
    sentSomewhere: 'We sent a 6-digit code to your email. Enter it to confirm your account.',
    sentByText: (destination: string) => `We texted a 6-digit code to ${destination}. Enter it to confirm your account.`,
    submit: 'Confirm',
  },
  forgotPassword: {
    heading: 'Reset your password',
    intro: 'Enter the email of your account and we’ll send you a code to choose a new password.',
    introAny: 'Enter what you sign in with and we’ll send you a code to choose a new password.',
    submit: 'Send code',
  },
  resetPassword: {
    heading: 'Choose a new password',
    sentTo: (destination: string) => `We sent a 6-digit code to ${destination}. Enter it with your new password.`,
    sentSomewhere: 'We sent you a 6-digit code. Enter it with your new password.',
    /** Where Cognito texted the code (CodeDeliveryDetails DeliveryMedium SMS). */
    sentByText: (destination: string) =>
      `We texted a 6-digit code to ${destination}. Enter it with your new password.`,
    /**
     * The notice above the form where the pool is not signed in with an email alone, or the code
     * was texted: what was typed may name no account (PreventUserExistenceErrors answers alike).
     */
    ifEmailed: 'If an account matches what you entered, a code is on its way to its email address.',
    ifTexted: 'If an account matches what you entered, a code is on its way to its phone number by text message.',
    ifSent: 'If an account matches what you entered, a code is on its way.',
    submit: 'Reset password and sign in',
  },
  newPassword: {
    heading: 'Choose your password',
    intro: 'Your account was created with a temporary password. Choose your own to continue.',
    attributesHeading: 'We also need',
    submit: 'Save and continue',
  },
  totpSetup: {
    heading: 'Set up your authenticator app',
    intro: 'Your account needs a second step at sign-in. Add it to an authenticator app such as Google Authenticator, Microsoft Authenticator, 1Password or Authy.',
    scan: 'Scan this QR code with the app.',
    qrAlt: (account: string) => `QR code that adds ${account} to an authenticator app`,
    manual: 'Can’t scan it? Enter this setup key in the app instead:',
    secretLabel: 'Setup key',
    copy: 'Copy key',
    copied: 'Copied',
    copyFailed: 'Select the key and copy it by hand',
    openInApp: 'Open in an authenticator app on this device',
    enterCode: 'Then enter the 6-digit code the app shows.',
    deviceName: 'Name for this authenticator (optional)',
    deviceNamePlaceholder: 'My phone',
    submit: 'Verify and finish',
    preparing: 'Preparing your setup key…',
    verified: 'Your authenticator app is verified. Only the last step of signing in is left.',
    enabling: 'Code accepted. Turning it on…',
    notTurnedOn: 'Your code was accepted, but the authenticator app isn’t turned on for your account yet. Try again: no new code needed.',
  },
  mfaSetupChoice: {
    heading: 'Add a second step',
    intro: 'Your account needs a second step at sign-in. Choose one.',
    emailOnly: 'Your account needs a second step at sign-in: a code we email you.',
    emailTo: (email: string) => `Codes go to ${email}.`,
    sending: 'Sending a code…',
  },
  totpChallenge: {
    heading: 'Enter your authenticator code',
    intro: 'Open your authenticator app and enter the 6-digit code for this account.',
    device: (name: string) => `Authenticator: ${name}`,
    submit: 'Verify',
  },
  emailChallenge: {
    heading: 'Enter the code we emailed you',
    sentTo: (destination: string) => `We sent a 6-digit code to ${destination}.`,
    sentSomewhere: 'We sent a 6-digit code to your email.',
    submit: 'Verify',
  },
  smsChallenge: {
    heading: 'Enter the code we texted you',
    sentTo: (destination: string) => `We sent a 6-digit code to ${destination}.`,
    sentSomewhere: 'We sent a 6-digit code to your phone.',
    submit: 'Verify',
  },
  selectMfaType: {
    heading: 'Choose how to verify it’s you',
    intro: 'Your account has more than one second step. Pick one for this sign-in.',
    options: {
      SOFTWARE_TOKEN_MFA: 'Authenticator app',
      SMS_MFA: 'Text message (SMS)',
      EMAIL_OTP: 'Email',
    } satisfies Record<MfaType, string>,
  },
  signedIn: {
    heading: 'You’re signed in',
    as: (email: string) => `Signed in as ${email}`,
    account: 'Account and security',
    signOut: 'Sign out',
    signOutEverywhere: 'Sign out on all devices',
    reconnecting: 'Reconnecting… We can’t reach the sign-in service to renew your session right now. You stay signed in, and we keep trying.',
    /** The header of every signed-in page: its landmark's name and the links to the site's pages. */
    nav: 'Your account',
    home: 'Home',
    profile: 'Profile',
    profileIntro: 'See what the site’s API knows about you: the profile page asks it, with your sign-in.',
  },
  profile: {
    heading: 'Your profile',
    intro: 'What the site’s API answered when this page asked who you are, with your sign-in.',
    loading: 'Asking the API…',
    sub: 'User ID',
    username: 'Username',
    groups: 'Groups',
    noGroups: 'None',
    tokenExpiresAt: 'Your sign-in is valid until',
    servedAt: 'Answered at',
    refused: 'The API did not accept your sign-in. Please sign out and sign in again.',
    failed: (status: number) => `The API could not answer (error ${status}). Please try again in a moment.`,
    unreachable: 'We couldn’t reach the API. Check your connection and try again.',
  },
  account: {
    heading: 'Account and security',
    mfaHeading: 'Two-step verification',
    mfaIntro: 'A second step at sign-in keeps your account safe even if your password leaks.',
    loading: 'Loading your settings…',
    on: 'On',
    off: 'Off',
    preferred: 'Used first',
    setUpTotp: 'Set up an authenticator app',
    replaceTotp: 'Move to another authenticator app',
    verifiedNotOn: 'Not on yet',
    turnOnTotp: 'Turn on the authenticator app',
    smsByPhone: 'Sent to your phone number, as this site requires; they can’t be turned off here.',
    requiredOnly: 'This site requires a second step, so your only one can’t be turned off.',
    turnOff: (factor: string) => `Turn off ${factor}`,
    prefer: (factor: string) => `Use ${factor} first`,
    passwordHeading: 'Password',
    changePassword: 'Change password',
  },
  changePassword: {
    heading: 'Change your password',
    submit: 'Change password',
  },
  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `Time left to finish this step: ${minutes}:${String(seconds).padStart(2, '0')}`,
  },
  notices: {
    sessionExpired: 'That took too long, so the sign-in was cancelled for your safety. Please sign in again.',
    sessionUsed: 'That sign-in step had already been used (perhaps just before the connection dropped), so it can’t be sent again. Please sign in again.',
    codeResent: 'We sent a new code. Codes sent before it no longer work.',
    accountConfirmed: 'Your account is confirmed. Please sign in.',
    alreadyConfirmed: 'This account is already confirmed. Please sign in.',
    confirmBeforeSignIn: 'Your account isn’t confirmed yet. We sent you a new code.',
    resetCodeSent: 'If an account uses this email, a code is on its way.',
    passwordChanged: 'Your password was changed.',
    totpEnabled: 'Your authenticator app is set up. You’ll use it the next time you sign in.',
    mfaUpdated: 'Your two-step verification settings are saved.',
    sessionEnded: 'Your session ended. Please sign in again.',
    sessionRevoked: 'You were signed out everywhere, from another device or by the site’s administrator. Please sign in again.',
    sessionNotRenewed: 'We couldn’t renew your session, so you were signed out. Please sign in again; if this keeps happening, tell the site’s support.',
    signedOut: 'You’re signed out.',
    signedOutEverywhere: 'You’re signed out on all your devices.',
    signedOutElsewhere: 'You signed out in another tab of this site.',
    passkeyAdded: 'Your passkey is added. Next time you can sign in with it.',
    passkeyDeleted: 'The passkey is deleted.',
  } satisfies Record<Notice, string>,
  passwordRules: {
    length: (min: number) => `At least ${min} characters`,
    uppercase: () => 'An uppercase letter',
    lowercase: () => 'A lowercase letter',
    number: () => 'A number',
    symbol: () => 'A symbol such as ! @ # or ?',
    spaces: () => 'No spaces at the start or end',
  } satisfies Record<PasswordRule, (min: number) => string>,
  problems: {
    required: 'Please fill this in.',
    emailFormat: 'Enter an email address like name@example.com.',
    emailTooLong: 'An email address can be at most 128 characters long.',
    phoneFormat: 'Enter the number with + and the country code, like +44 7700 900123.',
    usernameFormat: 'A username can’t contain spaces.',
    usernameTooLong: 'A username can be at most 128 characters long.',
    usernameLooksLikeEmail: 'Choose a username that isn’t an email address: your email is asked for below.',
    usernameLooksLikePhone: 'Choose a username that isn’t a phone number: your number is asked for below.',
    birthdateFormat: 'Enter a date like 1990-05-17 (year, month, day).',
    attributeTooLong: 'This can be at most 2048 characters long.',
    weakPassword: 'This password doesn’t meet the rules below.',
    passwordTooLong: 'A password can be at most 256 characters long.',
    codeFormat: 'Enter the 6 digits of the code.',
    wrongCredentials: 'The email or password is not right. Check both and try again.',
    userNotFound: 'We found no account with this email. Check it for typos, or create an account.',
    wrongCurrentPassword: 'Your current password is not right.',
    userNotConfirmed: 'Your account isn’t confirmed yet.',
    usernameExists: 'An account with this email already exists. Sign in instead?',
    invalidPassword: 'This password doesn’t meet the rules.',
    invalidEmail: 'Enter an email address like name@example.com.',
    codeMismatch: 'That code isn’t right. Check it and try again.',
    expiredCode: 'That code has expired. Ask for a new one.',
    totpCodeReused: 'That code was already used. Wait for the app to show a new one.',
    alreadyConfirmed: 'This account is already confirmed.',
    userDisabled: 'This account is disabled. Contact the site’s support.',
    passwordResetRequired: 'You need to reset your password before you can sign in.',
    cannotResetPassword: 'The password for this account can’t be reset here.',
    mfaNotSetUp: 'Finish setting up the authenticator app first.',
    sessionExpired: 'That took too long. Please sign in again.',
    signedOut: 'You were signed out. Please sign in again.',
    passwordAttemptsExceeded: 'Too many failed attempts. Wait a few minutes, then try again.',
    limitExceeded: 'Too many attempts for now. Wait a while (up to an hour), then try again.',
    tooManyRequests: 'The service is busy. Wait a few seconds, then try again.',
    tooManyFailedAttempts: 'Too many wrong codes. Wait a while, then ask for a new code.',
    network: 'We couldn’t reach the sign-in service. Check your connection and try again; what you typed is kept.',
    serviceError: 'The sign-in service had a problem. Try again in a moment.',
    clientHasSecret:
      'This site is set up wrongly: its Cognito app client has a client secret, which a browser app cannot use. The site’s operator must create an app client without a secret and set VITE_COGNITO_CLIENT_ID to it.',
    userPasswordAuthDisabled:
      'This site is set up wrongly: its Cognito app client does not allow password sign-in. The site’s operator must turn on ALLOW_USER_PASSWORD_AUTH in the app client’s authentication flows.',
    unknownClient:
      'This site is set up wrongly: Cognito does not know its app client. The site’s operator must check VITE_COGNITO_CLIENT_ID and the region in VITE_COGNITO_USER_POOL_ID.',
    softwareTokenMfaNotEnabled:
      'This site is set up wrongly: authenticator apps are not turned on for its user pool. The site’s operator must enable TOTP (software token) MFA in the user pool’s sign-in settings.',
    unsupportedChallenge:
      'Your account needs a sign-in step this page doesn’t support. Contact the site’s support.',
    blockedBySecurity: 'For your account’s safety, this request was blocked. Trying again now won’t help: reset your password, or contact the site’s support.',
    temporaryPasswordExpired: 'Your temporary password has expired. Ask the site’s administrator to send you a new one.',
    compromisedPassword: 'This password has turned up in a data breach elsewhere, so it can’t be used here. Choose a different one.',
    passwordReused: 'You’ve used this password before. Choose one you haven’t used recently.',
    lambdaRefused: 'This site’s own checks didn’t accept this. If you think that’s a mistake, contact the site’s support.',
    lambdaFailed: 'This site’s own checks couldn’t finish. Try again in a moment; if it keeps happening, contact the site’s support.',
    sessionRevoked: 'You were signed out everywhere. Please sign in again.',
    refreshTokenInvalid: 'Your session can’t be renewed. Please sign in again.',
    autoVerifyOff:
      'This site is set up wrongly: its user pool doesn’t send confirmation codes. The site’s operator must turn on email verification (auto-verified attribute: email) in the user pool.',
    emailNotUsername:
      'This site is set up wrongly: its user pool doesn’t take what this page asks for as the username (an email that is only an alias there, say, or a phone number where usernames are emails). The site’s operator must set VITE_COGNITO_SIGN_IN_WITH to what the user pool signs people in with.',
    signUpAttributesRequired:
      'This site is set up wrongly: its user pool requires details at sign-up that this page doesn’t ask for. The site’s operator must list them in VITE_COGNITO_SIGN_UP_ATTRIBUTES, or make them optional in the user pool.',
    poolCannotDeliver:
      'This site is set up wrongly: its user pool isn’t allowed to send emails or text messages. The site’s operator must fix the pool’s email (SES) or SMS (SNS role) settings.',
    poolMisconfigured:
      'This site is set up wrongly: Cognito finds its user pool’s configuration invalid. The site’s operator must check the user pool’s settings.',
    smsSetupNeedsPhone:
      'Your account has no phone number, and this site sends codes only by text message. Ask the site’s operator to add your number, or to turn on authenticator apps or email codes.',
    invalidParameter: 'Something in the request was not accepted. Check what you typed and try again.',
    passkeyCancelled: 'The passkey prompt was closed, or this device has no passkey for this site. Try again, or sign in another way.',
    passkeyExists: 'This device already has a passkey for your account.',
    passkeyWrongDomain:
      'Passkeys can’t be used on this page. For the site’s operator: the user pool’s passkey relying-party id must be this page’s domain or a parent domain of it.',
    passkeyUnsupported: 'This browser can’t use passkeys. Sign in another way, or use a browser that supports them.',
    passkeyRefused: 'That passkey wasn’t accepted. Try again, or use another passkey.',
    passkeysOff:
      'This site is set up wrongly: passkeys aren’t turned on for its user pool. The site’s operator must allow passkey as a first factor and set the pool’s passkey relying-party id.',
    featureNotInPlan:
      'This site is set up wrongly: its user pool’s feature plan doesn’t include this way of signing in. The site’s operator must move the user pool to the Essentials or Plus plan.',
    userAuthDisabled:
      'This site is set up wrongly: its Cognito app client doesn’t allow choice-based sign-in. The site’s operator must turn on ALLOW_USER_AUTH in the app client’s authentication flows.',
    signUpSessionExpired: 'That took too long to sign you in straight away. Enter the code again to confirm your account; you’ll then choose how to sign in.',
    unknown: 'Something went wrong. Try again.',
  } satisfies Record<ProblemReason, string>,
  /** Where people sign in with a username or a phone number: the same, without naming an email. */
  problemsNotByEmail: {
    wrongCredentials: 'The sign-in details or the password are not right. Check both and try again.',
    userNotFound: 'We found no account with these details. Check them for typos, or create an account.',
    usernameExists: 'An account with these details already exists. Sign in instead?',
  } satisfies Partial<Record<ProblemReason, string>>,
  problemDetails: {
    /** The reason a Lambda trigger of the pool gave, in the pool owner’s words (shown as text). */
    lambdaRefused: (reason: string) => `This site didn’t accept this: ${reason}`,
    /** After a sentence that sends the person to the site's support: whom to contact (VITE_SUPPORT_CONTACT). */
    contactSupport: (contact: string) => `Support: ${contact}`,
  },
  /**
   * Sentences of a screen's own for some problems (lib/messages.ts, problemText): on the passkey
   * offer, right after signing in, the way out is “Not now”, never another way to sign in.
   */
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled: 'The passkey prompt was closed or timed out, so no passkey was added. Try again, or choose “Not now”.',
      passkeyExists:
        'This device already has a passkey for your account, so no new one was added. Choose “Not now” to go on, or try again with another device or security key.',
      passkeyWrongDomain:
        'Passkeys can’t be used on this page. For the site’s operator: the user pool’s passkey relying-party id must be this page’s domain or a parent domain of it. Choose “Not now” to go on.',
      passkeyUnsupported:
        'This browser can’t create passkeys, so none was added. Choose “Not now” to go on; you can add one later from your account in a browser that supports them.',
      passkeyRefused: 'The sign-in service didn’t accept the new passkey, so it wasn’t added. Try again, or choose “Not now”.',
      passkeysOff:
        'This site is set up wrongly: passkeys aren’t turned on for its user pool. The site’s operator must allow passkey as a first factor and set the pool’s passkey relying-party id. Choose “Not now” to go on.',
      featureNotInPlan:
        'This site is set up wrongly: its user pool’s feature plan doesn’t include this way of signing in. The site’s operator must move the user pool to the Essentials or Plus plan. Choose “Not now” to go on.',
      network:
        'We couldn’t reach the sign-in service, so no passkey was added. Check your connection and try again, or choose “Not now”.',
      serviceError: 'The sign-in service had a problem, so no passkey was added. Try again in a moment, or choose “Not now”.',
      invalidParameter: 'The sign-in service didn’t accept the request, so no passkey was added. Try again, or choose “Not now”.',
      unknown: 'Something went wrong, so no passkey was added. Try again, or choose “Not now”.',
    } satisfies Partial<Record<ProblemReason, string>>,
  },
  selectChallenge: {
    heading: 'Choose how to sign in',
    as: (email: string) => `Signing in as ${email}.`,
    options: {
      WEB_AUTHN: 'Use a passkey',
      EMAIL_OTP: 'Email me a code',
      SMS_OTP: 'Text me a code',
      PASSWORD: 'Sign in with your password',
    } satisfies Record<FirstFactor, string>,
    none: 'This page offers no way in that your account has. Contact the site’s support.',
  },
  passkeySignIn: {
    heading: 'Sign in with your passkey',
    waiting: 'Follow your browser’s prompt to use your passkey.',
    retry: 'Try the passkey again',
    otherWay: 'Sign in another way',
  },
  /** After a password sign-in, once per person on this device (src/auth/flows/passkey-offer.ts). */
  passkeyOffer: {
    heading: 'Sign in faster next time with a passkey',
    intro: 'Use your fingerprint, face or screen lock instead of your password. You can remove the passkey any time from your account.',
    notNow: 'Not now',
    checking: 'Signing you in…',
  },
  passkeys: {
    heading: 'Passkeys',
    intro: 'A passkey lets you sign in with your fingerprint, face or screen lock instead of a password.',
    manage: 'Manage passkeys',
    loading: 'Loading your passkeys…',
    none: 'You have no passkeys yet.',
    add: 'Add a passkey',
    creating: 'Follow your browser’s prompt to create the passkey.',
    unnamed: 'Passkey',
    added: (date: string) => `Added ${date}`,
    attachment: (attachment: string | undefined): string =>
      attachment === 'platform' ? 'On a device’s screen lock' : attachment === 'cross-platform' ? 'Security key or phone' : 'Authenticator',
    delete: (name: string) => `Delete ${name}`,
    confirmDelete: (name: string) => `Delete “${name}”? You won’t be able to sign in with it any more.`,
    confirm: 'Delete passkey',
    cancel: 'Keep it',
  },
  config: {
    heading: 'This app isn’t configured correctly',
    intro: 'Set these build-time variables (for example in .env.local) and rebuild:',
    problems: {
      missingPoolId: () => 'VITE_COGNITO_USER_POOL_ID is missing: set it to your user pool id, such as eu-west-1_AbCdEf123.',
      missingClientId: () => 'VITE_COGNITO_CLIENT_ID is missing: set it to the id of an app client without a secret.',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID “${'value' in p ? p.value : ''}” is not a user pool id: it looks like eu-west-1_AbCdEf123 (region, underscore, id).`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID “${'value' in p ? p.value : ''}” is not an app client id: copy it from the app client’s page in the Cognito console.`,
      badRegion: (p) => `VITE_COGNITO_REGION “${'value' in p ? p.value : ''}” is not a region such as eu-west-1.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION is ${p.region} but the user pool is in ${p.poolRegion}: remove VITE_COGNITO_REGION or make them agree.`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT “${'value' in p ? p.value : ''}” is not an http(s) URL such as http://localhost:9229/.`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES “${'value' in p ? p.value : ''}” must be a whole number of minutes from 3 to 15, as the app client’s authentication flow session duration.`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY “${'value' in p ? p.value : ''}” is not a password policy: list the user pool’s rules separated by commas, min=<6 to 99> and any of upper, lower, number, symbol, e.g. min=12,upper,lower,number,symbol.`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED “${'value' in p ? p.value : ''}” must be true (the user pool requires MFA) or false.`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}” must list what people sign in with, separated by commas, each once: email, phone, username, preferred_username (e.g. username,email for usernames with email as an alias).`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}” must list attributes separated by commas, each once: standard ones by name (name, given_name, birthdate, …), custom ones with a label (custom:team=Team); add ? after the name for an optional one.`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}” lists preferred_username without username: a preferred username is an alias of a pool of usernames (--alias-attributes preferred_username), so list username too, e.g. username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}” lists preferred_username, which VITE_COGNITO_SIGN_IN_WITH makes an alias: Cognito takes an alias preferred username only once the account is confirmed, not at sign-up. Take preferred_username out of VITE_COGNITO_SIGN_UP_ATTRIBUTES.`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY “${'value' in p ? p.value : ''}” must be true (only administrators create users) or false.`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS “${'value' in p ? p.value : ''}” is not a list of first factors: name any of password, passkey, email, sms, separated by commas, each once, e.g. password,passkey,email.`,
    } satisfies Record<ConfigProblem['code'], (problem: ConfigProblem) => string>,
  },
};

export type Dictionary = typeof en;

/**
 * Every screen in every variant, each reached by driving the real machine against the simulated pool user
 * pool (drive.ts): the list behind `/?gallery` and `/?preview=<name>`. Names are stable: a designer
 * may bookmark them and link them from reviews. tests/preview/ proves that each preview reaches its
 * state and shows its variant, and that together they cover every state the machine can rest in,
 * so a state added to the chart fails that test until it has a preview here.
 */
import { DEMO_PASSWORD, demoUser } from '../simulated/demo-users';
import type { Field, ProblemReason } from '../auth/problems';
import type { Notice } from '../auth/context';
import type { ScenarioName } from '../simulated/scenarios';
import type { Drive, Failure, Preview } from './drive';
import { DEFAULT_POOL_SHAPE } from '../auth/pool-shape';

const TOTP_USER = demoUser('totp');
const SMS_USER = demoUser('sms');
const BOTH_USER = demoUser('selectMfa');
const NO_MFA_USER = demoUser('noMfa');
const EMAIL_USER = demoUser('emailOtp');
const NEW_USER = demoUser('newPassword');
const UNCONFIRMED_USER = demoUser('unconfirmed');

/** Someone new, signing up. */
const NEWCOMER = 'designer@example.com';
const NEWCOMER_PHONE = '+44 7700 900123';
/** A password every default policy accepts. */
const GOOD_PASSWORD = 'Correct-h0rse';
const WRONG_PASSWORD = 'Wrong-passw0rd';
/** Someone with a phone number who never set up a second step (added by the preview that needs them). */
const PHONE_ONLY = { email: 'phone@example.com', phone: '+15555550199' };

// ---------------------------------------------------------------------------------------------
// Choice-based sign-in (USER_AUTH) and passkeys, on the `passwordless` pool

const CHOICE = { scenario: 'passwordless' } as const;
/** A Session as Cognito's look: long enough for the API model (20 characters at least). */
const PREVIEW_SESSION = 'AYABeChoicePreviewSession-0001';
const PREVIEW_PASSKEY = { CredentialId: 'cHJldmlldw', FriendlyCredentialName: 'Pixel 9', RelyingPartyId: 'localhost', AuthenticatorAttachment: 'platform', AuthenticatorTransports: ['internal'], CreatedAt: 1767312000 };

/** The email first, then the ways the pool offers this person. */
async function chooseWay(p: Drive, email: string) {
  p.send({ type: 'signIn.continue', email });
  await p.reach('selectChallenge.idle');
}

/** The pool asks for a passkey (none of the demo accounts has one registered: the answer is scripted). */
async function passkeyAsked(p: Drive) {
  p.answer('InitiateAuth', {
    ChallengeName: 'WEB_AUTHN',
    Session: PREVIEW_SESSION,
    ChallengeParameters: { USERNAME: NO_MFA_USER.email, CREDENTIAL_REQUEST_OPTIONS: '{"challenge":"cHJldmlldy1jaGFsbGVuZ2U","rpId":"localhost","userVerification":"preferred"}' },
  });
  p.send({ type: 'signIn.continue', email: NO_MFA_USER.email, factor: 'WEB_AUTHN' });
}

/** Signed in with the password picked on the choice screen, then on the passkeys page (`then`: its state). */
async function passkeysPage(p: Drive, then: string) {
  await chooseWay(p, NO_MFA_USER.email);
  p.send({ type: 'selectChallenge.choose', factor: 'PASSWORD', password: NO_MFA_USER.password });
  await p.reach('signedIn.screen.home');
  p.send({ type: 'signedIn.openAccount' });
  await p.reach('signedIn.screen.account.ready');
  p.send({ type: 'account.passkeys' });
  await p.reach(then);
}

/** Signed in with the password picked on the choice screen, with the passkey offer due (`then`: its state). */
async function passkeyOffered(p: Drive, then: string) {
  p.offer('due');
  await chooseWay(p, NO_MFA_USER.email);
  p.send({ type: 'selectChallenge.choose', factor: 'PASSWORD', password: NO_MFA_USER.password });
  await p.reach(then);
}

/** The passkeys page listing one passkey (the list is scripted), with its delete asked for. */
async function deleteAsked(p: Drive) {
  p.answer('ListWebAuthnCredentials', { Credentials: [PREVIEW_PASSKEY] });
  await passkeysPage(p, 'signedIn.screen.passkeys.ready');
  p.send({ type: 'passkeys.delete', id: PREVIEW_PASSKEY.CredentialId });
  await p.reach('signedIn.screen.passkeys.confirmingDelete');
}

// ---------------------------------------------------------------------------------------------
// Steps several previews share, each ending on the screen it names

async function signIn(p: Drive, email: string, password: string, then: string) {
  p.send({ type: 'signIn.submit', email, password });
  await p.reach(then);
}

async function signUp(p: Drive) {
  p.send({ type: 'signIn.toSignUp' });
  await p.reach('signUp.idle');
  p.send({ type: 'signUp.submit', email: NEWCOMER, password: GOOD_PASSWORD });
  await p.reach('confirmSignUp.idle');
}

/** The authenticator user, signed in with a code from its published secret. */
async function signedIn(p: Drive) {
  await signIn(p, TOTP_USER.email, TOTP_USER.password, 'totpChallenge.idle');
  p.send({ type: 'totpChallenge.submit', code: p.totp(TOTP_USER.totpSecret!) });
  await p.reach('signedIn.screen.home');
}

/** Signed in without a second step: needs a pool where MFA is optional or off. */
async function signedInWithoutMfa(p: Drive) {
  await signIn(p, NO_MFA_USER.email, NO_MFA_USER.password, 'signedIn.screen.home');
}

async function account(p: Drive) {
  await signedIn(p);
  p.send({ type: 'signedIn.openAccount' });
  await p.reach('signedIn.screen.account.ready');
}

/** First sign-in of a user who must add an authenticator: the QR code is on screen. */
async function totpSetup(p: Drive) {
  await signIn(p, NO_MFA_USER.email, NO_MFA_USER.password, 'totpSetup.ready');
}

/** Adding an authenticator from the account page (MFA optional, so the user is signed in). */
async function totpSetupFromAccount(p: Drive) {
  await signedInWithoutMfa(p);
  p.send({ type: 'signedIn.openAccount' });
  await p.reach('signedIn.screen.account.ready');
  p.send({ type: 'account.setUpTotp' });
  await p.reach('totpSetup.ready');
}

/** An authenticator verified from the account page whose SetUserMFAPreference failed. */
async function verifiedButNotOn(p: Drive) {
  await totpSetupFromAccount(p);
  p.fail('SetUserMFAPreference', 'network');
  p.send({ type: 'totpSetup.verify', code: p.totp(p.snapshot.context.totpSecret!), deviceName: 'My phone' });
  await p.reach('totpSetup.enableFailed');
}

/** The same, back on the account page, where it waits to be turned on. */
async function verifiedButNotOnAtAccount(p: Drive) {
  await verifiedButNotOn(p);
  p.send({ type: 'back' });
  await p.reach('signedIn.screen.account.ready');
}

/** Asks for a reset code for `email`, and waits for the screen Cognito's answer leads to. */
async function askForReset(p: Drive, email: string, then: string) {
  p.send({ type: 'signIn.toForgotPassword' });
  await p.reach('forgotPassword.idle');
  p.send({ type: 'forgotPassword.submit', email });
  await p.reach(then);
}

async function forgotPassword(p: Drive) {
  await askForReset(p, TOTP_USER.email, 'resetPassword.idle');
}

async function changePassword(p: Drive) {
  await account(p);
  p.send({ type: 'account.changePassword' });
  await p.reach('signedIn.screen.changePassword.idle');
}

/**
 * Signed in on a pool of 2-second tokens, then the network goes and stays away for refreshes:
 * the tokens expire while renewing them fails.
 */
async function offlineAfterSignIn(p: Drive) {
  await signedInWithoutMfa(p);
  p.cutOff('GetTokensFromRefreshToken');
}
const offline = { alsoIn: ['signedIn.screen.home'], scenario: 'mfa-optional', settings: { accessTokenTtlSec: 2 } } as const;

/** Someone new sends the sign-up form with `password`. */
function submitSignUp(p: Drive, password: string) {
  p.send({ type: 'signIn.toSignUp' });
  p.send({ type: 'signUp.submit', email: NEWCOMER, password });
}

/** Someone new signs up; the pool answers SignUp with `failure`, or as it would. */
async function signUpAnswered(p: Drive, failure?: Failure) {
  if (failure) p.fail('SignUp', failure);
  submitSignUp(p, GOOD_PASSWORD);
  await p.reach('signUp.idle');
}

/** A right password, and the pool answers InitiateAuth with `failure`, or as it would. */
async function signInAnswered(p: Drive, failure?: Failure) {
  if (failure) p.fail('InitiateAuth', failure);
  await signIn(p, SMS_USER.email, SMS_USER.password, 'signIn.idle');
}

/** Back at sign-in, told why: signed in with 62-second tokens, whose refresh the pool refuses with `message`. */
function refreshRefused(variant: string, about: string, notice: Notice, message: string): Preview {
  return {
    name: `signIn.${variant}`,
    state: 'signIn.idle',
    about,
    scenario: 'mfa-optional',
    settings: { accessTokenTtlSec: 62 },
    shows: { notice },
    script: async (p) => {
      await signedInWithoutMfa(p);
      p.fail('GetTokensFromRefreshToken', { type: 'NotAuthorizedException', message });
      await p.reach('signIn.idle');
    },
  };
}

/**
 * A form the pool refused, resting where it was sent from: a scenario of the simulated pool refuses
 * by itself, or the answer `failure` is injected (what real pools answer and the simulated pool does
 * not produce on demand; src/cognito/sdk-errors.ts cites each).
 */
function refused(
  form: 'signIn' | 'signUp',
  variant: string,
  about: string,
  shows: Partial<Record<Field, ProblemReason>>,
  by: Failure | { scenario: ScenarioName },
): Preview {
  const answer = form === 'signIn' ? signInAnswered : signUpAnswered;
  const preview: Preview = { name: `${form}.${variant}`, state: `${form}.idle`, about, shows: { problems: shows } };
  // A scenario of the simulated pool answers so by itself; anything else is injected.
  if (typeof by === 'object' && 'scenario' in by) return { ...preview, scenario: by.scenario, script: (p) => answer(p) };
  return { ...preview, script: (p) => answer(p, by) };
}

const REFUSALS = {
  badPool: { type: 'InvalidUserPoolConfigurationException', message: 'SMS configuration is not valid.' },
  lambdaNoReason: { type: 'UserLambdaValidationException', message: 'User validation exception with the Lambda service.' },
  lambdaTimeout: { type: 'UnexpectedLambdaException', message: 'PreSignUp invocation failed due to error Socket timeout while invoking Lambda function.' },
  breached: { type: 'InvalidPasswordException', message: 'Provided password cannot be used for security reasons.' },
  alias: { type: 'InvalidParameterException', message: 'Username cannot be of email format, since user pool is configured for email alias.' },
  noSes: { type: 'InvalidEmailRoleAccessPolicyException', message: 'Cognito is not allowed to use your email identity.' },
  noAutoVerify: { type: 'NotAuthorizedException', message: 'Cannot resend codes. Auto verification not turned on.' },
  reused: { type: 'PasswordHistoryPolicyViolationException', message: 'The password history policy was violated.' },
} satisfies Record<string, Failure>;

/** The right current password and a good new one; the pool answers ChangePassword with `failure`. */
async function changePasswordAnswered(p: Drive, failure: Failure) {
  await changePassword(p);
  p.fail('ChangePassword', failure);
  p.send({ type: 'changePassword.submit', currentPassword: TOTP_USER.password, newPassword: GOOD_PASSWORD });
  await p.reach('signedIn.screen.changePassword.idle');
}

/** Signed up; asking for a new code, the pool answers with `failure`. */
async function resendAnswered(p: Drive, failure: Failure) {
  await signUp(p);
  p.fail('ResendConfirmationCode', failure);
  p.send({ type: 'confirmSignUp.resend' });
  await p.reach('confirmSignUp.idle');
}

const throttled = { type: 'TooManyRequestsException', message: 'Rate exceeded' };
const outage = { type: 'InternalErrorException', message: 'An internal error occurred.' };
const sessionUsed = { type: 'NotAuthorizedException', message: 'Invalid session for the user, session can only be used once.' };

// ---------------------------------------------------------------------------------------------

/**
 * The forms in each pool shape (scenarios.ts): sign-in as it first appears, and sign-up as it
 * first appears and refusing what Cognito would (`<screen>.<shape>`, `<screen>.<shape>Refused`).
 */
const SHAPES = [
  ['username', 'username', 'Usernames; an email to confirm the account with'],
  ['usernameEmailAlias', 'username-email-alias', 'Usernames, or the verified email as an alias'],
  ['usernamePreferredAlias', 'username-preferred-alias', 'Usernames, or a preferred username or the verified email as aliases (no preferred username at sign-up)'],
  ['phone', 'phone', 'Phone numbers as usernames'],
  ['emailOrPhone', 'email-or-phone', 'An email or a phone number, either as the username'],
  ['attributes', 'attributes', 'Required attributes (name, date of birth) and an optional custom one'],
] as const satisfies readonly [string, ScenarioName, string][];

/** What each shape's sign-up form refuses before sending, and why. */
const REFUSED_SIGN_UPS: Record<(typeof SHAPES)[number][0], { typed: string; attributes?: Record<string, string>; shows: Preview['shows'] }> = {
  username: { typed: 'ada lovelace', shows: { problems: { email: 'usernameFormat', 'attribute:email': 'required' } } },
  usernameEmailAlias: { typed: 'ada@example.com', attributes: { email: 'ada@example.com' }, shows: { problems: { email: 'usernameLooksLikeEmail' } } },
  usernamePreferredAlias: { typed: 'grace@example.com', attributes: { email: 'grace@example.com' }, shows: { problems: { email: 'usernameLooksLikeEmail' } } },
  phone: { typed: '07700 900123', shows: { problems: { email: 'phoneFormat' } } },
  emailOrPhone: { typed: 'ada', shows: { problems: { email: 'emailFormat' } } },
  attributes: {
    typed: NEWCOMER,
    attributes: { given_name: 'Ada', birthdate: '10/12/1815' },
    shows: { problems: { 'attribute:family_name': 'required', 'attribute:birthdate': 'birthdateFormat' } },
  },
};

const SHAPE_PREVIEWS = {
  signIn: [
    ...SHAPES.map(([variant, scenario, about]): Preview => ({ name: `signIn.${variant}`, state: 'signIn.idle', about, scenario })),
    { name: 'signIn.adminOnly', state: 'signIn.idle', about: 'Only administrators create users: no way to sign up', scenario: 'admin-only' } satisfies Preview,
  ],
  signUp: SHAPES.flatMap(([variant, scenario, about]): Preview[] => [
    {
      name: `signUp.${variant}`,
      state: 'signUp.idle',
      about,
      scenario,
      script: async (p) => {
        p.send({ type: 'signIn.toSignUp' });
        await p.reach('signUp.idle');
      },
    },
    {
      name: `signUp.${variant}Refused`,
      state: 'signUp.idle',
      about: `${about}: refused before sending, as Cognito would`,
      scenario,
      shows: REFUSED_SIGN_UPS[variant].shows,
      script: async (p) => {
        const { typed, attributes } = REFUSED_SIGN_UPS[variant];
        p.send({ type: 'signIn.toSignUp' });
        p.send({ type: 'signUp.submit', email: typed, password: GOOD_PASSWORD, attributes });
      },
    },
  ]),
};

export const PREVIEWS: readonly Preview[] = [
  // Sign-in ------------------------------------------------------------------------------------
  { name: 'signIn', state: 'signIn.idle', about: 'The first screen, empty' },
  {
    name: 'signIn.fieldErrors',
    state: 'signIn.idle',
    about: 'Submitted with a malformed email and no password',
    shows: { problems: { email: 'emailFormat', password: 'required' } },
    script: async (p) => p.send({ type: 'signIn.submit', email: 'ada@example', password: '' }),
  },
  {
    name: 'signIn.wrongPassword',
    state: 'signIn.idle',
    about: 'Cognito: incorrect username or password',
    shows: { problems: { password: 'wrongCredentials' } },
    script: (p) => signIn(p, SMS_USER.email, WRONG_PASSWORD, 'signIn.idle'),
  },
  {
    name: 'signIn.lockedOut',
    state: 'signIn.idle',
    about: 'Too many wrong passwords in a row: Cognito locks the account for a while',
    shows: { problems: { form: 'passwordAttemptsExceeded' } },
    script: async (p) => {
      for (let attempt = 0; attempt < 6; attempt++) await signIn(p, SMS_USER.email, WRONG_PASSWORD, 'signIn.idle');
    },
  },
  {
    name: 'signIn.unconfirmedUser',
    state: 'confirmSignUp.idle',
    about: 'Signing in before confirming the email: a new code is sent',
    shows: { notice: 'confirmBeforeSignIn' },
    script: (p) => signIn(p, UNCONFIRMED_USER.email, UNCONFIRMED_USER.password, 'confirmSignUp.idle'),
  },
  {
    name: 'signIn.throttled',
    state: 'signIn.idle',
    about: 'Cognito: TooManyRequestsException',
    shows: { problems: { form: 'tooManyRequests' } },
    script: async (p) => {
      p.fail('InitiateAuth', throttled);
      await signIn(p, SMS_USER.email, SMS_USER.password, 'signIn.idle');
    },
  },
  {
    name: 'signIn.networkDown',
    state: 'signIn.idle',
    about: 'No answer at all: the network is down',
    shows: { problems: { form: 'network' } },
    script: async (p) => {
      p.fail('InitiateAuth', 'network');
      await signIn(p, SMS_USER.email, SMS_USER.password, 'signIn.idle');
    },
  },
  {
    name: 'signIn.serviceError',
    state: 'signIn.idle',
    about: 'Cognito: InternalErrorException',
    shows: { problems: { form: 'serviceError' } },
    script: async (p) => {
      p.fail('InitiateAuth', outage);
      await signIn(p, SMS_USER.email, SMS_USER.password, 'signIn.idle');
    },
  },
  {
    name: 'signIn.clientHasSecret',
    state: 'signIn.idle',
    about: 'Misconfigured: the app client has a secret',
    scenario: 'client-secret',
    shows: { problems: { form: 'clientHasSecret' } },
    script: (p) => signIn(p, SMS_USER.email, SMS_USER.password, 'signIn.idle'),
  },
  {
    name: 'signIn.passwordAuthDisabled',
    state: 'signIn.idle',
    about: 'Misconfigured: the app client does not allow USER_PASSWORD_AUTH',
    scenario: 'no-user-password-auth',
    shows: { problems: { form: 'userPasswordAuthDisabled' } },
    script: (p) => signIn(p, SMS_USER.email, SMS_USER.password, 'signIn.idle'),
  },
  refused('signIn', 'blockedBySecurity', 'Threat protection blocked a risky sign-in: not a wrong password, and trying again will not help', { form: 'blockedBySecurity' }, { scenario: 'threat-protection' }),
  refused('signIn', 'poolMisconfigured', 'Misconfigured: Cognito finds the user pool’s configuration invalid', { form: 'poolMisconfigured' }, REFUSALS.badPool),
  {
    name: 'signIn.temporaryPasswordExpired',
    state: 'signIn.idle',
    about: 'An administrator’s temporary password, past its validity: only they can send a new one',
    settings: { temporaryPasswordTtlMs: 0 },
    shows: { problems: { form: 'temporaryPasswordExpired' } },
    script: (p) => signIn(p, NEW_USER.email, NEW_USER.password, 'signIn.idle'),
  },
  refreshRefused('sessionRevoked', 'Signed out: the session was revoked elsewhere (“Sign out on all devices”, an administrator)', 'sessionRevoked', 'Refresh Token has been revoked'),
  refreshRefused('sessionNotRenewed', 'Signed out: Cognito no longer takes the refresh token (“Invalid Refresh Token.”)', 'sessionNotRenewed', 'Invalid Refresh Token.'),
  {
    name: 'signIn.smsSetupNeedsPhone',
    state: 'signIn.idle',
    about: 'The pool can only set up SMS codes and the account has no phone number: the operator must act',
    scenario: 'sms-only',
    shows: { problems: { form: 'smsSetupNeedsPhone' } },
    script: (p) => signIn(p, NO_MFA_USER.email, NO_MFA_USER.password, 'signIn.idle'),
  },
  {
    name: 'signIn.sessionExpired',
    state: 'signIn.idle',
    about: 'Back at sign-in after a code challenge ran out of time',
    // A two-second challenge session, so the time runs out while you watch.
    settings: { sessionTtlMs: 2_000 },
    shows: { notice: 'sessionExpired' },
    script: async (p) => {
      await signIn(p, TOTP_USER.email, TOTP_USER.password, 'totpChallenge.idle');
      await p.reach('signIn.idle');
    },
  },
  {
    name: 'signIn.sessionUsed',
    state: 'signIn.idle',
    about: 'Back at sign-in: Cognito says the step was already used (its answer was lost on the way)',
    shows: { notice: 'sessionUsed' },
    script: async (p) => {
      await signIn(p, TOTP_USER.email, TOTP_USER.password, 'totpChallenge.idle');
      p.fail('RespondToAuthChallenge', sessionUsed);
      p.send({ type: 'totpChallenge.submit', code: p.totp(TOTP_USER.totpSecret!) });
      await p.reach('signIn.idle');
    },
  },
  {
    name: 'signIn.signedOut',
    state: 'signIn.idle',
    about: 'Back at sign-in after signing out',
    shows: { notice: 'signedOut' },
    script: async (p) => {
      await signedIn(p);
      p.send({ type: 'signedIn.signOut' });
      await p.reach('signIn.idle');
    },
  },
  {
    name: 'signIn.signedOutElsewhere',
    state: 'signIn.idle',
    about: 'Back at sign-in after signing out in another tab of the site',
    shows: { notice: 'signedOutElsewhere' },
    script: async (p) => {
      await signedIn(p);
      p.send({ type: 'session.signedOutElsewhere' });
      await p.reach('signIn.idle');
    },
  },
  {
    name: 'signIn.submitting',
    state: 'signIn.submitting',
    about: 'Waiting for Cognito to check the password',
    script: async (p) => {
      p.hold('InitiateAuth');
      p.send({ type: 'signIn.submit', email: SMS_USER.email, password: SMS_USER.password });
    },
  },
  {
    name: 'signIn.sendingCode',
    state: 'signIn.sendingCode',
    about: 'Unconfirmed account: waiting for Cognito to send a new code',
    script: async (p) => {
      p.hold('ResendConfirmationCode');
      p.send({ type: 'signIn.submit', email: UNCONFIRMED_USER.email, password: UNCONFIRMED_USER.password });
    },
  },

  // In every pool shape, after the rest: the gallery's first frames stay those of the usual pool.
  ...SHAPE_PREVIEWS.signIn,

  // Sign-up ------------------------------------------------------------------------------------
  {
    name: 'signUp',
    state: 'signUp.idle',
    about: 'Empty, with the password rules listed',
    script: async (p) => p.send({ type: 'signIn.toSignUp' }),
  },
  {
    name: 'signUp.fieldErrors',
    state: 'signUp.idle',
    about: 'Submitted with a malformed email and a weak password: every broken rule marked',
    shows: { problems: { email: 'emailFormat', password: 'weakPassword' } },
    script: async (p) => {
      p.send({ type: 'signIn.toSignUp' });
      p.send({ type: 'signUp.submit', email: 'ada@example', password: 'short' });
    },
  },
  {
    name: 'signUp.tooLong',
    state: 'signUp.idle',
    about: 'Submitted with an email over 128 characters and a password over 256: longer than Cognito takes',
    shows: { problems: { email: 'emailTooLong', password: 'passwordTooLong' } },
    script: async (p) => {
      p.send({ type: 'signIn.toSignUp' });
      p.send({ type: 'signUp.submit', email: `${'a'.repeat(120)}@example.com`, password: `${GOOD_PASSWORD}${'!'.repeat(250)}` });
    },
  },
  {
    name: 'signUp.passwordRejected',
    state: 'signUp.idle',
    about: 'Cognito rejects a password the page accepted: the pool asks for 12 characters',
    settings: { passwordPolicy: { minLength: 12 } },
    shows: { problems: { password: 'weakPassword' } },
    script: async (p) => {
      p.send({ type: 'signIn.toSignUp' });
      p.send({ type: 'signUp.submit', email: NEWCOMER, password: DEMO_PASSWORD });
    },
  },
  {
    name: 'signUp.stricterPolicy',
    state: 'signUp.idle',
    about: 'A pool asking for 12 characters, as VITE_PASSWORD_POLICY tells the page: the checklist says so before anything is sent',
    scenario: 'strict-password',
    input: { passwordPolicy: { minLength: 12, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true } },
    shows: { problems: { password: 'weakPassword' } },
    // The demo password has 9 characters: the page refuses it before Cognito could.
    script: async (p) => submitSignUp(p, DEMO_PASSWORD),
  },
  {
    name: 'signUp.emailTaken',
    state: 'signUp.idle',
    about: 'Cognito: an account with this email exists',
    shows: { problems: { email: 'usernameExists' } },
    script: async (p) => {
      p.send({ type: 'signIn.toSignUp' });
      p.send({ type: 'signUp.submit', email: SMS_USER.email, password: GOOD_PASSWORD });
    },
  },
  refused('signUp', 'lambdaRefused', 'A pre sign-up Lambda trigger refused, giving its owner’s reason, shown as written', { form: 'lambdaRefused' }, { scenario: 'lambda-refuses' }),
  refused('signUp', 'lambdaRefusedNoReason', 'A Lambda trigger refused without a reason the page can show', { form: 'lambdaRefused' }, REFUSALS.lambdaNoReason),
  refused('signUp', 'lambdaFailed', 'A Lambda trigger of the pool timed out or crashed', { form: 'lambdaFailed' }, REFUSALS.lambdaTimeout),
  refused('signUp', 'compromisedPassword', 'Threat protection: the password turned up in a data breach elsewhere', { password: 'compromisedPassword' }, REFUSALS.breached),
  refused('signUp', 'emailNotUsername', 'Misconfigured: the pool has email as an alias, not as the username', { form: 'emailNotUsername' }, REFUSALS.alias),
  refused('signUp', 'cannotDeliver', 'Misconfigured: the pool may not send email (its SES identity)', { form: 'poolCannotDeliver' }, REFUSALS.noSes),
  {
    name: 'signUp.attributesRequired',
    state: 'signUp.idle',
    about: 'Misconfigured: the pool requires a phone number at sign-up, and VITE_COGNITO_SIGN_UP_ATTRIBUTES does not say so',
    scenario: 'sms-only',
    input: { poolShape: DEFAULT_POOL_SHAPE },
    shows: { problems: { form: 'signUpAttributesRequired' } },
    // The simulated pool's own answer: "Attributes did not conform to the schema: phone_number: ...".
    script: (p) => signUpAnswered(p),
  },
  {
    name: 'signUp.submitting',
    state: 'signUp.submitting',
    about: 'Waiting for Cognito to create the account',
    script: async (p) => {
      p.hold('SignUp');
      p.send({ type: 'signIn.toSignUp' });
      p.send({ type: 'signUp.submit', email: NEWCOMER, password: GOOD_PASSWORD });
    },
  },

  ...SHAPE_PREVIEWS.signUp,

  // Confirming the email -----------------------------------------------------------------------
  {
    name: 'confirmSignUp',
    state: 'confirmSignUp.idle',
    about: 'Code sent; a new one can be asked for after a 30-second cool-down',
    script: signUp,
  },
  {
    name: 'confirmSignUp.byText',
    state: 'confirmSignUp.idle',
    about: 'Phone numbers as usernames: the code was texted, and the screen names the masked number',
    scenario: 'phone',
    script: async (p) => {
      p.send({ type: 'signIn.toSignUp' });
      p.send({ type: 'signUp.submit', email: NEWCOMER_PHONE, password: GOOD_PASSWORD });
      await p.reach('confirmSignUp.idle');
    },
  },
  {
    name: 'confirmSignUp.wrongCode',
    state: 'confirmSignUp.idle',
    about: 'Cognito: the code does not match',
    shows: { problems: { code: 'codeMismatch' } },
    script: async (p) => {
      await signUp(p);
      p.send({ type: 'confirmSignUp.submit', code: p.wrongCode(p.code(NEWCOMER, 'signUp')) });
      await p.reach('confirmSignUp.idle');
    },
  },
  {
    name: 'confirmSignUp.expiredCode',
    state: 'confirmSignUp.idle',
    about: 'Cognito: the code is no longer valid (a newer one was sent)',
    input: { resendCooldownMs: 0 },
    shows: { problems: { code: 'expiredCode' } },
    script: async (p) => {
      await signUp(p);
      const first = p.code(NEWCOMER, 'signUp');
      p.send({ type: 'confirmSignUp.resend' });
      await p.reach('confirmSignUp.idle');
      p.send({ type: 'confirmSignUp.submit', code: first });
      await p.reach('confirmSignUp.idle');
    },
  },
  {
    name: 'confirmSignUp.codeResent',
    state: 'confirmSignUp.idle',
    about: 'A new code was sent on request',
    input: { resendCooldownMs: 0 },
    shows: { notice: 'codeResent' },
    script: async (p) => {
      await signUp(p);
      p.send({ type: 'confirmSignUp.resend' });
      await p.reach('confirmSignUp.idle');
    },
  },
  {
    name: 'confirmSignUp.resendLimit',
    state: 'confirmSignUp.idle',
    about: 'Cognito: too many codes asked for, try again later',
    input: { resendCooldownMs: 0 },
    shows: { problems: { form: 'limitExceeded' } },
    script: async (p) => {
      await signUp(p);
      for (let resend = 0; resend < 6; resend++) {
        p.send({ type: 'confirmSignUp.resend' });
        await p.reach('confirmSignUp.idle');
      }
    },
  },
  {
    name: 'confirmSignUp.autoVerifyOff',
    state: 'confirmSignUp.idle',
    about: 'Misconfigured: the pool sends no confirmation codes (no auto-verified attribute)',
    input: { resendCooldownMs: 0 },
    shows: { problems: { form: 'autoVerifyOff' } },
    script: (p) => resendAnswered(p, REFUSALS.noAutoVerify),
  },
  {
    name: 'confirmSignUp.confirming',
    state: 'confirmSignUp.confirming',
    about: 'Waiting for Cognito to check the code',
    script: async (p) => {
      await signUp(p);
      p.hold('ConfirmSignUp');
      p.send({ type: 'confirmSignUp.submit', code: p.code(NEWCOMER, 'signUp') });
    },
  },
  {
    name: 'confirmSignUp.resending',
    state: 'confirmSignUp.resending',
    about: 'Waiting for Cognito to send a new code',
    input: { resendCooldownMs: 0 },
    script: async (p) => {
      await signUp(p);
      p.hold('ResendConfirmationCode');
      p.send({ type: 'confirmSignUp.resend' });
    },
  },
  {
    name: 'confirmSignUp.signingIn',
    state: 'confirmSignUp.signingIn',
    about: 'Confirmed: signing in with the password from the form',
    script: async (p) => {
      await signUp(p);
      p.hold('InitiateAuth');
      p.send({ type: 'confirmSignUp.submit', code: p.code(NEWCOMER, 'signUp') });
    },
  },

  // Forgotten password -------------------------------------------------------------------------
  {
    name: 'forgotPassword',
    state: 'forgotPassword.idle',
    about: 'Asking for a reset code',
    script: async (p) => p.send({ type: 'signIn.toForgotPassword' }),
  },
  {
    name: 'forgotPassword.unknownEmail',
    state: 'forgotPassword.idle',
    about: 'A pool without user-existence protection (LEGACY) says no account has this email',
    scenario: 'legacy-user-existence',
    shows: { problems: { email: 'userNotFound' } },
    script: (p) => askForReset(p, NEWCOMER, 'forgotPassword.idle'),
  },
  {
    name: 'forgotPassword.sending',
    state: 'forgotPassword.sending',
    about: 'Waiting for Cognito to send the reset code',
    script: async (p) => {
      p.hold('ForgotPassword');
      p.send({ type: 'signIn.toForgotPassword' });
      p.send({ type: 'forgotPassword.submit', email: TOTP_USER.email });
    },
  },
  {
    name: 'resetPassword',
    state: 'resetPassword.idle',
    about: 'Reset code sent: enter it with a new password',
    shows: { notice: 'resetCodeSent' },
    script: forgotPassword,
  },
  {
    name: 'resetPassword.byText',
    state: 'resetPassword.idle',
    about: 'Phone numbers as usernames: the reset code was texted, and the screen says so and names the masked number',
    scenario: 'phone',
    shows: { notice: 'resetCodeSent' },
    script: async (p) => {
      p.pool.seedUser({ email: '', emailVerified: false, password: GOOD_PASSWORD, phoneNumber: PHONE_ONLY.phone });
      await askForReset(p, PHONE_ONLY.phone, 'resetPassword.idle');
    },
  },
  {
    name: 'resetPassword.username',
    state: 'resetPassword.idle',
    about: 'Usernames: the reset code was emailed, and the notice names the channel, not “this email”',
    scenario: 'username',
    shows: { notice: 'resetCodeSent' },
    script: async (p) => {
      p.pool.seedUser({ email: NEWCOMER, username: 'ada', password: GOOD_PASSWORD });
      await askForReset(p, 'ada', 'resetPassword.idle');
    },
  },
  {
    name: 'resetPassword.wrongCode',
    state: 'resetPassword.idle',
    about: 'Cognito: the reset code does not match',
    shows: { problems: { code: 'codeMismatch' } },
    script: async (p) => {
      await forgotPassword(p);
      const code = p.wrongCode(p.code(TOTP_USER.email, 'forgotPassword'));
      p.send({ type: 'resetPassword.submit', code, password: GOOD_PASSWORD });
      await p.reach('resetPassword.idle');
    },
  },
  {
    name: 'resetPassword.resetting',
    state: 'resetPassword.resetting',
    about: 'Waiting for Cognito to set the new password',
    script: async (p) => {
      await forgotPassword(p);
      p.hold('ConfirmForgotPassword');
      p.send({ type: 'resetPassword.submit', code: p.code(TOTP_USER.email, 'forgotPassword'), password: GOOD_PASSWORD });
    },
  },
  {
    name: 'resetPassword.resending',
    state: 'resetPassword.resending',
    about: 'Waiting for Cognito to send a new reset code',
    input: { resendCooldownMs: 0 },
    script: async (p) => {
      await forgotPassword(p);
      p.hold('ForgotPassword');
      p.send({ type: 'resetPassword.resend' });
    },
  },
  {
    name: 'resetPassword.signingIn',
    state: 'resetPassword.signingIn',
    about: 'New password set: signing in with it',
    script: async (p) => {
      await forgotPassword(p);
      p.hold('InitiateAuth');
      p.send({ type: 'resetPassword.submit', code: p.code(TOTP_USER.email, 'forgotPassword'), password: GOOD_PASSWORD });
    },
  },

  // A temporary password to replace ------------------------------------------------------------
  {
    name: 'newPassword',
    state: 'newPassword.idle',
    about: 'Admin-created account: choose your own password',
    script: (p) => signIn(p, NEW_USER.email, NEW_USER.password, 'newPassword.idle'),
  },
  {
    name: 'newPassword.submitting',
    state: 'newPassword.submitting',
    about: 'Waiting for Cognito to save the password',
    script: async (p) => {
      await signIn(p, NEW_USER.email, NEW_USER.password, 'newPassword.idle');
      p.hold('RespondToAuthChallenge');
      p.send({ type: 'newPassword.submit', password: GOOD_PASSWORD, attributes: {} });
    },
  },

  // Authenticator setup ------------------------------------------------------------------------
  {
    name: 'totpSetup.associating',
    state: 'totpSetup.associating',
    about: 'Waiting for Cognito to hand out a setup key',
    script: async (p) => {
      p.hold('AssociateSoftwareToken');
      await signIn(p, NO_MFA_USER.email, NO_MFA_USER.password, 'totpSetup.associating');
    },
  },
  {
    name: 'totpSetup.failed',
    state: 'totpSetup.failed',
    about: 'No setup key: the network dropped; try again',
    shows: { problems: { form: 'network' } },
    script: async (p) => {
      p.fail('AssociateSoftwareToken', 'network');
      await signIn(p, NO_MFA_USER.email, NO_MFA_USER.password, 'totpSetup.failed');
    },
  },
  { name: 'totpSetup.ready', state: 'totpSetup.ready', about: 'First sign-in: the QR code and setup key', script: totpSetup },
  {
    name: 'totpSetup.wrongCode',
    state: 'totpSetup.ready',
    about: 'Cognito: the code from the app does not match; same QR code, try again',
    shows: { problems: { code: 'codeMismatch' } },
    script: async (p) => {
      await totpSetup(p);
      p.send({ type: 'totpSetup.verify', code: p.wrongTotp(p.snapshot.context.totpSecret!), deviceName: '' });
      await p.reach('totpSetup.ready');
    },
  },
  {
    name: 'totpSetup.sessionEnding',
    state: 'totpSetup.ready',
    about: 'Less than 30 seconds left to finish (a 20-second session here)',
    scenario: 'short-session',
    shows: { sessionEndsWithinMs: 30_000 },
    script: totpSetup,
  },
  {
    name: 'totpSetup.verifying',
    state: 'totpSetup.verifying',
    about: 'Waiting for Cognito to check the first code',
    script: async (p) => {
      await totpSetup(p);
      p.hold('VerifySoftwareToken');
      p.send({ type: 'totpSetup.verify', code: p.totp(p.snapshot.context.totpSecret!), deviceName: 'My phone' });
    },
  },
  {
    name: 'totpSetup.completing',
    state: 'totpSetup.completing',
    about: 'Code accepted: finishing the sign-in',
    script: async (p) => {
      await totpSetup(p);
      p.hold('RespondToAuthChallenge');
      p.send({ type: 'totpSetup.verify', code: p.totp(p.snapshot.context.totpSecret!), deviceName: 'My phone' });
      await p.reach('totpSetup.completing');
    },
  },
  {
    name: 'totpSetup.completingFailed',
    state: 'totpSetup.completingFailed',
    about: 'Code accepted, but finishing the sign-in got no answer (network): try again',
    shows: { problems: { form: 'network' } },
    script: async (p) => {
      await totpSetup(p);
      p.fail('RespondToAuthChallenge', 'network');
      p.send({ type: 'totpSetup.verify', code: p.totp(p.snapshot.context.totpSecret!), deviceName: 'My phone' });
      await p.reach('totpSetup.completingFailed');
    },
  },
  {
    name: 'totpSetup.fromAccount',
    state: 'totpSetup.ready',
    about: 'Adding an authenticator from the account page',
    scenario: 'mfa-optional',
    script: totpSetupFromAccount,
  },
  {
    name: 'totpSetup.enabling',
    state: 'totpSetup.enabling',
    about: 'Code accepted on the account page: turning it on',
    scenario: 'mfa-optional',
    script: async (p) => {
      await totpSetupFromAccount(p);
      p.hold('SetUserMFAPreference');
      p.send({ type: 'totpSetup.verify', code: p.totp(p.snapshot.context.totpSecret!), deviceName: 'My phone' });
      await p.reach('totpSetup.enabling');
    },
  },
  {
    name: 'mfaSetupChoice',
    state: 'mfaSetupChoice.idle',
    about: 'First sign-in where the pool offers an authenticator app and email codes: choose one',
    scenario: 'email-otp',
    script: (p) => signIn(p, NO_MFA_USER.email, NO_MFA_USER.password, 'mfaSetupChoice.idle'),
  },
  {
    name: 'mfaSetupChoice.submitting',
    state: 'mfaSetupChoice.submitting',
    about: 'Email chosen: waiting for Cognito to send the first code',
    scenario: 'email-otp',
    script: async (p) => {
      await signIn(p, NO_MFA_USER.email, NO_MFA_USER.password, 'mfaSetupChoice.idle');
      p.hold('RespondToAuthChallenge');
      p.send({ type: 'mfaSetupChoice.choose', mfa: 'EMAIL_OTP' });
    },
  },
  {
    name: 'mfaSetupChoice.emailFailed',
    state: 'mfaSetupChoice.idle',
    about: 'Email codes are the only choice and the first could not be sent (network): send it again',
    scenario: 'email-mfa',
    shows: { problems: { form: 'network' } },
    script: async (p) => {
      p.fail('RespondToAuthChallenge', 'network');
      await signIn(p, NO_MFA_USER.email, NO_MFA_USER.password, 'mfaSetupChoice.idle');
    },
  },
  {
    name: 'totpSetup.enableFailed',
    state: 'totpSetup.enableFailed',
    about: 'Code accepted, but turning it on failed (network): try again, no new code needed',
    scenario: 'mfa-optional',
    shows: { problems: { form: 'network' } },
    script: verifiedButNotOn,
  },

  // Second steps at sign-in --------------------------------------------------------------------
  {
    name: 'totpChallenge',
    state: 'totpChallenge.idle',
    about: 'Asking for the authenticator code',
    script: (p) => signIn(p, TOTP_USER.email, TOTP_USER.password, 'totpChallenge.idle'),
  },
  {
    name: 'totpChallenge.wrongCode',
    state: 'totpChallenge.idle',
    about: 'Cognito: the authenticator code does not match',
    shows: { problems: { code: 'codeMismatch' } },
    script: async (p) => {
      await signIn(p, TOTP_USER.email, TOTP_USER.password, 'totpChallenge.idle');
      p.send({ type: 'totpChallenge.submit', code: p.wrongTotp(TOTP_USER.totpSecret!) });
      await p.reach('totpChallenge.idle');
    },
  },
  {
    name: 'totpChallenge.codeReused',
    state: 'totpChallenge.idle',
    about: 'Cognito: this code was already used; wait for the next one',
    shows: { problems: { code: 'totpCodeReused' } },
    script: async (p) => {
      await signIn(p, TOTP_USER.email, TOTP_USER.password, 'totpChallenge.idle');
      const code = p.totp(TOTP_USER.totpSecret!);
      p.send({ type: 'totpChallenge.submit', code });
      await p.reach('signedIn.screen.home');
      p.send({ type: 'signedIn.signOut' });
      await p.reach('signIn.idle');
      await signIn(p, TOTP_USER.email, TOTP_USER.password, 'totpChallenge.idle');
      p.send({ type: 'totpChallenge.submit', code });
      await p.reach('totpChallenge.idle');
    },
  },
  {
    name: 'totpChallenge.submitting',
    state: 'totpChallenge.submitting',
    about: 'Waiting for Cognito to check the code',
    script: async (p) => {
      await signIn(p, TOTP_USER.email, TOTP_USER.password, 'totpChallenge.idle');
      p.hold('RespondToAuthChallenge');
      p.send({ type: 'totpChallenge.submit', code: p.totp(TOTP_USER.totpSecret!) });
    },
  },
  {
    name: 'smsChallenge',
    state: 'smsChallenge.idle',
    about: 'Asking for the code sent by text message',
    script: (p) => signIn(p, SMS_USER.email, SMS_USER.password, 'smsChallenge.idle'),
  },
  {
    name: 'smsChallenge.wrongCode',
    state: 'smsChallenge.idle',
    about: 'Cognito: the texted code does not match',
    shows: { problems: { code: 'codeMismatch' } },
    script: async (p) => {
      await signIn(p, SMS_USER.email, SMS_USER.password, 'smsChallenge.idle');
      p.send({ type: 'smsChallenge.submit', code: p.wrongCode(p.code(SMS_USER.phoneNumber!, 'mfa')) });
      await p.reach('smsChallenge.idle');
    },
  },
  {
    name: 'smsChallenge.submitting',
    state: 'smsChallenge.submitting',
    about: 'Waiting for Cognito to check the code',
    script: async (p) => {
      await signIn(p, SMS_USER.email, SMS_USER.password, 'smsChallenge.idle');
      p.hold('RespondToAuthChallenge');
      p.send({ type: 'smsChallenge.submit', code: p.code(SMS_USER.phoneNumber!, 'mfa') });
    },
  },
  {
    name: 'emailChallenge',
    state: 'emailChallenge.idle',
    about: 'Asking for the code sent by email (a pool with email MFA)',
    scenario: 'email-otp',
    script: (p) => signIn(p, EMAIL_USER.email, EMAIL_USER.password, 'emailChallenge.idle'),
  },
  {
    name: 'emailChallenge.submitting',
    state: 'emailChallenge.submitting',
    about: 'Waiting for Cognito to check the code',
    scenario: 'email-otp',
    script: async (p) => {
      await signIn(p, EMAIL_USER.email, EMAIL_USER.password, 'emailChallenge.idle');
      p.hold('RespondToAuthChallenge');
      p.send({ type: 'emailChallenge.submit', code: p.code(EMAIL_USER.email, 'mfa') });
    },
  },
  {
    name: 'emailChallenge.afterSetup',
    state: 'emailChallenge.idle',
    about: 'First sign-in where the pool offers only email codes: the first one is on its way',
    scenario: 'email-mfa',
    script: (p) => signIn(p, NO_MFA_USER.email, NO_MFA_USER.password, 'emailChallenge.idle'),
  },
  {
    name: 'selectMfaType',
    state: 'selectMfaType.idle',
    about: 'Two second steps set up: choose one',
    script: (p) => signIn(p, BOTH_USER.email, BOTH_USER.password, 'selectMfaType.idle'),
  },
  {
    name: 'selectMfaType.submitting',
    state: 'selectMfaType.submitting',
    about: 'Waiting for Cognito to start the chosen step',
    script: async (p) => {
      await signIn(p, BOTH_USER.email, BOTH_USER.password, 'selectMfaType.idle');
      p.hold('RespondToAuthChallenge');
      p.send({ type: 'selectMfaType.choose', mfa: 'SOFTWARE_TOKEN_MFA' });
    },
  },

  // Choice-based sign-in and passkeys -----------------------------------------------------------
  { name: 'signIn.choice', state: 'signIn.idle', ...CHOICE, about: 'Choice-based sign-in: the email first, or a passkey at once' },
  {
    name: 'signIn.starting',
    state: 'signIn.starting',
    ...CHOICE,
    about: 'Waiting for Cognito to say how this person may sign in',
    script: async (p) => {
      p.hold('InitiateAuth');
      p.send({ type: 'signIn.continue', email: SMS_USER.email });
    },
  },
  {
    name: 'selectChallenge',
    state: 'selectChallenge.idle',
    ...CHOICE,
    about: 'The ways this person may sign in: a code by email or text message, or the password',
    script: (p) => chooseWay(p, SMS_USER.email),
  },
  {
    name: 'selectChallenge.wrongPassword',
    state: 'selectChallenge.idle',
    ...CHOICE,
    about: 'The password picked, and not right',
    shows: { problems: { password: 'wrongCredentials' } },
    script: async (p) => {
      await chooseWay(p, NO_MFA_USER.email);
      p.send({ type: 'selectChallenge.choose', factor: 'PASSWORD', password: WRONG_PASSWORD });
      await p.reach('selectChallenge.submitting');
    },
  },
  {
    name: 'selectChallenge.submitting',
    state: 'selectChallenge.submitting',
    ...CHOICE,
    about: 'Waiting for Cognito to send the code picked',
    script: async (p) => {
      await chooseWay(p, EMAIL_USER.email);
      p.hold('RespondToAuthChallenge');
      p.send({ type: 'selectChallenge.choose', factor: 'EMAIL_OTP' });
    },
  },
  {
    name: 'emailChallenge.firstFactor',
    state: 'emailChallenge.idle',
    ...CHOICE,
    about: 'An emailed code picked as the way in: a new one can be asked for',
    script: async (p) => {
      await chooseWay(p, EMAIL_USER.email);
      p.send({ type: 'selectChallenge.choose', factor: 'EMAIL_OTP' });
      await p.reach('emailChallenge.idle');
    },
  },
  {
    name: 'emailChallenge.resending',
    state: 'emailChallenge.resending',
    ...CHOICE,
    about: 'Asking Cognito for a new emailed code (sign-in started again with the same way)',
    script: async (p) => {
      await chooseWay(p, EMAIL_USER.email);
      p.send({ type: 'selectChallenge.choose', factor: 'EMAIL_OTP' });
      await p.reach('emailChallenge.idle');
      p.hold('InitiateAuth');
      p.send({ type: 'emailChallenge.resend' });
    },
  },
  {
    name: 'smsChallenge.resending',
    state: 'smsChallenge.resending',
    ...CHOICE,
    about: 'Asking Cognito for a new texted code picked as the way in',
    script: async (p) => {
      await chooseWay(p, SMS_USER.email);
      p.send({ type: 'selectChallenge.choose', factor: 'SMS_OTP' });
      await p.reach('smsChallenge.idle');
      p.hold('InitiateAuth');
      p.send({ type: 'smsChallenge.resend' });
    },
  },
  {
    name: 'passkeySignIn.prompting',
    state: 'passkeySignIn.prompting',
    ...CHOICE,
    about: 'The browser’s passkey prompt is open',
    script: async (p) => {
      p.prompt('hold');
      await passkeyAsked(p);
    },
  },
  {
    name: 'passkeySignIn.answering',
    state: 'passkeySignIn.answering',
    ...CHOICE,
    about: 'The passkey answered; waiting for Cognito to check it',
    script: async (p) => {
      p.prompt('answer');
      p.hold('RespondToAuthChallenge');
      await passkeyAsked(p);
    },
  },
  {
    name: 'passkeySignIn.cancelled',
    state: 'passkeySignIn.failed',
    ...CHOICE,
    about: 'The prompt was closed, or no passkey on this device: try again, or another way in one click',
    shows: { problems: { form: 'passkeyCancelled' } },
    script: passkeyAsked,
  },
  {
    name: 'confirmSignUp.signingInWithoutPassword',
    state: 'confirmSignUp.signingInWithoutPassword',
    scenario: 'passwordless',
    settings: { firstAuthFactors: ['WEB_AUTHN', 'EMAIL_OTP'] },
    about: 'Signed up without a password, code confirmed: signing in with ConfirmSignUp’s Session',
    script: async (p) => {
      p.send({ type: 'signIn.toSignUp' });
      await p.reach('signUp.idle');
      p.send({ type: 'signUp.submit', email: NEWCOMER, password: '' });
      await p.reach('confirmSignUp.idle');
      p.hold('InitiateAuth');
      p.send({ type: 'confirmSignUp.submit', code: p.code(NEWCOMER, 'signUp') });
    },
  },
  {
    name: 'passkeys.loading',
    state: 'signedIn.screen.passkeys.loading',
    ...CHOICE,
    about: 'The passkeys page, listing them',
    script: async (p) => {
      p.hold('ListWebAuthnCredentials');
      await passkeysPage(p, 'signedIn.screen.passkeys.loading');
    },
  },
  { name: 'passkeys', state: 'signedIn.screen.passkeys.ready', ...CHOICE, about: 'No passkey yet: add one', script: (p) => passkeysPage(p, 'signedIn.screen.passkeys.ready') },
  {
    name: 'passkeys.listed',
    state: 'signedIn.screen.passkeys.ready',
    ...CHOICE,
    about: 'One passkey: its name, its kind of authenticator, when it was added',
    script: async (p) => {
      p.answer('ListWebAuthnCredentials', { Credentials: [PREVIEW_PASSKEY] });
      await passkeysPage(p, 'signedIn.screen.passkeys.ready');
    },
  },
  {
    name: 'passkeys.failed',
    state: 'signedIn.screen.passkeys.failed',
    ...CHOICE,
    about: 'The list did not load: try again',
    shows: { problems: { form: 'network' } },
    script: async (p) => {
      p.fail('ListWebAuthnCredentials', 'network');
      await passkeysPage(p, 'signedIn.screen.passkeys.failed');
    },
  },
  {
    name: 'passkeys.starting',
    state: 'signedIn.screen.passkeys.starting',
    ...CHOICE,
    about: 'Asking Cognito for what the new passkey needs',
    script: async (p) => {
      await passkeysPage(p, 'signedIn.screen.passkeys.ready');
      p.hold('StartWebAuthnRegistration');
      p.send({ type: 'passkeys.add' });
    },
  },
  {
    name: 'passkeys.creating',
    state: 'signedIn.screen.passkeys.creating',
    ...CHOICE,
    about: 'The browser’s prompt to create the passkey is open',
    script: async (p) => {
      await passkeysPage(p, 'signedIn.screen.passkeys.ready');
      p.prompt('hold');
      p.send({ type: 'passkeys.add' });
    },
  },
  {
    name: 'passkeys.cancelled',
    state: 'signedIn.screen.passkeys.ready',
    ...CHOICE,
    about: 'The prompt to create a passkey was closed',
    shows: { problems: { form: 'passkeyCancelled' } },
    script: async (p) => {
      await passkeysPage(p, 'signedIn.screen.passkeys.ready');
      p.send({ type: 'passkeys.add' });
      await p.reach('signedIn.screen.passkeys.creating');
    },
  },
  {
    name: 'passkeys.completing',
    state: 'signedIn.screen.passkeys.completing',
    ...CHOICE,
    about: 'The new passkey made; waiting for Cognito to register it',
    script: async (p) => {
      await passkeysPage(p, 'signedIn.screen.passkeys.ready');
      p.prompt('answer');
      p.hold('CompleteWebAuthnRegistration');
      p.send({ type: 'passkeys.add' });
    },
  },
  { name: 'passkeys.confirmingDelete', state: 'signedIn.screen.passkeys.confirmingDelete', ...CHOICE, about: 'Delete this passkey? Nothing is sent before the person confirms', script: deleteAsked },
  {
    name: 'passkeys.deleting',
    state: 'signedIn.screen.passkeys.deleting',
    ...CHOICE,
    about: 'Waiting for Cognito to delete the passkey',
    script: async (p) => {
      await deleteAsked(p);
      p.hold('DeleteWebAuthnCredential');
      p.send({ type: 'passkeys.confirmDelete' });
    },
  },

  // The offer to add a passkey, after a password sign-in ------------------------------------------
  {
    name: 'passkeyOffer.checking',
    state: 'signedIn.screen.passkeyOffer.checking',
    ...CHOICE,
    about: 'Signed in with the password: checking whether this device offered a passkey to this person before',
    script: async (p) => {
      await chooseWay(p, NO_MFA_USER.email);
      p.offer('hold');
      p.send({ type: 'selectChallenge.choose', factor: 'PASSWORD', password: NO_MFA_USER.password });
    },
  },
  {
    name: 'passkeyOffer.listing',
    state: 'signedIn.screen.passkeyOffer.listing',
    ...CHOICE,
    about: 'Signed in with the password: checking whether the person has a passkey already',
    script: async (p) => {
      p.hold('ListWebAuthnCredentials');
      await passkeyOffered(p, 'signedIn.screen.passkeyOffer.listing');
    },
  },
  {
    name: 'passkeyOffer',
    state: 'signedIn.screen.passkeyOffer.offer',
    ...CHOICE,
    about: 'Signed in with the password, no passkey yet: add one now, or not now (offered once per person on this device)',
    script: (p) => passkeyOffered(p, 'signedIn.screen.passkeyOffer.offer'),
  },
  {
    name: 'passkeyOffer.starting',
    state: 'signedIn.screen.passkeyOffer.starting',
    ...CHOICE,
    about: 'Add a passkey: asking Cognito for what the new passkey needs',
    script: async (p) => {
      await passkeyOffered(p, 'signedIn.screen.passkeyOffer.offer');
      p.hold('StartWebAuthnRegistration');
      p.send({ type: 'passkeyOffer.add' });
    },
  },
  {
    name: 'passkeyOffer.adding',
    state: 'signedIn.screen.passkeyOffer.creating',
    ...CHOICE,
    about: 'Add a passkey: the browser’s prompt to create it is open',
    script: async (p) => {
      await passkeyOffered(p, 'signedIn.screen.passkeyOffer.offer');
      p.prompt('hold');
      p.send({ type: 'passkeyOffer.add' });
    },
  },
  {
    name: 'passkeyOffer.completing',
    state: 'signedIn.screen.passkeyOffer.completing',
    ...CHOICE,
    about: 'Add a passkey: the new passkey made; waiting for Cognito to register it',
    script: async (p) => {
      await passkeyOffered(p, 'signedIn.screen.passkeyOffer.offer');
      p.prompt('answer');
      p.hold('CompleteWebAuthnRegistration');
      p.send({ type: 'passkeyOffer.add' });
    },
  },
  {
    name: 'passkeyOffer.failed',
    state: 'signedIn.screen.passkeyOffer.failed',
    ...CHOICE,
    about: 'Adding the passkey failed (the prompt was closed): try again, or not now',
    shows: { problems: { form: 'passkeyCancelled' } },
    script: async (p) => {
      await passkeyOffered(p, 'signedIn.screen.passkeyOffer.offer');
      p.send({ type: 'passkeyOffer.add' });
      await p.reach('signedIn.screen.passkeyOffer.failed');
    },
  },

  // Signed in ----------------------------------------------------------------------------------
  {
    name: 'signedIn',
    state: 'signedIn.screen.home',
    alsoIn: ['signedIn.tokens.fresh'],
    about: 'Signed in',
    script: signedIn,
  },
  {
    name: 'signedIn.profile',
    state: 'signedIn.screen.home',
    alsoIn: ['signedIn.tokens.fresh'],
    about: 'Signed in, on the example page of the site that calls its API (src/app/Profile.svelte)',
    route: '/profile',
    script: signedIn,
  },
  {
    name: 'signedIn.refreshing',
    state: 'signedIn.tokens.refreshing',
    about: 'Signed in, renewing tokens that are about to expire (62-second tokens here)',
    scenario: 'mfa-optional',
    settings: { accessTokenTtlSec: 62 },
    script: async (p) => {
      await signedInWithoutMfa(p);
      p.hold('GetTokensFromRefreshToken');
    },
  },
  {
    name: 'signedIn.refreshRetrying',
    state: 'signedIn.tokens.retrying',
    about: 'Signed in; renewing the tokens failed (network), trying again shortly',
    scenario: 'mfa-optional',
    settings: { accessTokenTtlSec: 62 },
    script: async (p) => {
      await signedInWithoutMfa(p);
      p.fail('GetTokensFromRefreshToken', 'network');
    },
  },
  {
    name: 'signedIn.reconnecting',
    state: 'signedIn.tokens.reconnecting.waiting',
    about: 'Signed in, offline: the tokens expired and renewing them fails; still signed in, trying again (2-second tokens here)',
    ...offline,
    script: offlineAfterSignIn,
  },
  {
    name: 'signedIn.reconnectingRefreshing',
    state: 'signedIn.tokens.reconnecting.refreshing',
    about: 'Signed in, offline, the browser back online: renewing the expired tokens at once',
    ...offline,
    script: async (p) => {
      await offlineAfterSignIn(p);
      await p.reach('signedIn.tokens.reconnecting.waiting');
      p.hold('GetTokensFromRefreshToken');
      p.send({ type: 'connection.online' });
    },
  },
  {
    name: 'signedIn.signingOut',
    state: 'signedIn.screen.signingOut',
    about: 'Waiting for Cognito to revoke the session',
    script: async (p) => {
      await signedIn(p);
      p.hold('RevokeToken');
      p.send({ type: 'signedIn.signOut' });
    },
  },
  {
    name: 'signedIn.signingOutEverywhere',
    state: 'signedIn.screen.signingOutEverywhere',
    about: 'Waiting for Cognito to end every session on every device',
    script: async (p) => {
      await signedIn(p);
      p.hold('GlobalSignOut');
      p.send({ type: 'signedIn.signOutEverywhere' });
    },
  },

  // The account page ---------------------------------------------------------------------------
  {
    name: 'account.loading',
    state: 'signedIn.screen.account.loading',
    about: 'Waiting for the account’s two-step settings',
    script: async (p) => {
      await signedIn(p);
      p.hold('GetUser');
      p.send({ type: 'signedIn.openAccount' });
    },
  },
  {
    name: 'account.failed',
    state: 'signedIn.screen.account.failed',
    about: 'The settings could not be loaded (network); try again',
    shows: { problems: { form: 'network' } },
    script: async (p) => {
      await signedIn(p);
      p.fail('GetUser', 'network');
      p.send({ type: 'signedIn.openAccount' });
      await p.reach('signedIn.screen.account.failed');
    },
  },
  { name: 'account.ready', state: 'signedIn.screen.account.ready', about: 'Two-step settings: an authenticator app is on', script: account },
  {
    name: 'account.noMfa',
    state: 'signedIn.screen.account.ready',
    about: 'Two-step settings with nothing set up (MFA optional)',
    scenario: 'mfa-optional',
    script: async (p) => {
      await signedInWithoutMfa(p);
      p.send({ type: 'signedIn.openAccount' });
      await p.reach('signedIn.screen.account.ready');
    },
  },
  {
    name: 'account.smsByPhone',
    state: 'signedIn.screen.account.ready',
    about: 'SMS codes in effect through the phone number (MFA required), not turned on by the person: no way to turn them off',
    script: async (p) => {
      p.pool.seedUser({ email: PHONE_ONLY.email, password: GOOD_PASSWORD, phoneNumber: PHONE_ONLY.phone });
      await signIn(p, PHONE_ONLY.email, GOOD_PASSWORD, 'smsChallenge.idle');
      p.send({ type: 'smsChallenge.submit', code: p.code(PHONE_ONLY.phone, 'mfa') });
      await p.reach('signedIn.screen.home');
      p.send({ type: 'signedIn.openAccount' });
      await p.reach('signedIn.screen.account.ready');
    },
  },
  {
    name: 'account.totpNotOn',
    state: 'signedIn.screen.account.ready',
    about: 'An authenticator verified but not turned on yet, with the button that turns it on',
    scenario: 'mfa-optional',
    script: verifiedButNotOnAtAccount,
  },
  {
    name: 'account.saving',
    state: 'signedIn.screen.account.saving',
    about: 'Waiting for Cognito to save a change',
    // Where MFA is required, the only factor cannot be turned off.
    scenario: 'mfa-optional',
    script: async (p) => {
      await account(p);
      p.hold('SetUserMFAPreference');
      p.send({ type: 'account.turnOff', mfa: 'SOFTWARE_TOKEN_MFA' });
    },
  },
  {
    name: 'changePassword',
    state: 'signedIn.screen.changePassword.idle',
    about: 'Changing the password',
    script: changePassword,
  },
  {
    name: 'changePassword.wrongPassword',
    state: 'signedIn.screen.changePassword.idle',
    about: 'Cognito: the current password is wrong',
    shows: { problems: { password: 'wrongCurrentPassword' } },
    script: async (p) => {
      await changePassword(p);
      p.send({ type: 'changePassword.submit', currentPassword: WRONG_PASSWORD, newPassword: GOOD_PASSWORD });
      await p.reach('signedIn.screen.changePassword.idle');
    },
  },
  {
    name: 'changePassword.passwordReused',
    state: 'signedIn.screen.changePassword.idle',
    about: 'The pool’s password history refuses a password used before',
    shows: { problems: { newPassword: 'passwordReused' } },
    script: (p) => changePasswordAnswered(p, REFUSALS.reused),
  },
  {
    name: 'changePassword.submitting',
    state: 'signedIn.screen.changePassword.submitting',
    about: 'Waiting for Cognito to change the password',
    script: async (p) => {
      await changePassword(p);
      p.hold('ChangePassword');
      p.send({ type: 'changePassword.submit', currentPassword: TOTP_USER.password, newPassword: GOOD_PASSWORD });
    },
  },
];

export function findPreview(name: string | null): Preview | undefined {
  return PREVIEWS.find((preview) => preview.name === name);
}

/**
 * What every flow of the statechart names: its types, its actors (one per CognitoClient method),
 * and the guards, delays and actions the flows in flows/ refer to by name.
 */
import { assertEvent, assign, setup, type DoneActorEvent } from 'xstate';
import type { AuthEvent } from './events';
import { asAuthError, type AuthErrorCode } from './errors';
import { problemFromError, type Field, type FieldProblems, type ProblemReason } from './problems';
import type { AuthStep, Challenge, CodeDelivery, MfaSettings, MfaType, Passkey, Tokens } from './types';
import { checkCode, checkIdentifier, checkNewPassword, checkPasswordPresent, hasProblems, normalizeIdentifier } from './validate';
import { checkSignUpAttributes } from './attributes';
import { signUpKinds, usesUsernames } from './pool-shape';
import { cognitoActors, NO_CLIENT } from './actors';
import { NO_OFFERS, NO_PASSKEYS, passkeyActors, passkeyOfferActors } from './passkeys';
import {
  userFrom,
  REFRESH_MARGIN_MS,
  REFRESH_MIN_GAP_MS,
  REFRESH_RETRY_FIRST_MS,
  REFRESH_RETRY_MOST_MS,
  OFFER_CHECK_MOST_MS,
  type AuthContext,
  type AuthInput,
  type Notice,
} from './context';
import { activeFactorsOf, isPasswordless, mfaSetupOffers, requiredAttributesOf } from './readers';

/** The error a failure carries (the error event of an invoke: what the actor rejected with). */
function errorOf(event: unknown) {
  return asAuthError((event as { error?: unknown }).error);
}

const TOKENS_GONE_NOTICE: Partial<Record<AuthErrorCode, Notice>> = {
  sessionRevoked: 'sessionRevoked',
  refreshTokenInvalid: 'sessionNotRenewed',
};

/** The events that submit a form: each is checked before anything is sent. */
const FORM_SUBMITS = [
  'signIn.submit',
  'signUp.submit',
  'forgotPassword.submit',
  'resetPassword.submit',
  'newPassword.submit',
  'changePassword.submit',
  'confirmSignUp.submit',
  'totpSetup.verify',
  'totpChallenge.submit',
  'smsChallenge.submit',
  'emailChallenge.submit',
  'signIn.continue',
  'selectChallenge.choose',
] as const satisfies readonly AuthEvent['type'][];

/** The events that carry the email as typed: a form's submit, or a link to another form. */
const EMAIL_AS_TYPED = [
  'signIn.submit',
  'signIn.continue',
  'signIn.toSignUp',
  'signIn.toForgotPassword',
  'signUp.submit',
  'signUp.toSignIn',
  'forgotPassword.submit',
] as const satisfies readonly AuthEvent['type'][];

type FormSubmit = Extract<AuthEvent, { type: (typeof FORM_SUBMITS)[number] }>;

/** The kinds a new username must not look like: the aliases of a pool of usernames. */
function aliasesOf(context: AuthContext) {
  return usesUsernames(context.poolShape) ? context.poolShape.signInWith : [];
}

/** Whatever a submitted form gets wrong, checked before anything is sent. */
function formProblems(context: AuthContext, event: FormSubmit): FieldProblems {
  switch (event.type) {
    case 'signIn.submit':
      return { ...checkIdentifier(event.email, context.poolShape.signInWith), ...checkPasswordPresent(event.password) };
    case 'signUp.submit':
      return {
        ...checkIdentifier(event.email, signUpKinds(context.poolShape), aliasesOf(context)),
        // Passwordless sign-up's form has no password.
        ...(isPasswordless(context) ? {} : checkNewPassword(event.password, context.passwordPolicy)),
        ...checkSignUpAttributes(context.poolShape, event.attributes),
      };
    case 'forgotPassword.submit':
      return checkIdentifier(event.email, context.poolShape.signInWith);
    case 'resetPassword.submit':
      return { ...checkCode(event.code), ...checkNewPassword(event.password, context.passwordPolicy, 'newPassword') };
    case 'newPassword.submit': {
      const missing = requiredAttributesOf(context).filter((name) => !event.attributes[name]?.trim());
      return {
        ...checkNewPassword(event.password, context.passwordPolicy, 'newPassword'),
        ...(missing.length > 0 ? { form: { reason: 'required' as const } } : {}),
      };
    }
    case 'changePassword.submit':
      return {
        ...checkPasswordPresent(event.currentPassword),
        ...checkNewPassword(event.newPassword, context.passwordPolicy, 'newPassword'),
      };
    case 'confirmSignUp.submit':
    case 'totpSetup.verify':
    case 'totpChallenge.submit':
    case 'smsChallenge.submit':
    case 'emailChallenge.submit':
      return checkCode(event.code);
    case 'signIn.continue':
      return checkIdentifier(event.email, context.poolShape.signInWith);
    case 'selectChallenge.choose':
      return event.factor === 'PASSWORD' ? checkPasswordPresent(event.password ?? '') : {};
  }
}

export const authSetup = setup({
  types: {
    context: {} as AuthContext,
    events: {} as AuthEvent,
    input: {} as AuthInput | undefined,
    /**
     * busy: a request of the screen is out; reconnecting: the tokens expired and no refresh got
     * through yet; refreshing: a refresh is in flight.
     */
    tags: {} as 'busy' | 'reconnecting' | 'refreshing',
  },
  actors: { ...cognitoActors(NO_CLIENT), ...passkeyActors(NO_PASSKEYS), ...passkeyOfferActors(NO_OFFERS) },
  guards: {
    failedWith: ({ event }, params: { codes: readonly AuthErrorCode[] }) => params.codes.includes(errorOf(event).code),
    formInvalid: ({ context, event }) => {
      assertEvent(event, FORM_SUBMITS);
      return hasProblems(formProblems(context, event));
    },
    canResend: ({ context }) => Date.now() >= context.resendAvailableAt,
    /** The pool lets people sign up themselves (not AllowAdminCreateUserOnly). */
    selfSignUp: ({ context }) => context.poolShape.selfSignUp,
    signedIn: ({ context }) => context.tokens !== null,
    /** The password typed at sign-up or sign-in is held for the sign-in after confirming. */
    passwordHeld: ({ context }) => context.password !== null,
    signUpSessionHeld: ({ context }) => context.signUpSession !== null,
    challengeIs: ({ context }, params: { name: Challenge['name'] }) => context.challenge?.name === params.name,
    /** The code screen answers the code the person picked as the way in (EMAIL_OTP or SMS_OTP first factor). */
    firstFactorCode: ({ context }) =>
      context.firstFactors.length > 0 && context.preferredFactor !== null && context.preferredFactor === context.challenge?.name,
    /** The page offers choice-based sign-in (USER_AUTH) rather than the password form alone. */
    choiceBased: ({ context }) => context.firstFactors.length > 0,
    chose: ({ event }, params: { mfa: MfaType }) => {
      assertEvent(event, 'mfaSetupChoice.choose');
      return event.mfa === params.mfa;
    },
    canSetUpTotp: ({ context }) => mfaSetupOffers(context).includes('SOFTWARE_TOKEN_MFA'),
    canSetUpEmail: ({ context }) => mfaSetupOffers(context).includes('EMAIL_OTP'),
    /** MFA_SETUP offers both an authenticator and email codes: the person chooses. */
    canChooseMfaSetup: ({ context }) => mfaSetupOffers(context).length > 1,
    /** MFA_SETUP offers only SMS, which needs a phone number sign-in cannot add. */
    smsSetupOnly: ({ context }) => context.challenge?.name === 'MFA_SETUP' && context.challenge.canSetup.includes('SMS_MFA'),
    /**
     * A factor that is on may be turned off, unless the pool requires MFA and it is the only one
     * in effect: Cognito would ask for MFA_SETUP or keep prompting anyway (a REQUIRED pool still
     * prompted after every factor was turned off: aws-sdk-js-v3 #7961).
     */
    canTurnOff: ({ context, event }) => {
      assertEvent(event, 'account.turnOff');
      const active = activeFactorsOf(context);
      return (context.mfaSettings?.enabled.includes(event.mfa) ?? false) && !(context.mfaRequired && active.length <= 1);
    },
    settingUpAtSignIn: ({ context }) => context.challenge?.name === 'MFA_SETUP',
    /** Tokens another tab refreshed from the refresh token this tab holds (rotation made ours stale). */
    replacesOurRefreshToken: ({ context, event }) => {
      assertEvent(event, 'session.tokensShared');
      return context.tokens?.refreshToken !== undefined && context.tokens.refreshToken === event.replaces;
    },
    tokensExpired: ({ context }) => (context.tokens?.expiresAt ?? 0) <= Date.now(),
    /**
     * Signed in with a password, on a page that offers passkeys: the offer to add one may follow
     * (flows/passkey-offer.ts decides whether it does).
     */
    mayOfferPasskey: ({ context }) => context.passwordFirst && context.firstFactors.includes('WEB_AUTHN'),
    /** The offer's check answered yes: not offered to this person on this device yet. */
    offerDue: ({ event }) => (event as unknown as DoneActorEvent<boolean>).output === true,
    /** ListWebAuthnCredentials listed none. */
    noPasskeys: ({ event }) => (event as unknown as DoneActorEvent<Passkey[]>).output.length === 0,
  },
  delays: {
    /** What is left of the challenge session, measured from when Cognito issued it. */
    sessionLeft: ({ context }) => Math.max(0, context.sessionExpiresAt - Date.now()),
    /**
     * Until shortly before the tokens expire: a minute before, but not sooner than 2 seconds
     * after they arrived (halfway for shorter ones), or tokens that live a minute or less would be
     * refreshed again the moment they arrive. Cognito's own last at least 5 minutes; the
     * simulated pool's and the previews' can be shorter. Expired ones at once.
     */
    refreshDue: ({ context }) => {
      const left = Math.max(0, (context.tokens?.expiresAt ?? 0) - Date.now());
      return Math.max(left - REFRESH_MARGIN_MS, Math.min(left / 2, REFRESH_MIN_GAP_MS));
    },
    /** Until the tokens expire. */
    tokensLeft: ({ context }) => Math.max(0, (context.tokens?.expiresAt ?? 0) - Date.now()),
    /** Until the next refresh after a failed one (countRefreshFailure sets when). */
    refreshBackoff: ({ context }) => Math.max(0, context.refreshRetryAt - Date.now()),
    /** The longest each of the passkey offer's checks may take (flows/passkey-offer.ts). */
    offerCheckMost: OFFER_CHECK_MOST_MS,
  },
  actions: {
    /** The email as typed, for the next screen (leaving a form, or a form refused). */
    rememberEmail: assign({
      email: ({ context, event }) => {
        assertEvent(event, EMAIL_AS_TYPED);
        return event.email ?? context.email;
      },
    }),
    /** The identifier, normalised as Cognito matches it (what the form takes: sign-up may differ), and the password. */
    takeCredentials: assign(({ context, event }) => {
      assertEvent(event, ['signIn.submit', 'signUp.submit']);
      const kinds = event.type === 'signUp.submit' ? signUpKinds(context.poolShape) : context.poolShape.signInWith;
      // Passwordless sign-up holds no password (its form has none).
      const password = event.type === 'signUp.submit' && isPasswordless(context) ? null : event.password;
      return { email: normalizeIdentifier(event.email, kinds), password, passwordFirst: password !== null, signUpSession: null, problems: {}, notice: null };
    }),
    /** SignUp's or ConfirmSignUp's Session, for the next step of passwordless sign-up (or none given). */
    takeSignUpSession: assign(({ context }, params: { session: string | undefined }) => ({
      signUpSession: params.session ? { value: params.session, expiresAt: Date.now() + context.sessionTtlMs } : null,
    })),
    /** Choice-based sign-in starts from the identifier alone, with the way picked up front if any. */
    takeIdentifier: assign(({ context, event }) => {
      assertEvent(event, 'signIn.continue');
      const email = normalizeIdentifier(event.email, context.poolShape.signInWith);
      return { email, password: null, passwordFirst: false, preferredFactor: event.factor ?? null, problems: {}, notice: null };
    }),
    takeChosenFactor: assign(({ event }) => {
      assertEvent(event, 'selectChallenge.choose');
      return { preferredFactor: event.factor, passwordFirst: event.factor === 'PASSWORD' };
    }),
    /** Another way than the one that failed: the choice of ways, from the identifier already given. */
    choosingAnotherWay: assign({ preferredFactor: null, challenge: null, problems: {}, notice: null }),
    takePasskeys: assign((_, params: { passkeys: Passkey[] }) => ({ passkeys: params.passkeys, passkeyToDelete: null })),
    choosePasskeyToDelete: assign(({ event }) => {
      assertEvent(event, 'passkeys.delete');
      return { passkeyToDelete: event.id, problems: {}, notice: null };
    }),
    forgetPasskeyToDelete: assign({ passkeyToDelete: null }),
    forgetSignUpSession: assign({ signUpSession: null }),
    takeEmail: assign(({ context, event }) => {
      assertEvent(event, 'forgotPassword.submit');
      return { email: normalizeIdentifier(event.email, context.poolShape.signInWith), problems: {}, notice: null };
    }),
    takeNewPassword: assign(({ event }) => {
      assertEvent(event, 'resetPassword.submit');
      return { password: event.password, passwordFirst: true, problems: {}, notice: null };
    }),
    forgetPassword: assign({ password: null }),
    showFormProblems: assign({
      problems: ({ context, event }) => {
        assertEvent(event, FORM_SUBMITS);
        return formProblems(context, event);
      },
    }),
    showFailure: assign({ problems: ({ event }) => problemFromError(errorOf(event)) }),
    /** A failure of choice-based sign-in's first call: its form has no password, so a password's problem is the form's. */
    showIdentifierFailure: assign({
      problems: ({ event }) => {
        const { password, ...rest } = problemFromError(errorOf(event));
        return password ? { ...rest, form: password } : rest;
      },
    }),
    showProblem: assign((_, params: { field: Field; reason: ProblemReason }) => ({ problems: { [params.field]: { reason: params.reason } } })),
    /** A policy error on a screen where the password being set is the new one. */
    showNewPasswordFailure: assign({ problems: ({ event }) => problemFromError(errorOf(event), 'newPassword') }),
    /** ChangePassword's "Incorrect username or password." is about the current password. */
    showChangePasswordFailure: assign({
      problems: ({ event }) => {
        const error = errorOf(event);
        return error.code === 'wrongCredentials'
          ? { password: { reason: 'wrongCurrentPassword' as const } }
          : problemFromError(error, 'newPassword');
      },
    }),
    /** A fresh start for the screen: no problems shown, and no notice. */
    clearProblems: assign({ problems: {}, notice: null }),
    clearFieldProblem: assign({
      problems: ({ context, event }) => {
        assertEvent(event, 'edit');
        if (!(event.field in context.problems)) return context.problems;
        const { [event.field]: _removed, ...rest } = context.problems;
        return rest;
      },
    }),
    note: assign((_, params: { notice: Notice | null }) => ({ notice: params.notice })),
    /** Why the tokens stopped working, for the sign-in screen: revoked, refused, or just ended. */
    noteTokensGone: assign({ notice: ({ event }) => TOKENS_GONE_NOTICE[errorOf(event).code] ?? ('sessionEnded' as const) }),
    takeDelivery: assign((_, params: { delivery: CodeDelivery | null }) => ({ delivery: params.delivery })),
    startResendCooldown: assign({ resendAvailableAt: ({ context }) => Date.now() + context.resendCooldownMs }),
    takeStep: assign(({ context }, params: { step: AuthStep }) => {
      const step = params.step;
      if (step.type === 'signedIn') {
        return { tokens: step.tokens, user: userFrom(step.tokens), challenge: null, password: null, totpSecret: null };
      }
      const challenge = step.challenge;
      const delivery = 'delivery' in challenge ? (challenge.delivery ?? null) : context.delivery;
      return {
        challenge,
        delivery,
        // Only a pool that requires MFA sends MFA_SETUP (context.ts).
        mfaRequired: context.mfaRequired || challenge.name === 'MFA_SETUP',
        password: null,
        totpSecret: null,
        sessionExpiresAt: Date.now() + context.sessionTtlMs,
        problems: {},
        notice: null,
      };
    }),
    /** A call in the chain answered with the next session: it replaces the one just used. */
    takeSession: assign(({ context }, params: { session: string | undefined }) => {
      const challenge = context.challenge;
      if (!params.session || !challenge || !('session' in challenge)) return {};
      return {
        challenge: { ...challenge, session: params.session },
        sessionExpiresAt: Date.now() + context.sessionTtlMs,
      };
    }),
    takeTotpSecret: assign((_, params: { secret: string }) => ({ totpSecret: params.secret })),
    /** A refresh's tokens; the failures before it no longer count. */
    takeTokens: assign((_, params: { tokens: Tokens }) => ({ tokens: params.tokens, user: userFrom(params.tokens), refreshFailures: 0 })),
    /** One more refresh failed: the next waits 2 s, 4 s, 8 s ... at most a minute. */
    countRefreshFailure: assign(({ context }) => {
      const failures = context.refreshFailures + 1;
      const wait = Math.min(REFRESH_RETRY_MOST_MS, REFRESH_RETRY_FIRST_MS * 2 ** (failures - 1));
      return { refreshFailures: failures, refreshRetryAt: Date.now() + wait };
    }),
    takeMfaSettings: assign(({ context }, params: { settings: MfaSettings }) => ({
      mfaSettings: params.settings,
      // Once GetUser lists the authenticator as on, there is nothing left to finish.
      totpVerified: context.totpVerified && !params.settings.enabled.includes('SOFTWARE_TOKEN_MFA'),
    })),
    /** VerifySoftwareToken accepted a code with the access token: the authenticator is the user's, not yet on. */
    rememberTotpVerified: assign({ totpVerified: true }),
    /** The challenge session is gone: it ran out, or Cognito says it was already used. */
    expireSession: assign({
      challenge: null,
      totpSecret: null,
      password: null,
      problems: {},
      notice: ({ event }): Notice => (errorOf(event).sessionUsed ? 'sessionUsed' : 'sessionExpired'),
    }),
    leaveChallenge: assign({ challenge: null, totpSecret: null, password: null, problems: {}, notice: null }),
    forgetTokens: assign({
      tokens: null,
      passwordFirst: false,
      refreshFailures: 0,
      user: null,
      mfaSettings: null,
      passkeys: null,
      passkeyToDelete: null,
      totpVerified: false,
      challenge: null,
      totpSecret: null,
      password: null,
      problems: {},
    }),
    /**
     * The passkey offer was shown to this person: not again on this device. Provided with the
     * browser's storage (src/boot/auth-actor.ts); nothing here, in tests and wherever no port is given.
     */
    rememberPasskeyOffer: () => undefined,
    /** Back to sign-in from a step this page cannot take, saying why. */
    cannotContinue: assign((_, params: { reason: 'unsupportedChallenge' | 'smsSetupNeedsPhone' }) => ({
      challenge: null,
      password: null,
      problems: { form: { reason: params.reason } },
    })),
  },
});

/**
 * The whole sign-in journey as one statechart. Its states are the screens a person sees
 * (views.ts maps each to its view); nested states say what the screen is doing. Every Cognito
 * call is an invoked actor named after the CognitoClient method it runs, swapped with
 * `.provide({ actors })` in tests and previews. While a call is in flight the state carries the
 * `busy` tag and ignores submits, so a double click never sends twice.
 */
import { assign, setup } from 'xstate';
import type { AuthEvent } from './events';
import { asAuthError, type AuthErrorCode } from './errors';
import { problemFromError, type Field, type FieldErrors } from './problems';
import type {
  AuthStep,
  Challenge,
  CodeChallengeName,
  CodeDelivery,
  MfaSettings,
  MfaType,
  Tokens,
} from './types';
import {
  checkCode,
  checkEmail,
  checkNewPassword,
  checkPasswordPresent,
  hasErrors,
  normalizeCode,
  normalizeEmail,
} from './validate';
import { cognitoActors, NO_CLIENT } from './actors';
import { initialContext, userFrom, REFRESH_MARGIN_MS, type AuthContext, type AuthInput, type Notice } from './context';

export type { AuthContext, AuthInput, Notice } from './context';
export { SESSION_TTL_MS, RESEND_COOLDOWN_MS, REFRESH_MARGIN_MS } from './context';

/** The failure an actor rejected with (the error event of an invoke). */
function failureOf(event: unknown) {
  return asAuthError((event as { error?: unknown }).error);
}

function sessionOf(context: AuthContext): string {
  const challenge = context.challenge;
  return challenge && 'session' in challenge ? challenge.session : '';
}

function usernameOf(context: AuthContext): string {
  const challenge = context.challenge;
  return challenge && 'username' in challenge ? challenge.username : normalizeEmail(context.email);
}

function accessTokenOf(context: AuthContext): string {
  return context.tokens?.accessToken ?? '';
}

/** MFA_SETUP at sign-in answers with Sessions; a signed-in person's setup uses the access token. */
function totpAuthorization(context: AuthContext): { session: string } | { accessToken: string } {
  return context.challenge?.name === 'MFA_SETUP' ? { session: sessionOf(context) } : { accessToken: accessTokenOf(context) };
}

const authSetup = setup({
  types: {
    context: {} as AuthContext,
    events: {} as AuthEvent,
    input: {} as AuthInput | undefined,
    tags: {} as 'busy',
  },
  actors: cognitoActors(NO_CLIENT),
  guards: {
    failedWith: ({ event }, params: { codes: readonly AuthErrorCode[] }) => params.codes.includes(failureOf(event).code),
    formInvalid: ({ context, event }) => hasErrors(formErrors(context, event)),
    canResend: ({ context }) => Date.now() >= context.resendAvailableAt,
    holdsPassword: ({ context }) => context.password !== null,
    userConfirmed: (_, params: { confirmed: boolean }) => params.confirmed,
    signedIn: ({ context }) => context.tokens !== null,
    challengeIs: ({ context }, params: { name: Challenge['name'] }) => context.challenge?.name === params.name,
    canSetUpTotp: ({ context }) =>
      context.challenge?.name === 'MFA_SETUP' && context.challenge.canSetup.includes('SOFTWARE_TOKEN_MFA'),
    settingUpAtSignIn: ({ context }) => context.challenge?.name === 'MFA_SETUP',
  },
  delays: {
    /** What is left of the challenge session, measured from when Cognito issued it. */
    sessionLeft: ({ context }) => Math.max(0, context.sessionExpiresAt - Date.now()),
    /** Until shortly before the tokens expire. */
    refreshDue: ({ context }) => Math.max(0, (context.tokens?.expiresAt ?? 0) - REFRESH_MARGIN_MS - Date.now()),
  },
  actions: {
    rememberEmail: assign({
      email: ({ context, event }) => ('email' in event && event.email !== undefined ? event.email : context.email),
    }),
    takeCredentials: assign(({ event }) =>
      event.type === 'signIn.submit' || event.type === 'signUp.submit'
        ? { email: normalizeEmail(event.email), password: event.password, errors: {}, notice: null }
        : {},
    ),
    takeEmail: assign(({ event }) =>
      event.type === 'forgotPassword.submit' ? { email: normalizeEmail(event.email), errors: {}, notice: null } : {},
    ),
    takeNewPassword: assign(({ event }) =>
      event.type === 'resetPassword.submit' ? { password: event.password, errors: {}, notice: null } : {},
    ),
    forgetPassword: assign({ password: null }),
    showFormErrors: assign({ errors: ({ context, event }) => formErrors(context, event) }),
    showFailure: assign({ errors: ({ event }) => problemFromError(failureOf(event)) }),
    /** A policy failure on a screen where the password being set is the new one. */
    showNewPasswordFailure: assign({ errors: ({ event }) => problemFromError(failureOf(event), 'newPassword') }),
    /** ChangePassword's "Incorrect username or password." is about the current password. */
    showChangePasswordFailure: assign({
      errors: ({ event }) => {
        const failure = failureOf(event);
        return failure.code === 'wrongCredentials'
          ? { password: { reason: 'wrongCurrentPassword' as const } }
          : problemFromError(failure, 'newPassword');
      },
    }),
    clearErrors: assign({ errors: {}, notice: null }),
    clearFieldError: assign({
      errors: ({ context, event }) => {
        if (event.type !== 'edit' || !(event.field in context.errors)) return context.errors;
        const { [event.field]: _removed, ...rest } = context.errors;
        return rest;
      },
    }),
    note: assign((_, params: { notice: Notice | null }) => ({ notice: params.notice })),
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
        password: null,
        totpSecret: null,
        sessionExpiresAt: Date.now() + context.sessionTtlMs,
        errors: {},
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
    takeTokens: assign((_, params: { tokens: Tokens }) => ({ tokens: params.tokens, user: userFrom(params.tokens) })),
    takeMfaSettings: assign((_, params: { settings: MfaSettings }) => ({ mfaSettings: params.settings })),
    expireSession: assign({
      challenge: null,
      totpSecret: null,
      password: null,
      errors: {},
      notice: 'sessionExpired' as const,
    }),
    leaveChallenge: assign({ challenge: null, totpSecret: null, password: null, errors: {}, notice: null }),
    forgetTokens: assign({ tokens: null, user: null, mfaSettings: null, challenge: null, totpSecret: null, password: null, errors: {} }),
    unsupportedChallenge: assign({
      challenge: null,
      password: null,
      errors: { form: { reason: 'unsupportedChallenge' as const } },
    }),
  },
});

/** Whatever a submitted form gets wrong, checked before anything is sent. */
function formErrors(context: AuthContext, event: AuthEvent): FieldErrors {
  switch (event.type) {
    case 'signIn.submit':
      return { ...checkEmail(event.email), ...checkPasswordPresent(event.password) };
    case 'signUp.submit':
      return { ...checkEmail(event.email), ...checkNewPassword(event.password, context.passwordPolicy) };
    case 'forgotPassword.submit':
      return checkEmail(event.email);
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
    default:
      return {};
  }
}

function requiredAttributesOf(context: AuthContext): string[] {
  return context.challenge?.name === 'NEW_PASSWORD_REQUIRED' ? context.challenge.requiredAttributes : [];
}

/** Failures that mean the challenge session is gone: start the sign-in again. */
const sessionGone = {
  guard: { type: 'failedWith', params: { codes: ['sessionExpired'] } },
  target: '#auth.signIn',
  actions: 'expireSession',
} as const;

/** Failures that mean the tokens are no longer good: sign in again. */
const tokensGone = {
  guard: { type: 'failedWith', params: { codes: ['signedOut'] } },
  target: '#auth.signIn',
  actions: ['forgetTokens', { type: 'note', params: { notice: 'sessionEnded' } }],
} as const;

/**
 * A screen that asks for a code and answers the challenge with it. Built by a function because
 * SOFTWARE_TOKEN_MFA, SMS_MFA and EMAIL_OTP differ only in names.
 */
function codeChallenge(
  submit: 'totpChallenge.submit' | 'smsChallenge.submit' | 'emailChallenge.submit',
  challenge: CodeChallengeName,
) {
  return authSetup.createStateConfig({
    initial: 'idle',
    on: {
      back: { target: '#auth.signIn', actions: 'leaveChallenge' },
    },
    states: {
      idle: {
        after: { sessionLeft: { target: '#auth.signIn', actions: 'expireSession' } },
        on: {
          [submit]: [
            { guard: 'formInvalid', actions: 'showFormErrors' },
            { target: 'submitting', actions: 'clearErrors' },
          ],
        },
      },
      submitting: {
        tags: 'busy',
        invoke: {
          src: 'answerCode',
          input: ({ context, event }) => ({
            challenge,
            session: sessionOf(context),
            username: usernameOf(context),
            code: 'code' in event ? normalizeCode(event.code) : '',
          }),
          onDone: {
            target: '#auth.routing',
            actions: { type: 'takeStep', params: ({ event }) => ({ step: event.output }) },
          },
          onError: [sessionGone, { target: 'idle', actions: 'showFailure' }],
        },
      },
    },
  });
}

export const authMachine = authSetup.createMachine({
  id: 'auth',
  context: ({ input }) => initialContext(input),
  initial: 'start',
  on: {
    edit: { actions: 'clearFieldError' },
  },
  states: {
    /** Not a screen: signed in already (tokens kept from an earlier visit), or not. */
    start: {
      always: [{ guard: 'signedIn', target: 'signedIn' }, { target: 'signIn' }],
    },

    signIn: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            'signIn.submit': [
              { guard: 'formInvalid', actions: ['rememberEmail', 'showFormErrors'] },
              { target: 'submitting', actions: 'takeCredentials' },
            ],
            'signIn.toSignUp': { target: '#auth.signUp', actions: ['rememberEmail', 'clearErrors'] },
            'signIn.toForgotPassword': { target: '#auth.forgotPassword', actions: ['rememberEmail', 'clearErrors'] },
          },
        },
        submitting: {
          tags: 'busy',
          invoke: {
            src: 'signIn',
            input: ({ context }) => ({ email: context.email, password: context.password ?? '' }),
            onDone: {
              target: '#auth.routing',
              actions: { type: 'takeStep', params: ({ event }) => ({ step: event.output }) },
            },
            onError: [
              // Cognito says so even when the password is wrong: send a fresh code, keep the password
              // in memory to sign in once the account is confirmed.
              { guard: { type: 'failedWith', params: { codes: ['userNotConfirmed'] } }, target: 'sendingCode' },
              { target: 'idle', actions: ['forgetPassword', 'showFailure'] },
            ],
          },
        },
        sendingCode: {
          tags: 'busy',
          invoke: {
            src: 'resendConfirmationCode',
            input: ({ context }) => ({ email: context.email }),
            onDone: {
              target: '#auth.confirmSignUp',
              actions: [
                { type: 'takeDelivery', params: ({ event }) => ({ delivery: event.output }) },
                'startResendCooldown',
                { type: 'note', params: { notice: 'confirmBeforeSignIn' } },
              ],
            },
            // A code may still be on its way from before (the limit was hit): confirming is still the way on.
            onError: {
              target: '#auth.confirmSignUp',
              actions: ['showFailure', { type: 'note', params: { notice: 'confirmBeforeSignIn' } }],
            },
          },
        },
      },
    },

    signUp: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            'signUp.submit': [
              { guard: 'formInvalid', actions: ['rememberEmail', 'showFormErrors'] },
              { target: 'submitting', actions: 'takeCredentials' },
            ],
            'signUp.toSignIn': { target: '#auth.signIn', actions: ['rememberEmail', 'clearErrors'] },
          },
        },
        submitting: {
          tags: 'busy',
          invoke: {
            src: 'signUp',
            input: ({ context }) => ({ email: context.email, password: context.password ?? '' }),
            onDone: [
              {
                // Auto-confirmed (a pre sign-up trigger): sign straight in.
                guard: { type: 'userConfirmed', params: ({ event }) => ({ confirmed: event.output.userConfirmed }) },
                target: '#auth.confirmSignUp.signingIn',
              },
              {
                target: '#auth.confirmSignUp',
                actions: [
                  { type: 'takeDelivery', params: ({ event }) => ({ delivery: event.output.delivery }) },
                  'startResendCooldown',
                ],
              },
            ],
            onError: { target: 'idle', actions: ['forgetPassword', 'showFailure'] },
          },
        },
      },
    },

    confirmSignUp: {
      initial: 'idle',
      on: {
        back: { target: 'signIn', actions: ['forgetPassword', 'clearErrors'] },
      },
      states: {
        idle: {
          on: {
            'confirmSignUp.submit': [
              { guard: 'formInvalid', actions: 'showFormErrors' },
              { target: 'confirming', actions: 'clearErrors' },
            ],
            'confirmSignUp.resend': { guard: 'canResend', target: 'resending', actions: 'clearErrors' },
          },
        },
        confirming: {
          tags: 'busy',
          invoke: {
            src: 'confirmSignUp',
            input: ({ context, event }) => ({
              email: context.email,
              code: event.type === 'confirmSignUp.submit' ? normalizeCode(event.code) : '',
            }),
            onDone: [
              { guard: 'holdsPassword', target: 'signingIn' },
              { target: '#auth.signIn', actions: { type: 'note', params: { notice: 'accountConfirmed' } } },
            ],
            onError: [
              {
                guard: { type: 'failedWith', params: { codes: ['alreadyConfirmed'] } },
                target: '#auth.signIn',
                actions: ['forgetPassword', { type: 'note', params: { notice: 'alreadyConfirmed' } }],
              },
              { target: 'idle', actions: 'showFailure' },
            ],
          },
        },
        resending: resendingCode('resendConfirmationCode'),
        /** Confirmed: sign in with the password still held from the form, then forget it. */
        signingIn: signingInWithHeldPassword('accountConfirmed'),
      },
    },

    forgotPassword: {
      initial: 'idle',
      on: {
        back: { target: 'signIn', actions: 'clearErrors' },
      },
      states: {
        idle: {
          on: {
            'forgotPassword.submit': [
              { guard: 'formInvalid', actions: ['rememberEmail', 'showFormErrors'] },
              { target: 'sending', actions: 'takeEmail' },
            ],
          },
        },
        sending: {
          tags: 'busy',
          invoke: {
            src: 'forgotPassword',
            input: ({ context }) => ({ email: context.email }),
            onDone: {
              target: '#auth.resetPassword',
              actions: [
                { type: 'takeDelivery', params: ({ event }) => ({ delivery: event.output }) },
                'startResendCooldown',
                { type: 'note', params: { notice: 'resetCodeSent' } },
              ],
            },
            onError: { target: 'idle', actions: 'showFailure' },
          },
        },
      },
    },

    resetPassword: {
      initial: 'idle',
      on: {
        back: { target: 'signIn', actions: ['forgetPassword', 'clearErrors'] },
      },
      states: {
        idle: {
          on: {
            'resetPassword.submit': [
              { guard: 'formInvalid', actions: 'showFormErrors' },
              { target: 'resetting', actions: 'takeNewPassword' },
            ],
            'resetPassword.resend': { guard: 'canResend', target: 'resending', actions: 'clearErrors' },
          },
        },
        resetting: {
          tags: 'busy',
          invoke: {
            src: 'confirmForgotPassword',
            input: ({ context, event }) => ({
              email: context.email,
              code: event.type === 'resetPassword.submit' ? normalizeCode(event.code) : '',
              password: context.password ?? '',
            }),
            // The new password works: sign in with it (an MFA challenge may follow).
            onDone: 'signingIn',
            onError: { target: 'idle', actions: ['forgetPassword', 'showNewPasswordFailure'] },
          },
        },
        resending: resendingCode('forgotPassword'),
        signingIn: signingInWithHeldPassword('passwordChanged'),
      },
    },

    /** Not a screen: sends each sign-in step to the screen that answers it. */
    routing: {
      always: [
        { guard: 'signedIn', target: 'signedIn' },
        { guard: 'canSetUpTotp', target: 'totpSetup' },
        { guard: { type: 'challengeIs', params: { name: 'SOFTWARE_TOKEN_MFA' } }, target: 'totpChallenge' },
        { guard: { type: 'challengeIs', params: { name: 'SMS_MFA' } }, target: 'smsChallenge' },
        { guard: { type: 'challengeIs', params: { name: 'EMAIL_OTP' } }, target: 'emailChallenge' },
        { guard: { type: 'challengeIs', params: { name: 'SELECT_MFA_TYPE' } }, target: 'selectMfaType' },
        { guard: { type: 'challengeIs', params: { name: 'NEW_PASSWORD_REQUIRED' } }, target: 'newPassword' },
        { target: 'signIn', actions: 'unsupportedChallenge' },
      ],
    },

    newPassword: {
      initial: 'idle',
      on: {
        back: { target: 'signIn', actions: 'leaveChallenge' },
      },
      states: {
        idle: {
          after: { sessionLeft: { target: '#auth.signIn', actions: 'expireSession' } },
          on: {
            'newPassword.submit': [
              { guard: 'formInvalid', actions: 'showFormErrors' },
              { target: 'submitting', actions: 'clearErrors' },
            ],
          },
        },
        submitting: {
          tags: 'busy',
          invoke: {
            src: 'setNewPassword',
            input: ({ context, event }) => ({
              session: sessionOf(context),
              username: usernameOf(context),
              password: event.type === 'newPassword.submit' ? event.password : '',
              attributes:
                event.type === 'newPassword.submit'
                  ? Object.fromEntries(requiredAttributesOf(context).map((name) => [name, event.attributes[name]?.trim() ?? '']))
                  : {},
            }),
            onDone: {
              target: '#auth.routing',
              actions: { type: 'takeStep', params: ({ event }) => ({ step: event.output }) },
            },
            onError: [sessionGone, { target: 'idle', actions: 'showNewPasswordFailure' }],
          },
        },
      },
    },

    /**
     * An authenticator being added: at sign-in (MFA_SETUP, chained by Session) or from the account
     * page (by access token, then made the preferred factor). The same screen serves both; the
     * preference is only ever set after Cognito has verified a code.
     */
    totpSetup: {
      initial: 'associating',
      on: {
        back: [
          { guard: 'settingUpAtSignIn', target: 'signIn', actions: 'leaveChallenge' },
          { target: '#auth.signedIn.screen.account', actions: ['leaveChallenge'] },
        ],
      },
      states: {
        associating: {
          tags: 'busy',
          invoke: {
            src: 'associateSoftwareToken',
            input: ({ context }) => totpAuthorization(context),
            onDone: {
              target: 'ready',
              actions: [
                { type: 'takeTotpSecret', params: ({ event }) => ({ secret: event.output.secret }) },
                { type: 'takeSession', params: ({ event }) => ({ session: event.output.session }) },
              ],
            },
            onError: [sessionGone, tokensGone, { target: 'failed', actions: 'showFailure' }],
          },
        },
        /** No secret could be had (the network, or the pool): say why, offer to try again. */
        failed: {
          after: { sessionLeft: { guard: 'settingUpAtSignIn', target: '#auth.signIn', actions: 'expireSession' } },
          on: { 'totpSetup.retry': { target: 'associating', actions: 'clearErrors' } },
        },
        ready: {
          after: { sessionLeft: { guard: 'settingUpAtSignIn', target: '#auth.signIn', actions: 'expireSession' } },
          on: {
            'totpSetup.verify': [
              { guard: 'formInvalid', actions: 'showFormErrors' },
              { target: 'verifying', actions: 'clearErrors' },
            ],
          },
        },
        verifying: {
          tags: 'busy',
          invoke: {
            src: 'verifySoftwareToken',
            input: ({ context, event }) => ({
              ...totpAuthorization(context),
              code: event.type === 'totpSetup.verify' ? normalizeCode(event.code) : '',
              deviceName: event.type === 'totpSetup.verify' ? event.deviceName.trim() : '',
            }),
            onDone: [
              {
                guard: 'settingUpAtSignIn',
                target: 'completing',
                actions: { type: 'takeSession', params: ({ event }) => ({ session: event.output.session }) },
              },
              { target: 'enabling' },
            ],
            // A wrong code leaves the Associate session usable: same secret, same QR, try again.
            onError: [sessionGone, tokensGone, { target: 'ready', actions: 'showFailure' }],
          },
        },
        /** The authenticator is verified: answer MFA_SETUP with the Session Verify returned. */
        completing: {
          tags: 'busy',
          invoke: {
            src: 'completeMfaSetup',
            input: ({ context }) => ({ session: sessionOf(context), username: usernameOf(context) }),
            onDone: {
              target: '#auth.routing',
              actions: { type: 'takeStep', params: ({ event }) => ({ step: event.output }) },
            },
            onError: [sessionGone, { target: '#auth.signIn', actions: ['leaveChallenge', 'showFailure'] }],
          },
        },
        /** Verified from the account page: turn it on and make it the preferred second step. */
        enabling: {
          tags: 'busy',
          invoke: {
            src: 'setMfaPreference',
            input: ({ context }) => ({
              accessToken: accessTokenOf(context),
              enabled: { SOFTWARE_TOKEN_MFA: true },
              preferred: 'SOFTWARE_TOKEN_MFA' as MfaType,
            }),
            onDone: {
              target: '#auth.signedIn.screen.account',
              actions: ['leaveChallenge', { type: 'note', params: { notice: 'totpEnabled' } }],
            },
            onError: [tokensGone, { target: 'ready', actions: 'showFailure' }],
          },
        },
      },
    },

    totpChallenge: codeChallenge('totpChallenge.submit', 'SOFTWARE_TOKEN_MFA'),
    smsChallenge: codeChallenge('smsChallenge.submit', 'SMS_MFA'),
    emailChallenge: codeChallenge('emailChallenge.submit', 'EMAIL_OTP'),

    selectMfaType: {
      initial: 'idle',
      on: {
        back: { target: 'signIn', actions: 'leaveChallenge' },
      },
      states: {
        idle: {
          after: { sessionLeft: { target: '#auth.signIn', actions: 'expireSession' } },
          on: { 'selectMfaType.choose': { target: 'submitting', actions: 'clearErrors' } },
        },
        submitting: {
          tags: 'busy',
          invoke: {
            src: 'selectMfaType',
            input: ({ context, event }) => ({
              session: sessionOf(context),
              username: usernameOf(context),
              mfa: event.type === 'selectMfaType.choose' ? event.mfa : 'SOFTWARE_TOKEN_MFA',
            }),
            onDone: {
              target: '#auth.routing',
              actions: { type: 'takeStep', params: ({ event }) => ({ step: event.output }) },
            },
            onError: [sessionGone, { target: 'idle', actions: 'showFailure' }],
          },
        },
      },
    },

    /** Two things at once: keeping the tokens fresh, and the signed-in screens. */
    signedIn: {
      type: 'parallel',
      states: {
        tokens: {
          initial: 'fresh',
          states: {
            fresh: {
              after: { refreshDue: 'refreshing' },
            },
            refreshing: {
              invoke: {
                src: 'refresh',
                input: ({ context }) => ({ refreshToken: context.tokens?.refreshToken ?? '' }),
                onDone: {
                  target: 'fresh',
                  actions: { type: 'takeTokens', params: ({ event }) => ({ tokens: event.output }) },
                },
                // A refresh token that is revoked or expired ends the session; anything else
                // (the network) is tried again a little later while the tokens still work.
                onError: [
                  tokensGone,
                  {
                    guard: ({ context }) => (context.tokens?.expiresAt ?? 0) <= Date.now(),
                    target: '#auth.signIn',
                    actions: ['forgetTokens', { type: 'note', params: { notice: 'sessionEnded' } }],
                  },
                  { target: 'retrying' },
                ],
              },
            },
            retrying: {
              after: { 15_000: 'refreshing' },
            },
          },
        },
        screen: {
          initial: 'home',
          states: {
            home: {
              on: {
                'signedIn.openAccount': { target: 'account', actions: 'clearErrors' },
                'signedIn.signOut': { target: 'signingOut', actions: 'clearErrors' },
                'signedIn.signOutEverywhere': { target: 'signingOutEverywhere', actions: 'clearErrors' },
              },
            },
            account: {
              initial: 'loading',
              on: {
                back: { target: 'home', actions: 'clearErrors' },
              },
              states: {
                loading: {
                  tags: 'busy',
                  invoke: {
                    src: 'getMfaSettings',
                    input: ({ context }) => ({ accessToken: accessTokenOf(context) }),
                    onDone: {
                      target: 'ready',
                      actions: { type: 'takeMfaSettings', params: ({ event }) => ({ settings: event.output }) },
                    },
                    onError: [tokensGone, { target: 'failed', actions: 'showFailure' }],
                  },
                },
                failed: {
                  on: { 'account.retry': { target: 'loading', actions: 'clearErrors' } },
                },
                ready: {
                  on: {
                    'account.setUpTotp': { target: '#auth.totpSetup', actions: 'clearErrors' },
                    'account.turnOff': { target: 'saving', actions: 'clearErrors' },
                    'account.prefer': { target: 'saving', actions: 'clearErrors' },
                    'account.changePassword': { target: '#auth.signedIn.screen.changePassword', actions: 'clearErrors' },
                  },
                },
                saving: {
                  tags: 'busy',
                  invoke: {
                    src: 'setMfaPreference',
                    input: ({ context, event }) => {
                      const mfa = event.type === 'account.turnOff' || event.type === 'account.prefer' ? event.mfa : 'SOFTWARE_TOKEN_MFA';
                      return event.type === 'account.turnOff'
                        ? { accessToken: accessTokenOf(context), enabled: { [mfa]: false }, preferred: undefined }
                        : { accessToken: accessTokenOf(context), enabled: { [mfa]: true }, preferred: mfa };
                    },
                    onDone: { target: 'loading', actions: { type: 'note', params: { notice: 'mfaUpdated' } } },
                    onError: [tokensGone, { target: 'ready', actions: 'showFailure' }],
                  },
                },
              },
            },
            changePassword: {
              initial: 'idle',
              on: {
                back: { target: 'account', actions: 'clearErrors' },
              },
              states: {
                idle: {
                  on: {
                    'changePassword.submit': [
                      { guard: 'formInvalid', actions: 'showFormErrors' },
                      { target: 'submitting', actions: 'clearErrors' },
                    ],
                  },
                },
                submitting: {
                  tags: 'busy',
                  invoke: {
                    src: 'changePassword',
                    input: ({ context, event }) => ({
                      accessToken: accessTokenOf(context),
                      previousPassword: event.type === 'changePassword.submit' ? event.currentPassword : '',
                      proposedPassword: event.type === 'changePassword.submit' ? event.newPassword : '',
                    }),
                    onDone: {
                      target: '#auth.signedIn.screen.home',
                      actions: { type: 'note', params: { notice: 'passwordChanged' } },
                    },
                    onError: [tokensGone, { target: 'idle', actions: 'showChangePasswordFailure' }],
                  },
                },
              },
            },
            /** Revoke the refresh token (and the access tokens issued from it), then forget them all. */
            signingOut: {
              tags: 'busy',
              invoke: {
                src: 'revoke',
                input: ({ context }) => ({ refreshToken: context.tokens?.refreshToken ?? '' }),
                // Signing out must never fail for the person: the tokens are dropped either way.
                onDone: { target: '#auth.signIn', actions: ['forgetTokens', { type: 'note', params: { notice: 'signedOut' } }] },
                onError: { target: '#auth.signIn', actions: ['forgetTokens', { type: 'note', params: { notice: 'signedOut' } }] },
              },
            },
            /** GlobalSignOut: every session of this person, on every device, ends. */
            signingOutEverywhere: {
              tags: 'busy',
              invoke: {
                src: 'globalSignOut',
                input: ({ context }) => ({ accessToken: accessTokenOf(context) }),
                onDone: {
                  target: '#auth.signIn',
                  actions: ['forgetTokens', { type: 'note', params: { notice: 'signedOutEverywhere' } }],
                },
                onError: [
                  // Already revoked elsewhere: the outcome the person asked for.
                  {
                    guard: { type: 'failedWith', params: { codes: ['signedOut'] } },
                    target: '#auth.signIn',
                    actions: ['forgetTokens', { type: 'note', params: { notice: 'signedOutEverywhere' } }],
                  },
                  { target: 'home', actions: 'showFailure' },
                ],
              },
            },
          },
        },
      },
    },
  },
});

/** A new code on its way (sign-up or password reset): say where it went and restart the cool-down. */
function resendingCode(src: 'resendConfirmationCode' | 'forgotPassword') {
  return authSetup.createStateConfig({
    tags: 'busy',
    invoke: {
      src,
      input: ({ context }) => ({ email: context.email }),
      onDone: {
        target: 'idle',
        actions: [
          { type: 'takeDelivery', params: ({ event }) => ({ delivery: event.output }) },
          'startResendCooldown',
          { type: 'note', params: { notice: 'codeResent' } },
        ],
      },
      onError: { target: 'idle', actions: 'showFailure' },
    },
  });
}

/** After a confirmation or a reset: sign in with the password the form held, then forget it. */
function signingInWithHeldPassword(noticeOnFailure: Notice) {
  return authSetup.createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'signIn',
      input: ({ context }) => ({ email: context.email, password: context.password ?? '' }),
      onDone: {
        target: '#auth.routing',
        actions: { type: 'takeStep', params: ({ event }) => ({ step: event.output }) },
      },
      onError: {
        target: '#auth.signIn',
        actions: ['forgetPassword', 'showFailure', { type: 'note', params: { notice: noticeOnFailure } }],
      },
    },
  });
}

export type AuthMachine = typeof authMachine;
export type { Field };

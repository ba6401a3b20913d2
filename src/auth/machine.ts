/**
 * The whole sign-in journey as one statechart. Top-level states are the screens a person sees
 * (views.ts maps each to its view); nested states say what the screen is doing. Every Cognito
 * call is an invoked actor named after the CognitoClient method it runs, swapped with
 * `.provide({ actors })` in tests and previews. While a call is in flight the state carries the
 * `busy` tag and ignores submits, so a double click never sends twice.
 */
import { assign, setup } from 'xstate';
import type { AuthEvent } from './events';
import { asAuthError, type AuthErrorCode } from './errors';
import { problemFromError, type FieldErrors } from './problems';
import type { AuthStep, Challenge, CodeChallengeName, CodeDelivery, SignedInUser, Tokens } from './types';
import {
  DEFAULT_PASSWORD_POLICY,
  checkCode,
  checkEmail,
  checkNewPassword,
  checkPasswordPresent,
  hasErrors,
  normalizeCode,
  normalizeEmail,
  type PasswordPolicy,
} from './validate';
import { jwtClaims } from '../lib/jwt';
import { cognitoActors, NO_CLIENT } from '../cognito/actors';

/** A sentence the next screen starts with, about what just happened. */
export type Notice =
  | 'sessionExpired'
  | 'codeResent'
  | 'accountConfirmed'
  | 'alreadyConfirmed'
  | 'confirmBeforeSignIn'
  | 'signedOut';

export interface AuthInput {
  passwordPolicy?: PasswordPolicy;
  /** How long Cognito keeps a challenge session (the app client's AuthSessionValidity). */
  sessionTtlMs?: number;
  /** How long a person waits before asking for another confirmation code. */
  resendCooldownMs?: number;
  email?: string;
  /** The name an authenticator app shows next to the account. */
  totpIssuer?: string;
}

export interface AuthContext {
  /** The email as typed; kept across every screen. */
  email: string;
  /** Held only between a sign-up or sign-in form and the sign-in it leads to; then forgotten. */
  password: string | null;
  challenge: Challenge | null;
  /** Epoch ms at which the current challenge session runs out. */
  sessionExpiresAt: number;
  /** Base32 secret of the authenticator being set up. */
  totpSecret: string | null;
  /** Where the last code went. */
  delivery: CodeDelivery | null;
  resendAvailableAt: number;
  tokens: Tokens | null;
  user: SignedInUser | null;
  errors: FieldErrors;
  notice: Notice | null;
  passwordPolicy: PasswordPolicy;
  sessionTtlMs: number;
  resendCooldownMs: number;
  totpIssuer: string;
}

export const SESSION_TTL_MS = 3 * 60_000;
export const RESEND_COOLDOWN_MS = 30_000;

/** The failure an actor rejected with (the error event of an invoke). */
function failureOf(event: unknown) {
  return asAuthError((event as { error?: unknown }).error);
}

function userFrom(tokens: Tokens): SignedInUser {
  const claims = jwtClaims(tokens.idToken);
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    email: text(claims.email),
    sub: text(claims.sub),
    username: text(claims['cognito:username']) || text(claims.sub),
  };
}

function sessionOf(context: AuthContext): string {
  const challenge = context.challenge;
  return challenge && 'session' in challenge ? challenge.session : '';
}

function usernameOf(context: AuthContext): string {
  const challenge = context.challenge;
  return challenge && 'username' in challenge ? challenge.username : normalizeEmail(context.email);
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
    failedWith: ({ event }, params: { codes: AuthErrorCode[] }) => params.codes.includes(failureOf(event).code),
    signInFormInvalid: ({ event }) =>
      event.type === 'signIn.submit' &&
      hasErrors({ ...checkEmail(event.email), ...checkPasswordPresent(event.password) }),
    signUpFormInvalid: ({ context, event }) =>
      event.type === 'signUp.submit' &&
      hasErrors({ ...checkEmail(event.email), ...checkNewPassword(event.password, context.passwordPolicy) }),
    codeInvalid: ({ event }) => 'code' in event && hasErrors(checkCode(event.code)),
    canResend: ({ context }) => Date.now() >= context.resendAvailableAt,
    holdsPassword: ({ context }) => context.password !== null,
    userConfirmed: (_, params: { confirmed: boolean }) => params.confirmed,
    signedIn: ({ context }) => context.tokens !== null,
    challengeIs: ({ context }, params: { name: Challenge['name'] }) => context.challenge?.name === params.name,
    canSetUpTotp: ({ context }) =>
      context.challenge?.name === 'MFA_SETUP' && context.challenge.canSetup.includes('SOFTWARE_TOKEN_MFA'),
  },
  delays: {
    /** What is left of the challenge session, measured from when Cognito issued it. */
    sessionLeft: ({ context }) => Math.max(0, context.sessionExpiresAt - Date.now()),
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
    forgetPassword: assign({ password: null }),
    showFormErrors: assign({
      errors: ({ context, event }) => {
        switch (event.type) {
          case 'signIn.submit':
            return { ...checkEmail(event.email), ...checkPasswordPresent(event.password) };
          case 'signUp.submit':
            return { ...checkEmail(event.email), ...checkNewPassword(event.password, context.passwordPolicy) };
          default:
            return 'code' in event ? checkCode(event.code) : context.errors;
        }
      },
    }),
    showFailure: assign({ errors: ({ event }) => problemFromError(failureOf(event)) }),
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
        return { tokens: step.tokens, user: userFrom(step.tokens), challenge: null, password: null };
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
    expireSession: assign({
      challenge: null,
      totpSecret: null,
      password: null,
      errors: {},
      notice: 'sessionExpired' as const,
    }),
    leaveChallenge: assign({ challenge: null, totpSecret: null, password: null, errors: {}, notice: null }),
    signOutLocally: assign({
      tokens: null,
      user: null,
      challenge: null,
      password: null,
      errors: {},
      notice: 'signedOut' as const,
    }),
    unsupportedChallenge: assign({
      challenge: null,
      password: null,
      errors: { form: { reason: 'unsupportedChallenge' as const } },
    }),
  },
});

export const authMachine = authSetup.createMachine({
  id: 'auth',
  context: ({ input }) => ({
    email: input?.email ?? '',
    password: null,
    challenge: null,
    sessionExpiresAt: 0,
    totpSecret: null,
    delivery: null,
    resendAvailableAt: 0,
    tokens: null,
    user: null,
    errors: {},
    notice: null,
    passwordPolicy: input?.passwordPolicy ?? DEFAULT_PASSWORD_POLICY,
    sessionTtlMs: input?.sessionTtlMs ?? SESSION_TTL_MS,
    resendCooldownMs: input?.resendCooldownMs ?? RESEND_COOLDOWN_MS,
    totpIssuer: input?.totpIssuer ?? 'Sign-in',
  }),
  initial: 'signIn',
  on: {
    edit: { actions: 'clearFieldError' },
  },
  states: {
    signIn: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            'signIn.submit': [
              { guard: 'signInFormInvalid', actions: ['rememberEmail', 'showFormErrors'] },
              { target: 'submitting', actions: 'takeCredentials' },
            ],
            'signIn.toSignUp': { target: '#auth.signUp', actions: ['rememberEmail', 'clearErrors'] },
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
            onError: { target: '#auth.confirmSignUp', actions: ['showFailure', { type: 'note', params: { notice: 'confirmBeforeSignIn' } }] },
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
              { guard: 'signUpFormInvalid', actions: ['rememberEmail', 'showFormErrors'] },
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
              { guard: 'codeInvalid', actions: 'showFormErrors' },
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
        resending: {
          tags: 'busy',
          invoke: {
            src: 'resendConfirmationCode',
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
        },
        /** Confirmed: sign in with the password still held from the form, then forget it. */
        signingIn: {
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
              actions: ['forgetPassword', 'showFailure', { type: 'note', params: { notice: 'accountConfirmed' } }],
            },
          },
        },
      },
    },

    /** Not a screen: sends each sign-in step to the screen that answers it. */
    routing: {
      always: [
        { guard: 'signedIn', target: 'signedIn' },
        { guard: 'canSetUpTotp', target: 'totpSetup' },
        { guard: { type: 'challengeIs', params: { name: 'SOFTWARE_TOKEN_MFA' } }, target: 'totpChallenge' },
        { guard: { type: 'challengeIs', params: { name: 'SMS_MFA' } }, target: 'smsChallenge' },
        { guard: { type: 'challengeIs', params: { name: 'SELECT_MFA_TYPE' } }, target: 'selectMfaType' },
        { target: 'signIn', actions: 'unsupportedChallenge' },
      ],
    },

    totpSetup: {
      initial: 'associating',
      on: {
        back: { target: 'signIn', actions: 'leaveChallenge' },
      },
      states: {
        associating: {
          tags: 'busy',
          invoke: {
            src: 'associateSoftwareToken',
            input: ({ context }) => ({ session: sessionOf(context) }),
            onDone: {
              target: 'ready',
              actions: [
                { type: 'takeTotpSecret', params: ({ event }) => ({ secret: event.output.secret }) },
                { type: 'takeSession', params: ({ event }) => ({ session: event.output.session }) },
              ],
            },
            onError: [
              { guard: { type: 'failedWith', params: { codes: ['sessionExpired'] } }, target: '#auth.signIn', actions: 'expireSession' },
              { target: 'failed', actions: 'showFailure' },
            ],
          },
        },
        /** No secret could be had (the network, or the pool): say why, offer to try again. */
        failed: {
          after: { sessionLeft: { target: '#auth.signIn', actions: 'expireSession' } },
          on: { 'totpSetup.retry': { target: 'associating', actions: 'clearErrors' } },
        },
        ready: {
          after: { sessionLeft: { target: '#auth.signIn', actions: 'expireSession' } },
          on: {
            'totpSetup.verify': [
              { guard: 'codeInvalid', actions: 'showFormErrors' },
              { target: 'verifying', actions: 'clearErrors' },
            ],
          },
        },
        verifying: {
          tags: 'busy',
          invoke: {
            src: 'verifySoftwareToken',
            input: ({ context, event }) => ({
              session: sessionOf(context),
              code: event.type === 'totpSetup.verify' ? normalizeCode(event.code) : '',
              deviceName: event.type === 'totpSetup.verify' ? event.deviceName.trim() : '',
            }),
            onDone: {
              target: 'completing',
              actions: { type: 'takeSession', params: ({ event }) => ({ session: event.output.session }) },
            },
            onError: [
              { guard: { type: 'failedWith', params: { codes: ['sessionExpired'] } }, target: '#auth.signIn', actions: 'expireSession' },
              // A wrong code leaves the Associate session usable: same secret, same QR, try again.
              { target: 'ready', actions: 'showFailure' },
            ],
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
            onError: [
              { guard: { type: 'failedWith', params: { codes: ['sessionExpired'] } }, target: '#auth.signIn', actions: 'expireSession' },
              { target: '#auth.signIn', actions: ['leaveChallenge', 'showFailure'] },
            ],
          },
        },
      },
    },

    totpChallenge: codeChallenge('totpChallenge.submit', 'SOFTWARE_TOKEN_MFA'),
    smsChallenge: codeChallenge('smsChallenge.submit', 'SMS_MFA'),

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
            onError: [
              { guard: { type: 'failedWith', params: { codes: ['sessionExpired'] } }, target: '#auth.signIn', actions: 'expireSession' },
              { target: 'idle', actions: 'showFailure' },
            ],
          },
        },
      },
    },

    signedIn: {
      initial: 'idle',
      states: {
        idle: {
          on: { 'signedIn.signOut': 'signingOut' },
        },
        /** Revoke the refresh token (and the access tokens issued from it), then forget them all. */
        signingOut: {
          tags: 'busy',
          invoke: {
            src: 'revoke',
            input: ({ context }) => ({ refreshToken: context.tokens?.refreshToken ?? '' }),
            onDone: { target: '#auth.signIn', actions: 'signOutLocally' },
            // Signing out must never fail for the person: the tokens are dropped either way.
            onError: { target: '#auth.signIn', actions: 'signOutLocally' },
          },
        },
      },
    },
  },
});

/**
 * A screen that asks for a code and answers the challenge with it. Built by a function because
 * SOFTWARE_TOKEN_MFA, SMS_MFA (and EMAIL_OTP) differ only in names.
 */
function codeChallenge(submit: 'totpChallenge.submit' | 'smsChallenge.submit', challenge: CodeChallengeName) {
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
            { guard: 'codeInvalid', actions: 'showFormErrors' },
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
          onError: [
            { guard: { type: 'failedWith', params: { codes: ['sessionExpired'] } }, target: '#auth.signIn', actions: 'expireSession' },
            { target: 'idle', actions: 'showFailure' },
          ],
        },
      },
    },
  });
}

export type AuthMachine = typeof authMachine;

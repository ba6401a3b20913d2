/**
 * The whole sign-in journey as one statechart. Its states are the screens a person sees
 * (screens.ts maps each to its view); nested states say what the screen is doing. Every Cognito
 * call is an invoked actor named after the CognitoClient method it runs, swapped with
 * `.provide({ actors })` in tests and previews. While a call is in flight the state carries the
 * `busy` tag and ignores submits, so a double click never sends twice.
 *
 * This file only puts the flows together: each is a state config in flows/, and the guards,
 * delays and actions they name are in setup.ts.
 */
import { authSetup } from './setup';
import { initialContext } from './context';
import { confirmSignUp, signUp } from './flows/sign-up';
import { emailChallenge, routing, selectMfaType, signIn, smsChallenge, totpChallenge } from './flows/sign-in';
import { mfaSetupChoice, totpSetup } from './flows/mfa-setup';
import { forgotPassword, newPassword, resetPassword } from './flows/passwords';
import { signedIn } from './flows/signed-in';
import { passkeySignIn, selectChallenge } from './flows/user-auth';

export type { AuthContext, AuthInput, Notice } from './context';
export { SESSION_TTL_MS, RESEND_COOLDOWN_MS, REFRESH_MARGIN_MS } from './context';
export type { Field } from './problems';

export const authMachine = authSetup.createMachine({
  id: 'auth',
  context: ({ input }) => initialContext(input),
  initial: 'start',
  on: {
    edit: { actions: 'clearFieldProblem' },
  },
  states: {
    /** Not a screen: signed in already (tokens kept from an earlier visit), or not. */
    start: {
      always: [{ guard: 'signedIn', target: 'signedIn' }, { target: 'signIn' }],
    },
    signIn,
    signUp,
    confirmSignUp,
    forgotPassword,
    resetPassword,
    /** Not a screen: sends each sign-in step to the screen that answers it. */
    routing,
    newPassword,
    mfaSetupChoice,
    totpSetup,
    totpChallenge,
    smsChallenge,
    emailChallenge,
    selectMfaType,
    /** Choice-based sign-in (USER_AUTH): the ways offered, and the passkey prompt. */
    selectChallenge,
    passkeySignIn,
    /** Keeping the tokens fresh, and the signed-in screens. */
    signedIn,
  },
});

export type AuthMachine = typeof authMachine;

/**
 * One view per screen; a screen without a view is a type error. The sign-in form is part of the
 * first load; every other view is its own chunk, fetched right after first paint
 * (`preloadViews`, called by main.ts) or at the latest when its screen is reached.
 * Adding a view is one line: `screen: lazy(() => import('./Screen.svelte')),`.
 */
import type { Component } from 'svelte';
import type { Screen } from '../auth/screens';
import SignIn from './SignIn.svelte';

type Lazy = { load: () => Promise<{ default: Component }> };
const lazy = (load: Lazy['load']): Lazy => ({ load });

export const VIEWS: Record<Screen, Component | Lazy> = {
  signIn: SignIn,
  signUp: lazy(() => import('./SignUp.svelte')),
  confirmSignUp: lazy(() => import('./ConfirmSignUp.svelte')),
  mfaSetupChoice: lazy(() => import('./MfaSetupChoice.svelte')),
  totpSetup: lazy(() => import('./TotpSetup.svelte')),
  totpChallenge: lazy(() => import('./TotpChallenge.svelte')),
  smsChallenge: lazy(() => import('./SmsChallenge.svelte')),
  selectMfaType: lazy(() => import('./SelectMfaType.svelte')),
  signedIn: lazy(() => import('./SignedIn.svelte')),
  forgotPassword: lazy(() => import('./ForgotPassword.svelte')),
  resetPassword: lazy(() => import('./ResetPassword.svelte')),
  newPassword: lazy(() => import('./NewPassword.svelte')),
  emailChallenge: lazy(() => import('./EmailChallenge.svelte')),
  account: lazy(() => import('./Account.svelte')),
  changePassword: lazy(() => import('./ChangePassword.svelte')),
  selectChallenge: lazy(() => import('./SelectChallenge.svelte')),
  passkeySignIn: lazy(() => import('./PasskeySignIn.svelte')),
  passkeys: lazy(() => import('./Passkeys.svelte')),
  passkeyOffer: lazy(() => import('./PasskeyOffer.svelte')),
};

const loaded = new Map<Screen, Component | Promise<Component>>();

/**
 * The view for a screen: the component itself when it is in the first load or already fetched
 * (so it renders at once), else a promise of it. A failed fetch is forgotten, so the next
 * attempt fetches again.
 */
export function viewFor(screen: Screen): Component | Promise<Component> {
  const view = VIEWS[screen];
  if (typeof view === 'function') return view;
  let found = loaded.get(screen);
  if (!found) {
    found = view.load().then(
      (module) => {
        loaded.set(screen, module.default);
        return module.default;
      },
      (error: unknown) => {
        loaded.delete(screen);
        throw error;
      },
    );
    loaded.set(screen, found);
  }
  return found;
}

/** Fetches every view not fetched yet; never rejects (a view that fails is fetched again when needed). */
export async function preloadViews(): Promise<void> {
  const screens = Object.keys(VIEWS) as Screen[];
  await Promise.all(screens.map((screen) => Promise.resolve(viewFor(screen)).catch(() => undefined)));
}

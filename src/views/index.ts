/** One view per screen; a screen without a view is a type error. */
import type { Component } from 'svelte';
import type { Screen } from '../auth/views';
import SignIn from './SignIn.svelte';
import SignUp from './SignUp.svelte';
import ConfirmSignUp from './ConfirmSignUp.svelte';
import TotpSetup from './TotpSetup.svelte';
import TotpChallenge from './TotpChallenge.svelte';
import SmsChallenge from './SmsChallenge.svelte';
import SelectMfaType from './SelectMfaType.svelte';
import SignedIn from './SignedIn.svelte';

export const VIEWS: Record<Screen, Component> = {
  signIn: SignIn,
  signUp: SignUp,
  confirmSignUp: ConfirmSignUp,
  totpSetup: TotpSetup,
  totpChallenge: TotpChallenge,
  smsChallenge: SmsChallenge,
  selectMfaType: SelectMfaType,
  signedIn: SignedIn,
};

/** Everything a person can do, named by the screen they do it on. */
import type { MfaType } from './types';
import type { Field } from './problems';

export type AuthEvent =
  | { type: 'signIn.submit'; email: string; password: string }
  | { type: 'signIn.toSignUp'; email?: string }
  | { type: 'signUp.submit'; email: string; password: string }
  | { type: 'signUp.toSignIn'; email?: string }
  | { type: 'confirmSignUp.submit'; code: string }
  | { type: 'confirmSignUp.resend' }
  | { type: 'totpSetup.verify'; code: string; deviceName: string }
  | { type: 'totpSetup.retry' }
  | { type: 'totpChallenge.submit'; code: string }
  | { type: 'smsChallenge.submit'; code: string }
  | { type: 'selectMfaType.choose'; mfa: MfaType }
  | { type: 'signedIn.signOut' }
  /** Leave a confirmation or challenge screen for sign-in; the email stays. */
  | { type: 'back' }
  /** The person changed a field: its message no longer applies. */
  | { type: 'edit'; field: Field };

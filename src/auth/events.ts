/**
 * Everything a person can do, named by the screen they do it on. `email` is the identifier field
 * as typed: an email, a phone number or a username, as the pool signs people in (pool-shape.ts).
 */
import type { FirstFactor, MfaType, Tokens } from './types';
import type { Field } from './problems';

export type AuthEvent =
  | { type: 'signIn.submit'; email: string; password: string }
  | { type: 'signIn.toSignUp'; email?: string }
  | { type: 'signIn.toForgotPassword'; email?: string }
  /** Choice-based sign-in: go on with the identifier, to the ways offered, or straight to `factor` (PREFERRED_CHALLENGE). */
  | { type: 'signIn.continue'; email: string; factor?: FirstFactor }
  /** SELECT_CHALLENGE: the way picked, with the password when it is the password. */
  | { type: 'selectChallenge.choose'; factor: FirstFactor; password?: string }
  /** The passkey prompt again, after it was cancelled or failed. */
  | { type: 'passkey.retry' }
  /** Another way than the passkey: the choice of ways, from the identifier already given. */
  | { type: 'passkey.otherWay' }
  | { type: 'account.passkeys' }
  | { type: 'passkeys.add' }
  | { type: 'passkeys.delete'; id: string }
  | { type: 'passkeys.confirmDelete' }
  | { type: 'passkeys.cancelDelete' }
  | { type: 'passkeys.retry' }
  /** The offer after a password sign-in: add a passkey now (or again, after it failed), or not now. */
  | { type: 'passkeyOffer.add' }
  | { type: 'passkeyOffer.skip' }
  /** `attributes`: the sign-up attributes as typed, by Cognito's name (pool-shape.ts signUpFields). */
  | { type: 'signUp.submit'; email: string; password: string; attributes?: Record<string, string> }
  | { type: 'signUp.toSignIn'; email?: string }
  | { type: 'confirmSignUp.submit'; code: string }
  | { type: 'confirmSignUp.resend' }
  | { type: 'forgotPassword.submit'; email: string }
  | { type: 'resetPassword.submit'; code: string; password: string }
  | { type: 'resetPassword.resend' }
  | { type: 'newPassword.submit'; password: string; attributes: Record<string, string> }
  | { type: 'totpSetup.verify'; code: string; deviceName: string }
  | { type: 'totpSetup.retry' }
  | { type: 'totpChallenge.submit'; code: string }
  | { type: 'smsChallenge.submit'; code: string }
  | { type: 'emailChallenge.submit'; code: string }
  /** A new code, where the code is the way in (choice-based sign-in's EMAIL_OTP or SMS_OTP). */
  | { type: 'emailChallenge.resend' }
  | { type: 'smsChallenge.resend' }
  | { type: 'selectMfaType.choose'; mfa: MfaType }
  | { type: 'mfaSetupChoice.choose'; mfa: MfaType }
  | { type: 'signedIn.openAccount' }
  | { type: 'signedIn.signOut' }
  | { type: 'signedIn.signOutEverywhere' }
  /** From a signed-in screen's header: back to the site's own pages. */
  | { type: 'signedIn.home' }
  /** The site's code wants fresh tokens now (src/session): one refresh, or the one in flight. */
  | { type: 'session.refresh' }
  /** The person signed out in another tab of this site (src/session/tabs.ts). */
  | { type: 'session.signedOutElsewhere' }
  /** Another tab of this session refreshed with rotation: its tokens replace `replaces`, our refresh token. */
  | { type: 'session.tokensShared'; tokens: Tokens; replaces: string }
  | { type: 'account.setUpTotp' }
  | { type: 'account.turnOff'; mfa: MfaType }
  | { type: 'account.prefer'; mfa: MfaType }
  | { type: 'account.retry' }
  | { type: 'account.changePassword' }
  | { type: 'changePassword.submit'; currentPassword: string; newPassword: string }
  /** Leave the screen for the one before it (sign-in, or the account page); the email stays. */
  | { type: 'back' }
  /** The person changed a field: its message no longer applies. */
  | { type: 'edit'; field: Field }
  /** The browser says it is online again (the app listens to window 'online'; the machine never touches window). */
  | { type: 'connection.online' };

/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_COGNITO_USER_POOL_ID?: string;
  readonly VITE_COGNITO_CLIENT_ID?: string;
  readonly VITE_COGNITO_REGION?: string;
  readonly VITE_COGNITO_ENDPOINT?: string;
  /** The name authenticator apps show next to the account (default: the page's title). */
  readonly VITE_TOTP_ISSUER?: string;
  /** The page's title in the browser's tab (default: Sign-in). */
  readonly VITE_PAGE_TITLE?: string;
  /** Whom a locked-out person should contact (an email, a phone number or a web address). */
  readonly VITE_SUPPORT_CONTACT?: string;
  /** Minutes a challenge session lasts: the app client's AuthSessionValidity (3 to 15, default 3). */
  readonly VITE_COGNITO_SESSION_MINUTES?: string;
  /** `true` when the user pool requires MFA (MfaConfiguration ON); see README. */
  readonly VITE_COGNITO_MFA_REQUIRED?: string;
  readonly VITE_COGNITO_FIRST_FACTORS?: string;
  /** `sessionStorage` keeps the tokens across reloads of the tab (off by default; see README). */
  readonly VITE_KEEP_SESSION?: string;
  /** The user pool's password policy, e.g. `min=12,upper,lower,number,symbol` (default: Cognito's). */
  readonly VITE_PASSWORD_POLICY?: string;
  /** What people sign in with: `email` (default), `phone`, `username`, comma-separated (src/config.ts). */
  readonly VITE_COGNITO_SIGN_IN_WITH?: string;
  /** The attributes sign-up asks for, e.g. `name,birthdate,custom:team?=Team` (src/config.ts). */
  readonly VITE_COGNITO_SIGN_UP_ATTRIBUTES?: string;
  /** `true` where only administrators create users (AllowAdminCreateUserOnly): no sign-up. */
  readonly VITE_COGNITO_ADMIN_CREATE_USER_ONLY?: string;
  /** The site's API (its origin, or a base path on it) that the example profile page calls; default: this page's origin. */
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_COGNITO_USER_POOL_ID?: string;
  readonly VITE_COGNITO_CLIENT_ID?: string;
  readonly VITE_COGNITO_REGION?: string;
  readonly VITE_COGNITO_ENDPOINT?: string;
  /** The name authenticator apps show next to the account. */
  readonly VITE_TOTP_ISSUER?: string;
  /** Minutes a challenge session lasts: the app client's AuthSessionValidity (3 to 15, default 3). */
  readonly VITE_COGNITO_SESSION_MINUTES?: string;
  /** `true` when the user pool requires MFA (MfaConfiguration ON); see README. */
  readonly VITE_COGNITO_MFA_REQUIRED?: string;
  readonly VITE_COGNITO_FIRST_FACTORS?: string;
  /** `sessionStorage` keeps the tokens across reloads of the tab (off by default; see README). */
  readonly VITE_KEEP_SESSION?: string;
  /** The user pool's password policy, e.g. `min=12,upper,lower,number,symbol` (default: Cognito's). */
  readonly VITE_PASSWORD_POLICY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

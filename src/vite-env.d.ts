/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_COGNITO_USER_POOL_ID?: string;
  readonly VITE_COGNITO_CLIENT_ID?: string;
  readonly VITE_COGNITO_REGION?: string;
  readonly VITE_COGNITO_ENDPOINT?: string;
  /** The name authenticator apps show next to the account. */
  readonly VITE_TOTP_ISSUER?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/**
 * The pool's settings, read by the app (main.ts) and by the page prerendered at build time
 * (prerender.ts), so that both show the same sign-in form. Each variable is named on its own so
 * that Vite writes just these into the bundle. Never hand over `import.meta.env` as a whole: every
 * VITE_ variable of the build's environment (a CI secret, any line of a .env file) would then
 * ship to every visitor.
 */
import type { ConfigEnv } from '../config';

export const POOL_ENV: ConfigEnv = {
  VITE_COGNITO_USER_POOL_ID: import.meta.env.VITE_COGNITO_USER_POOL_ID,
  VITE_COGNITO_CLIENT_ID: import.meta.env.VITE_COGNITO_CLIENT_ID,
  VITE_COGNITO_REGION: import.meta.env.VITE_COGNITO_REGION,
  VITE_COGNITO_ENDPOINT: import.meta.env.VITE_COGNITO_ENDPOINT,
  VITE_COGNITO_SESSION_MINUTES: import.meta.env.VITE_COGNITO_SESSION_MINUTES,
  VITE_PASSWORD_POLICY: import.meta.env.VITE_PASSWORD_POLICY,
  VITE_COGNITO_MFA_REQUIRED: import.meta.env.VITE_COGNITO_MFA_REQUIRED,
  VITE_COGNITO_SIGN_IN_WITH: import.meta.env.VITE_COGNITO_SIGN_IN_WITH,
  VITE_COGNITO_SIGN_UP_ATTRIBUTES: import.meta.env.VITE_COGNITO_SIGN_UP_ATTRIBUTES,
  VITE_COGNITO_ADMIN_CREATE_USER_ONLY: import.meta.env.VITE_COGNITO_ADMIN_CREATE_USER_ONLY,
  VITE_COGNITO_FIRST_FACTORS: import.meta.env.VITE_COGNITO_FIRST_FACTORS,
};
/** Query strings on which the page shows something else than the sign-in form (main.ts routes them). */
export const ELSEWHERE = {
  simulated: '[?&](gallery(?:[=&]|$)|preview=|doctor(?:[=&]|$)|scenario=)',
  real: '[?&]doctor(?:[=&]|$)',
};

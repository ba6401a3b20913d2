/**
 * The English the first screen reads (the sign-in form and the page around it): in the first
 * load. The rest of English (en.ts) is fetched as boot starts, with the statechart, and nothing
 * past the first screen is shown before it is here (src/main.ts). tests/unit/first-words.test.ts
 * renders the first screen with these words alone.
 */
export const enFirst = {
  lang: 'en',
  languageName: 'English',
  languagePicker: 'Language',
  appName: 'Sign-in',
  simulatedBanner: 'Simulated user pool: nothing leaves this browser, and codes appear in the dev inbox.',
  busy: 'Please wait…',
  retry: 'Try again',
  back: 'Back to sign in',
  backToAccount: 'Back to your account',
  backToHome: 'Back',
  /** The page could not fetch what it needs next (the views, the rest of its words). */
  offline: 'We couldn’t reach the sign-in service. Check your connection and try again; what you typed is kept.',
  fields: {
    email: 'Email',
    password: 'Password',
    newPassword: 'New password',
    code: 'Verification code',
    codeHint: '6 digits',
    currentPassword: 'Current password',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    /** The identifier field, by what the pool signs people in with (pool-shape.ts). */
    identifier: {
      email: 'Email',
      phone: 'Phone number',
      username: 'Username',
      emailOrPhone: 'Email or phone number',
      usernameOrEmail: 'Username or email',
      usernameOrPhone: 'Username or phone number',
      usernameEmailOrPhone: 'Username, email or phone number',
      /** A pool of usernames with preferred_username as an alias (VITE_COGNITO_SIGN_IN_WITH). */
      usernameOrPreferred: 'Username or preferred username',
      usernamePreferredOrEmail: 'Username, preferred username or email',
      usernamePreferredOrPhone: 'Username, preferred username or phone number',
      usernamePreferredEmailOrPhone: 'Username, preferred username, email or phone number',
    },
    phoneHint: 'Start with + and the country code, e.g. +44 7700 900123',
  },
  signIn: {
    heading: 'Sign in',
    submit: 'Sign in',
    noAccount: 'New here?',
    toSignUp: 'Create an account',
    forgot: 'Forgot your password?',
    continue: 'Continue',
    withPasskey: 'Sign in with a passkey',
  },
};

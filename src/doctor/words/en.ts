/**
 * The doctor's words in English, the reference every other language's module (./<code>.ts,
 * loaded by ./index.ts) must match: a missing sentence is a type error. Setting names, error
 * types and commands stay exactly as AWS writes them.
 */
import type { FindingId, Readings, Status } from '../findings';

export interface WordParams {
  userPoolId: string;
  clientId: string;
  region: string;
  endpoint: string;
  origin: string;
}
type Say = (p: WordParams) => string;

export interface DoctorWords {
  title: string;
  intro: string;
  harmless: string;
  running: string;
  runAgain: string;
  language: string;
  status: Record<Status, string>;
  findings: { [K in FindingId]: { title: string } & Record<Readings[K], Say> };
  fixes: {
    resetsDefaults: (describe: string) => string;
    newClient: string;
    check: string;
    header: string;
  };
  copy: string;
  copied: string;
  copyFailed: string;
  answers: {
    heading: string;
    signIn: string;
    refresh: string;
    accepted: string;
    noAnswer: string;
    notCognito: (status: number) => string;
  };
}

export const words: DoctorWords = {
  title: 'Pool doctor',
  intro: 'This page checks how this site’s Cognito user pool and app client are set up, from what Cognito answers to a browser.',
  harmless:
    'It sends two requests that Cognito refuses: a sign-in for a user name that cannot exist, and a token refresh with a token that is not one. No account is created, nothing is sent to anyone, and no admin API is used.',
  running: 'Asking Cognito…',
  runAgain: 'Check again',
  language: 'Language',
  status: { pass: 'Pass', problem: 'Problem', unknown: 'Cannot tell' },
  findings: {
    endpoint: {
      title: 'Cognito endpoint reachable',
      answered: (p) => `Cognito answered from ${p.endpoint}, and the browser let the page read the answer (CORS).`,
      notCognito: (p) => `Something that is not Cognito answered at ${p.endpoint}: a proxy, a captive portal or a wrong VITE_COGNITO_ENDPOINT.`,
      noAnswer: (p) =>
        `No answer from ${p.endpoint}: this computer is offline, the host is wrong, or the endpoint does not allow this origin (CORS). Cognito itself allows every origin; an emulator may not.`,
      blockedByCsp: (p) => `The browser did not send the requests: this page’s Content-Security-Policy does not allow ${p.endpoint} (see below).`,
    },
    csp: {
      title: 'Content-Security-Policy allows the endpoint',
      allows: (p) => `connect-src allows ${p.endpoint}.`,
      blocks: (p) => `connect-src (or default-src) does not allow ${p.endpoint}: every sign-in will fail. Send this header:`,
      violated: (p) => `The browser blocked a request to ${p.endpoint} under this page’s policy: every sign-in will fail. Send this header:`,
      none: () => 'The page is served without a Content-Security-Policy. It works, but without the protection it gives against injected scripts. Send this header:',
      unread: () => 'The page could not read the policy it is served with. Check that it sends this header:',
    },
    client: {
      title: 'App client exists',
      found: (p) => `Cognito knows the app client ${p.clientId} in ${p.region}.`,
      notFound: (p) =>
        `Cognito answered that the app client ${p.clientId} does not exist in ${p.region}: the client id or the pool’s region is wrong. Find the client, or create one, then set VITE_COGNITO_CLIENT_ID and build again:`,
      unknown: () => 'Cognito’s answers did not say.',
    },
    pool: {
      title: 'App client belongs to the user pool',
      notProbed: (p) =>
        `The pool id ${p.userPoolId} gives the region (${p.region}). A browser cannot check that the client belongs to this pool: sign-in requests name only the client. Check with:`,
    },
    secret: {
      title: 'App client has no secret',
      none: () => 'The client took a sign-in without a secret hash.',
      hasSecret: (p) =>
        `The app client ${p.clientId} has a client secret, which a browser app cannot keep. A secret cannot be removed from a client: create a client without one, then set VITE_COGNITO_CLIENT_ID to the id it prints and build again:`,
      unknown: () => 'Cognito’s answers did not say.',
    },
    passwordAuth: {
      title: 'Password sign-in allowed (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'The client allows USER_PASSWORD_AUTH.',
      off: () => 'The client does not allow USER_PASSWORD_AUTH: nobody can sign in. Turn it on:',
      behindSecret: () => 'Cognito stopped at the client secret before saying.',
      unknown: () => 'Cognito’s answers did not say.',
    },
    refresh: {
      title: 'Token refresh allowed (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'The client allows REFRESH_TOKEN_AUTH, which this page uses to keep people signed in.',
      off: () =>
        'The client refuses REFRESH_TOKEN_AUTH (it is off, or refresh-token rotation is on, which this page does not use): people are signed out when their tokens expire, after an hour by default. Turn it on:',
      behindSecret: () => 'Cognito stopped at the client secret before saying.',
      unknown: () => 'Cognito’s answers did not say.',
    },
    userExistence: {
      title: 'User-existence protection (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: an unknown email gets “Incorrect username or password.” (NotAuthorizedException), like a wrong password, and a reset code is said to be on its way. Nobody can learn from this page who has an account.',
      enabledByTrigger: () =>
        'ENABLED: Cognito ran the pre authentication trigger for a user that does not exist, which it does only with this protection on.',
      legacy: () =>
        'LEGACY: Cognito answers an unknown email with UserNotFoundException, so anyone can find out which emails have accounts. This page still shows a wrong email or password at sign-in, but its reset and confirmation screens say “We found no account with this email”. To hide it:',
      unknown: () => 'Cognito’s answers did not say.',
    },
    trigger: {
      title: 'Lambda triggers',
      refused: () =>
        'A Lambda trigger refused or failed the sign-in of a user that does not exist (its answer is below). With PreventUserExistenceErrors ENABLED the pre authentication trigger also runs for unknown users, with userNotFound set to true; a trigger that returns the event unchanged for them lets Cognito answer “Incorrect username or password.” as usual. The fix is in the trigger’s code.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client sets every setting it is not given back to its default (token lifetimes, attributes, OAuth settings and more). Read the client’s current settings first with ${describe}, and add any you rely on.`,
    newClient: 'The new client gets the settings this page needs.',
    check: 'Shows the client’s settings; it changes nothing.',
    header: 'Send it from the host (README, “Content-Security-Policy”), with the pool’s endpoint in connect-src.',
  },
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed: select the text instead',
  answers: {
    heading: 'What Cognito answered',
    signIn: 'Sign-in of a user that cannot exist (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'Refresh with a token that is not one (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'Accepted',
    noAnswer: 'No answer',
    notCognito: (status) => `HTTP ${status}, not Cognito’s JSON`,
  },
};

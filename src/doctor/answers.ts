/**
 * What the doctor's probes bring back, in plain terms: the adapter (src/cognito/probe.ts) fills
 * these in from the SDK; the findings (findings.ts) read them. Nothing here knows the SDK.
 */

/** How one request ended. Only Cognito's own words are kept: never a token, never anything typed. */
export type ProbeAnswer =
  /** Cognito accepted the request (no probe expects this; an emulator might). */
  | { kind: 'accepted' }
  /** Cognito (or something speaking its JSON) refused it: the error type (`__type`), its message, the HTTP status. */
  | { kind: 'refused'; type: string; message: string; status?: number }
  /** An HTTP answer whose body is not JSON: a captive portal's page, a proxy's, a wrong endpoint. */
  | { kind: 'notCognito'; status: number }
  /** No HTTP answer at all: offline, a wrong host, CORS refused, CSP blocked, or a timeout. */
  | { kind: 'noAnswer' };

/** The two public-client requests the doctor sends (src/cognito/probe.ts says why each is harmless). */
export interface ProbeAnswers {
  /** InitiateAuth USER_PASSWORD_AUTH for a user name that cannot exist, with a random password. */
  signIn: ProbeAnswer;
  /** InitiateAuth REFRESH_TOKEN_AUTH with a refresh token that is not one. */
  refresh: ProbeAnswer;
}

/** The page's own Content-Security-Policy, as far as the page can read it. */
export interface PagePolicy {
  /** Every policy the page runs under (meta tags and the response header); undefined when it could not be read. */
  policies: string[] | undefined;
  /** The browser reported a connect-src violation for the Cognito endpoint while the probes ran. */
  violated: boolean;
}

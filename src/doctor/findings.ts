/**
 * What the doctor concludes from the probes' answers (answers.ts) and the page's policy: one
 * finding per question, each a pass, a problem or "cannot tell", with the command that fixes a
 * problem. Plain TypeScript: no SDK, no DOM, so every reading is unit-tested over scripted answers.
 *
 * What a public client can learn, and what it cannot:
 * - InitiateAuth names only the app client (ClientId), never the pool: whether the client belongs
 *   to VITE_COGNITO_USER_POOL_ID cannot be probed (the pool id only gives the region). Settings
 *   only the admin API reads (DescribeUserPoolClient: token validity, read/write attributes,
 *   token revocation; DescribeUserPool: the password policy, MFA) cannot be probed either.
 * - Cognito checks the client before the user: an unknown ClientId answers ResourceNotFoundException
 *   "User pool client {id} does not exist." (reference §7; aws/aws-sdk-php#2183); a client with a
 *   secret and no SECRET_HASH, NotAuthorizedException "Client {id} is configured for secret but
 *   secret was not received" (furaiev/amazon-cognito-identity-dart-2#164); a flow the client does
 *   not allow, InvalidParameterException "USER_PASSWORD_AUTH flow not enabled for this client"
 *   (reference §7; re:Post knowledge center, cognito-migration-lambda-trigger-errors). Which of
 *   the last two comes first when both apply is not documented, so the one not reported is
 *   "cannot tell".
 * - Only past those checks does Cognito look for the user. For a user that does not exist it
 *   answers UserNotFoundException "User does not exist." where PreventUserExistenceErrors is LEGACY
 *   and NotAuthorizedException "Incorrect username or password." where it is ENABLED (API
 *   reference, UserPoolClientType.PreventUserExistenceErrors; Developer Guide, "Managing user
 *   existence error responses"). An answer about the user therefore also means: the client
 *   exists, has no secret and allows USER_PASSWORD_AUTH (inferred from that order).
 * - The pre authentication Lambda trigger "doesn't activate when a user doesn't exist unless the
 *   PreventUserExistenceErrors setting ... is set to ENABLED" (Developer Guide, "Pre authentication
 *   Lambda trigger"; it then gets userNotFound = true): a trigger's answer to the probe means ENABLED.
 * - REFRESH_TOKEN_AUTH with a token that is not one answers NotAuthorizedException "Invalid
 *   Refresh Token." (aws/aws-sdk-cpp#1789) once the flow is allowed. A client with refresh-token
 *   rotation refuses REFRESH_TOKEN_AUTH ("Refresh token rotation isn't compatible with the
 *   authentication flow REFRESH_TOKEN_AUTH", quoted in aws-amplify/amplify-android#3113); this
 *   page refreshes with REFRESH_TOKEN_AUTH (src/cognito/sdk-client.ts).
 */
import type { PagePolicy, ProbeAnswer, ProbeAnswers } from './answers';
import { allAllowConnect } from './csp';

export type Status = 'pass' | 'problem' | 'unknown';

/** What each finding can say: the words for each are in words.ts. */
export interface Readings {
  endpoint: 'answered' | 'notCognito' | 'noAnswer' | 'blockedByCsp';
  csp: 'allows' | 'blocks' | 'violated' | 'none' | 'unread';
  client: 'found' | 'notFound' | 'unknown';
  pool: 'notProbed';
  secret: 'none' | 'hasSecret' | 'unknown';
  passwordAuth: 'allowed' | 'off' | 'behindSecret' | 'unknown';
  refresh: 'allowed' | 'off' | 'behindSecret' | 'unknown';
  userExistence: 'enabled' | 'enabledByTrigger' | 'legacy' | 'unknown';
  trigger: 'refused';
}
export type FindingId = keyof Readings;

export type Fix =
  /**
   * An AWS CLI command, and what to know before running it: `resetsDefaults`, update-user-pool-client
   * sets what it is not given to its default (read the settings first with `describe`); `newClient`,
   * it creates a client; `check`, it only reads.
   */
  | { kind: 'cli'; command: string; note: 'resetsDefaults' | 'newClient' | 'check'; describe?: string }
  /** The Content-Security-Policy header to send. */
  | { kind: 'header'; text: string };

export type Finding = { [K in FindingId]: { id: K; status: Status; reading: Readings[K]; fixes: Fix[] } }[FindingId];

export interface DoctorPool {
  userPoolId: string;
  clientId: string;
  region: string;
  /** The URL requests go to (endpointOf). */
  endpoint: string;
  /** VITE_COGNITO_ENDPOINT, when set: the CLI is pointed at it too. */
  customEndpoint?: string;
  /** VITE_COGNITO_SESSION_MINUTES, when set. */
  sessionMinutes?: number;
}

export interface DoctorInput {
  pool: DoctorPool;
  answers: ProbeAnswers;
  page: PagePolicy & { origin: string };
}

/** How Cognito answered a request, as the findings need it. */
type Reading =
  | 'unknownClient'
  | 'secret'
  | 'flowOff'
  | 'userNotFound'
  | 'incorrectCredentials'
  | 'trigger'
  | 'invalidRefreshToken'
  | 'otherAnswer'
  | 'notCognito'
  | 'noAnswer';

export function readAnswer(answer: ProbeAnswer): Reading {
  if (answer.kind === 'notCognito' || answer.kind === 'noAnswer') return answer.kind;
  if (answer.kind === 'accepted') return 'otherAnswer';
  const { type, message } = answer;
  if (type === 'ResourceNotFoundException' && /client/i.test(message)) return 'unknownClient';
  if (type === 'NotAuthorizedException' && /secret/i.test(message)) return 'secret';
  if (type === 'InvalidParameterException' && /flow not enabled/i.test(message)) return 'flowOff';
  if (type === 'UserNotFoundException') return 'userNotFound';
  if (type === 'NotAuthorizedException' && /incorrect username or password/i.test(message)) return 'incorrectCredentials';
  if (type === 'NotAuthorizedException' && /invalid refresh token/i.test(message)) return 'invalidRefreshToken';
  // A trigger that refused (UserLambdaValidationException), failed (UnexpectedLambdaException) or
  // answered something Cognito cannot use (InvalidLambdaResponseException): API reference, InitiateAuth errors.
  if (/^(UserLambdaValidation|UnexpectedLambda|InvalidLambdaResponse)Exception$/.test(type)) return 'trigger';
  return 'otherAnswer';
}

/** Answers about the user: Cognito got past every check of the client to look the user up. */
const ABOUT_THE_USER: readonly Reading[] = ['userNotFound', 'incorrectCredentials', 'trigger'];

export function diagnose({ pool, answers, page }: DoctorInput): Finding[] {
  const signIn = readAnswer(answers.signIn);
  const refresh = readAnswer(answers.refresh);
  const both = [signIn, refresh];
  const aboutUser = ABOUT_THE_USER.includes(signIn);
  const commands = cliCommands(pool);

  const findings: Finding[] = [
    endpointFinding(both, page, pool),
    cspFinding(page, pool),
    both.includes('unknownClient')
      ? { id: 'client', status: 'problem', reading: 'notFound', fixes: [commands.listClients, commands.createClient] }
      : both.some((reading) => reading === 'secret' || reading === 'flowOff' || reading === 'invalidRefreshToken') || aboutUser
        ? { id: 'client', status: 'pass', reading: 'found', fixes: [] }
        : { id: 'client', status: 'unknown', reading: 'unknown', fixes: [] },
    { id: 'pool', status: 'unknown', reading: 'notProbed', fixes: [commands.describeClient] },
    both.includes('secret')
      ? { id: 'secret', status: 'problem', reading: 'hasSecret', fixes: [commands.createClient] }
      : aboutUser
        ? { id: 'secret', status: 'pass', reading: 'none', fixes: [] }
        : { id: 'secret', status: 'unknown', reading: 'unknown', fixes: [] },
    flowFinding('passwordAuth', signIn, aboutUser, commands.updateClient),
    flowFinding('refresh', refresh, refresh === 'invalidRefreshToken', commands.updateClient),
    existenceFinding(signIn, commands.updateClient),
  ];
  if (signIn === 'trigger') findings.push({ id: 'trigger', status: 'problem', reading: 'refused', fixes: [] });
  return findings;
}

function endpointFinding(readings: Reading[], page: DoctorInput['page'], pool: DoctorPool): Finding {
  if (readings.some((reading) => reading !== 'noAnswer' && reading !== 'notCognito')) {
    return { id: 'endpoint', status: 'pass', reading: 'answered', fixes: [] };
  }
  if (readings.includes('notCognito')) return { id: 'endpoint', status: 'problem', reading: 'notCognito', fixes: [] };
  // No answer, and the page's own policy forbids the endpoint: the browser never sent the request.
  if (page.violated || (page.policies && !allAllowConnect(page.policies, pool.endpoint, page.origin))) {
    return { id: 'endpoint', status: 'unknown', reading: 'blockedByCsp', fixes: [] };
  }
  return { id: 'endpoint', status: 'problem', reading: 'noAnswer', fixes: [] };
}

function cspFinding(page: DoctorInput['page'], pool: DoctorPool): Finding {
  const header: Fix = { kind: 'header', text: `Content-Security-Policy: ${recommendedPolicy(pool.endpoint)}` };
  if (page.violated) return { id: 'csp', status: 'problem', reading: 'violated', fixes: [header] };
  if (!page.policies) return { id: 'csp', status: 'unknown', reading: 'unread', fixes: [header] };
  // Without a policy the page works, but without the protection README's CSP section describes.
  if (page.policies.length === 0) return { id: 'csp', status: 'problem', reading: 'none', fixes: [header] };
  return allAllowConnect(page.policies, pool.endpoint, page.origin)
    ? { id: 'csp', status: 'pass', reading: 'allows', fixes: [] }
    : { id: 'csp', status: 'problem', reading: 'blocks', fixes: [header] };
}

function flowFinding(id: 'passwordAuth' | 'refresh', reading: Reading, allowed: boolean, update: Fix): Finding {
  if (reading === 'flowOff') return { id, status: 'problem', reading: 'off', fixes: [update] };
  if (allowed) return { id, status: 'pass', reading: 'allowed', fixes: [] };
  if (reading === 'secret') return { id, status: 'unknown', reading: 'behindSecret', fixes: [] };
  return { id, status: 'unknown', reading: 'unknown', fixes: [] };
}

function existenceFinding(signIn: Reading, update: Fix): Finding {
  switch (signIn) {
    case 'incorrectCredentials':
      return { id: 'userExistence', status: 'pass', reading: 'enabled', fixes: [] };
    case 'trigger':
      return { id: 'userExistence', status: 'pass', reading: 'enabledByTrigger', fixes: [] };
    case 'userNotFound':
      return { id: 'userExistence', status: 'problem', reading: 'legacy', fixes: [update] };
    default:
      return { id: 'userExistence', status: 'unknown', reading: 'unknown', fixes: [] };
  }
}

/**
 * The policy README's "Content-Security-Policy" section gives, with this build's endpoint (the
 * same as src/build/csp.ts writes into `_headers`; that module is build-time only).
 */
export function recommendedPolicy(endpoint: string): string {
  return `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ${new URL(endpoint).origin}; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; object-src 'none'`;
}

/** The app client this page needs, as CLI options: the README's create-user-pool-client. */
function clientOptions(pool: DoctorPool): string[] {
  return [
    '--explicit-auth-flows ALLOW_USER_PASSWORD_AUTH ALLOW_REFRESH_TOKEN_AUTH',
    '--prevent-user-existence-errors ENABLED',
    '--enable-token-revocation',
    ...(pool.sessionMinutes ? [`--auth-session-validity ${pool.sessionMinutes}`] : []),
  ];
}

/** Every command names the region, and the endpoint of an emulator. */
function target(pool: DoctorPool): string[] {
  return [`--region ${pool.region}`, ...(pool.customEndpoint ? [`--endpoint-url ${pool.customEndpoint}`] : [])];
}

const command = (...lines: string[]) => lines.join(' \\\n  ');

function cliCommands(pool: DoctorPool) {
  const ids = `--user-pool-id ${pool.userPoolId} --client-id ${pool.clientId}`;
  const describe = [`aws cognito-idp describe-user-pool-client ${ids}`, ...target(pool)];
  return {
    describeClient: { kind: 'cli', note: 'check', command: command(...describe) },
    listClients: { kind: 'cli', note: 'check', command: command(`aws cognito-idp list-user-pool-clients --user-pool-id ${pool.userPoolId}`, ...target(pool)) },
    // UpdateUserPoolClient: "If you don't provide a value for an attribute, Amazon Cognito sets it
    // to its default value" (API reference), so every setting this page needs is named.
    updateClient: {
      kind: 'cli',
      note: 'resetsDefaults',
      describe: describe.join(' '),
      command: command(`aws cognito-idp update-user-pool-client ${ids}`, ...clientOptions(pool), ...target(pool)),
    },
    // A client's secret stays: "You cannot delete the last remaining secret for an app client"
    // (API reference, DeleteUserPoolClientSecret). A client without one is a new client.
    createClient: {
      kind: 'cli',
      note: 'newClient',
      command: command(
        `aws cognito-idp create-user-pool-client --user-pool-id ${pool.userPoolId} --client-name sign-in-web --no-generate-secret`,
        ...clientOptions(pool),
        ...target(pool),
        '--query UserPoolClient.ClientId --output text',
      ),
    },
  } satisfies Record<string, Fix>;
}

/**
 * The doctor's findings over scripted answers: each of Cognito's refusals reads as the setting it
 * reveals, what it cannot reveal is "cannot tell", and each problem carries the command that
 * fixes it, with this pool's ids filled in.
 */
import { describe, expect, it } from 'vitest';
import type { PagePolicy, ProbeAnswer } from '../../src/doctor/answers';
import { diagnose, recommendedPolicy, type DoctorPool, type Finding, type FindingId, type Fix } from '../../src/doctor/findings';

const POOL: DoctorPool = {
  userPoolId: 'eu-west-1_AbCdEf123',
  clientId: '4example0client0id',
  region: 'eu-west-1',
  endpoint: 'https://cognito-idp.eu-west-1.amazonaws.com/',
};
const ORIGIN = 'https://sign-in.example';
const GOOD_POLICY = recommendedPolicy(POOL.endpoint);

const refused = (type: string, message: string): ProbeAnswer => ({ kind: 'refused', type, message, status: 400 });
const UNKNOWN_CLIENT = refused('ResourceNotFoundException', 'User pool client 4example0client0id does not exist.');
const SECRET = refused('NotAuthorizedException', 'Client 4example0client0id is configured for secret but secret was not received');
const PASSWORD_FLOW_OFF = refused('InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client');
const REFRESH_FLOW_OFF = refused('InvalidParameterException', 'REFRESH_TOKEN_AUTH flow not enabled for this client');
const LEGACY = refused('UserNotFoundException', 'User does not exist.');
const ENABLED = refused('NotAuthorizedException', 'Incorrect username or password.');
const REFRESH_OK = refused('NotAuthorizedException', 'Invalid Refresh Token.');

function run(signIn: ProbeAnswer, refresh: ProbeAnswer, page: Partial<PagePolicy> = {}, pool: Partial<DoctorPool> = {}) {
  const findings = diagnose({
    pool: { ...POOL, ...pool },
    answers: { signIn, refresh },
    page: { policies: [GOOD_POLICY], violated: false, origin: ORIGIN, ...page },
  });
  const byId = (id: FindingId) => findings.find((finding) => finding.id === id)!;
  return { findings, byId };
}
const summary = (finding: Finding) => `${finding.status} ${finding.reading}`;
const commands = (finding: Finding) => finding.fixes.map((fix: Fix) => (fix.kind === 'cli' ? fix.command : fix.text));

describe('a client set up as this page needs it', () => {
  const { byId, findings } = run(ENABLED, REFRESH_OK);

  it('passes everything a public client can see, and names what it cannot', () => {
    expect(Object.fromEntries(findings.map((f) => [f.id, summary(f)]))).toEqual({
      endpoint: 'pass answered',
      csp: 'pass allows',
      client: 'pass found',
      pool: 'unknown notProbed',
      secret: 'pass none',
      passwordAuth: 'pass allowed',
      refresh: 'pass allowed',
      userExistence: 'pass enabled',
    });
    expect(findings.flatMap((f) => (f.status === 'pass' ? f.fixes : []))).toEqual([]);
  });

  it("offers a read-only command for the pool, which sign-in requests never name", () => {
    expect(byId('pool').fixes).toEqual([
      {
        kind: 'cli',
        note: 'check',
        command: 'aws cognito-idp describe-user-pool-client --user-pool-id eu-west-1_AbCdEf123 --client-id 4example0client0id \\\n  --region eu-west-1',
      },
    ]);
  });
});

describe('the app client', () => {
  it('unknown in the region: a problem, with how to find it and how to create one', () => {
    const { byId } = run(UNKNOWN_CLIENT, UNKNOWN_CLIENT);
    expect(summary(byId('client'))).toBe('problem notFound');
    const [list, create] = commands(byId('client'));
    expect(list).toBe('aws cognito-idp list-user-pool-clients --user-pool-id eu-west-1_AbCdEf123 \\\n  --region eu-west-1');
    expect(create).toContain('create-user-pool-client --user-pool-id eu-west-1_AbCdEf123 --client-name sign-in-web --no-generate-secret');
    for (const id of ['secret', 'passwordAuth', 'refresh', 'userExistence'] as const) expect(byId(id).status).toBe('unknown');
  });

  it('with a secret: a problem whose fix is a new client without one (a secret cannot be removed)', () => {
    const { byId } = run(SECRET, REFRESH_OK);
    expect(summary(byId('secret'))).toBe('problem hasSecret');
    expect(byId('secret').fixes).toEqual([
      {
        kind: 'cli',
        note: 'newClient',
        command: [
          'aws cognito-idp create-user-pool-client --user-pool-id eu-west-1_AbCdEf123 --client-name sign-in-web --no-generate-secret',
          '--explicit-auth-flows ALLOW_USER_PASSWORD_AUTH ALLOW_REFRESH_TOKEN_AUTH',
          '--prevent-user-existence-errors ENABLED',
          '--enable-token-revocation',
          '--region eu-west-1',
          '--query UserPoolClient.ClientId --output text',
        ].join(' \\\n  '),
      },
    ]);
    // Cognito stopped at the secret: whether it would have refused the flow is not known.
    expect(summary(byId('passwordAuth'))).toBe('unknown behindSecret');
    expect(summary(byId('userExistence'))).toBe('unknown unknown');
    expect(summary(byId('client'))).toBe('pass found');
  });

  it('with a secret seen only by the refresh: still a problem', () => {
    expect(summary(run(PASSWORD_FLOW_OFF, SECRET).byId('secret'))).toBe('problem hasSecret');
  });
});

describe('the authentication flows', () => {
  it('USER_PASSWORD_AUTH off: a problem, fixed by update-user-pool-client naming every setting this page needs', () => {
    const { byId } = run(PASSWORD_FLOW_OFF, REFRESH_OK, {}, { sessionMinutes: 10 });
    expect(summary(byId('passwordAuth'))).toBe('problem off');
    expect(byId('passwordAuth').fixes).toEqual([
      {
        kind: 'cli',
        note: 'resetsDefaults',
        describe: 'aws cognito-idp describe-user-pool-client --user-pool-id eu-west-1_AbCdEf123 --client-id 4example0client0id --region eu-west-1',
        command: [
          'aws cognito-idp update-user-pool-client --user-pool-id eu-west-1_AbCdEf123 --client-id 4example0client0id',
          '--explicit-auth-flows ALLOW_USER_PASSWORD_AUTH ALLOW_REFRESH_TOKEN_AUTH',
          '--prevent-user-existence-errors ENABLED',
          '--enable-token-revocation',
          '--auth-session-validity 10',
          '--region eu-west-1',
        ].join(' \\\n  '),
      },
    ]);
    expect(summary(byId('secret'))).toBe('unknown unknown');
    expect(summary(byId('refresh'))).toBe('pass allowed');
  });

  it('REFRESH_TOKEN_AUTH refused: a problem with the same command', () => {
    const { byId } = run(ENABLED, REFRESH_FLOW_OFF);
    expect(summary(byId('refresh'))).toBe('problem off');
    expect(commands(byId('refresh'))[0]).toContain('update-user-pool-client');
  });

  it('an answer that says nothing of the flow: cannot tell', () => {
    const busy = refused('TooManyRequestsException', 'Rate exceeded');
    const { byId } = run(busy, busy);
    for (const id of ['client', 'secret', 'passwordAuth', 'refresh', 'userExistence'] as const) expect(byId(id).status).toBe('unknown');
    expect(summary(byId('endpoint'))).toBe('pass answered');
  });
});

describe('user-existence protection', () => {
  it('LEGACY (UserNotFoundException): a problem, with the command that turns it on', () => {
    const { byId } = run(LEGACY, REFRESH_OK);
    expect(summary(byId('userExistence'))).toBe('problem legacy');
    expect(commands(byId('userExistence'))[0]).toContain('--prevent-user-existence-errors ENABLED');
    expect(summary(byId('passwordAuth'))).toBe('pass allowed');
    expect(summary(byId('secret'))).toBe('pass none');
  });

  it('a trigger answering for an unknown user: protection is on, and the trigger is the problem', () => {
    const { byId, findings } = run(refused('UserLambdaValidationException', 'PreAuthentication failed with error No such user.'), REFRESH_OK);
    expect(summary(byId('userExistence'))).toBe('pass enabledByTrigger');
    expect(summary(byId('trigger'))).toBe('problem refused');
    expect(findings.map((f) => f.id)).toContain('trigger');
    expect(run(ENABLED, REFRESH_OK).findings.map((f) => f.id)).not.toContain('trigger');
  });
});

describe('the endpoint and the page’s Content-Security-Policy', () => {
  const NONE: ProbeAnswer = { kind: 'noAnswer' };

  it('no answer, policy fine: the endpoint is the problem (offline, wrong host or CORS)', () => {
    const { byId } = run(NONE, NONE);
    expect(summary(byId('endpoint'))).toBe('problem noAnswer');
    expect(summary(byId('csp'))).toBe('pass allows');
  });

  it("no answer, and the page's policy leaves the endpoint out: the policy is the problem, with the header to send", () => {
    const { byId } = run(NONE, NONE, { policies: ["default-src 'self'"] });
    expect(summary(byId('endpoint'))).toBe('unknown blockedByCsp');
    expect(summary(byId('csp'))).toBe('problem blocks');
    expect(commands(byId('csp'))).toEqual([`Content-Security-Policy: ${GOOD_POLICY}`]);
    expect(GOOD_POLICY).toContain("connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com;");
  });

  it('a violation the browser reported counts even when the policy could not be read', () => {
    const { byId } = run(NONE, NONE, { policies: undefined, violated: true });
    expect(summary(byId('csp'))).toBe('problem violated');
    expect(summary(byId('endpoint'))).toBe('unknown blockedByCsp');
  });

  it('no policy at all: a problem (the page works, unprotected); an unreadable one: cannot tell', () => {
    expect(summary(run(ENABLED, REFRESH_OK, { policies: [] }).byId('csp'))).toBe('problem none');
    expect(summary(run(ENABLED, REFRESH_OK, { policies: undefined }).byId('csp'))).toBe('unknown unread');
  });

  it("an answer that is not Cognito's JSON: the endpoint is the problem", () => {
    const portal: ProbeAnswer = { kind: 'notCognito', status: 200 };
    expect(summary(run(portal, portal).byId('endpoint'))).toBe('problem notCognito');
  });

  it("an emulator's endpoint: its origin in the header, and --endpoint-url in every command", () => {
    const { byId } = run(NONE, NONE, { policies: ["connect-src 'self'"] }, { endpoint: 'http://localhost:9229/', customEndpoint: 'http://localhost:9229/' });
    expect(commands(byId('csp'))[0]).toContain("connect-src 'self' http://localhost:9229;");
    expect(commands(byId('pool'))[0]).toContain('--endpoint-url http://localhost:9229/');
  });
});

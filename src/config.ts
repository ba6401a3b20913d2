/**
 * Where the app sends its Cognito requests, read once at build time from VITE_ variables.
 *
 * - No VITE_COGNITO_* variable set: the embedded default, a simulated user pool that runs
 *   inside the browser (src/simulated), which names its own pool (src/simulated/pool-ids.ts).
 * - VITE_COGNITO_USER_POOL_ID and VITE_COGNITO_CLIENT_ID set: a real user pool.
 * - Anything in between: a list of problems, each saying how to fix it.
 *
 * VITE_PASSWORD_POLICY states the pool's password policy, which a public client cannot read
 * (PasswordPolicyType is only in the admin API's DescribeUserPool), so the checklist under a new
 * password matches the pool from the first keystroke. Without it: Cognito's default policy.
 */
import type { PasswordPolicy } from './auth/validate';
import type { PoolShape } from './auth/pool-shape';
import type { FirstFactor } from './auth/types';

export interface PoolConfig {
  userPoolId: string;
  clientId: string;
  region: string;
  /** Base URL of a Cognito-compatible endpoint (a local emulator); undefined for AWS itself. */
  endpoint?: string;
  /** The app client's AuthSessionValidity: how long a challenge session lasts (3 to 15 minutes). */
  sessionTtlMs?: number;
  /**
   * The pool requires MFA (MfaConfiguration ON). A public client cannot read it, so the operator
   * says so; the account page then never offers to turn off a person's only second step.
   */
  mfaRequired?: boolean;
}

/** Settings of the page rather than of the pool's address, for either kind of pool. */
interface PageSettings {
  passwordPolicy?: PasswordPolicy;
  /** What the pool signs people up and in with (config-shape.ts); absent: email as the username. */
  poolShape?: PoolShape;
  /** VITE_COGNITO_FIRST_FACTORS: choice-based sign-in (USER_AUTH) with these ways in; absent: the password sign-in. */
  firstFactors?: FirstFactor[];
}

export type AppConfig =
  /** The embedded default: the simulated pool (src/simulated) names its own pool and client. */
  | ({ kind: 'simulated' } & PageSettings)
  | ({ kind: 'real'; pool: PoolConfig } & PageSettings)
  | { kind: 'invalid'; problems: ConfigProblem[] };

export type ConfigProblem =
  | { code: 'missingClientId' }
  | { code: 'missingPoolId' }
  | { code: 'badPoolId'; value: string }
  | { code: 'badClientId'; value: string }
  | { code: 'badRegion'; value: string }
  | { code: 'regionMismatch'; region: string; poolRegion: string }
  | { code: 'badEndpoint'; value: string }
  | { code: 'badSessionMinutes'; value: string }
  | { code: 'badPasswordPolicy'; value: string }
  | { code: 'badMfaRequired'; value: string }
  | { code: 'badSignInWith'; value: string }
  | { code: 'badSignUpAttributes'; value: string }
  | { code: 'preferredUsernameWithoutUsername'; value: string }
  | { code: 'preferredUsernameAtSignUp'; value: string }
  | { code: 'badAdminCreateUserOnly'; value: string }
  | { code: 'badFirstFactors'; value: string };

export interface ConfigEnv {
  VITE_COGNITO_USER_POOL_ID?: string;
  VITE_COGNITO_CLIENT_ID?: string;
  VITE_COGNITO_REGION?: string;
  VITE_COGNITO_ENDPOINT?: string;
  VITE_COGNITO_SESSION_MINUTES?: string;
  VITE_PASSWORD_POLICY?: string;
  VITE_COGNITO_MFA_REQUIRED?: string;
  VITE_COGNITO_SIGN_IN_WITH?: string;
  VITE_COGNITO_SIGN_UP_ATTRIBUTES?: string;
  VITE_COGNITO_ADMIN_CREATE_USER_ONLY?: string;
  VITE_COGNITO_FIRST_FACTORS?: string;
}

/** AWS pool ids start with their region; a local emulator's may not (`local_abc123`). */
const POOL_ID = /^([\w-]+)_[0-9a-zA-Z]+$/;
const CLIENT_ID = /^[\w+]{1,128}$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;

/**
 * `min=12,upper,lower,number,symbol`: the minimum length (6 to 99, the range of the pool's
 * MinimumLength; 8 when left out, Cognito's default) and the character classes the pool requires,
 * each named once; a class not named is not required. Undefined when the text is not such a list.
 */
export function readPasswordPolicy(text: string): PasswordPolicy | undefined {
  const policy: PasswordPolicy = { minLength: 8, requireUppercase: false, requireLowercase: false, requireNumbers: false, requireSymbols: false };
  const FLAGS = { upper: 'requireUppercase', lower: 'requireLowercase', number: 'requireNumbers', symbol: 'requireSymbols' } as const;
  const seen = new Set<string>();
  for (const item of text.split(',').map((part) => part.trim().toLowerCase())) {
    const key = item.startsWith('min=') ? 'min' : item;
    if (seen.has(key)) return undefined;
    seen.add(key);
    if (key === 'min') {
      const length = Number(item.slice(4));
      if (!/^\d+$/.test(item.slice(4)) || length < 6 || length > 99) return undefined;
      policy.minLength = length;
    } else if (Object.hasOwn(FLAGS, key)) {
      policy[FLAGS[key as keyof typeof FLAGS]] = true;
    } else {
      return undefined;
    }
  }
  return policy;
}

/** What config-shape.ts reads: the pool's shape, or the problems in its variables. */
export type ShapeReader = (env: ConfigEnv) => { poolShape?: PoolShape; problems: ConfigProblem[] };

/** The names VITE_COGNITO_FIRST_FACTORS takes, and the AuthFactorType each stands for. */
const FACTOR_NAMES: Record<string, FirstFactor> = { password: 'PASSWORD', passkey: 'WEB_AUTHN', email: 'EMAIL_OTP', sms: 'SMS_OTP' };

/**
 * `password,passkey,email,sms`: the first factors the sign-in page offers, each named once, in
 * the order given. Undefined when the text is not such a list.
 */
export function readFirstFactors(text: string): FirstFactor[] | undefined {
  const names = text.split(',').map((part) => part.trim().toLowerCase());
  if (new Set(names).size !== names.length || !names.every((name) => Object.hasOwn(FACTOR_NAMES, name))) return undefined;
  return names.map((name) => FACTOR_NAMES[name]);
}

/**
 * `readShape` (config-shape.ts's readPoolShape) reads the pool's shape where the build sets any of
 * its variables: main.ts loads it only then, so a build without them carries none of it.
 */
export function readConfig(env: ConfigEnv, readShape?: ShapeReader): AppConfig {
  const policyText = env.VITE_PASSWORD_POLICY?.trim() ?? '';
  const passwordPolicy = policyText ? readPasswordPolicy(policyText) : undefined;
  const factorsText = env.VITE_COGNITO_FIRST_FACTORS?.trim() ?? '';
  const firstFactors = factorsText ? readFirstFactors(factorsText) : undefined;
  const { poolShape, problems: shapeProblems } = readShape?.(env) ?? { problems: [] };
  const settingProblems: ConfigProblem[] = [
    ...(policyText && !passwordPolicy ? [{ code: 'badPasswordPolicy' as const, value: policyText }] : []),
    ...shapeProblems,
    ...(factorsText && !firstFactors ? [{ code: 'badFirstFactors' as const, value: factorsText }] : []),
  ];
  const config = readPoolConfig(env, settingProblems);
  if (config.kind === 'invalid') return config;
  return {
    ...config,
    ...(passwordPolicy ? { passwordPolicy } : {}),
    ...(poolShape ? { poolShape } : {}),
    ...(firstFactors ? { firstFactors } : {}),
  };
}

function readPoolConfig(env: ConfigEnv, settingProblems: ConfigProblem[]): AppConfig {
  const poolId = env.VITE_COGNITO_USER_POOL_ID?.trim() ?? '';
  const clientId = env.VITE_COGNITO_CLIENT_ID?.trim() ?? '';
  const regionVar = env.VITE_COGNITO_REGION?.trim() ?? '';
  const endpoint = env.VITE_COGNITO_ENDPOINT?.trim() ?? '';
  const sessionMinutes = env.VITE_COGNITO_SESSION_MINUTES?.trim() ?? '';
  const mfaRequired = env.VITE_COGNITO_MFA_REQUIRED?.trim().toLowerCase() ?? '';

  if (!poolId && !clientId && !regionVar && !endpoint) {
    return settingProblems.length > 0 ? { kind: 'invalid', problems: settingProblems } : { kind: 'simulated' };
  }

  const problems: ConfigProblem[] = [];
  if (!poolId) problems.push({ code: 'missingPoolId' });
  if (!clientId) problems.push({ code: 'missingClientId' });
  const poolMatch = POOL_ID.exec(poolId);
  const poolRegion = poolMatch && REGION.test(poolMatch[1]) ? poolMatch[1] : undefined;
  // Against AWS the region must be in the id; an emulator's ids are free (the region then is nominal).
  if (poolId && (!poolMatch || (!poolRegion && !endpoint))) problems.push({ code: 'badPoolId', value: poolId });
  if (clientId && !CLIENT_ID.test(clientId)) problems.push({ code: 'badClientId', value: clientId });
  if (regionVar && !REGION.test(regionVar)) problems.push({ code: 'badRegion', value: regionVar });
  if (regionVar && poolRegion && REGION.test(regionVar) && regionVar !== poolRegion) {
    problems.push({ code: 'regionMismatch', region: regionVar, poolRegion });
  }
  if (endpoint && !isHttpUrl(endpoint)) problems.push({ code: 'badEndpoint', value: endpoint });
  const minutes = Number(sessionMinutes);
  const minutesOk = Number.isInteger(minutes) && minutes >= 3 && minutes <= 15;
  if (sessionMinutes && !minutesOk) problems.push({ code: 'badSessionMinutes', value: sessionMinutes });
  problems.push(...settingProblems);
  if (mfaRequired && mfaRequired !== 'true' && mfaRequired !== 'false') {
    problems.push({ code: 'badMfaRequired', value: env.VITE_COGNITO_MFA_REQUIRED?.trim() ?? '' });
  }
  if (problems.length > 0) return { kind: 'invalid', problems };

  return {
    kind: 'real',
    pool: {
      userPoolId: poolId,
      clientId,
      region: regionVar || poolRegion || 'us-east-1',
      endpoint: endpoint || undefined,
      sessionTtlMs: sessionMinutes ? minutes * 60_000 : undefined,
      mfaRequired: mfaRequired ? mfaRequired === 'true' : undefined,
    },
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The URL the SDK posts to for this pool. */
export function endpointOf(pool: PoolConfig): string {
  return pool.endpoint ?? `https://cognito-idp.${pool.region}.amazonaws.com/`;
}

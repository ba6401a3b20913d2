import { describe, expect, it } from 'vitest';
import { endpointOf, readConfig, readPasswordPolicy, type ConfigEnv } from '../../src/config';
import { readPoolShape, readSignInWith, readSignUpAttributes } from '../../src/config-shape';
import { SIMULATED_POOL } from '../../src/simulated/pool-ids';
import { contentSecurityPolicy } from '../../src/build/csp';
import { en } from '../../src/i18n/en';

describe('the build configuration', () => {
  it('runs on the simulated pool when nothing is configured', () => {
    expect(readConfig({})).toEqual({ kind: 'simulated' });
  });

  it('takes the region from the pool id', () => {
    expect(readConfig({ VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123', VITE_COGNITO_CLIENT_ID: '4abc' })).toEqual({
      kind: 'real',
      pool: { userPoolId: 'eu-west-1_AbC123', clientId: '4abc', region: 'eu-west-1', endpoint: undefined, sessionTtlMs: undefined },
    });
  });

  it('accepts a local emulator endpoint and a longer session', () => {
    const config = readConfig({
      VITE_COGNITO_USER_POOL_ID: 'us-east-1_local',
      VITE_COGNITO_CLIENT_ID: 'abc',
      VITE_COGNITO_ENDPOINT: 'http://localhost:9229/',
      VITE_COGNITO_SESSION_MINUTES: '15',
    });
    expect(config.kind === 'real' && config.pool).toMatchObject({ endpoint: 'http://localhost:9229/', sessionTtlMs: 900_000 });
    expect(config.kind === 'real' && endpointOf(config.pool)).toBe('http://localhost:9229/');
  });

  it('names every problem, each with a sentence that says how to fix it', () => {
    const config = readConfig({
      VITE_COGNITO_USER_POOL_ID: 'my pool',
      VITE_COGNITO_REGION: 'mars',
      VITE_COGNITO_ENDPOINT: 'localhost:9229',
      VITE_COGNITO_SESSION_MINUTES: '60',
    });
    expect(config.kind).toBe('invalid');
    const problems = config.kind === 'invalid' ? config.problems : [];
    expect(problems.map((p) => p.code)).toEqual(['missingClientId', 'badPoolId', 'badRegion', 'badEndpoint', 'badSessionMinutes']);
    for (const problem of problems) expect(en.config.problems[problem.code](problem)).toMatch(/VITE_COGNITO_\w+/);
  });

  it('reads whether the pool requires MFA, and names a value that is neither true nor false', () => {
    const pool = { VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123', VITE_COGNITO_CLIENT_ID: '4abc' };
    const required = readConfig({ ...pool, VITE_COGNITO_MFA_REQUIRED: ' TRUE ' });
    expect(required.kind === 'real' && required.pool.mfaRequired).toBe(true);
    const optional = readConfig({ ...pool, VITE_COGNITO_MFA_REQUIRED: 'false' });
    expect(optional.kind === 'real' && optional.pool.mfaRequired).toBe(false);
    const unsaid = readConfig(pool);
    expect(unsaid.kind === 'real' && unsaid.pool.mfaRequired).toBeUndefined();
    expect(readConfig({ ...pool, VITE_COGNITO_MFA_REQUIRED: 'yes' })).toEqual({ kind: 'invalid', problems: [{ code: 'badMfaRequired', value: 'yes' }] });
    expect(readConfig({ VITE_COGNITO_MFA_REQUIRED: 'true' })).toEqual({ kind: 'simulated' });
  });

  it('reads the first factors of choice-based sign-in in the order given, and names a list it cannot read', () => {
    const pool = { VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123', VITE_COGNITO_CLIENT_ID: '4abc' };
    expect(readConfig({ ...pool, VITE_COGNITO_FIRST_FACTORS: ' Passkey, email ,password,sms ' })).toMatchObject({
      kind: 'real',
      firstFactors: ['WEB_AUTHN', 'EMAIL_OTP', 'PASSWORD', 'SMS_OTP'],
    });
    expect(readConfig(pool)).not.toHaveProperty('firstFactors');
    for (const value of ['password,face', 'email,email', 'password,,email']) {
      expect(readConfig({ ...pool, VITE_COGNITO_FIRST_FACTORS: value })).toEqual({ kind: 'invalid', problems: [{ code: 'badFirstFactors', value }] });
    }
    // The demo too: its page offers what the operator lists, over what the simulated pool offers.
    expect(readConfig({ VITE_COGNITO_FIRST_FACTORS: 'passkey' })).toEqual({ kind: 'simulated', firstFactors: ['WEB_AUTHN'] });
    expect(readConfig({ VITE_COGNITO_FIRST_FACTORS: 'face' })).toEqual({ kind: 'invalid', problems: [{ code: 'badFirstFactors', value: 'face' }] });
  });

  it('accepts an emulator’s pool id that has no region in it, only with an endpoint', () => {
    const local = { VITE_COGNITO_USER_POOL_ID: 'local_4fRm2q', VITE_COGNITO_CLIENT_ID: 'abc' };
    expect(readConfig(local)).toEqual({ kind: 'invalid', problems: [{ code: 'badPoolId', value: 'local_4fRm2q' }] });
    const config = readConfig({ ...local, VITE_COGNITO_ENDPOINT: 'http://127.0.0.1:9229' });
    expect(config.kind === 'real' && config.pool).toMatchObject({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9229' });
  });

  it('catches a region that contradicts the pool id', () => {
    const config = readConfig({ VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC', VITE_COGNITO_CLIENT_ID: 'x', VITE_COGNITO_REGION: 'us-east-1' });
    expect(config).toEqual({ kind: 'invalid', problems: [{ code: 'regionMismatch', region: 'us-east-1', poolRegion: 'eu-west-1' }] });
  });

  it('allows connections to exactly the configured Cognito endpoint', () => {
    expect(endpointOf(SIMULATED_POOL)).toBe('https://cognito-idp.us-east-1.amazonaws.com/');
    const csp = contentSecurityPolicy('https://cognito-idp.eu-west-1.amazonaws.com/');
    expect(csp).toContain("connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com;");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('*');
  });
});

describe('VITE_PASSWORD_POLICY', () => {
  it('reads the pool’s rules: a minimum length and the classes it requires', () => {
    expect(readPasswordPolicy('min=12,upper,lower,number,symbol')).toEqual({
      minLength: 12,
      requireUppercase: true,
      requireLowercase: true,
      requireNumbers: true,
      requireSymbols: true,
    });
    expect(readPasswordPolicy(' min=6 ')).toEqual({
      minLength: 6,
      requireUppercase: false,
      requireLowercase: false,
      requireNumbers: false,
      requireSymbols: false,
    });
    expect(readPasswordPolicy('lower,NUMBER')).toMatchObject({ minLength: 8, requireLowercase: true, requireNumbers: true, requireUppercase: false });
  });

  it.each(['min=5', 'min=100', 'min=twelve', 'min=', 'uppercase', 'upper,upper', 'min=8,min=9', 'min=8;upper', ''])('refuses “%s”', (text) => {
    expect(readPasswordPolicy(text)).toBeUndefined();
  });

  it('passes the policy on for a real pool and for the simulated one', () => {
    const real = readConfig({ VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123', VITE_COGNITO_CLIENT_ID: '4abc', VITE_PASSWORD_POLICY: 'min=10,number' });
    expect(real.kind === 'real' && real.passwordPolicy).toMatchObject({ minLength: 10, requireNumbers: true, requireSymbols: false });
    expect(readConfig({ VITE_PASSWORD_POLICY: 'min=10' })).toMatchObject({ kind: 'simulated', passwordPolicy: { minLength: 10 } });
    expect(readConfig({})).toEqual({ kind: 'simulated' });
  });

  it('names a policy it cannot read, with a sentence that says how to write one', () => {
    for (const env of [{ VITE_PASSWORD_POLICY: 'min=4' }, { VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123', VITE_COGNITO_CLIENT_ID: '4abc', VITE_PASSWORD_POLICY: 'min=4' }]) {
      const config = readConfig(env);
      expect(config).toEqual({ kind: 'invalid', problems: [{ code: 'badPasswordPolicy', value: 'min=4' }] });
      const problem = config.kind === 'invalid' ? config.problems[0] : undefined;
      expect(en.config.problems.badPasswordPolicy(problem!)).toMatch(/VITE_PASSWORD_POLICY “min=4”.*min=12,upper,lower,number,symbol/);
    }
  });
});

describe('the pool’s shape (config-shape.ts)', () => {
  const pool = { VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123', VITE_COGNITO_CLIENT_ID: '4abc' };
  const shaped = (env: ConfigEnv) => readConfig({ ...pool, ...env }, readPoolShape);

  it('is left to the machine’s default (email as the username) when no variable says otherwise', () => {
    expect(shaped({})).not.toHaveProperty('poolShape');
  });

  it('reads what people sign in with, the sign-up attributes, and whether sign-up is public', () => {
    const config = shaped({
      VITE_COGNITO_SIGN_IN_WITH: ' Email , username ',
      VITE_COGNITO_SIGN_UP_ATTRIBUTES: 'given_name, birthdate?, custom:team?=Team name',
      VITE_COGNITO_ADMIN_CREATE_USER_ONLY: 'TRUE',
    });
    expect(config).toMatchObject({
      kind: 'real',
      poolShape: {
        signInWith: ['username', 'email'],
        signUpAttributes: [
          { name: 'given_name', required: true },
          { name: 'birthdate', required: false },
          { name: 'custom:team', required: false, label: 'Team name' },
        ],
        selfSignUp: false,
      },
    });
    expect(shaped({ VITE_COGNITO_SIGN_IN_WITH: 'phone' })).toMatchObject({ poolShape: { signInWith: ['phone'], signUpAttributes: [], selfSignUp: true } });
  });

  it.each([
    ['VITE_COGNITO_SIGN_IN_WITH', 'fingerprint', 'badSignInWith'],
    ['VITE_COGNITO_SIGN_IN_WITH', 'email,email', 'badSignInWith'],
    ['VITE_COGNITO_SIGN_UP_ATTRIBUTES', 'favourite_colour', 'badSignUpAttributes'],
    ['VITE_COGNITO_SIGN_UP_ATTRIBUTES', 'custom:team', 'badSignUpAttributes'],
    ['VITE_COGNITO_SIGN_UP_ATTRIBUTES', 'name=Your name', 'badSignUpAttributes'],
    ['VITE_COGNITO_SIGN_UP_ATTRIBUTES', 'name,name?', 'badSignUpAttributes'],
    ['VITE_COGNITO_SIGN_UP_ATTRIBUTES', 'sub', 'badSignUpAttributes'],
    ['VITE_COGNITO_ADMIN_CREATE_USER_ONLY', 'yes', 'badAdminCreateUserOnly'],
  ] as const)('names %s=%s as a problem to fix', (variable, value, code) => {
    expect(shaped({ [variable]: value })).toEqual({ kind: 'invalid', problems: [{ code, value }] });
  });

  it('takes preferred_username as an alias of a pool of usernames', () => {
    expect(shaped({ VITE_COGNITO_SIGN_IN_WITH: 'preferred_username, email, username', VITE_COGNITO_SIGN_UP_ATTRIBUTES: 'name' })).toMatchObject({
      kind: 'real',
      poolShape: { signInWith: ['username', 'preferred_username', 'email'], signUpAttributes: [{ name: 'name', required: true }] },
    });
    // Without username there is no pool it could be an alias of.
    for (const value of ['preferred_username', 'email,preferred_username']) {
      expect(shaped({ VITE_COGNITO_SIGN_IN_WITH: value })).toEqual({ kind: 'invalid', problems: [{ code: 'preferredUsernameWithoutUsername', value }] });
    }
    // An alias preferred username cannot be given at sign-up; as an attribute of its own elsewhere, it can.
    expect(shaped({ VITE_COGNITO_SIGN_IN_WITH: 'username,preferred_username', VITE_COGNITO_SIGN_UP_ATTRIBUTES: 'name,preferred_username?' })).toEqual({
      kind: 'invalid',
      problems: [{ code: 'preferredUsernameAtSignUp', value: 'name,preferred_username?' }],
    });
    expect(shaped({ VITE_COGNITO_SIGN_IN_WITH: 'username', VITE_COGNITO_SIGN_UP_ATTRIBUTES: 'preferred_username' })).toMatchObject({ kind: 'real' });
  });

  it('reads the standard attributes by Cognito’s names, and custom ones only with a label', () => {
    expect(readSignUpAttributes('name,preferred_username,zoneinfo')).toHaveLength(3);
    expect(readSignUpAttributes('custom:a_b-c=Label with spaces')).toEqual([{ name: 'custom:a_b-c', required: true, label: 'Label with spaces' }]);
    expect(readSignUpAttributes('custom:this_name_is_far_too_long=X')).toBeUndefined();
    expect(readSignInWith('')).toBeUndefined();
  });
});

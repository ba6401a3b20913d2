/**
 * Request shapes of the operations the simulated pool implements, transcribed from the Cognito API
 * model (tests/model/cognito-idp.json, written by tests/model/extract.mjs from botocore's model;
 * tests/simulated/model-agreement.test.ts checks that this table and the model agree), and the two
 * checks Cognito runs before any logic:
 *
 * 1. Deserialisation: a member of the wrong JSON type -> SerializationException (capital `Message`).
 * 2. Constraint validation: required members, lengths, patterns, enums -> one InvalidParameterException
 *    listing every violation: `2 validation errors detected: Value 'Aaaa' at 'userCode' failed to
 *    satisfy constraint: Member must satisfy regular expression pattern: [0-9]+; ...`
 *
 * Members the model does not know are ignored, as the service does.
 */

export type StringShape = {
  type: 'string';
  min?: number;
  max?: number;
  pattern?: string;
  enum?: readonly string[];
  /** Design choice: leave the value out of validation messages (`Value at 'password' ...`). */
  hideValue?: boolean;
};
export type MapShape = { type: 'map'; key: StringShape; value: StringShape };
export type ListShape = { type: 'list'; member: Shape };
export type StructureShape = { type: 'structure'; required: readonly string[]; members: Record<string, Shape> };
export type IntegerShape = { type: 'integer'; min?: number; max?: number };
export type Shape = StringShape | MapShape | ListShape | StructureShape | IntegerShape | { type: 'boolean' };

// ---------------------------------------------------------------------------------------------
// Shapes shared by many operations

const STRING: StringShape = { type: 'string', min: 0, max: 131072 };
const BOOLEAN = { type: 'boolean' } as const;
const CLIENT_ID: StringShape = { type: 'string', min: 1, max: 128, pattern: '[\\w+]+' };
const SECRET_HASH: StringShape = { type: 'string', min: 1, max: 128, pattern: '[\\w+=/]+', hideValue: true };
const CLIENT_SECRET: StringShape = { type: 'string', min: 24, max: 64, pattern: '[\\w+]+', hideValue: true };
const USERNAME: StringShape = { type: 'string', min: 1, max: 128, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' };
const PASSWORD: StringShape = { type: 'string', max: 256, pattern: '[\\S]+', hideValue: true };
const CONFIRMATION_CODE: StringShape = { type: 'string', min: 1, max: 2048, pattern: '[\\S]+' };
const SESSION: StringShape = { type: 'string', min: 20, max: 2048, hideValue: true };
const TOKEN: StringShape = { type: 'string', pattern: '[A-Za-z0-9-_=.]+', hideValue: true };
const USER_CODE: StringShape = { type: 'string', min: 6, max: 6, pattern: '[0-9]+' };
const DEVICE_KEY: StringShape = { type: 'string', min: 1, max: 55, pattern: '[\\w-]+_[0-9a-f-]+' };
const STRING_MAP: MapShape = { type: 'map', key: STRING, value: STRING };

export const CHALLENGE_NAMES = [
  'SMS_MFA',
  'EMAIL_OTP',
  'SOFTWARE_TOKEN_MFA',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'PASSWORD_VERIFIER',
  'CUSTOM_CHALLENGE',
  'SELECT_CHALLENGE',
  'DEVICE_SRP_AUTH',
  'DEVICE_PASSWORD_VERIFIER',
  'ADMIN_NO_SRP_AUTH',
  'NEW_PASSWORD_REQUIRED',
  'SMS_OTP',
  'PASSWORD',
  'WEB_AUTHN',
  'PASSWORD_SRP',
] as const;
export type ChallengeName = (typeof CHALLENGE_NAMES)[number];

export const AUTH_FLOWS = [
  'USER_SRP_AUTH',
  'REFRESH_TOKEN_AUTH',
  'REFRESH_TOKEN',
  'CUSTOM_AUTH',
  'ADMIN_NO_SRP_AUTH',
  'USER_PASSWORD_AUTH',
  'ADMIN_USER_PASSWORD_AUTH',
  'USER_AUTH',
] as const;
export type AuthFlow = (typeof AUTH_FLOWS)[number];

const ATTRIBUTE: StructureShape = {
  type: 'structure',
  required: ['Name'],
  members: {
    Name: { type: 'string', min: 1, max: 32, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r ]+' },
    Value: { type: 'string', max: 2048, hideValue: true },
  },
};
const ATTRIBUTE_LIST: ListShape = { type: 'list', member: ATTRIBUTE };
const ANALYTICS_METADATA: StructureShape = {
  type: 'structure',
  required: [],
  members: { AnalyticsEndpointId: STRING },
};
const USER_CONTEXT_DATA: StructureShape = {
  type: 'structure',
  required: [],
  members: { IpAddress: STRING, EncodedData: STRING },
};
/** Members every unauthenticated operation accepts for Lambda triggers / threat protection (ignored here). */
const CONTEXT_MEMBERS = {
  AnalyticsMetadata: ANALYTICS_METADATA,
  UserContextData: USER_CONTEXT_DATA,
  ClientMetadata: STRING_MAP,
};
const MFA_SETTINGS: StructureShape = {
  type: 'structure',
  required: [],
  members: { Enabled: BOOLEAN, PreferredMfa: BOOLEAN },
};

function structure(required: readonly string[], members: Record<string, Shape>): StructureShape {
  return { type: 'structure', required, members };
}

// ---------------------------------------------------------------------------------------------
// Operation inputs

export const OPERATION_INPUTS = {
  SignUp: structure(['ClientId', 'Username'], {
    ClientId: CLIENT_ID,
    SecretHash: SECRET_HASH,
    Username: USERNAME,
    Password: PASSWORD,
    UserAttributes: ATTRIBUTE_LIST,
    ValidationData: ATTRIBUTE_LIST,
    ...CONTEXT_MEMBERS,
  }),
  ConfirmSignUp: structure(['ClientId', 'Username', 'ConfirmationCode'], {
    ClientId: CLIENT_ID,
    SecretHash: SECRET_HASH,
    Username: USERNAME,
    ConfirmationCode: CONFIRMATION_CODE,
    ForceAliasCreation: BOOLEAN,
    Session: SESSION,
    ...CONTEXT_MEMBERS,
  }),
  ResendConfirmationCode: structure(['ClientId', 'Username'], {
    ClientId: CLIENT_ID,
    SecretHash: SECRET_HASH,
    Username: USERNAME,
    ...CONTEXT_MEMBERS,
  }),
  InitiateAuth: structure(['AuthFlow', 'ClientId'], {
    AuthFlow: { type: 'string', enum: AUTH_FLOWS },
    AuthParameters: STRING_MAP,
    ClientId: CLIENT_ID,
    Session: SESSION,
    ...CONTEXT_MEMBERS,
  }),
  RespondToAuthChallenge: structure(['ClientId', 'ChallengeName'], {
    ClientId: CLIENT_ID,
    ChallengeName: { type: 'string', enum: CHALLENGE_NAMES },
    Session: SESSION,
    ChallengeResponses: STRING_MAP,
    ...CONTEXT_MEMBERS,
  }),
  AssociateSoftwareToken: structure([], { AccessToken: TOKEN, Session: SESSION }),
  VerifySoftwareToken: structure(['UserCode'], {
    AccessToken: TOKEN,
    Session: SESSION,
    UserCode: USER_CODE,
    FriendlyDeviceName: STRING,
  }),
  SetUserMFAPreference: structure(['AccessToken'], {
    SMSMfaSettings: MFA_SETTINGS,
    SoftwareTokenMfaSettings: MFA_SETTINGS,
    EmailMfaSettings: MFA_SETTINGS,
    WebAuthnMfaSettings: structure([], { Enabled: BOOLEAN }),
    AccessToken: TOKEN,
  }),
  GetUser: structure(['AccessToken'], { AccessToken: TOKEN }),
  GlobalSignOut: structure(['AccessToken'], { AccessToken: TOKEN }),
  RevokeToken: structure(['Token', 'ClientId'], {
    Token: TOKEN,
    ClientId: CLIENT_ID,
    ClientSecret: CLIENT_SECRET,
    // Newer than the botocore model (the JS SDK has it; see newerInJsSdk in tests/model/cognito-idp.json).
    RevokeAssociatedSessions: { type: 'string', enum: ['NONE', 'LINKED'] },
  }),
  ForgotPassword: structure(['ClientId', 'Username'], {
    ClientId: CLIENT_ID,
    SecretHash: SECRET_HASH,
    Username: USERNAME,
    ...CONTEXT_MEMBERS,
  }),
  ConfirmForgotPassword: structure(['ClientId', 'Username', 'ConfirmationCode', 'Password'], {
    ClientId: CLIENT_ID,
    SecretHash: SECRET_HASH,
    Username: USERNAME,
    ConfirmationCode: CONFIRMATION_CODE,
    Password: PASSWORD,
    ...CONTEXT_MEMBERS,
  }),
  ChangePassword: structure(['ProposedPassword', 'AccessToken'], {
    PreviousPassword: PASSWORD,
    ProposedPassword: PASSWORD,
    AccessToken: TOKEN,
  }),
  GetUserAuthFactors: structure(['AccessToken'], { AccessToken: TOKEN }),
  StartWebAuthnRegistration: structure(['AccessToken'], { AccessToken: TOKEN }),
  // Credential is a Smithy document (any JSON): the model gives it no members.
  CompleteWebAuthnRegistration: structure(['AccessToken', 'Credential'], { AccessToken: TOKEN, Credential: structure([], {}) }),
  ListWebAuthnCredentials: structure(['AccessToken'], {
    AccessToken: TOKEN,
    NextToken: { type: 'string', min: 1, max: 131072, pattern: '[\\S]+' },
    MaxResults: { type: 'integer', min: 0, max: 20 },
  }),
  DeleteWebAuthnCredential: structure(['AccessToken', 'CredentialId'], { AccessToken: TOKEN, CredentialId: STRING }),
  GetTokensFromRefreshToken: structure(['RefreshToken', 'ClientId'], {
    RefreshToken: TOKEN,
    ClientId: CLIENT_ID,
    ClientSecret: CLIENT_SECRET,
    DeviceKey: DEVICE_KEY,
    ClientMetadata: STRING_MAP,
  }),
} satisfies Record<string, StructureShape>;

export type OperationName = keyof typeof OPERATION_INPUTS;
export const OPERATION_NAMES = Object.keys(OPERATION_INPUTS) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(OPERATION_INPUTS, name);
}

// ---------------------------------------------------------------------------------------------
// Deserialisation (JSON types)

/** Thrown when the body does not deserialise into the operation's input shape. */
export class SerializationFailure extends Error {}

/**
 * Checks JSON types the way the service's deserialiser does. Messages: the two in the reference
 * (§2.1) for an object where a string belongs and for a non-object where a map belongs; the others
 * follow the same style (design choice: the real texts for those cases were not researched).
 */
export function checkTypes(shape: Shape, value: unknown): void {
  if (value === null || value === undefined) return;
  switch (shape.type) {
    case 'string':
      if (typeof value === 'string') return;
      throw new SerializationFailure(scalarMismatch(value, 'String'));
    case 'boolean':
      if (typeof value === 'boolean') return;
      throw new SerializationFailure(scalarMismatch(value, 'Boolean'));
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return;
      throw new SerializationFailure(scalarMismatch(value, 'Integer'));
    case 'list':
      if (!Array.isArray(value)) throw new SerializationFailure('Expected list or null');
      for (const item of value) checkTypes(shape.member, item);
      return;
    case 'map':
      if (!isPlainObject(value)) throw new SerializationFailure('Expected map or null');
      for (const item of Object.values(value)) checkTypes(shape.value, item);
      return;
    case 'structure':
      if (!isPlainObject(value)) throw new SerializationFailure('Expected map or null');
      for (const [name, member] of Object.entries(shape.members)) checkTypes(member, value[name]);
      return;
  }
}

function scalarMismatch(value: unknown, expected: string): string {
  if (Array.isArray(value)) return 'Start of list found where not expected';
  if (typeof value === 'object') return 'Start of structure or map found where not expected.';
  const token = typeof value === 'number' ? 'NUMBER_VALUE' : typeof value === 'boolean' ? `${value ? 'TRUE' : 'FALSE'}_VALUE` : 'STRING_VALUE';
  return `${token} can not be converted to ${expected === 'Integer' ? 'an' : 'a'} ${expected}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Constraint validation

const compiled = new Map<string, RegExp>();

/**
 * Model patterns are Smithy `pattern` traits, which are not implicitly anchored: a value passes
 * when the pattern matches anywhere in it (Smithy's own PatternTraitValidator warns about
 * unanchored patterns for that reason; reference §10). So `[\S]+` refuses only a password that is
 * all white space, and Cognito takes `Correct h0rse!` to its password policy.
 */
function patternRegExp(pattern: string): RegExp {
  let regexp = compiled.get(pattern);
  if (!regexp) {
    regexp = new RegExp(pattern, 'u');
    compiled.set(pattern, regexp);
  }
  return regexp;
}

/** `SMSMfaSettings` -> `sMSMfaSettings`: the service lower-cases only the first letter. */
export function wireName(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}

/** Every constraint violation in `input`, in model member order, as the service words them. */
export function constraintViolations(shape: StructureShape, input: Record<string, unknown>, path = ''): string[] {
  const violations: string[] = [];
  for (const [name, member] of Object.entries(shape.members)) {
    const memberPath = path ? `${path}.${wireName(name)}` : wireName(name);
    const value = input[name];
    if (value === undefined || value === null) {
      if (shape.required.includes(name)) violations.push(violation(memberPath, 'null', 'not be null'));
      continue;
    }
    violations.push(...memberViolations(member, value, memberPath));
  }
  return violations;
}

function memberViolations(shape: Shape, value: unknown, path: string): string[] {
  if (shape.type === 'string' && typeof value === 'string') return stringViolations(shape, value, path);
  if (shape.type === 'structure' && isPlainObject(value)) return constraintViolations(shape, value, path);
  if (shape.type === 'integer' && typeof value === 'number') return integerViolations(shape, value, path);
  if (shape.type === 'list' && Array.isArray(value)) {
    return value.flatMap((item, i) => memberViolations(shape.member, item, `${path}.${i + 1}.member`));
  }
  return [];
}

function stringViolations(shape: StringShape, value: string, path: string): string[] {
  const shown = shape.hideValue ? undefined : `'${value}'`;
  const out: string[] = [];
  if (shape.enum && !shape.enum.includes(value)) {
    out.push(violation(path, shown, `satisfy enum value set: [${shape.enum.join(', ')}]`));
  }
  if (shape.pattern !== undefined && !patternRegExp(shape.pattern).test(value)) {
    out.push(violation(path, shown, `satisfy regular expression pattern: ${shape.pattern}`));
  }
  const length = [...value].length;
  if (shape.min !== undefined && length < shape.min) {
    out.push(violation(path, shown, `have length greater than or equal to ${shape.min}`));
  }
  if (shape.max !== undefined && length > shape.max) {
    out.push(violation(path, shown, `have length less than or equal to ${shape.max}`));
  }
  return out;
}

function integerViolations(shape: IntegerShape, value: number, path: string): string[] {
  const out: string[] = [];
  if (shape.min !== undefined && value < shape.min) out.push(violation(path, `'${value}'`, `have value greater than or equal to ${shape.min}`));
  if (shape.max !== undefined && value > shape.max) out.push(violation(path, `'${value}'`, `have value less than or equal to ${shape.max}`));
  return out;
}

function violation(path: string, shownValue: string | undefined, rule: string): string {
  const value = shownValue === undefined ? '' : ` ${shownValue}`;
  return `Value${value} at '${path}' failed to satisfy constraint: Member must ${rule}`;
}

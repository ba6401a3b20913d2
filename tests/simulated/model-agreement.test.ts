/**
 * The simulated pool against the shared references: its request table against the API model
 * (../shared/cognito/model-subset.json), its error catalogue against reference.md §7 and the
 * model's per-operation error lists.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGES, renderMessage, type MessageKey, type MessageSpec } from '../../src/simulated/messages';
import { OPERATION_INPUTS, OPERATION_NAMES, type Shape } from '../../src/simulated/validate';

interface ModelShape {
  type: string;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  required?: string[];
  members?: Record<string, ModelShape>;
  member?: ModelShape;
  key?: ModelShape;
  value?: ModelShape;
}
interface Model {
  operations: Record<string, { input: ModelShape; errors: string[] }>;
  errors: Record<string, unknown>;
  notes: Record<string, Record<string, string[]>>;
}

const model = JSON.parse(readFileSync(new URL('../../../shared/cognito/model-subset.json', import.meta.url), 'utf8')) as Model;
const reference = readFileSync(new URL('../../../shared/cognito/reference.md', import.meta.url), 'utf8');

/** The constraints both sides state, in one comparable form. */
function constraints(shape: ModelShape | Shape): unknown {
  const s = shape as ModelShape;
  const out: Record<string, unknown> = { type: s.type };
  for (const key of ['min', 'max', 'pattern', 'enum'] as const) if (s[key] !== undefined) out[key] = s[key];
  if (s.type === 'structure') {
    out.required = [...(s.required ?? [])].sort();
    out.members = Object.fromEntries(Object.entries(s.members ?? {}).map(([name, member]) => [name, constraints(member)]));
  }
  if (s.member) out.member = constraints(s.member);
  if (s.key) out.key = constraints(s.key);
  if (s.value) out.value = constraints(s.value);
  return out;
}

/** Members the JS SDK knows but botocore's model does not, as the model subset's notes list them. */
function newerMembers(operation: string): string[] {
  const notes = model.notes['newer_members_in_js_sdk_3.1169.0_not_in_this_botocore'] ?? {};
  return (notes[`${operation}Request`] ?? []).map((entry) => entry.split(' ')[0]);
}

describe('request shapes agree with the API model', () => {
  it('covers exactly the operations of the model subset', () => {
    expect([...OPERATION_NAMES].sort()).toEqual(Object.keys(model.operations).sort());
  });

  it.each(OPERATION_NAMES)('%s: same members, types, required list, lengths, patterns and enums', (operation) => {
    const simulated = OPERATION_INPUTS[operation];
    const expected = constraints(model.operations[operation].input) as { members: Record<string, unknown> };
    const actual = constraints(simulated) as { members: Record<string, unknown> };
    const extras = Object.keys(actual.members).filter((name) => !(name in expected.members));
    expect(extras.sort()).toEqual(newerMembers(operation).sort());
    for (const extra of extras) delete actual.members[extra];
    expect(actual).toEqual(expected);
  });
});

// -------------------------------------------------------------------------------------------
// Reference §7

interface CatalogEntry {
  type: string;
  message: string;
}

function section7(): CatalogEntry[] {
  const start = reference.indexOf('## 7. Error message catalog');
  const end = reference.indexOf('## 8.', start);
  expect(start).toBeGreaterThan(0);
  const rows = reference
    .slice(start, end)
    .split('\n')
    .filter((line) => /^\| [A-Z]\w+Exception \|/.test(line));
  return rows.flatMap((row) => {
    const [, typeCell, messageCell] = row.split('|').map((cell) => cell.trim());
    const cell = messageCell.replace(/\(key is [^)]*\)/, '');
    const found = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    return expandFragments(typeCell, found).map((message) => ({ type: typeCell, message }));
  });
}

/**
 * Rows abbreviate variants: `…: Password must have uppercase characters` and `lowercase characters`
 * continue `Password did not conform with policy: Password not long enough`; `… SMS_MFA` replaces
 * the last word of `User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA`.
 */
function expandFragments(type: string, messages: string[]): string[] {
  const first = messages[0] ?? '';
  return messages.map((m, i) => {
    if (i === 0) return m;
    if (m.startsWith('…:')) return first.slice(0, first.indexOf(':')) + m.slice(1);
    if (m.startsWith('… ')) return first.replace(/\S+$/, m.slice(2));
    if (type === 'InvalidPasswordException' && /^[a-z]/.test(m)) {
      return `${first.slice(0, first.indexOf(':'))}: Password must have ${m}`;
    }
    return m;
  });
}

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
/** A §7 string as a pattern: `…` and `{placeholder}` stand for anything. */
const referencePattern = (message: string) =>
  new RegExp(`^${escape(message).replace(/…/g, '.+').replace(/\\?\{\w+\\?\}|\{\w+\}/g, '.+')}$`, 's');
/** A simulated pool's template as a pattern: `{placeholder}` stands for anything. */
const templatePattern = (template: string) => new RegExp(`^${escape(template).replace(/\{\w+\}/g, '.+')}$`, 's');

const specs = Object.entries(MESSAGES) as Array<[MessageKey, MessageSpec]>;
const catalog = section7();

/** §7 strings the simulated pool never sends, and why. */
const NOT_EMITTED: Record<string, string> = {
  'User is disabled.': 'no Admin API, so no disabled users',
  'Access Token does not have required scopes': 'every access token carries aws.cognito.signin.user.admin',
  'User cannot confirm because user status is not UNCONFIRMED.': 'the older wording; the simulated pool uses the current one',
  'User already exists': 'email is the username attribute, so the email wording applies',
  'An account with the email already exists.': 'email is the username, not an alias: no alias conflicts',
  'User has not set up software token mfa': 'older service text',
  'User has not verified software token mfa': 'older service text',
  'Software Token MFA does not exist for the user.': 'only users with a verified authenticator get SOFTWARE_TOKEN_MFA, and nothing removes one',
  'Rate exceeded': 'no API throttling',
  'PreSignUp failed with error {message}.': 'no Lambda triggers',
};

describe('error messages agree with reference §7', () => {
  it('parses the catalogue', () => {
    expect(catalog.length).toBeGreaterThan(40);
    expect(catalog).toContainEqual({ type: 'InvalidPasswordException', message: 'Password did not conform with policy: Password must have symbol characters' });
    expect(catalog).toContainEqual({ type: 'InvalidParameterException', message: 'User does not have delivery config set to turn on SMS_MFA' });
  });

  it.each(specs.filter(([, spec]) => spec.source === 'reference'))('%s is a §7 string for its type', (key, spec) => {
    const message = renderMessage(key, spec.example ?? {});
    const candidates = catalog.filter((entry) => entry.type === spec.type);
    expect(candidates.some((entry) => referencePattern(entry.message).test(message ?? '')), `${spec.type}: ${message}`).toBe(true);
  });

  it.each(specs.filter(([, spec]) => spec.source === 'choice'))('%s is a documented choice for a situation §7 does not cover', (key, spec) => {
    expect(spec.why ?? '').not.toBe('');
    const message = renderMessage(key, spec.example ?? {}) ?? '';
    const sameType = catalog.filter((entry) => entry.type === spec.type);
    expect(sameType.some((entry) => referencePattern(entry.message).test(message)), `${spec.type}: ${message}`).toBe(false);
  });

  it('sends every §7 string, except the ones listed with a reason', () => {
    const missing = catalog.filter(
      (entry) =>
        !(entry.message in NOT_EMITTED) &&
        !specs.some(([, spec]) => spec.type === entry.type && spec.template !== null && templatePattern(spec.template).test(entry.message)),
    );
    expect(missing).toEqual([]);
    for (const message of Object.keys(NOT_EMITTED)) expect(catalog.map((e) => e.message)).toContain(message);
  });
});

describe('error types agree with the model', () => {
  const PROTOCOL_ERRORS = new Set(['SerializationException', 'UnknownOperationException']);

  it('protocol errors are the only types outside the model', () => {
    const outside = new Set(specs.map(([, spec]) => spec.type).filter((type) => !(type in model.errors)));
    expect([...outside].sort()).toEqual([...PROTOCOL_ERRORS].sort());
  });

  it.each(specs.filter(([, spec]) => !PROTOCOL_ERRORS.has(spec.type)))('%s is in the error list of every operation that may send it', (_key, spec) => {
    const operations = spec.ops === 'all' ? OPERATION_NAMES : spec.ops;
    for (const operation of operations) {
      expect(model.operations[operation].errors, `${operation} -> ${spec.type}`).toContain(spec.type);
    }
  });
});

/**
 * The simulated pool against Cognito's API model (tests/model/cognito-idp.json): its request
 * table against the model's request shapes, its error catalogue against the model's per-operation
 * error lists.
 *
 * The catalogue (src/simulated/messages.ts) is the project's own reference for Cognito's error
 * messages. It was first checked against research notes kept outside the repository; that
 * comparison is gone with them, and what remains here needs nothing beyond the repository.
 */

import { describe, expect, it } from 'vitest';
import { MESSAGES, renderMessage, type MessageKey, type MessageSpec } from '../../src/simulated/messages';
import { OPERATION_INPUTS, OPERATION_NAMES, type Shape } from '../../src/simulated/validate';
import { MODEL as model, type ShapeModel } from '../support/model';

/** The constraints both sides state, in one comparable form. */
function constraints(shape: ShapeModel | Shape): unknown {
  const s = shape as ShapeModel;
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

/** Members the JS SDK knows but botocore's model does not, as the model lists them. */
function newerMembers(operation: string): string[] {
  return model.newerInJsSdk.members[`${operation}Request`] ?? [];
}

describe('request shapes agree with the API model', () => {
  it('the model has every operation of the simulated pool', () => {
    expect(OPERATION_NAMES.filter((operation) => !(operation in model.operations))).toEqual([]);
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

const specs = Object.entries(MESSAGES) as Array<[MessageKey, MessageSpec]>;

describe('the error catalogue', () => {
  it.each(specs)('%s renders its example completely', (key, spec) => {
    const message = renderMessage(key, spec.example ?? {});
    if (spec.template === null) expect(message).toBeNull();
    else expect(message).not.toMatch(/\{\w+\}/);
  });

  it.each(specs.filter(([, spec]) => spec.source === 'choice'))('%s, a wording of our own, says why', (_key, spec) => {
    expect(spec.why ?? '').not.toBe('');
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

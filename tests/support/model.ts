/**
 * Cognito's API model, the part the tests need (tests/model/cognito-idp.json, written by
 * `node tests/model/extract.mjs` from botocore's model and the JS SDK): request members with
 * their constraints, and the errors each operation can return. Tests hold requests, the error
 * mapping and the simulated pool's request table to it.
 */
import { readFileSync } from 'node:fs';

export interface ShapeModel {
  shape: string;
  type: string;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  required?: string[];
  members?: Record<string, ShapeModel>;
  member?: ShapeModel;
  key?: ShapeModel;
  value?: ShapeModel;
}

export interface OperationModel {
  'X-Amz-Target': string;
  input: ShapeModel & { required: string[]; members: Record<string, ShapeModel> };
  output: ShapeModel | null;
  errors: string[];
}

export interface Model {
  source: { botocore: string; jsSdk: string };
  operations: Record<string, OperationModel>;
  errors: Record<string, { __type: string; fault: string; httpStatusCode: number }>;
  /** What the JS SDK knows beyond the botocore model: members by shape name, errors by operation. */
  newerInJsSdk: { members: Record<string, string[]>; errors: Record<string, string[]> };
}

export const MODEL: Model = JSON.parse(readFileSync(new URL('../model/cognito-idp.json', import.meta.url), 'utf8')) as Model;

/** The constraint violations a request body has against the model, as readable lines. */
export function violations(operation: string, body: Record<string, unknown>): string[] {
  const model = MODEL.operations[operation];
  if (!model) return [`unknown operation ${operation}`];
  const problems: string[] = [];
  for (const name of model.input.required) {
    if (body[name] === undefined || body[name] === null) problems.push(`${name} is required`);
  }
  for (const [name, value] of Object.entries(body)) {
    const member = model.input.members[name];
    if (!member) {
      problems.push(`${name} is not a member of ${operation}`);
      continue;
    }
    if (member.type === 'string') {
      if (typeof value !== 'string') {
        problems.push(`${name} must be a string`);
        continue;
      }
      if (member.min !== undefined && value.length < member.min) problems.push(`${name} shorter than ${member.min}`);
      if (member.max !== undefined && value.length > member.max) problems.push(`${name} longer than ${member.max}`);
      if (member.pattern && !new RegExp(`^(?:${member.pattern})$`, 'u').test(value)) {
        problems.push(`${name} does not match ${member.pattern}`);
      }
      if (member.enum && !member.enum.includes(value)) problems.push(`${name} not in ${member.enum.join('|')}`);
    }
  }
  return problems;
}

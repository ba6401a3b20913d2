#!/usr/bin/env node
/**
 * Writes src/preview/answer-shapes.ts from tests/model/cognito-idp.json: for each operation the app
 * calls, the members its answer may have (their JSON types and enums) and the errors the API model
 * says it can return (the JS SDK's newer ones included). The designers' answers panel checks an
 * edited answer against it. tests/preview/answers.test.ts fails when the two disagree:
 *
 *   node tests/model/answer-shapes.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';

const model = JSON.parse(readFileSync(new URL('./cognito-idp.json', import.meta.url), 'utf8'));

export function compact(shape) {
  switch (shape.type) {
    case 'structure':
      // A Document (StartWebAuthnRegistration's CredentialCreationOptions) is any JSON object.
      if (shape.shape === 'Document') return { document: true };
      return { members: Object.fromEntries(Object.entries(shape.members).map(([name, member]) => [name, compact(member)])), required: shape.required ?? [] };
    case 'list':
      return { list: compact(shape.member) };
    case 'map':
      return { map: compact(shape.value) };
    case 'string':
      return shape.enum ? { enum: shape.enum } : 'string';
    case 'integer':
    case 'long':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'timestamp':
      return 'timestamp';
    default:
      throw new Error(`no compact form for ${shape.type}`);
  }
}

export function answerModel() {
  const table = {};
  for (const [operation, op] of Object.entries(model.operations)) {
    const output = op.output ? compact(op.output) : { members: {}, required: [] };
    for (const member of model.newerInJsSdk.members[`${operation}Response`] ?? []) {
      // Newer than botocore: RespondToAuthChallenge's AvailableChallenges, as InitiateAuth's.
      output.members[member] = compact(model.operations.InitiateAuth.output.members[member]);
    }
    table[operation] = { output, errors: [...op.errors, ...(model.newerInJsSdk.errors[operation] ?? [])].sort() };
  }
  return table;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const source = `/**
 * What Cognito can answer each operation the app calls: the members of its answer (JSON types,
 * enums, required members) and the error types it can return. Written by
 * \`node tests/model/answer-shapes.mjs\` from Cognito's API model (tests/model/cognito-idp.json:
 * botocore ${model.source.botocore}, with what ${model.source.jsSdk} knows beyond it); do not edit.
 */
export type AnswerShape =
  | 'string'
  | 'integer'
  | 'boolean'
  | 'timestamp'
  | { enum: readonly string[] }
  | { list: AnswerShape }
  | { map: AnswerShape }
  | { document: true }
  | { members: Readonly<Record<string, AnswerShape>>; required: readonly string[] };

export interface OperationAnswers {
  output: { members: Readonly<Record<string, AnswerShape>>; required: readonly string[] };
  errors: readonly string[];
}

export const ANSWER_SHAPES: Readonly<Record<string, OperationAnswers>> = ${JSON.stringify(answerModel(), null, 1)};
`;
  writeFileSync(new URL('../../src/preview/answer-shapes.ts', import.meta.url), source);
}

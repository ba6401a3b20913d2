/**
 * The answers behind a preview, editable by a designer (the answers panel, AnswersPanel.svelte):
 * every Cognito call a preview makes is recorded with the answer it got; an edit is a JSON merge
 * patch (RFC 7386) on one call's answer, kept in the URL (`&answers=`), and applied to that call's
 * answer the next time the preview is driven, so the pool's own values (sessions, tokens, codes)
 * stay as the run makes them and only what the designer changed is replaced. A token's claims are
 * patched inside the token (`{"IdToken": {"$claims": {"email": ...}}}`), its header and signature
 * kept (so a pool that checks the signature refuses a changed access token, as Cognito would).
 *
 * An edited answer is checked against what Cognito can send (answer-shapes.ts, from its API
 * model): a problem is a code the panel puts in words, never a broken page.
 */
import { ANSWER_SHAPES, type AnswerShape } from './answer-shapes';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One designer's change: the answer to the `index`-th Cognito call (0-based), which was `operation`. */
export interface Edit {
  index: number;
  operation: string;
  patch: JsonObject;
}

/** What is wrong with an edited answer, for the panel to say in the designer's language. */
export type AnswerProblem =
  | { code: 'notJson'; detail: string }
  | { code: 'notObject'; path: string }
  | { code: 'unknownError'; type: string; operation: string; allowed: readonly string[] }
  | { code: 'unknownMember'; path: string; operation: string }
  | { code: 'wrongType'; path: string; expected: 'string' | 'integer' | 'boolean' | 'timestamp' | 'object' | 'list' }
  | { code: 'notInEnum'; path: string; allowed: readonly string[] }
  | { code: 'required'; path: string }
  | { code: 'sessionMissing'; challenge: string }
  | { code: 'challengeWithTokens' }
  | { code: 'noChallengeNoTokens' }
  | { code: 'notToken'; path: string };

const CLAIMS = '$claims';

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function equal(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A member of an object, its own: a name such as `valueOf` or `constructor` is no member of `{}`,
 * whatever the object inherits (`in` and a plain read would see Object.prototype's).
 */
function own(object: JsonObject, key: string): Json | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Sets a member as its own, `__proto__` included (an assignment would set the prototype instead). */
function put(object: JsonObject, key: string, value: Json): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The merge patch that turns `from` into `to` (RFC 7386: objects merge, null removes, the rest replaces). */
export function diff(from: JsonObject, to: JsonObject): JsonObject {
  const patch: JsonObject = {};
  for (const [key, value] of Object.entries(to)) {
    const before = own(from, key);
    if (before === undefined) put(patch, key, value);
    else if (isObject(before) && isObject(value)) {
      const inner = diff(before, value);
      if (Object.keys(inner).length > 0) put(patch, key, inner);
    } else if (!equal(before, value)) put(patch, key, value);
  }
  for (const key of Object.keys(from)) if (!Object.hasOwn(to, key)) put(patch, key, null);
  return patch;
}

/** RFC 7386 MergePatch, and a token's claims patched where the patch says `$claims`. */
export function applyPatch(target: Json | undefined, patch: Json): Json {
  if (!isObject(patch)) return patch;
  if (typeof target === 'string' && Object.keys(patch).length === 1 && isObject(patch[CLAIMS])) {
    const claims = tokenClaims(target);
    if (claims) return withClaims(target, applyPatch(claims, patch[CLAIMS]) as JsonObject);
  }
  const result: JsonObject = {};
  if (isObject(target)) for (const [key, value] of Object.entries(target)) put(result, key, value);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else put(result, key, applyPatch(own(result, key), value));
  }
  return result;
}

/** The patch for a token's claims, to put where the token is. */
export function claimsPatch(patch: JsonObject): JsonObject {
  return { [CLAIMS]: patch };
}

// ---------------------------------------------------------------------------------------------
// Tokens: a JWT's claims, read and written (base64url JSON; the signature is kept as it was)

const JWT = /^[\w-]+\.([\w-]+)\.[\w-]*$/;

function fromBase64Url(text: string): string {
  const bytes = Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A JWT's claims, or undefined for a string that is no JWT. */
export function tokenClaims(token: string): JsonObject | undefined {
  const payload = JWT.exec(token)?.[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(fromBase64Url(payload));
    return isObject(claims) ? claims : undefined;
  } catch {
    return undefined;
  }
}

export function withClaims(token: string, claims: JsonObject): string {
  const [header, , signature] = token.split('.');
  return [header, toBase64Url(new TextEncoder().encode(JSON.stringify(claims))), signature].join('.');
}

/** Where an answer carries tokens whose claims a designer may edit: AuthenticationResult's JWTs. */
export function tokenPaths(body: JsonObject): { member: string; claims: JsonObject }[] {
  const result = body.AuthenticationResult;
  if (!isObject(result)) return [];
  return ['IdToken', 'AccessToken'].flatMap((member) => {
    const value = result[member];
    const claims = typeof value === 'string' ? tokenClaims(value) : undefined;
    return claims ? [{ member, claims }] : [];
  });
}

// ---------------------------------------------------------------------------------------------
// What Cognito can send

/** An error type as the body names it: `NotAuthorizedException`, or with its namespace before `#`. */
function errorType(type: string): string {
  return type.slice(type.lastIndexOf('#') + 1);
}

/** HTTP status of an answer: 200, or Cognito's for the error it names (500 for InternalErrorException, else 400). */
export function statusOf(body: JsonObject): number {
  if (typeof body.__type !== 'string') return 200;
  return errorType(body.__type) === 'InternalErrorException' ? 500 : 400;
}

/**
 * What Cognito could not have answered `operation` with this body, or an empty list.
 *
 * Errors: `__type` must be one the API model lists for the operation (answer-shapes.ts), with a
 * string `message`. Answers: every member one of the operation's output members, of its JSON
 * type and enum, the required ones present. And for the two sign-in operations, as their API
 * reference says ("InitiateAuth", "RespondToAuthChallenge", Response Elements): a challenge
 * comes with `Session` ("If InitiateAuth or RespondToAuthChallenge API call determines that the
 * caller must pass another challenge, they return a session with other challenge parameters"),
 * and `AuthenticationResult` only without one ("This result is only returned if the caller
 * doesn't need to pass another challenge"); SessionType is 20 to 2048 characters. Tokens in an
 * AuthenticationResult are JWTs (Developer Guide, "Understanding user pool JSON web tokens").
 */
export function answerProblems(operation: string, body: unknown): AnswerProblem[] {
  if (!isObject(body)) return [{ code: 'notObject', path: operation }];
  const model = ANSWER_SHAPES[operation];
  if (!model) return [{ code: 'unknownMember', path: operation, operation }];
  if (body.__type !== undefined) {
    const problems: AnswerProblem[] = [];
    if (typeof body.__type !== 'string') return [{ code: 'wrongType', path: '__type', expected: 'string' }];
    const type = errorType(body.__type);
    if (!model.errors.includes(type)) problems.push({ code: 'unknownError', type, operation, allowed: model.errors });
    for (const [key, value] of Object.entries(body)) {
      if (key === '__type') continue;
      if (key !== 'message' && key !== 'Message') problems.push({ code: 'unknownMember', path: key, operation });
      else if (typeof value !== 'string') problems.push({ code: 'wrongType', path: key, expected: 'string' });
    }
    return problems;
  }
  const problems = checkShape({ members: model.output.members, required: model.output.required }, body, '', operation);
  if (operation === 'InitiateAuth' || operation === 'RespondToAuthChallenge') {
    const challenge = body.ChallengeName;
    if (typeof challenge === 'string') {
      const session = body.Session;
      if (typeof session !== 'string' || session.length < 20 || session.length > 2048) problems.push({ code: 'sessionMissing', challenge });
      if (body.AuthenticationResult !== undefined) problems.push({ code: 'challengeWithTokens' });
    } else if (challenge === undefined && !isObject(body.AuthenticationResult)) {
      problems.push({ code: 'noChallengeNoTokens' });
    }
  }
  const result = body.AuthenticationResult;
  if (isObject(result)) {
    for (const member of ['IdToken', 'AccessToken']) {
      const token = result[member];
      if (typeof token === 'string' && !tokenClaims(token)) problems.push({ code: 'notToken', path: `AuthenticationResult.${member}` });
    }
  }
  return problems;
}

function checkShape(shape: AnswerShape, value: Json, path: string, operation: string): AnswerProblem[] {
  if (shape === 'string') return typeof value === 'string' ? [] : [{ code: 'wrongType', path, expected: 'string' }];
  if (shape === 'integer') return Number.isInteger(value) ? [] : [{ code: 'wrongType', path, expected: 'integer' }];
  if (shape === 'boolean') return typeof value === 'boolean' ? [] : [{ code: 'wrongType', path, expected: 'boolean' }];
  // A timestamp is seconds since the epoch on AWS JSON 1.1's wire.
  if (shape === 'timestamp') return typeof value === 'number' ? [] : [{ code: 'wrongType', path, expected: 'timestamp' }];
  if ('enum' in shape) {
    if (typeof value !== 'string') return [{ code: 'wrongType', path, expected: 'string' }];
    return shape.enum.includes(value) ? [] : [{ code: 'notInEnum', path, allowed: shape.enum }];
  }
  if ('document' in shape) return isObject(value) ? [] : [{ code: 'wrongType', path, expected: 'object' }];
  if ('list' in shape) {
    if (!Array.isArray(value)) return [{ code: 'wrongType', path, expected: 'list' }];
    return value.flatMap((item, i) => checkShape(shape.list, item, `${path}[${i}]`, operation));
  }
  if (!isObject(value)) return [{ code: 'wrongType', path, expected: 'object' }];
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if ('map' in shape) return Object.entries(value).flatMap(([key, item]) => checkShape(shape.map, item, at(key), operation));
  const problems: AnswerProblem[] = [];
  for (const name of shape.required) if (value[name] === undefined) problems.push({ code: 'required', path: at(name) });
  for (const [key, item] of Object.entries(value)) {
    const member = shape.members[key];
    if (!member) problems.push({ code: 'unknownMember', path: at(key), operation });
    else problems.push(...checkShape(member, item, at(key), operation));
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// In the URL: `&answers=` is base64url of the edits' JSON, deflated where that is shorter
// (a leading `z`), else as it is (a leading `j`).

type Wire = [number, string, JsonObject][];

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function encodeEdits(edits: readonly Edit[]): Promise<string> {
  const wire: Wire = [...edits].sort((a, b) => a.index - b.index).map(({ index, operation, patch }) => [index, operation, patch]);
  const plain = new TextEncoder().encode(JSON.stringify(wire));
  const packed = typeof CompressionStream === 'function' ? await pipe(plain, new CompressionStream('deflate')) : undefined;
  return packed && packed.length < plain.length ? `z${toBase64Url(packed)}` : `j${toBase64Url(plain)}`;
}

/** The edits a URL's `answers` parameter holds, or why it holds none. */
export async function decodeEdits(text: string): Promise<{ ok: true; edits: Edit[] } | { ok: false }> {
  try {
    const kind = text.charAt(0);
    const bytes = Uint8Array.from(atob(text.slice(1).replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    if (kind !== 'z' && kind !== 'j') return { ok: false };
    const plain = kind === 'z' ? await pipe(bytes, new DecompressionStream('deflate')) : bytes;
    const wire: unknown = JSON.parse(new TextDecoder().decode(plain));
    if (!Array.isArray(wire)) return { ok: false };
    const edits: Edit[] = [];
    for (const entry of wire) {
      if (!Array.isArray(entry) || entry.length !== 3) return { ok: false };
      const [index, operation, patch] = entry as unknown[];
      if (!Number.isInteger(index) || (index as number) < 0 || typeof operation !== 'string' || !isObject(patch)) return { ok: false };
      edits.push({ index: index as number, operation, patch });
    }
    return { ok: true, edits };
  } catch {
    return { ok: false };
  }
}

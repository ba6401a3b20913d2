#!/usr/bin/env node
/**
 * Writes tests/model/cognito-idp.json: the part of Cognito's API model the tests hold the adapter's
 * requests, the error mapping and the simulated pool to. Re-run after an SDK upgrade and review the diff:
 *
 *   node tests/model/extract.mjs [--botocore DIR]
 *
 * Sources, and why two:
 * - botocore (the AWS SDK for Python's data package): data/cognito-idp/2016-04-18/service-2.json.gz
 *   is the service's full model: members, required lists, lengths, patterns, enums and each
 *   operation's errors. The JavaScript SDKs on npm leave the constraints out: v3's schemas keep
 *   member names and required counts only; v2 (`aws-sdk`, last 2.1693.0) ships a minified model
 *   without lengths, patterns or error lists, and without the operations added since November 2024
 *   (WebAuthn, GetTokensFromRefreshToken). botocore is found through `python3 -c "import botocore"`,
 *   or given as --botocore DIR (the botocore package folder, holding __init__.py and data/);
 *   `pip install botocore==<the version recorded in the JSON>` brings the same model.
 * - The project's own @aws-sdk/client-cognito-identity-provider (node_modules): the HTTP status
 *   of each error (httpError traits), and what it knows beyond the botocore model (members,
 *   errors), recorded under `newerInJsSdk`.
 *
 * Documentation strings are left out. Shapes are inlined, each keeping its model name as `shape`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** Operations planned work will call, beyond those the adapter and the simulated pool call now. */
const PLANNED = ['StartWebAuthnRegistration', 'CompleteWebAuthnRegistration', 'ListWebAuthnCredentials', 'DeleteWebAuthnCredential'];

const MODEL_FILE = 'data/cognito-idp/2016-04-18/service-2.json.gz';
const JS_SDK = '@aws-sdk/client-cognito-identity-provider';
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const out = join(here, 'cognito-idp.json');

/** The commands src/cognito/sdk-client.ts imports, the request table of src/simulated/validate.ts and PLANNED. */
function operationsUsed() {
  const source = (path) => readFileSync(join(root, path), 'utf8');
  const adapter = [...source('src/cognito/sdk-client.ts').matchAll(/^\s+(\w+)Command,$/gm)].map((match) => match[1]);
  const table = source('src/simulated/validate.ts').split('export const OPERATION_INPUTS = {')[1].split('\n} satisfies')[0];
  const simulated = [...table.matchAll(/^ {2}(\w+): structure\(/gm)].map((match) => match[1]);
  if (!adapter.length || !simulated.length) throw new Error('no operations found in sdk-client.ts or validate.ts');
  return [...new Set([...adapter, ...simulated, ...PLANNED])].sort();
}
const OPERATIONS = operationsUsed();

// ---------------------------------------------------------------------------------------------
// Sources

function findBotocore() {
  const flag = process.argv.indexOf('--botocore');
  if (flag > 0) {
    const dir = process.argv[flag + 1];
    const version = /__version__\s*=\s*['"]([^'"]+)/.exec(readFileSync(join(dir, '__init__.py'), 'utf8'))?.[1];
    return { dir, version };
  }
  try {
    const [version, dir] = execFileSync('python3', ['-c', 'import botocore, os; print(botocore.__version__); print(os.path.dirname(botocore.__file__))'], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    return { dir, version };
  } catch {
    console.error('botocore not found: `pip install botocore` (or pass --botocore DIR, the folder with botocore/__init__.py)');
    process.exit(1);
  }
}

const botocore = findBotocore();
const service = JSON.parse(gunzipSync(readFileSync(join(botocore.dir, MODEL_FILE))).toString('utf8'));
const require = createRequire(join(root, 'package.json'));
const sdkVersion = JSON.parse(readFileSync(require.resolve(`${JS_SDK}/package.json`), 'utf8')).version;
const sdk = require(JS_SDK);
const sdkTypes = join(dirname(require.resolve(`${JS_SDK}/package.json`)), 'dist-types/commands');

// ---------------------------------------------------------------------------------------------
// botocore shapes, inlined

const CONSTRAINTS = ['min', 'max', 'pattern', 'enum', 'sensitive'];

function resolve(name, seen = []) {
  if (seen.includes(name)) throw new Error(`recursive shape ${[...seen, name].join(' > ')}`);
  const shape = service.shapes[name];
  const result = { shape: name, type: shape.type };
  for (const key of CONSTRAINTS) if (shape[key] !== undefined) result[key] = shape[key];
  const inner = (ref) => resolve(ref.shape, [...seen, name]);
  if (shape.type === 'structure') {
    result.required = shape.required ?? [];
    result.members = Object.fromEntries(Object.entries(shape.members).map(([member, ref]) => [member, inner(ref)]));
  }
  if (shape.type === 'list') result.member = inner(shape.member);
  if (shape.type === 'map') {
    result.key = inner(shape.key);
    result.value = inner(shape.value);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// The JavaScript SDK's view

/** Member names of a structure schema: `[3, namespace, name, traits, memberNames, memberSchemas, requiredCount?]`. */
const sdkMembers = (name) => sdk[`${name}$`]?.[4] ?? [];
/** The errors a command's declaration documents with `@throws {@link X}`. */
const sdkErrors = (operation) =>
  [...readFileSync(join(sdkTypes, `${operation}Command.d.ts`), 'utf8').matchAll(/@throws \{@link (\w+)\}/g)]
    .map((match) => match[1])
    .filter((name) => name !== 'CognitoIdentityProviderServiceException');
/** An error schema: `[-3, namespace, name, { error, httpError }, memberNames, memberSchemas]`. */
const sdkErrorTraits = (name) => sdk[`${name}$`]?.[3] ?? {};

// ---------------------------------------------------------------------------------------------
// The subset

const operations = {};
const errorNames = new Set();
const newerInJsSdk = { members: {}, errors: {} };
const note = (kind, key, names) => {
  if (names.length) newerInJsSdk[kind][key] = names;
};

for (const name of OPERATIONS) {
  const operation = service.operations[name];
  if (!operation) throw new Error(`${name} is not in botocore ${botocore.version}`);
  const errors = [...new Set(operation.errors.map((ref) => ref.shape))];
  errors.forEach((error) => errorNames.add(error));
  const input = resolve(operation.input.shape);
  const output = operation.output ? resolve(operation.output.shape) : null;
  operations[name] = {
    'X-Amz-Target': `${service.metadata.targetPrefix}.${name}`,
    authtype: operation.authtype ?? 'v4',
    input,
    output,
    errors,
  };
  note('members', input.shape, sdkMembers(input.shape).filter((member) => !(member in input.members)));
  if (output) note('members', output.shape, sdkMembers(output.shape).filter((member) => !(member in output.members)));
  note('errors', name, sdkErrors(name).filter((error) => !errors.includes(error)));
}

const errors = Object.fromEntries(
  [...errorNames].sort().map((name) => {
    const shape = service.shapes[name];
    if (!shape?.exception) throw new Error(`${name} is not an exception shape`);
    const fault = shape.fault ? 'server' : 'client';
    // Smithy's default status where an error has no httpError trait: 500 for server faults, 400 otherwise.
    const httpStatusCode = sdkErrorTraits(name).httpError ?? (fault === 'server' ? 500 : 400);
    return [name, { __type: name, fault, httpStatusCode }];
  }),
);

const subset = {
  source: {
    model: `botocore ${botocore.version}, ${MODEL_FILE}`,
    botocore: botocore.version,
    jsSdk: `${JS_SDK}@${sdkVersion}`,
    regenerate: 'node tests/model/extract.mjs',
    metadata: {
      apiVersion: service.metadata.apiVersion,
      jsonVersion: service.metadata.jsonVersion,
      protocol: service.metadata.protocol,
      targetPrefix: service.metadata.targetPrefix,
    },
    notes: [
      'errors[].httpStatusCode is the JS SDK httpError trait; on the wire every modeled client error comes with HTTP 400 and InternalErrorException with 500. Clients tell errors apart by __type / x-amzn-ErrorType.',
      'newerInJsSdk lists what the JS SDK knows beyond this botocore model: structure members by shape name, errors by operation.',
    ],
  },
  operations,
  errors,
  newerInJsSdk,
};

writeFileSync(out, `${JSON.stringify(subset, null, 2)}\n`);
console.log(`wrote ${out}: ${OPERATIONS.length} operations, ${errorNames.size} errors (botocore ${botocore.version}, ${JS_SDK}@${sdkVersion})`);

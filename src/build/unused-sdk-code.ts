/**
 * Code of the AWS SDK's Cognito client that a public client never runs, and the Vite plugin that
 * leaves it out of every build (vite.config.ts; the app never imports this file). It saves about
 * 14 KB of gzip.
 *
 * Every operation the app sends is unsigned (`smithy.api#noAuth` in the client's own auth scheme
 * provider; tests/adapter/unsigned.test.ts holds each one to it), so SigV4 signing and the SHA-256
 * it hashes with never run. Cognito has no event-stream operation. The adapter's client retries in
 * the standard mode, never the adaptive one. And the client registers a class for each of its
 * sixty exceptions: without them an exception still arrives with its name and message, which is
 * all src/cognito/sdk-errors.ts reads.
 *
 * Each stand-in throws if it is ever reached. A build that bundles the SDK's client fails when any
 * entry of UNUSED_SDK_CODE finds nothing to replace, so a change in the SDK's layout fails the
 * build rather than growing it in silence. tests/e2e/size-budget.test.ts checks that what each
 * entry leaves out is out of the build, and the `trimmed-sdk` test project (vite.config.ts) runs
 * the adapter's tests on the SDK as builds trim it, so `npm test` catches, without a build, an SDK
 * that starts to use what is left out.
 *
 * Bumping the SDK: package.json pins @aws-sdk/client-cognito-identity-provider to one version so
 * that it changes only on purpose (the lockfile holds @smithy/core and @aws-sdk/core, which it
 * asks for by range; `npm update` moves them too). Change the pin, run `npm install`, then
 * `npm test`, which proves the trimmed build still works: a build that no longer matches an entry
 * here fails and names it; tests/adapter/unsigned.test.ts shows that every operation is still
 * sent unsigned; the `trimmed-sdk` project sends every operation through the trimmed SDK;
 * tests/e2e/size-budget.test.ts checks that what each entry leaves out stays out, and the bytes;
 * and the Chromium journeys, tests/e2e/journey.test.ts and tests/e2e/lifecycle.test.ts, run the
 * built app, stand-ins included, end to end. Update an entry whose file moved; drop one only once
 * the SDK no longer has what it replaces.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

interface LeftOut {
  /** In a few words; a stand-in's error names it. */
  what: string;
  /** A module of the SDK that builds no longer contain (tests/e2e/size-budget.test.ts checks). */
  leavesOut: RegExp;
}

/** A module the SDK imports by a bare specifier, replaced whole. */
export interface ModuleStandIn extends LeftOut {
  kind: 'module';
  specifier: string;
  /** The stand-in's exports: each calls `never()`, which throws. */
  exports: string;
}

/** A file the SDK imports relatively, replaced by its path (forward slashes). */
export interface FileStandIn extends LeftOut {
  kind: 'file';
  file: RegExp;
  exports: string;
}

/** The client's registration of its exception classes, taken out of the file that makes it. */
export interface ExceptionRegistrations extends LeftOut {
  kind: 'exceptions';
  file: RegExp;
  /** One registration, a whole line. */
  registration: RegExp;
}

export type UnusedSdkCode = ModuleStandIn | FileStandIn | ExceptionRegistrations;

export const UNUSED_SDK_CODE: readonly UnusedSdkCode[] = [
  {
    kind: 'module',
    specifier: '@smithy/signature-v4',
    what: 'SigV4 signing',
    exports: 'export class SignatureV4 { constructor() { never(); } }',
    leavesOut: /\/node_modules\/@smithy\/signature-v4\//,
  },
  {
    kind: 'module',
    specifier: '@smithy/core/checksum',
    what: 'SHA-256 for signing',
    exports: 'export class Sha256 { constructor() { never(); } }',
    leavesOut: /\/node_modules\/@smithy\/core\/dist-es\/submodules\/checksum\//,
  },
  {
    kind: 'module',
    specifier: '@smithy/core/event-streams',
    what: 'Event streams',
    exports: 'export class EventStreamSerde { constructor() { never(); } } export const eventStreamSerdeProvider = never;',
    leavesOut: /\/node_modules\/@smithy\/core\/dist-es\/submodules\/event-streams\//,
  },
  {
    kind: 'file',
    file: /\/node_modules\/@smithy\/core\/dist-es\/submodules\/retry\/util-retry\/AdaptiveRetryStrategy\.js$/,
    what: 'Adaptive retry',
    exports: 'export class AdaptiveRetryStrategy { constructor() { never(); } }',
    // Only the adaptive strategy uses the rate limiter.
    leavesOut: /\/node_modules\/@smithy\/core\/dist-es\/submodules\/retry\/util-retry\/DefaultRateLimiter\.js$/,
  },
  {
    kind: 'exceptions',
    file: /\/node_modules\/@aws-sdk\/client-cognito-identity-provider\/dist-es\/schemas\/schemas_0\.js$/,
    registration: /^n0_registry\.registerError\(\w+\$, \w+\);$/m,
    what: 'Exception classes',
    leavesOut: /\/node_modules\/@aws-sdk\/client-cognito-identity-provider\/dist-es\/models\/errors\.js$/,
  },
];

/** Any module of the SDK's client: whether a build bundles it at all. */
export const SDK_CLIENT = /\/node_modules\/@aws-sdk\/client-cognito-identity-provider\//;

/** A module id with forward slashes, as the patterns above are written. */
export const posixPath = (id: string) => id.replace(/\\/g, '/');

/**
 * Where the stand-ins report to when the plugin runs under the tests (`apply: 'serve'`): which
 * were loaded in place of the SDK's code, and which were reached. Builds carry no trace.
 */
export const TRACE = '__unusedSdkCode';
export interface Trace {
  loaded: Set<string>;
  reached: string[];
}

const PREFIX = '\0unused-sdk:';
const UPDATE = 'update UNUSED_SDK_CODE in src/build/unused-sdk-code.ts (its first comment says how to bump the SDK)';

function describe(entry: UnusedSdkCode): string {
  if (entry.kind === 'module') return `${entry.what}: nothing imports "${entry.specifier}"`;
  return `${entry.what}: no file matches ${entry.file}`;
}

/** Public API of the plugin (`plugin.api`), for `npm run bench` to name the stand-ins' chunks. */
export interface UnusedSdkCodeApi {
  /** The entry whose stand-in a module id is, if it is one. */
  standInOf(id: string): UnusedSdkCode | undefined;
}

/**
 * Leaves UNUSED_SDK_CODE out: in builds by default; `apply: 'serve'` does the same under the
 * tests, with stand-ins that report to globalThis[TRACE] (created by the test's setup).
 */
export function withoutUnusedSdkCode({ apply = 'build' }: { apply?: 'build' | 'serve' } = {}): Plugin<UnusedSdkCodeApi> {
  const traced = apply === 'serve';
  /** A module with the given exports, each of which throws when used. */
  const standIn = ({ what, exports }: ModuleStandIn | FileStandIn) => {
    const message = JSON.stringify(`${what} is left out of this build: a public Cognito client does not use it`);
    if (!traced) return `const never = () => { throw new Error(${message}); }; ${exports}`;
    const name = JSON.stringify(what);
    return `const trace = globalThis[${JSON.stringify(TRACE)}]; trace.loaded.add(${name}); const never = () => { trace.reached.push(${name}); throw new Error(${message}); }; ${exports}`;
  };
  const modules = new Map<string, ModuleStandIn>();
  const files: FileStandIn[] = [];
  const registrations: ExceptionRegistrations[] = [];
  for (const entry of UNUSED_SDK_CODE) {
    if (entry.kind === 'module') modules.set(entry.specifier, entry);
    else if (entry.kind === 'file') files.push(entry);
    else registrations.push(entry);
  }
  const fileOf = (id: string) => files.find((entry) => entry.file.test(posixPath(id)));

  const used = new Set<UnusedSdkCode>();
  let sdkInBuild = false;
  return {
    name: 'without-unused-sdk-code',
    apply,
    enforce: 'pre',
    api: {
      standInOf: (id) => (id.startsWith(PREFIX) ? modules.get(id.slice(PREFIX.length)) : fileOf(id)),
    },
    buildStart() {
      used.clear();
      sdkInBuild = false;
    },
    resolveId(id) {
      const entry = modules.get(id);
      if (!entry) return null;
      used.add(entry);
      return PREFIX + id;
    },
    load(id) {
      if (id.startsWith(PREFIX)) return standIn(modules.get(id.slice(PREFIX.length))!);
      const file = fileOf(id);
      if (file) {
        used.add(file);
        return standIn(file);
      }
      if (!SDK_CLIENT.test(posixPath(id))) return null;
      sdkInBuild = true;
      // The user agent names the client's version; the rest of its package.json stays out.
      if (id.endsWith('package.json')) return JSON.stringify({ version: JSON.parse(readFileSync(id, 'utf8')).version });
      return null;
    },
    transform(code, id) {
      const entry = registrations.find(({ file }) => file.test(posixPath(id)));
      if (!entry) return null;
      const kept = code.replace(new RegExp(entry.registration.source, 'gm'), '');
      if (kept === code) this.error(`${id}: no exception registrations found (${entry.registration}); the SDK's layout changed: ${UPDATE}`);
      used.add(entry);
      const trace = traced ? `\nglobalThis[${JSON.stringify(TRACE)}].loaded.add(${JSON.stringify(entry.what)});` : '';
      return { code: kept + trace, map: null };
    },
    buildEnd(error) {
      if (error || traced || !sdkInBuild) return;
      const missing = UNUSED_SDK_CODE.filter((entry) => !used.has(entry));
      if (missing.length) {
        this.error(`The AWS SDK's layout changed, so this build would carry code a public client never runs. ${missing.map(describe).join('. ')}. To fix: ${UPDATE}.`);
      }
    },
  };
}

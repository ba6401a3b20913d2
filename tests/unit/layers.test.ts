/**
 * Arrows point one way. Every source file under src/ is parsed for what it imports (static
 * `import` and `export … from`, and dynamic `import(…)`), and each import is held to the layers:
 * the statechart knows only XState and itself; the adapter knows nothing of views, the simulated
 * pool or previews; views know neither the adapter, the SDK nor the simulated pool; only the
 * adapter imports the SDK; the session API and the router are plain TypeScript, the session
 * reading the machine only through its snapshot; the site's pages (src/app) never import the
 * adapter, the SDK or XState; and the simulated pool is loaded statically only by itself, by the
 * previews and (dynamically) by main.ts, so it never ships in a real pool's build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, posix, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Import {
  /** The importing file, from the repository's root: `src/auth/machine.ts`. */
  file: string;
  /** A file from the repository's root without its extension resolved (`src/auth/setup`), or a package (`xstate`). */
  target: string;
  kind: 'static' | 'dynamic';
}

interface Rule {
  says: string;
  applies: (file: string) => boolean;
  forbids: (target: string, kind: Import['kind']) => boolean;
}

const under = (...dirs: string[]) => (path: string) => dirs.some((dir) => path.startsWith(`${dir}/`));

const RULES: Rule[] = [
  {
    says: 'src/auth imports only xstate and its own files',
    applies: under('src/auth'),
    forbids: (target) => !(target === 'xstate' || under('src/auth')(target)) || target.endsWith('.svelte'),
  },
  {
    says: 'src/cognito imports neither views, the simulated pool nor previews',
    applies: under('src/cognito'),
    forbids: under('src/views', 'src/simulated', 'src/preview'),
  },
  {
    says: 'src/views imports neither the adapter, the AWS SDK nor the simulated pool',
    applies: under('src/views'),
    forbids: (target) => under('src/cognito', 'src/simulated', '@aws-sdk')(target),
  },
  {
    says: "src/doctor reaches the adapter only from its boot: the doctor's findings are plain TypeScript",
    applies: (file) => under('src/doctor')(file) && file !== 'src/doctor/boot.ts',
    forbids: under('src/cognito'),
  },
  {
    says: 'src/session and src/router are plain TypeScript: no Svelte, no SDK, nothing of views, the site\'s pages, the adapter or the simulated pool',
    applies: under('src/session', 'src/router'),
    forbids: (target) =>
      target === 'svelte' || target.startsWith('svelte/') || target.endsWith('.svelte') || under('src/views', 'src/app', 'src/lib', 'src/cognito', 'src/simulated', 'src/preview', '@aws-sdk')(target),
  },
  {
    says: 'src/session reads the machine through its snapshot: of src/auth only types, the events, and jwt.ts',
    applies: under('src/session'),
    forbids: (target) => under('src/auth')(target) && !['src/auth/machine', 'src/auth/context', 'src/auth/types', 'src/auth/jwt', 'src/auth/events'].includes(target),
  },
  {
    says: 'src/app (the site\'s pages) uses the session API, never the adapter, the SDK, XState or the simulated pool',
    applies: under('src/app'),
    forbids: (target) => target === 'xstate' || under('src/cognito', 'src/simulated', 'src/preview', '@aws-sdk')(target),
  },
  {
    says: 'only src/cognito imports the AWS SDK',
    applies: (file) => !under('src/cognito')(file),
    forbids: under('@aws-sdk'),
  },
  {
    says: 'only src/simulated, src/preview, src/main.ts and build-time src/build import src/simulated statically',
    applies: (file) => !under('src/simulated', 'src/preview', 'src/build')(file) && file !== 'src/main.ts',
    forbids: (target, kind) => kind === 'static' && under('src/simulated')(target),
  },
];

/** The script blocks of a Svelte component, or the whole of any other file. */
function scriptsOf(file: string, text: string): string[] {
  if (!file.endsWith('.svelte')) return [text];
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
}

/** Where a specifier leads: a path from the root for a relative one, else the package as written. */
function targetOf(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return posix.normalize(posix.join(posix.dirname(file), specifier));
}

function importsOf(file: string, text: string): Import[] {
  const found: Import[] = [];
  for (const script of scriptsOf(file, text)) {
    const source = ts.createSourceFile(file, script, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        found.push({ file, target: targetOf(file, node.moduleSpecifier.text), kind: 'static' });
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        found.push({ file, target: targetOf(file, node.argument.literal.text), kind: 'static' });
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [specifier] = node.arguments;
        if (specifier && ts.isStringLiteralLike(specifier)) found.push({ file, target: targetOf(file, specifier.text), kind: 'dynamic' });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function violations(imports: Import[]): string[] {
  return imports.flatMap(({ file, target, kind }) =>
    RULES.filter((rule) => rule.applies(file) && rule.forbids(target, kind)).map(
      (rule) => `${file} imports ${target} (${kind}): ${rule.says}`,
    ),
  );
}

function sourceFiles(): string[] {
  return (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[])
    .map((path) => join('src', path).split(sep).join('/'))
    .filter((path) => /\.(ts|svelte)$/.test(path));
}

describe('the layers', () => {
  const files = sourceFiles();
  const imports = files.flatMap((file) => importsOf(file, readFileSync(join(ROOT, file), 'utf8')));

  it('reads every source file, static and dynamic imports alike', () => {
    expect(files).toContain('src/auth/machine.ts');
    expect(files).toContain('src/views/SignIn.svelte');
    expect(imports).toContainEqual({ file: 'src/auth/machine.ts', target: 'src/auth/setup', kind: 'static' });
    expect(imports).toContainEqual({ file: 'src/views/SignIn.svelte', target: 'src/lib/auth.svelte', kind: 'static' });
    expect(imports).toContainEqual({ file: 'src/main.ts', target: 'src/simulated/browser', kind: 'dynamic' });
    expect(imports).toContainEqual({ file: 'src/app/Profile.svelte', target: 'src/session', kind: 'static' });
  });

  it('holds every import of src/ to the layers', () => {
    expect(violations(imports)).toEqual([]);
  });

  it('catches each kind of import that crosses a layer', () => {
    const wrong = (file: string, text: string) => violations(importsOf(file, text));
    expect(wrong('src/auth/setup.ts', "import type { PoolConfig } from '../config';")).toHaveLength(1);
    expect(wrong('src/auth/flows/sign-in.ts', "export { x } from '../../lib/messages';")).toHaveLength(1);
    expect(wrong('src/auth/setup.ts', "const m = () => import('../i18n');")).toHaveLength(1);
    expect(wrong('src/auth/setup.ts', "import { assign } from 'xstate/graph';")).toHaveLength(1);
    expect(wrong('src/auth/setup.ts', "import View from './View.svelte';")).toHaveLength(1);
    expect(wrong('src/cognito/lazy.ts', "import { x } from '../preview/drive';")).toHaveLength(1);
    expect(wrong('src/views/SignIn.svelte', "<script lang=\"ts\">\n  import { a } from '../cognito/lazy';\n</script>")).toHaveLength(1);
    expect(wrong('src/views/index.ts', "import { X } from '@aws-sdk/client-cognito-identity-provider';")).toHaveLength(2);
    expect(wrong('src/App.svelte', "<script>\n  import { seed } from './simulated/demo-users';\n</script>")).toHaveLength(1);
    expect(wrong('src/session/session.ts', "import { mount } from 'svelte';")).toHaveLength(1);
    expect(wrong('src/session/session.ts', "import { authSetup } from '../auth/setup';")).toHaveLength(1);
    expect(wrong('src/router/router.ts', "import { getAuth } from '../lib/auth.svelte';")).toHaveLength(1);
    expect(wrong('src/app/Profile.svelte', "<script lang=\"ts\">\n  import { createSdkClient } from '../cognito/sdk-client';\n</script>")).toHaveLength(1);
    expect(wrong('src/app/Profile.svelte', "<script lang=\"ts\">\n  import { createActor } from 'xstate';\n</script>")).toHaveLength(1);
    expect(wrong('src/auth/setup.ts', "import { session } from '../session';")).toHaveLength(1);
    // What is allowed stays allowed: the machine's own files, XState, a dynamic load of the simulated pool.
    expect(wrong('src/auth/setup.ts', "import { setup } from 'xstate';\nimport { x } from './flows/shared';")).toEqual([]);
    expect(wrong('src/boot/auth-actor.ts', "const pool = () => import('../simulated/browser');")).toEqual([]);
    expect(wrong('src/session/session.ts', "import type { AuthMachine } from '../auth/machine';\nimport { jwtClaims } from '../auth/jwt';")).toEqual([]);
    expect(wrong('src/app/Profile.svelte', "<script lang=\"ts\">\n  import { session } from '../session';\n</script>")).toEqual([]);
    // A comment is not an import.
    expect(wrong('src/auth/setup.ts', "// import('../lib/messages')\n/** import { x } from '../config' */")).toEqual([]);
  });
});

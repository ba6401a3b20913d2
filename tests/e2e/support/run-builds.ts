/**
 * The e2e project's global setup: one folder for this run's builds (tests/e2e/support/build.ts
 * `sharedBuild`), so that every test file that needs the same build uses the one made first in
 * this run instead of making its own, and a run going on meanwhile in the same checkout (with
 * its own folder) cannot swap chunks under it. The folder goes when the run ends; a folder left
 * by a run that was killed goes at the start of the next one.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { fileURLToPath } from 'node:url';

/** Where runs keep their builds, one folder each. */
const RUNS_DIR = fileURLToPath(new URL('../../../node_modules/.e2e/runs/', import.meta.url));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default function setup(project: TestProject) {
  mkdirSync(RUNS_DIR, { recursive: true });
  for (const name of readdirSync(RUNS_DIR)) {
    const pid = Number(name.split('-')[0]);
    if (!Number.isInteger(pid) || !alive(pid)) rmSync(join(RUNS_DIR, name), { recursive: true, force: true });
  }
  const dir = join(RUNS_DIR, `${process.pid}-${Date.now()}`);
  mkdirSync(dir);
  project.provide('e2eBuilds', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

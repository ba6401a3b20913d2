/**
 * The statechart's own shape, read from the machine: its atomic states and the states a person
 * can rest in, so tests enumerate them rather than keep lists that can go stale.
 */
import type { AnyStateNode } from 'xstate';
import { authMachine } from '../../src/auth/machine';

/** Every atomic state under a node, as the path of state names from the root. */
export function atomicStates(node: AnyStateNode = authMachine.root): string[][] {
  const children = Object.values(node.states) as AnyStateNode[];
  if (children.length === 0) return [node.path];
  return children.flatMap((child) => atomicStates(child));
}

/** A state path as the object `snapshot.matches` takes: ['a', 'b', 'c'] -> { a: { b: 'c' } }. */
export function matcher(path: readonly string[]): never {
  return path.slice(0, -1).reduceRight<unknown>((inner, name) => ({ [name]: inner }), path.at(-1)) as never;
}

/** Not screens: the states the machine passes through without stopping. */
export const TRANSIENT = ['start', 'routing'];

/**
 * The states a person can rest in and act from, dot-joined ('signIn.idle',
 * 'signedIn.screen.account.ready'): atomic, not waiting on Cognito (no `busy` tag), not
 * transient. Of the signed-in state only its screen region counts; the other keeps the
 * tokens fresh behind every screen.
 */
export function restingStates(): string[] {
  const resting = (node: AnyStateNode): AnyStateNode[] => {
    const children = Object.values(node.states) as AnyStateNode[];
    if (children.length === 0) return node.tags.includes('busy') ? [] : [node];
    const regions = node.type === 'parallel' ? children.filter((child) => child.key === 'screen') : children;
    return regions.flatMap(resting);
  };
  return resting(authMachine.root)
    .map((node) => node.path)
    .filter((path) => !TRANSIENT.includes(path[0]))
    .map((path) => path.join('.'));
}

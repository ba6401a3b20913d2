/**
 * The machine's states as dotted names (`signedIn.tokens.refreshing`), and the list of those a
 * preview can rest in, read from the chart itself. No msw here: the gallery page uses it too.
 */
import type { AnyStateNode, StateValue } from 'xstate';

/** `signedIn.tokens.refreshing` -> `{ signedIn: { tokens: 'refreshing' } }`, as `matches` takes it. */
export function stateMatcher(state: string): StateValue {
  const path = state.split('.');
  return path.slice(0, -1).reduceRight<StateValue>((inner, name) => ({ [name]: inner }), path.at(-1)!);
}

/** Every atomic state a snapshot value is in (one per region of a parallel state), dotted. */
export function statesOf(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  return Object.entries(value).flatMap(([name, inner]) =>
    inner === undefined ? [prefix + name] : statesOf(inner as StateValue, `${prefix}${name}.`),
  );
}

/** Not screens: the machine passes through these without resting. */
const TRANSIENT = new Set(['start', 'routing']);

/**
 * Every state the machine can rest in: its atomic states, dotted, but the transient ones. A state
 * added to the chart appears here, and so in the gallery's checklist and the coverage test.
 */
export function restingStates(root: AnyStateNode): string[] {
  const walk = (node: AnyStateNode): string[] => {
    const children = Object.values(node.states) as AnyStateNode[];
    return children.length === 0 ? [node.path.join('.')] : children.flatMap(walk);
  };
  return walk(root).filter((state) => !TRANSIENT.has(state.split('.')[0]));
}

/** The states of `states` that no preview rests in. */
export function statesWithoutPreview(
  states: readonly string[],
  previews: readonly { state: string; alsoIn?: readonly string[] }[],
): string[] {
  const shown = new Set(previews.flatMap((preview) => [preview.state, ...(preview.alsoIn ?? [])]));
  return states.filter((state) => !shown.has(state));
}

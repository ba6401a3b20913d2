import type { FieldProblems, Field, Problem } from '../auth/problems';
import type { Notice } from '../auth/context';
import type { Dictionary } from '../i18n';
import type { PoolShape } from '../auth/pool-shape';
import type { Screen } from '../auth/screens';

type Sentences = Partial<Record<Problem['reason'], string>>;

/**
 * The sentence for a problem. On a screen with sentences of its own (`screen`, the dictionary's
 * `problemsOnScreen`: the passkey offer's, whose way out is "Not now", not another way to sign
 * in), that screen's; else, on a pool not signed in with an email alone (`shape`), the sentences
 * that would name the email name the account's details instead.
 */
export function problemText(t: Dictionary, problem: Problem, shape?: PoolShape, screen?: Screen): string {
  if (problem.reason === 'lambdaRefused' && problem.detail) return t.problemDetails.lambdaRefused(problem.detail);
  const onScreen = screen ? (t.problemsOnScreen as Partial<Record<Screen, Sentences>>)[screen]?.[problem.reason] : undefined;
  if (onScreen) return onScreen;
  const byEmail = !shape || shape.signInWith.join() === 'email';
  const otherwise = byEmail ? undefined : (t.problemsNotByEmail as Sentences)[problem.reason];
  return otherwise ?? t.problems[problem.reason];
}

/** The sentence for a field's problem, or undefined when the field is fine. */
export function fieldMessage(t: Dictionary, problems: FieldProblems, field: Field, shape?: PoolShape): string | undefined {
  const problem = problems[field];
  return problem ? problemText(t, problem, shape) : undefined;
}

export function noticeText(t: Dictionary, notice: Notice | null): string | null {
  return notice ? t.notices[notice] : null;
}

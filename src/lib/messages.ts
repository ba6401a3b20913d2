import type { FieldProblems, Field, Problem } from '../auth/problems';
import type { Notice } from '../auth/context';
import type { Dictionary } from '../i18n';
import type { PoolShape } from '../auth/pool-shape';

/**
 * The sentence for a problem. On a pool not signed in with an email alone (`shape`), the sentences
 * that would name the email name the account's details instead.
 */
export function problemText(t: Dictionary, problem: Problem, shape?: PoolShape): string {
  if (problem.reason === 'lambdaRefused' && problem.detail) return t.problemDetails.lambdaRefused(problem.detail);
  const byEmail = !shape || shape.signInWith.join() === 'email';
  const otherwise = byEmail ? undefined : t.problemsNotByEmail[problem.reason as keyof Dictionary['problemsNotByEmail']];
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

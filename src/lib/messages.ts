import type { FieldProblems, Field, Problem } from '../auth/problems';
import type { Notice } from '../auth/context';
import type { Dictionary } from '../i18n';

/** The sentence for a problem. */
export function problemText(t: Dictionary, problem: Problem): string {
  if (problem.reason === 'lambdaRefused' && problem.detail) return t.problemDetails.lambdaRefused(problem.detail);
  return t.problems[problem.reason];
}

/** The sentence for a field's problem, or undefined when the field is fine. */
export function fieldMessage(t: Dictionary, problems: FieldProblems, field: Field): string | undefined {
  const problem = problems[field];
  return problem ? problemText(t, problem) : undefined;
}

export function noticeText(t: Dictionary, notice: Notice | null): string | null {
  return notice ? t.notices[notice] : null;
}

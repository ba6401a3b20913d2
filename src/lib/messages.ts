import type { FieldProblems, Field } from '../auth/problems';
import type { Notice } from '../auth/context';
import type { Dictionary } from '../i18n';

/** The sentence for a field's problem, or undefined when the field is fine. */
export function fieldMessage(t: Dictionary, problems: FieldProblems, field: Field): string | undefined {
  const problem = problems[field];
  return problem ? t.problems[problem.reason] : undefined;
}

export function noticeText(t: Dictionary, notice: Notice | null): string | null {
  return notice ? t.notices[notice] : null;
}

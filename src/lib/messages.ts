import type { FieldProblems, Field, Problem, ProblemReason } from '../auth/problems';
import type { Notice } from '../auth/context';
import type { Dictionary } from '../i18n';

/**
 * Problems only the site's people can solve (a disabled or blocked account, a step the page
 * cannot take, the site's own checks): their sentence is followed by the site's support contact
 * when it sets one (VITE_SUPPORT_CONTACT).
 */
const NEEDS_SUPPORT: ReadonlySet<ProblemReason> = new Set<ProblemReason>([
  'userDisabled',
  'blockedBySecurity',
  'unsupportedChallenge',
  'temporaryPasswordExpired',
  'lambdaRefused',
  'lambdaFailed',
]);

/** The sentence for a problem, with the support contact where only the site's people can help. */
export function problemText(t: Dictionary, problem: Problem, supportContact?: string): string {
  const text =
    problem.reason === 'lambdaRefused' && problem.detail ? t.problemDetails.lambdaRefused(problem.detail) : t.problems[problem.reason];
  return supportContact && NEEDS_SUPPORT.has(problem.reason) ? `${text} ${t.problemDetails.contactSupport(supportContact)}` : text;
}

/** The sentence for a field's problem, or undefined when the field is fine. */
export function fieldMessage(t: Dictionary, problems: FieldProblems, field: Field, supportContact?: string): string | undefined {
  const problem = problems[field];
  return problem ? problemText(t, problem, supportContact) : undefined;
}

export function noticeText(t: Dictionary, notice: Notice | null): string | null {
  return notice ? t.notices[notice] : null;
}

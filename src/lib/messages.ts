import type { FieldProblems, Field, Problem } from '../auth/problems';
import type { Notice } from '../auth/context';
import type { Dictionary } from '../i18n';
import type { PoolShape } from '../auth/pool-shape';
import type { CodeDelivery } from '../auth/types';

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

/**
 * The reset screen's notice. "If an account uses this email" fits a pool signed in with an email
 * alone whose code was emailed; elsewhere the notice names the channel Cognito reported
 * (ForgotPassword's CodeDeliveryDetails.DeliveryMedium) without naming what was typed, which may
 * be a username or a phone number. With PreventUserExistenceErrors ENABLED, Cognito answers an
 * unknown user with made-up delivery details too, so each sentence still says "if".
 */
export function resetNoticeText(t: Dictionary, notice: Notice | null, delivery: CodeDelivery | null, shape: PoolShape): string | null {
  if (notice !== 'resetCodeSent') return noticeText(t, notice);
  if (delivery?.medium === 'SMS') return t.resetPassword.ifTexted;
  if (shape.signInWith.join() === 'email') return t.notices.resetCodeSent;
  return delivery ? t.resetPassword.ifEmailed : t.resetPassword.ifSent;
}

/** The reset screen's line naming where the code went, by the medium Cognito reported. */
export function resetSentText(t: Dictionary, delivery: CodeDelivery | null): string {
  if (!delivery) return t.resetPassword.sentSomewhere;
  return delivery.medium === 'SMS' ? t.resetPassword.sentByText(delivery.destination) : t.resetPassword.sentTo(delivery.destination);
}

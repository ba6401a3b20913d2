/**
 * The reset screen's sentences, by the channel Cognito reported: apart from messages.ts, which the
 * first load carries, so that they come with the reset screen's lazy chunk.
 */
import type { Notice } from '../auth/context';
import type { PoolShape } from '../auth/pool-shape';
import type { CodeDelivery } from '../auth/types';
import type { Dictionary } from '../i18n';
import { noticeText } from './messages';

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

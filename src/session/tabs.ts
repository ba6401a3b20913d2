/**
 * The site's tabs, told of each other's sign-outs and rotated tokens over a BroadcastChannel
 * (same origin only).
 *
 * What is shared: signing out (or out on all devices) in one tab signs out every other tab of
 * this site signed in as the same person (the same `sub`): the person means this browser. Each
 * tab otherwise keeps its own session: signing in happens per tab, and its tokens stay in its
 * memory. Only with VITE_KEEP_SESSION=sessionStorage can two tabs hold the same refresh token
 * (the browser copies sessionStorage into a duplicated tab); there, a tab whose refresh rotated
 * the refresh token hands the new tokens to the tabs holding the old one, which Cognito no
 * longer takes (the machine adopts them only in place of that exact refresh token). Without
 * that option no token ever goes on the channel.
 */
import type { AuthContext } from '../auth/context';
import type { AuthActor } from './session';
import type { Tokens } from '../auth/types';
import { jwtClaims } from '../auth/jwt';

export const CHANNEL = 'signin.session';

type Message = { type: 'signedOut'; sub: string } | { type: 'tokens'; replaces: string; tokens: Tokens };

export interface TabChannel {
  postMessage(message: Message): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

const subOf = (tokens: Tokens | null) => (tokens ? String(jwtClaims(tokens.idToken).sub ?? '') : '');
/** A sign-out the person chose here (not one heard from another tab, nor a session that ended). */
const SIGNED_OUT_HERE: readonly AuthContext['notice'][] = ['signedOut', 'signedOutEverywhere'];

export function shareAcrossTabs(actor: AuthActor, channel: TabChannel, { shareTokens }: { shareTokens: boolean }): () => void {
  let before = actor.getSnapshot().context.tokens;
  const subscription = actor.subscribe(({ context }) => {
    const after = context.tokens;
    if (before && !after && SIGNED_OUT_HERE.includes(context.notice)) channel.postMessage({ type: 'signedOut', sub: subOf(before) });
    const rotated = before?.refreshToken && after?.refreshToken && after.refreshToken !== before.refreshToken;
    if (shareTokens && rotated && subOf(before) === subOf(after)) {
      channel.postMessage({ type: 'tokens', replaces: before!.refreshToken!, tokens: after! });
    }
    before = after;
  });
  channel.onmessage = ({ data }) => {
    const message = data as Message;
    const tokens = actor.getSnapshot().context.tokens;
    if (message.type === 'signedOut' && tokens && message.sub === subOf(tokens)) actor.send({ type: 'session.signedOutElsewhere' });
    if (message.type === 'tokens' && shareTokens) actor.send({ type: 'session.tokensShared', tokens: message.tokens, replaces: message.replaces });
  };
  return () => {
    subscription.unsubscribe();
    channel.onmessage = null;
  };
}

/**
 * The site's tabs (src/session/tabs.ts): a sign-out in one signs out the others signed in as the
 * same person; rotated tokens reach the tabs holding the replaced refresh token, and go on the
 * channel only where tabs can share one (VITE_KEEP_SESSION).
 */
import { describe, expect, it } from 'vitest';
import { shareAcrossTabs, type TabChannel } from '../../src/session/tabs';
import type { Tokens } from '../../src/auth/types';
import { startAuth, tokensFor } from '../support/scripted-client';

/** Channels that deliver each message to every other, as BroadcastChannel does (not to the sender). */
function channels(count: number) {
  const all: (TabChannel & { posted: unknown[] })[] = [];
  for (let i = 0; i < count; i++) {
    const channel = {
      posted: [] as unknown[],
      onmessage: null as TabChannel['onmessage'],
      postMessage(message: unknown) {
        channel.posted.push(message);
        for (const other of all) if (other !== channel) other.onmessage?.({ data: structuredClone(message) });
      },
    };
    all.push(channel);
  }
  return all;
}

const tab = (tokens: Tokens) => startAuth({ revoke: async () => undefined, refresh: async () => ({ ...tokens, accessToken: 'rotated', refreshToken: 'rotated-refresh' }) }, { tokens });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('tabs of the site', () => {
  it('a sign-out in one tab signs out the others signed in as the same person, and no one else', async () => {
    const [a, b, c] = [tab(tokensFor('ada@example.com')), tab(tokensFor('ada@example.com')), tab(tokensFor('bob@example.com', 'bob-sub'))];
    const [ca, cb, cc] = channels(3);
    shareAcrossTabs(a.actor, ca!, { shareTokens: false });
    shareAcrossTabs(b.actor, cb!, { shareTokens: false });
    shareAcrossTabs(c.actor, cc!, { shareTokens: false });
    a.actor.send({ type: 'signedIn.signOut' });
    await settle();
    expect(a.actor.getSnapshot().context.notice).toBe('signedOut');
    expect(b.actor.getSnapshot().context).toMatchObject({ tokens: null, notice: 'signedOutElsewhere' });
    expect(c.actor.getSnapshot().matches('signedIn')).toBe(true);
    // The tab told does not tell the others again.
    expect(cb!.posted).toEqual([]);
  });

  it('a refresh that rotated the refresh token hands the new tokens to the tab that held the old one', async () => {
    const [a, b] = [tab(tokensFor('ada@example.com')), tab(tokensFor('ada@example.com'))];
    const [ca, cb] = channels(2);
    shareAcrossTabs(a.actor, ca!, { shareTokens: true });
    shareAcrossTabs(b.actor, cb!, { shareTokens: true });
    a.actor.send({ type: 'session.refresh' });
    await settle();
    expect(b.actor.getSnapshot().context.tokens).toMatchObject({ accessToken: 'rotated', refreshToken: 'rotated-refresh' });
    expect(b.ops()).toEqual([]);
  });

  it('never puts a token on the channel where each tab keeps its session in memory', async () => {
    const a = tab(tokensFor('ada@example.com'));
    const [ca] = channels(1);
    shareAcrossTabs(a.actor, ca!, { shareTokens: false });
    a.actor.send({ type: 'session.refresh' });
    await settle();
    expect(a.actor.getSnapshot().context.tokens?.refreshToken).toBe('rotated-refresh');
    expect(ca!.posted).toEqual([]);
  });
});

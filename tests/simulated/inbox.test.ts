import { describe, expect, it } from 'vitest';
import { Inbox } from '../../src/simulated/inbox';

describe('Inbox', () => {
  it('lists messages newest first with ids', () => {
    const inbox = new Inbox();
    inbox.deliver({ at: 1, medium: 'EMAIL', to: 'a@example.com', purpose: 'signUp', code: '111111' });
    inbox.deliver({ at: 2, medium: 'SMS', to: '+15555550123', purpose: 'mfa', code: '222222' });
    expect(inbox.list().map((m) => m.code)).toEqual(['222222', '111111']);
    expect(new Set(inbox.list().map((m) => m.id)).size).toBe(2);
  });

  it('finds the latest message by destination (emails in any case) and purpose', () => {
    const inbox = new Inbox();
    inbox.deliver({ at: 1, medium: 'EMAIL', to: 'Jane@example.com', purpose: 'signUp', code: '111111' });
    inbox.deliver({ at: 2, medium: 'EMAIL', to: 'bob@example.com', purpose: 'signUp', code: '222222' });
    inbox.deliver({ at: 3, medium: 'EMAIL', to: 'jane@example.com', purpose: 'forgotPassword', code: '333333' });
    expect(inbox.latest()?.code).toBe('333333');
    expect(inbox.latest('JANE@example.com')?.code).toBe('333333');
    expect(inbox.latest('jane@example.com', 'signUp')?.code).toBe('111111');
    expect(inbox.latest(undefined, 'signUp')?.code).toBe('222222');
    expect(inbox.latest('nobody@example.com')).toBeUndefined();
  });

  it('tells subscribers about deliveries and clearing until they unsubscribe', () => {
    const inbox = new Inbox();
    const seen: number[] = [];
    const stop = inbox.subscribe((messages) => seen.push(messages.length));
    inbox.deliver({ at: 1, medium: 'EMAIL', to: 'a@example.com', purpose: 'signUp', code: '111111' });
    inbox.deliver({ at: 2, medium: 'EMAIL', to: 'a@example.com', purpose: 'signUp', code: '222222' });
    inbox.clear();
    stop();
    inbox.deliver({ at: 3, medium: 'EMAIL', to: 'a@example.com', purpose: 'signUp', code: '333333' });
    expect(seen).toEqual([1, 2, 0]);
    expect(inbox.list()).toHaveLength(1);
  });

  it('hands out snapshots that later deliveries do not change', () => {
    const inbox = new Inbox();
    const before = inbox.list();
    inbox.deliver({ at: 1, medium: 'EMAIL', to: 'a@example.com', purpose: 'signUp', code: '111111' });
    expect(before).toHaveLength(0);
    expect(inbox.list()).not.toBe(before);
  });
});

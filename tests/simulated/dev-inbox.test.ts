import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DevInbox from '../../src/simulated/DevInbox.svelte';
import { demoUser, demoUsers } from '../../src/simulated/demo-users';
import { Inbox } from '../../src/simulated/inbox';
import { scenarioNames } from '../../src/simulated/scenarios';
import { totpCode } from '../../src/simulated/totp';

// Server-side render: enough to check the markup the panel promises without a DOM.
function html(inbox = new Inbox(), now = () => Date.UTC(2026, 0, 15, 12, 0, 5), lang?: () => 'en' | 'zh' | 'ja') {
  return render(DevInbox, { props: { inbox, scenario: 'sms-only', scenarios: scenarioNames, demoUsers, now, lang } }).body;
}

describe('DevInbox', () => {
  it('is a labelled aside that explains itself', () => {
    const body = html();
    expect(body).toMatch(/<aside[^>]*aria-label="Dev inbox"/);
    expect(body).toMatch(/<h2[^>]*>Dev inbox<\/h2>/);
    expect(body).toContain('What a real user pool would have emailed or texted.');
    expect(body).toContain('Nothing sent yet.');
  });

  it('lists messages newest first with medium, destination, purpose and the code as output', () => {
    const inbox = new Inbox();
    inbox.deliver({ at: 1, medium: 'EMAIL', to: 'jane@example.com', purpose: 'signUp', code: '111111' });
    inbox.deliver({ at: 2, medium: 'SMS', to: '+15555550123', purpose: 'mfa', code: '222222' });
    const body = html(inbox);
    expect(body.indexOf('222222')).toBeLessThan(body.indexOf('111111'));
    expect(body).toMatch(/<output class="code[^"]*">222222<\/output>/);
    expect(body).toContain('Text message');
    expect(body).toContain('+15555550123');
    expect(body).toContain('sign-in code');
    expect(body).toContain('sign-up confirmation');
  });

  it('shows the demo accounts with TOTP secrets and the current code, and links every scenario', () => {
    const now = Date.UTC(2026, 0, 15, 12, 0, 5);
    const body = html(new Inbox(), () => now);
    const totp = demoUser('totp');
    expect(body).toMatch(/<summary[^>]*>Demo accounts<\/summary>/);
    expect(body).toContain(totp.email);
    expect(body).toContain(totp.totpSecret!);
    expect(body).toContain(totpCode(totp.totpSecret!, now));
    for (const name of scenarioNames) expect(body).toContain(`href="?scenario=${name}"`);
    expect(body).toMatch(/<a[^>]*href="\?scenario=sms-only"[^>]*aria-current="page"/);
    expect(body).not.toMatch(/<a[^>]*href="\?scenario=default"[^>]*aria-current/);
    expect(body).not.toMatch(/style="/);
  });

  it('speaks the language it is given', () => {
    const inbox = new Inbox();
    inbox.deliver({ at: 1, medium: 'SMS', to: '+15555550123', purpose: 'mfa', code: '222222' });
    const body = html(inbox, undefined, () => 'ja');
    expect(body).toMatch(/<aside[^>]*aria-label="開発用受信トレイ"/);
    expect(body).toMatch(/<h2[^>]*>開発用受信トレイ<\/h2>/);
    expect(body).toContain('ログイン用コード');
    expect(body).not.toContain('Dev inbox');
  });
});

import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { I18n } from '../../src/lib/i18n.svelte';
import { ja } from '../../src/i18n/ja';
import { zh } from '../../src/i18n/zh';
import { en } from '../../src/i18n/en';
import { startAuth } from '../support/scripted-client';

describe('the language picker', () => {
  it('shows the language in use, follows a pick, and follows a change made elsewhere', async () => {
    const { actor } = startAuth({});
    const i18n = new I18n(ja, 'ja');
    const user = userEvent.setup();
    render(App, { props: { actor, i18n } });

    const picker = () => screen.getByRole('combobox') as HTMLSelectElement;
    expect(picker()).toHaveAccessibleName(ja.languagePicker);
    expect(picker().value).toBe('ja');

    await user.selectOptions(picker(), 'zh');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zh.signIn.heading));
    expect(picker().value).toBe('zh');

    // After a pick, the picker still follows the language, wherever the change comes from.
    await i18n.use('en', false);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.signIn.heading));
    expect(picker().value).toBe('en');
  });
});

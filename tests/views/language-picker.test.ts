import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { I18n } from '../../src/lib/i18n.svelte';
import { ja } from '../../src/i18n/ja';
import { zh } from '../../src/i18n/zh';
import { en } from '../../src/i18n/en';
import { ar } from '../../src/i18n/ar';
import { he } from '../../src/i18n/he';
import { LANGUAGES } from '../../src/i18n';
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

describe('the languages in the picker', () => {
  it('lists every registered language in its own name, and lays the document out in the direction of the one picked', async () => {
    const { actor } = startAuth({});
    const i18n = new I18n(en, 'en');
    const user = userEvent.setup();
    render(App, { props: { actor, i18n } });

    const picker = () => screen.getByRole('combobox') as HTMLSelectElement;
    const options = [...picker().options].map((option) => ({ value: option.value, name: option.textContent, lang: option.lang }));
    expect(options).toEqual(LANGUAGES.map(({ code, name }) => ({ value: code, name, lang: code })));

    await user.selectOptions(picker(), 'ar');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ar.signIn.heading));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');

    await user.selectOptions(picker(), 'he');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(he.signIn.heading));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'he');

    await user.selectOptions(picker(), 'ja');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ja.signIn.heading));
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(localStorage.getItem('signin.lang')).toBe('ja');
  });
});

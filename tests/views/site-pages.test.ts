/**
 * The signed-in view as the frame of the site's pages (src/app): the page at the address under
 * the header, `?return=` followed once to a page of this app and never elsewhere, and the
 * header leading from the account screens back to the pages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/svelte';
import SignedIn from '../../src/views/SignedIn.svelte';
import Account from '../../src/views/Account.svelte';
import { en } from '../../src/i18n/en';
import { startAuth, tokensFor } from '../support/scripted-client';
import type { Tokens } from '../../src/auth/types';
import { renderView } from '../support/render-view';

const signedIn = () => startAuth({ getMfaSettings: async () => ({ enabled: [], preferred: null }) }, { tokens: tokensFor('ada@example.com') });
const at = (address: string) => history.replaceState(null, '', address);

afterEach(() => at('/'));

describe('the site’s pages', () => {
  it('shows the page at the address, and another from the header', async () => {
    at('/#/profile');
    const { user } = renderView(SignedIn, signedIn().actor);
    expect(screen.getByRole('heading', { name: en.profile.heading })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: en.signedIn.home }));
    await screen.findByRole('heading', { name: en.signedIn.heading });
    expect(location.hash).toBe('#/');
  });

  it('follows ?return= to a page of this app, once, and takes it off the address', () => {
    at(`/?scenario=mfa-optional&return=${encodeURIComponent('/#/profile')}`);
    renderView(SignedIn, signedIn().actor);
    expect(screen.getByRole('heading', { name: en.profile.heading })).toBeInTheDocument();
    expect(location.search).toBe('?scenario=mfa-optional');
    expect(location.hash).toBe('#/profile');
  });

  it.each(['https://evil.example/#/profile', '//evil.example/#/profile', '/\\evil.example'])('ignores ?return=%s: the home page', (destination) => {
    at(`/?return=${encodeURIComponent(destination)}`);
    renderView(SignedIn, signedIn().actor);
    expect(screen.getByRole('heading', { name: en.signedIn.heading })).toBeInTheDocument();
    expect(location.href).toBe(`${location.origin}/`);
  });

  it('leads from the account page back to the pages', async () => {
    const { actor } = signedIn();
    actor.send({ type: 'signedIn.openAccount' });
    const { user } = renderView(Account, actor);
    expect(screen.getByRole('navigation', { name: en.signedIn.nav })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.signedIn.account })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(actor.getSnapshot().matches({ signedIn: { screen: { account: 'ready' } } })).toBe(true));
    await user.click(screen.getByRole('link', { name: en.signedIn.profile }));
    expect(actor.getSnapshot().matches({ signedIn: { screen: 'home' } })).toBe(true);
    expect(location.hash).toBe('#/profile');
  });
});

describe('who is signed in, on the home page', () => {
  const UUID = '5b3f9a2e-1c4d-4e8f-9a0b-7c6d5e4f3a21';
  /** Tokens whose ID token carries these claims (no pool involved), as each pool shape's does. */
  const tokensWith = (claims: object): Tokens => ({
    ...tokensFor('unused@example.com'),
    idToken: ['e30', Buffer.from(JSON.stringify({ sub: UUID, token_use: 'id', ...claims })).toString('base64url'), 'signature'].join('.'),
  });

  it.each([
    ['email as the username', { email: 'ada@example.com', 'cognito:username': UUID }, 'ada@example.com'],
    ['a phone number as the username', { phone_number: '+447700900123', 'cognito:username': UUID }, '+447700900123'],
    ['a username, with an email', { email: 'ada@example.com', 'cognito:username': 'ada' }, 'ada@example.com'],
    ['a username and a preferred username', { preferred_username: 'countess', 'cognito:username': 'ada' }, 'countess'],
    ['a username alone', { 'cognito:username': 'ada' }, 'ada'],
  ])('names the person signed in with %s', (_, claims, shown) => {
    at('/#/');
    renderView(SignedIn, startAuth({ getMfaSettings: async () => ({ enabled: [], preferred: null }) }, { tokens: tokensWith(claims) }).actor);
    expect(screen.getByText(en.signedIn.as(shown))).toBeInTheDocument();
  });
});

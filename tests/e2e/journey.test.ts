/**
 * Journeys in Debian's Chromium against the production demo build, served as a static host
 * would under a strict CSP. The QR code is read from the screen's pixels with zbarimg and the
 * codes computed with oathtool: neither shares code with the app or its simulated pool.
 */
import { describe, expect, it } from 'vitest';
import { authenticatorSecret, enterCode, latestCode, otherCode, signedInAs, signIn, signUp } from './support/app';
import { openPage, useDemoSite } from './support/site';
import { decodeQr, totpCode } from './support/tools';

const demo = useDemoSite();

describe('in Chromium, on the simulated pool', () => {
  it('signs up, confirms from the inbox, sets up TOTP from the QR code, signs out and in again', async () => {
    const { page, problems } = await openPage(demo.browser, demo.site.url);
    const email = `e2e-${Date.now()}@example.com`;
    await expect(page.getByText('Simulated user pool')).toBeTruthy();

    await signUp(page, email, 'Correct-h0rse');
    await enterCode(page, await latestCode(page, email), 'Confirm');

    // Straight into authenticator setup: no second sign-in.
    const qr = page.getByRole('img', { name: /QR code/ });
    await qr.waitFor();
    const uri = decodeQr(await qr.screenshot());
    const parsed = new URL(uri);
    expect(parsed.protocol).toBe('otpauth:');
    expect(decodeURIComponent(parsed.pathname)).toContain(email);
    const secret = parsed.searchParams.get('secret')!;
    const shownKey = (await page.getByLabel('Setup key').textContent())!.replace(/\s/g, '');
    expect(shownKey).toBe(secret);

    // A wrong code first: the same QR code stays, with a message at the field.
    await enterCode(page, totpCode(secret, Date.now() - 5 * 60_000), 'Verify and finish');
    await page.getByText('That code isn’t right').waitFor();
    expect(decodeQr(await qr.screenshot())).toBe(uri);

    await enterCode(page, totpCode(secret), 'Verify and finish');
    await signedInAs(page, email);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You’re signed out.').waitFor();
    await signIn(page, email, 'Correct-h0rse');
    await page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor();
    await enterCode(page, totpCode(secret, Date.now() + 30_000));
    await signedInAs(page, email);

    expect(problems).toEqual([]);
  });

  it('signs up where the pool sets up email codes, and signs in with the emailed code from the inbox', async () => {
    const { page, problems } = await openPage(demo.browser, `${demo.site.url}?scenario=email-mfa`);
    const email = `e2e-email-${Date.now()}@example.com`;
    await signUp(page, email, 'Correct-h0rse');
    const signUpCode = await latestCode(page, email);
    await enterCode(page, signUpCode, 'Confirm');
    // MFA_SETUP listing EMAIL_OTP alone: answered with the email at once, then the code it sent.
    await page.getByRole('heading', { name: 'Enter the code we emailed you' }).waitFor();
    await page.getByText(/We sent a 6-digit code to e\*+@e\*+\.com/).waitFor();
    await expect.poll(() => latestCode(page, email)).not.toBe(signUpCode);
    const confirmation = await latestCode(page, email);
    await enterCode(page, otherCode(confirmation));
    await page.getByText('That code isn’t right').waitFor();
    await enterCode(page, confirmation);
    await signedInAs(page, email);

    // Email codes are now this account's second step.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await signIn(page, email, 'Correct-h0rse');
    await page.getByRole('heading', { name: 'Enter the code we emailed you' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('signs in with an SMS code read from the inbox', async () => {
    const { page, problems } = await openPage(demo.browser, demo.site.url);
    await signIn(page, 'sms@example.com', 'Passw0rd!');
    await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
    await page.getByText(/We sent a 6-digit code to \+\*+0123/).waitFor();
    await enterCode(page, await latestCode(page, '+15555550123'));
    await signedInAs(page, 'sms@example.com');
    expect(problems).toEqual([]);
  });

  it('lets a person with two factors choose the authenticator app, and rejects a wrong code first', async () => {
    const { page, problems } = await openPage(demo.browser, demo.site.url);
    const secret = await authenticatorSecret(page, 'both@example.com');
    await signIn(page, 'both@example.com', 'Passw0rd!');
    await page.getByRole('button', { name: 'Authenticator app' }).click();
    await page.getByRole('heading', { name: 'Enter your authenticator code' }).waitFor();

    await enterCode(page, otherCode(totpCode(secret)));
    await page.getByText('That code isn’t right').waitFor();
    expect(await page.getByLabel('Verification code').getAttribute('aria-invalid')).toBe('true');

    await enterCode(page, totpCode(secret));
    await signedInAs(page, 'both@example.com');
    expect(problems).toEqual([]);
  });
});

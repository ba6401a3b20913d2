/** Whether a page's Content-Security-Policy lets it reach the Cognito endpoint (src/doctor/csp.ts). */
import { describe, expect, it } from 'vitest';
import { allAllowConnect, allowsConnect } from '../../src/doctor/csp';

const COGNITO = 'https://cognito-idp.eu-west-1.amazonaws.com/';
const PAGE = 'https://sign-in.example';

describe('connect-src', () => {
  it.each([
    ["connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com", true],
    ["connect-src 'self' cognito-idp.eu-west-1.amazonaws.com", true],
    ["connect-src 'self' https://*.amazonaws.com", true],
    ['connect-src https:', true],
    ['connect-src *', true],
    ['connect-src https://cognito-idp.eu-west-1.amazonaws.com:443/', true],
    ["connect-src 'self'", false],
    ["connect-src 'none'", false],
    ['connect-src https://cognito-idp.us-east-1.amazonaws.com', false],
    // A wildcard only as the leftmost label: this one is no valid source, and matches nothing.
    ['connect-src https://cognito-idp.*.amazonaws.com', false],
    ['connect-src https://*.cognito-idp.eu-west-1.amazonaws.com', false],
    ['connect-src http://cognito-idp.eu-west-1.amazonaws.com:80', false],
    ['connect-src https://cognito-idp.eu-west-1.amazonaws.com/other', false],
  ])('%s: %s', (policy, allowed) => {
    expect(allowsConnect(policy, COGNITO, PAGE)).toBe(allowed);
  });

  it('falls back to default-src, and allows anything with neither', () => {
    expect(allowsConnect("default-src 'self'; script-src 'self'", COGNITO, PAGE)).toBe(false);
    expect(allowsConnect("default-src 'self'; connect-src https:", COGNITO, PAGE)).toBe(true);
    expect(allowsConnect("script-src 'self'", COGNITO, PAGE)).toBe(true);
  });

  it("uses the first of two connect-src directives, as browsers do", () => {
    expect(allowsConnect("connect-src 'self'; connect-src https:", COGNITO, PAGE)).toBe(false);
  });

  it("an emulator on the page's own origin is 'self'", () => {
    expect(allowsConnect("connect-src 'self'", 'http://localhost:9229/', 'http://localhost:9229')).toBe(true);
    expect(allowsConnect("connect-src 'self'", 'http://localhost:9229/', 'http://localhost:5173')).toBe(false);
    expect(allowsConnect('connect-src http://localhost:9229', 'http://localhost:9229/', 'http://localhost:5173')).toBe(true);
  });

  it('every policy must allow it', () => {
    expect(allAllowConnect(['connect-src https:', "connect-src 'self'"], COGNITO, PAGE)).toBe(false);
    expect(allAllowConnect(['connect-src https:', `connect-src ${COGNITO}`], COGNITO, PAGE)).toBe(true);
    expect(allAllowConnect([], COGNITO, PAGE)).toBe(true);
  });
});

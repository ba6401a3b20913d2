/**
 * Where a person lands after signing in (src/router/return-to.ts): a path of this origin, and
 * nothing that could lead anywhere else, however it is written.
 */
import { describe, expect, it } from 'vitest';
import { returnDestination, safeReturnPath } from '../../src/router/return-to';
import { pathOf } from '../../src/router/router';

const ORIGIN = 'https://site.example';

describe('a return destination', () => {
  it.each([
    ['/', '/'],
    ['/reports/2026?year=1#top', '/reports/2026?year=1#top'],
    ['/#/profile', '/#/profile'],
    ['/a/../b', '/b'],
    ['/caf%C3%A9', '/caf%C3%A9'],
  ])('takes the same-origin path %s', (raw, expected) => {
    expect(safeReturnPath(raw, ORIGIN)).toBe(expected);
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['the same host over another scheme', 'http://site.example/'],
    ['a scheme-relative address', '//evil.example/'],
    ['a scheme-relative address with three slashes', '///evil.example/'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: after a slash-less space', ' javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a backslash after the slash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['a tab inside the slashes', '/\t/evil.example'],
    ['a newline inside the slashes', '/\n/evil.example'],
    ['an encoded second slash', '/%2F/evil.example'],
    ['an encoded second slash, encoded twice', '/%252F/evil.example'],
    ['an encoded backslash', '/%5Cevil.example'],
    ['an encoded scheme-relative address', '%2F%2Fevil.example'],
    ['an encoded javascript:', 'javascript%3Aalert(1)'],
    ['a relative path', 'reports'],
    ['nothing', ''],
    ['no parameter', null],
  ])('ignores %s', (_, raw) => {
    expect(safeReturnPath(raw, ORIGIN)).toBeNull();
  });
});

describe('where ?return= leads once signed in', () => {
  const at = (search: string) => ({ origin: ORIGIN, pathname: '/app/', search });

  it('to a page of this app by its route, to another page of the site by its path', () => {
    expect(returnDestination(at('?return=%2Fapp%2F%23%2Fprofile'))).toEqual({ route: '/profile' });
    expect(returnDestination(at('?return=/reports/'))).toEqual({ href: '/reports/' });
  });

  it('nowhere (the home page) for a foreign destination or this page without a route', () => {
    expect(returnDestination(at('?return=https://evil.example/'))).toBeNull();
    expect(returnDestination(at('?return=//evil.example'))).toBeNull();
    expect(returnDestination(at('?return=/app/'))).toBeNull();
    expect(returnDestination(at('?scenario=short-tokens'))).toBeNull();
  });
});

describe('the router', () => {
  it.each([
    ['', '/'],
    ['#', '/'],
    ['#/', '/'],
    ['#/profile', '/profile'],
    ['#/profile?tab=2', '/profile'],
    ['#profile', '/'],
  ])('reads %j as the page %s', (hash, path) => {
    expect(pathOf(hash)).toBe(path);
  });
});

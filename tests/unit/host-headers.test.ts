/** The `_headers` a build writes, by what it is configured for (src/build/csp.ts). */
import { describe, expect, it } from 'vitest';
import { headersFile, hostHeaders } from '../../src/build/csp';
import { readConfig } from '../../src/config';

describe('the headers a build writes', () => {
  it("names a real pool's own endpoint, or an emulator's, and forbids all framing", () => {
    const aws = hostHeaders(readConfig({ VITE_COGNITO_USER_POOL_ID: 'ap-southeast-2_AbC123', VITE_COGNITO_CLIENT_ID: 'abc123' }));
    expect(aws['Content-Security-Policy']).toContain("connect-src 'self' https://cognito-idp.ap-southeast-2.amazonaws.com;");
    expect(aws['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(aws['X-Frame-Options']).toBe('DENY');
    const local = hostHeaders(
      readConfig({ VITE_COGNITO_USER_POOL_ID: 'local_abc', VITE_COGNITO_CLIENT_ID: 'abc', VITE_COGNITO_ENDPOINT: 'http://localhost:9229/' }),
    );
    expect(local['Content-Security-Policy']).toContain("connect-src 'self' http://localhost:9229;");
  });

  it("adds the site's API on another origin (VITE_API_URL) to connect-src, and nothing for a path on the page's own", () => {
    const pool = readConfig({ VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123', VITE_COGNITO_CLIENT_ID: 'abc123' });
    expect(hostHeaders(pool, 'https://api.example.com/v1/')['Content-Security-Policy']).toContain(
      "connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com https://api.example.com;",
    );
    expect(hostHeaders(pool, '/api')['Content-Security-Policy']).toContain("connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com;");
  });

  it('lets a build with a wrong configuration talk to nothing', () => {
    const headers = hostHeaders(readConfig({ VITE_COGNITO_CLIENT_ID: 'abc' }));
    expect(headers['Content-Security-Policy']).toContain("connect-src 'self';");
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it('writes them for every path, one header a line, and lets browsers keep the hashed assets', () => {
    expect(headersFile({ 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer' }).split('\n').slice(1)).toEqual([
      '/*',
      '  X-Frame-Options: DENY',
      '  Referrer-Policy: no-referrer',
      '/assets/*',
      '  Cache-Control: public, max-age=31536000, immutable',
      '',
    ]);
    // A site served under a base path keeps its assets there.
    expect(headersFile({}, '/sign-in/assets/')).toContain('\n/sign-in/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });
});

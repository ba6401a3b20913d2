/** The browser's passkey prompt: the JSON fallback for browsers without parse…FromJSON, and what a browser without WebAuthn gets. */
import { describe, expect, it } from 'vitest';
import { base64urlFromBytes, browserPasskeys, bytesFromBase64url, creationOptionsFromJson, requestOptionsFromJson } from '../../src/lib/webauthn';

const bytes = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)];

describe('the base64url fallback', () => {
  it('reads and writes base64url without padding, with - and _', () => {
    expect(bytes(bytesFromBase64url('-_8'))).toEqual([0xfb, 0xff]);
    expect(base64urlFromBytes(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(base64urlFromBytes(bytesFromBase64url('cHJldmlldy1jaGFsbGVuZ2U'))).toBe('cHJldmlldy1jaGFsbGVuZ2U');
  });

  it('turns the request options’ challenge and allowed credential ids into bytes, the rest as it was', () => {
    const options = requestOptionsFromJson({ challenge: 'AAEC', rpId: 'example.com', allowCredentials: [{ type: 'public-key', id: 'AwQ', transports: ['internal'] }] });
    expect(bytes(options.challenge as ArrayBuffer)).toEqual([0, 1, 2]);
    expect(options.rpId).toBe('example.com');
    expect(bytes(options.allowCredentials![0].id as ArrayBuffer)).toEqual([3, 4]);
    expect(options.allowCredentials![0].transports).toEqual(['internal']);
  });

  it('turns the creation options’ challenge, user id and excluded ids into bytes', () => {
    const options = creationOptionsFromJson({
      challenge: 'AAEC',
      rp: { id: 'example.com', name: 'Example' },
      user: { id: 'BQY', name: 'ada', displayName: 'Ada' },
      excludeCredentials: [{ type: 'public-key', id: 'Bwg' }],
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
    });
    expect(bytes(options.user.id as ArrayBuffer)).toEqual([5, 6]);
    expect(options.user.name).toBe('ada');
    expect(bytes(options.excludeCredentials![0].id as ArrayBuffer)).toEqual([7, 8]);
  });
});

describe('a browser without WebAuthn', () => {
  it('refuses both prompts as unsupported, so the page offers another way', async () => {
    const port = browserPasskeys();
    const signal = new AbortController().signal;
    await expect(port.get('{"challenge":"AAEC"}', signal)).rejects.toMatchObject({ code: 'passkeyUnsupported' });
    await expect(port.create('{"challenge":"AAEC"}', signal)).rejects.toMatchObject({ code: 'passkeyUnsupported' });
  });
});

/** The browser's passkey prompt: the JSON fallback for browsers without parse…FromJSON, and what a browser without WebAuthn gets. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  base64urlFromBytes,
  browserPasskeyOffers,
  browserPasskeys,
  bytesFromBase64url,
  creationOptionsFromJson,
  OFFERED_KEY,
  offeredHash,
  requestOptionsFromJson,
} from '../../src/lib/webauthn';

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

describe('the passkey offer’s memory on this device', () => {
  /** A Storage over a Map; `failing` throws as a browser with storage turned off does. */
  function storage(failing = false) {
    const items = new Map<string, string>();
    const store = {
      getItem: (key: string) => {
        if (failing) throw new Error('SecurityError');
        return items.get(key) ?? null;
      },
      setItem: (key: string, value: string) => void items.set(key, value),
    } as unknown as Storage;
    return { store, items };
  }
  const ADA = { issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool1', sub: '7d2c1f3e-0000-4000-8000-000000000001' };
  const withWebAuthn = () => {
    vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
    vi.stubGlobal('navigator', { ...globalThis.navigator, credentials: {} });
  };

  afterEach(() => vi.unstubAllGlobals());

  it('is due once per pool and person, and keeps a SHA-256 hash alone', async () => {
    withWebAuthn();
    const { store, items } = storage();
    const offers = browserPasskeyOffers(() => store);
    expect(await offers.due(ADA)).toBe(true);
    offers.remember(ADA);
    await vi.waitFor(() => expect(items.get(OFFERED_KEY)).toBeDefined());
    expect(items.get(OFFERED_KEY)).toBe(await offeredHash(ADA));
    expect(items.get(OFFERED_KEY)).toMatch(/^[0-9a-f]{64}$/);
    expect(await offers.due(ADA)).toBe(false);
    expect(await offers.due({ ...ADA, issuer: ADA.issuer.replace('Pool1', 'Pool2') })).toBe(true);
    expect(await offers.due({ ...ADA, sub: 'another' })).toBe(true);
  });

  it('is never due without WebAuthn, without storage, or without a sub', async () => {
    expect(await browserPasskeyOffers(() => storage().store).due(ADA)).toBe(false);
    withWebAuthn();
    expect(await browserPasskeyOffers(() => storage(true).store).due(ADA)).toBe(false);
    expect(await browserPasskeyOffers(() => storage().store).due({ ...ADA, sub: '' })).toBe(false);
  });
});

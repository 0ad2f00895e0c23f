import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptedEncoding, encodedBody, etagBody } from './etag-body';
import { publicPageAddress } from './public-page-address';

describe('the kept page body', () => {
  it('picks brotli, then gzip, as the reader accepts them', () => {
    expect(acceptedEncoding('gzip, deflate, br')).toBe('br');
    expect(acceptedEncoding('gzip, deflate')).toBe('gzip');
    expect(acceptedEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(acceptedEncoding('*')).toBe('br');
    expect(acceptedEncoding('*;q=0, identity')).toBeNull();
    expect(acceptedEncoding('')).toBeNull();
    expect(acceptedEncoding(undefined)).toBeNull();
  });

  it('compresses once per body and encoding, to the same bytes', () => {
    const body = etagBody('<p>预算公开</p>'.repeat(200));
    const gz = encodedBody(body, 'gzip');
    expect(encodedBody(body, 'gzip')).toBe(gz);
    expect(gunzipSync(gz).equals(body.raw)).toBe(true);
    expect(brotliDecompressSync(encodedBody(body, 'br')).equals(body.raw)).toBe(true);
    expect(gz.length).toBeLessThan(body.raw.length);
  });

  it('knows the public page addresses', () => {
    expect(publicPageAddress('/public/2026/029')).toEqual({ year: '2026', org: '029' });
    expect(publicPageAddress('/public/2026/029/v/2')).toEqual({ year: '2026', org: '029', versionNo: '2' });
    for (const p of ['/public', '/public/2026/029/v/0', '/public/2026/%E0%A4%A', '/public/26/029', '/public/2026/029/'])
      expect(publicPageAddress(p), p).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseTrustedProxies, trustedClientAddress } from './client-address';

describe('trustedClientAddress', () => {
  const none = parseTrustedProxies(undefined);
  const proxy = parseTrustedProxies('10.0.0.5, ::1, not-an-ip');

  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(trustedClientAddress('203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9');
    expect(trustedClientAddress('::ffff:127.0.0.1', '9.9.9.9, 8.8.8.8', none)).toBe('127.0.0.1');
  });

  it('takes the address the trusted proxy saw, not what the client wrote', () => {
    expect(trustedClientAddress('10.0.0.5', '1.2.3.4, 198.51.100.7', proxy)).toBe('198.51.100.7');
    expect(trustedClientAddress('10.0.0.5', '198.51.100.7', proxy)).toBe('198.51.100.7');
    expect(trustedClientAddress('::1', '1.1.1.1, 10.0.0.5', proxy)).toBe('1.1.1.1');
  });

  it('does not trust a forwarded header from an untrusted peer', () => {
    expect(trustedClientAddress('198.51.100.7', '10.0.0.5', proxy)).toBe('198.51.100.7');
    expect(trustedClientAddress(undefined, undefined, proxy)).toBe('unknown');
  });
});

import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hasBrokenPercentEncoding } from './security-headers';

describe('security headers', () => {
  it('allows scripts only with the nonce and forbids framing', () => {
    const csp = contentSecurityPolicy('abc123', false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('abc123', true)).toContain("'unsafe-eval'");
  });

  it('finds broken percent-encoding', () => {
    expect(hasBrokenPercentEncoding('/public/2026/%E0%A4%A')).toBe(true);
    expect(hasBrokenPercentEncoding('/public/%')).toBe(true);
    expect(hasBrokenPercentEncoding('/public/2026/029')).toBe(false);
    expect(hasBrokenPercentEncoding('/public/%E9%98%B3%E6%B3%89')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { config } from '../../proxy';
import { publicPageAddress } from '../public-page/public-page-address';
import { contentSecurityPolicy, hasBrokenPercentEncoding } from './security-headers';

/** Whether the proxy runs on a path (its matcher is one pattern of this shape). */
const proxied = (pathname: string) => new RegExp(`^${config.matcher[0].source}$`).test(pathname);

describe('security headers', () => {
  it('allows scripts only with the nonce and forbids framing', () => {
    const csp = contentSecurityPolicy('abc123', false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('abc123', true)).toContain("'unsafe-eval'");
  });

  it('gives the cached public document page a policy with script files only, no nonce, and no proxy run', () => {
    const csp = contentSecurityPolicy(null, false);
    expect(csp).toMatch(/script-src 'self'; /);
    expect(csp).not.toContain('nonce-');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(proxied('/public/2026/029')).toBe(false);
    expect(proxied('/public/2026/029/v/2')).toBe(false);
    expect(proxied('/public')).toBe(true);
    expect(proxied('/public/2026/029/v/0')).toBe(true);
    expect(proxied('/public/2026/%E0%A4%A')).toBe(true);
    expect(proxied('/public/2026/029x/extra')).toBe(true);
    expect(proxied('/budgets/029/2026')).toBe(true);
    expect(proxied('/_next/static/chunks/a.js')).toBe(false);
    // The proxy skips exactly the addresses the page sets its own headers on (and the server answers first).
    for (const p of ['/public/2026/029', '/public/2026/029/v/2', '/public/2026/029/v/0', '/public/2026/%E0%A4%A', '/public/2026/A1b2/v/123456'])
      expect(proxied(p), p).toBe(publicPageAddress(p) === null);
  });

  it('finds broken percent-encoding', () => {
    expect(hasBrokenPercentEncoding('/public/2026/%E0%A4%A')).toBe(true);
    expect(hasBrokenPercentEncoding('/public/%')).toBe(true);
    expect(hasBrokenPercentEncoding('/public/2026/029')).toBe(false);
    expect(hasBrokenPercentEncoding('/public/%E9%98%B3%E6%B3%89')).toBe(false);
  });
});

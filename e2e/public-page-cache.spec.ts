import { expect, test } from '@playwright/test';

// The public document page through the real server: the same bytes for every reader, revalidated by
// ETag, compressed by the server on the way out, and a CSP without a per-request nonce (the page has
// no inline script). tests/db/public-page-cache.test.ts covers a new publication at the latest URL.

test('公开文件页：正文只发送一次，ETag 协商缓存，压缩传输，页面脚本与样式可用', async ({ page, request }) => {
  const res = await request.get('/public/2026/029', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(res.status()).toBe(200);
  expect(res.headers()['content-encoding']).toBe('gzip');
  expect(res.headers()['cache-control']).toBe('public, no-cache');
  const csp = res.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self';");
  expect(csp).not.toContain('nonce-');
  expect(csp).toContain("frame-ancestors 'none'");
  const html = await res.text();
  expect(html.split('id="table-1"')).toHaveLength(2);
  expect(html).not.toContain('__next_f');
  expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
  const etag = res.headers()['etag'];
  expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
  expect((await request.get('/public/2026/029', { headers: { 'If-None-Match': etag } })).status()).toBe(304);
  expect((await request.get('/public/2026/029')).headers()['etag']).toBe(etag);

  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/public/2026/029');
  await expect(page.getByRole('heading', { level: 1, name: /2026年度单位预算公开/ })).toBeVisible();
  await expect(page.locator('.site-header')).toHaveCSS('display', 'flex');
  await expect(page.getByRole('link', { name: '预算通' })).toHaveAttribute('href', '/');
  expect(violations).toEqual([]);
});

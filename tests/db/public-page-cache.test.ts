import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { approveBudget } from '../../lib/data/workflow/approve-budget';
import { publishBudget } from '../../lib/data/workflow/publish-budget';
import { reopenForCorrection } from '../../lib/data/workflow/reopen-for-correction';
import { servePublicPage } from '../../lib/public-page/serve-public-page';

// The public document page as the route serves it: one body (no RSC copy, no inline script), an ETag
// that answers 304, the same bytes for every reader, and the latest URL following a new publication at once.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 180_000);
afterAll(async () => {
  await t?.drop();
});

const get = (path: string, headers: Record<string, string> = {}) => {
  const [, , year, org, , v] = path.split('/');
  return servePublicPage(t.db, new Request(`http://app.local${path}`, { headers }), year, org, v);
};
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('the public document page', () => {
  it('sends the document once, with no inline script, an ETag and 304', async () => {
    const res = await get('/public/2026/029');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, no-cache');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const html = await res.text();
    expect(count(html, 'id="table-1"')).toBe(1);
    expect(count(html, '2026年预算收支总表')).toBeGreaterThanOrEqual(1);
    expect(html).not.toContain('__next_f');
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
    expect(html).toContain('单位编码 029 · 第1版');
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(html));

    const again = await get('/public/2026/029', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    expect(res.headers.get('content-encoding')).toBeNull(); // Next.js compresses on the way out
  });

  it('answers a draft, an unknown unit, a missing version and a bad year with the same 404', async () => {
    const draft = await get('/public/2026/901001');
    expect(draft.status).toBe(404);
    expect(draft.headers.get('cache-control')).toBe('no-store');
    const text = await draft.text();
    expect(text).toContain('未找到该预算公开文件');
    for (const path of ['/public/2026/999999', '/public/2026/029/v/2', '/public/2025/029', '/public/20x6/029']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(await r.text(), path).toBe(text);
    }
  });

  it('shows a correction at the latest URL at once; the earlier version stays at its own URL', async () => {
    const before = await get('/public/2026/029');
    const oldEtag = before.headers.get('etag')!;
    const reviewer = await sessionUser(t.db, 'shenhe');
    const sample = await budgetIdOf(t.db, '029');
    await reopenForCorrection(t.db, reviewer, sample, '缓存测试更正');
    expect((await get('/public/2026/029', { 'If-None-Match': oldEtag })).status).toBe(304); // still version 1 until published
    await submitBudget(t.db, await sessionUser(t.db, 'kuaiji029'), sample);
    await approveBudget(t.db, reviewer, sample);
    await publishBudget(t.db, reviewer, sample, { correctionNote: '缓存测试的更正说明' });

    const latest = await get('/public/2026/029', { 'If-None-Match': oldEtag });
    expect(latest.status).toBe(200);
    expect(latest.headers.get('x-version-no')).toBe('2');
    expect(latest.headers.get('etag')).not.toBe(oldEtag);
    const html = await latest.text();
    expect(html).toContain('单位编码 029 · 第2版');
    expect(html).toContain('缓存测试的更正说明');

    const first = await get('/public/2026/029/v/1');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await first.text()).toContain('这是较早的第1版，已被更正。');
  });
});

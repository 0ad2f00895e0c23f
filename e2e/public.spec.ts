import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';
import { TABLE_TITLES_2026 as TITLES } from './helpers/table-titles';

test('公开目录按年度、部门、单位列出已公开文件，可按名称或编码查找', async ({ page }) => {
  await page.goto('/public');
  await expect(page.getByRole('heading', { name: '2026年度' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /阳泉市市场监督管理局/ })).toBeVisible();
  await expect(page.getByRole('link', { name: '阳泉市市场监督管理局2026年度预算公开' })).toBeVisible();
  await expect(page.getByText('阳泉市示例局（本级）')).toHaveCount(0); // 901001's 2026 budget is still a draft here
  await page.getByLabel('按单位名称或编码查找').fill('029');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(page.getByRole('status')).toHaveText('“029”：找到 1 份预算公开文件。');
  await page.getByLabel('按单位名称或编码查找').fill('没有这个单位');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(page.getByText('没有找到匹配的单位。')).toBeVisible();
  await page.goto('/public?q=市场监督');
  await page.getByRole('link', { name: '阳泉市市场监督管理局2026年度预算公开' }).click();
  await expect(page).toHaveURL(/\/public\/2026\/029$/);
});

test.describe('不运行 JavaScript 时', () => {
  test.use({ javaScriptEnabled: false });

  test('公开文件页显示四个部分、十三张表、两张 SVG 图和全部绩效目标表', async ({ page }) => {
    const res = await page.goto('/public/2026/029');
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    for (const part of ['第一部分 概况', '第二部分 2026年单位预算报表', '第三部分 2026年度单位预算情况说明', '第四部分 名词解释']) {
      await expect(page.getByRole('heading', { name: part, level: 2 })).toBeVisible();
      await expect(page.getByRole('navigation', { name: '目 录' }).getByRole('link', { name: part })).toBeVisible();
    }
    for (const title of TITLES) await expect(page.getByRole('table', { name: title, exact: true })).toBeVisible();
    await expect(page.locator('.staffing')).toContainText('实际在编人数93人');
    await expect(page.locator('#chart-general svg')).toHaveCount(1);
    await expect(page.locator('#chart-general figcaption')).toHaveText('一般公共预算当年拨款结构图');
    await expect(page.locator('#chart-general svg')).toContainText('一般公共服务支出');
    await expect(page.locator('#chart-three-public svg')).toHaveCount(1);
    await expect(page.locator('#chart-three-public')).toContainText('“三公”经费预算为0万元');
    await expect(page.locator('.performance-table')).toHaveCount(8);
    await expect(page.getByRole('table', { name: /市场监管工作经费 项目支出绩效目标表/ })).toContainText('1,290,000');
    await expect(page.getByText('基本支出：')).toBeVisible();
    const t1 = page.getByRole('table', { name: '2026年预算收支总表', exact: true });
    const total = t1.getByRole('row').filter({ hasText: '收入总计' }).locator('td.amount').first();
    await expect(total).toHaveText('2197.30');
    await expect(total).toHaveAttribute('title', '21,972,981 元');
    await expect(t1.locator('th[scope="colgroup"]').first()).toHaveText('收入');
    await page.getByRole('link', { name: '表十 2026年财政拨款安排“三公”经费支出预算表' }).click();
    await expect(page).toHaveURL(/#table-10$/);
  });

  test('草稿、未知单位和不存在的版本一律 404，且不透露是否存在', async ({ page, request }) => {
    const draft = await page.goto('/public/2026/901001');
    expect(draft?.status()).toBe(404);
    const draftText = await page.locator('body').innerText();
    expect(draftText).not.toContain('示例');
    const unknown = await page.goto('/public/2026/999999');
    expect(unknown?.status()).toBe(404);
    expect(await page.locator('body').innerText()).toBe(draftText);
    expect((await page.goto('/public/2026/029/v/2'))?.status()).toBe(404);
    expect((await page.goto('/public/2025/029'))?.status()).toBe(404);
    expect((await page.goto('/public/2026/%E4%B8%AD%27%3B'))?.status()).toBe(404);
    expect((await request.get('/api/public/documents/2026/%E4%B8%AD%27%3B/pdf')).status()).toBe(404);
    for (const f of ['pdf', 'json', 'csv']) {
      const r = await request.get(`/api/public/documents/2026/901001/${f}`);
      expect(r.status()).toBe(404);
      expect(await r.json()).toEqual({ error: '未找到该公开文件' });
    }
  });
});

test('未公开的文件页用中文说明未找到', async ({ page }) => {
  const res = await page.goto('/public/2026/901001');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '未找到该预算公开文件' })).toBeVisible();
  await expect(page.getByRole('link', { name: '返回预算公开目录' })).toBeVisible();
});

test('开放数据索引列出示例，每个链接返回正确的文件', async ({ request }) => {
  const index = await request.get('/api/public/documents');
  expect(index.ok()).toBe(true);
  const body = (await index.json()) as {
    documents: { orgCode: string; year: number; versionNo: number; publishedAt: string; links: Record<string, string> }[];
  };
  // Other specs (journey.spec.ts) publish documents of their own on the same database.
  const doc = body.documents.find((d) => d.orgCode === '029')!;
  expect(body.documents.filter((d) => d.orgCode === '029')).toHaveLength(1);
  expect(doc).toMatchObject({ orgCode: '029', orgName: '阳泉市市场监督管理局', year: 2026, versionNo: 1 });
  expect(Date.parse(doc.publishedAt)).not.toBeNaN();
  const expected: Record<string, string> = {
    page: 'text/html',
    json: 'application/json',
    csv: 'text/csv',
    pdf: 'application/pdf',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
  for (const [kind, type] of Object.entries(expected)) {
    const r = await request.get(new URL(doc.links[kind]).pathname + new URL(doc.links[kind]).search);
    expect(r.status(), kind).toBe(200);
    expect(r.headers()['content-type'], kind).toContain(type);
    if (kind === 'page') continue;
    expect(r.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('阳泉市市场监督管理局2026年度单位预算公开（第1版）')}`);
    const etag = r.headers()['etag'];
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await request.get(new URL(doc.links[kind]).pathname, { headers: { 'If-None-Match': etag } });
    expect(again.status(), `${kind} 304`).toBe(304);
  }
  const json = await (await request.get('/api/public/documents/2026/029/json')).json();
  expect(json.tables).toHaveLength(13);
  expect(json.tables[0].rows.at(-1)).toEqual(['收入总计', '2197.30', '支出总计', '2197.30', '2190.36', '6.94']);
  const pdf = await request.get('/api/public/documents/2026/029/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('导出按钮显示进度并下载文件', async ({ page }) => {
  await page.goto('/public/2026/029');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('阳泉市市场监督管理局2026年度单位预算公开（第1版）.xlsx');
  await expect(page.locator('.export-status')).toHaveText('Excel已下载。');
});

test('员工预览的导出需要登录且只能导出有权查看的预算', async ({ request, page }) => {
  const anonymous = await request.get('/api/budgets/029/2026/export/xlsx');
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: '请先登录' });
  await signIn(page.request, DEMO.accountant029);
  const own = await page.request.get('/api/budgets/029/2026/export/xlsx');
  expect(own.status()).toBe(200);
  expect(own.headers()['content-disposition']).toContain(encodeURIComponent('（预览稿）'));
  const other = await page.request.get('/api/budgets/901001/2026/export/xlsx');
  expect(other.status()).toBe(404); // another unit's draft answers exactly like a missing one
});

test('导出失败时给出明确的提示', async ({ page }) => {
  await page.goto('/public/2026/029');
  // the browser sees the server fail (as when Chromium cannot start); the page must say so
  await page.route('**/api/public/documents/2026/029/pdf', (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: '生成PDF失败：无法启动 Chromium' }) }),
  );
  await page.getByRole('link', { name: '下载 PDF' }).click();
  await expect(page.locator('.export-buttons').getByRole('alert')).toHaveText('PDF导出失败：生成PDF失败：无法启动 Chromium。请稍后重试。');
});

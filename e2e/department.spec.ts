import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import Decimal from 'decimal.js';
import { DEMO, signIn } from './helpers/sign-in';

// 部门预算 901 on the shared e2e database, after every other spec (playwright.config.ts project
// 'department'): workflow.spec.ts leaves 901001/2026 已公开, server-action-permissions.spec.ts leaves
// 901002/2026 已提交, journey.spec.ts creates 901003 under 901 and publishes its 2026 budget.

const DEPT_API = '/api/budgets/901/2026/workflow';
const UNITS = ['901001', '901002', '901003'];
const FORMATS = ['pdf', 'xlsx', 'docx', 'json', 'csv'];

async function post(ctx: APIRequestContext, url: string, data: unknown) {
  const res = await ctx.post(url, { data, failOnStatusCode: false });
  return { status: res.status(), body: (await res.json()) as Record<string, unknown> };
}

type JsonTable = { rows: string[][]; exact: (string | null)[][] };

/** Table 1 收入总计 (exact 元) of a document's JSON download. */
async function incomeTotal(ctx: APIRequestContext, url: string): Promise<Decimal> {
  const res = await ctx.get(url);
  expect(res.status(), url).toBe(200);
  const table1 = ((await res.json()) as { tables: JsonTable[] }).tables[0];
  const i = table1.rows.findIndex((r) => r[0] === '收入总计');
  return new Decimal(table1.exact[i][1] ?? 'NaN');
}

test('部门预算：单位未全部批复时拒绝公开，批复后公开，公开页、索引和五种下载', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const reviewer = page.request;
  await signIn(reviewer, DEMO.reviewer);

  const refused = await post(reviewer, DEPT_API, { action: 'publish' });
  expect(refused.status).toBe(409);
  expect(refused.body.error).toMatch(/以下单位尚未批复：901002 阳泉市示例事务中心（已提交）/);

  const accountant = await playwrightRequest.newContext({ baseURL });
  await signIn(accountant, DEMO.accountant901001);
  expect((await post(accountant, DEPT_API, { action: 'publish' })).status).toBe(403);
  await accountant.dispose();

  expect(await post(reviewer, '/api/budgets/901002/2026/workflow', { action: 'approve' })).toMatchObject({
    status: 200,
    body: { status: 'APPROVED' },
  });
  expect(await post(reviewer, DEPT_API, { action: 'publish' })).toEqual({ status: 200, body: { status: 'PUBLISHED', versionNo: 1 } });

  await page.goto('/review/departments?year=2026');
  const card = page.locator('[data-department="901"]');
  await expect(card.getByRole('heading')).toContainText('已公开');

  const visitor = await playwrightRequest.newContext({ baseURL });
  const index = (await (await visitor.get('/api/public/documents?year=2026')).json()) as {
    documents: { orgCode: string; scope: string; versionNo: number }[];
  };
  expect(index.documents.find((d) => d.orgCode === '901')).toMatchObject({ scope: 'DEPARTMENT', versionNo: 1 });
  expect(index.documents.find((d) => d.orgCode === '901001')).toMatchObject({ scope: 'UNIT' });

  // Table 1 收入总计 of the department is exactly the sum of its units' versions: 901001 and 901003 from their
  // public JSON downloads, 901002 (approved, not published) from the reviewer's export of its budget, which
  // cannot change after approval.
  const deptTotal = await incomeTotal(visitor, '/api/public/documents/2026/901/json');
  let unitsTotal = new Decimal(0);
  for (const org of ['901001', '901003']) unitsTotal = unitsTotal.plus(await incomeTotal(visitor, `/api/public/documents/2026/${org}/json`));
  unitsTotal = unitsTotal.plus(await incomeTotal(reviewer, '/api/budgets/901002/2026/export/json'));
  expect(deptTotal.toFixed(2)).toBe(unitsTotal.toFixed(2));
  expect(deptTotal.greaterThan(0)).toBe(true);
  const csv = await visitor.get('/api/public/documents/2026/901/csv');
  const unitCodes = new Set(
    (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]),
  );
  expect([...unitCodes].sort()).toEqual(UNITS);

  for (const f of FORMATS) {
    const res = await visitor.get(`/api/public/documents/2026/901/${f}`);
    expect(res.status(), f).toBe(200);
    expect((await res.body()).length, f).toBeGreaterThan(0);
  }
  await visitor.dispose();

  await page.goto('/public/2026/901');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2026年度部门预算公开');
  const units = page.getByRole('region', { name: '本部门所属单位的单位预算' });
  await expect(units.getByRole('link', { name: /901001/ })).toHaveAttribute('href', '/public/2026/901001');
  await expect(units.getByRole('link', { name: /901003/ })).toHaveAttribute('href', '/public/2026/901003');
  await expect(units).toContainText('901002');
});

import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { DEMO, signIn } from './helpers/sign-in';
import { E2E_DATABASE_URL } from './helpers/e2e-database';

// The JSON workflow API (docs/workflow-api.md) with the real next-auth session cookie, as a script
// or the finance bureau's own system would use it.
//
// The successful transitions run on 901001's 2027 budget, started in the workspace from its 2026 data:
// workflow.spec.ts runs after this file on the same database and walks 901001's 2026 budget through
// the review cycle in the browser, so 2026 only sees refusals here (which change nothing).

const API_2026 = '/api/budgets/901001/2026/workflow';
const API = '/api/budgets/901001/2027/workflow';

async function post(ctx: APIRequestContext, url: string, data: unknown, headers: Record<string, string> = {}) {
  const res = await ctx.post(url, { data, headers, failOnStatusCode: false });
  return { status: res.status(), body: (await res.json()) as Record<string, unknown> };
}

test('JSON 审核流程接口：提交、批复、公开，以及各种拒绝', async ({ page, baseURL }) => {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  expect(await post(anonymous, API_2026, { action: 'submit' })).toEqual({ status: 401, body: { error: '请先登录' } });
  await anonymous.dispose();

  // The accountant: page.request shares the browser's cookies, so the page sees the same session.
  const accountant = page.request;
  await signIn(accountant, DEMO.accountant901001);
  expect((await post(accountant, API_2026, { action: 'approve' })).status).toBe(403);
  expect((await post(accountant, '/api/budgets/999999/2026/workflow', { action: 'submit' })).status).toBe(404);
  expect((await post(accountant, '/api/budgets/901002/2026/workflow', { action: 'submit' })).status).toBe(404); // another unit's budget
  const bad = await post(accountant, API_2026, { action: 'sign' });
  expect(bad).toMatchObject({ status: 422, body: { error: '操作（action）：应为 submit、forward、return、approve、publish、reopen 之一' } });
  const crossSite = await post(accountant, API_2026, { action: 'submit' }, { Origin: 'https://evil.example' });
  expect(crossSite.status).toBe(403);
  const form = await accountant.post(API_2026, { form: { action: 'submit' }, failOnStatusCode: false });
  expect(form.status()).toBe(403);

  await page.goto('/budgets/901001/2027');
  await page.getByRole('button', { name: '沿用2026年度数据' }).click();
  await expect(page.getByTestId('budget-status')).toHaveText('草稿', { timeout: 30_000 });

  expect(await post(accountant, API, { action: 'submit' })).toEqual({ status: 200, body: { status: 'SUBMITTED', versionNo: 1 } });
  const approveByAccountant = await post(accountant, API, { action: 'approve' });
  expect(approveByAccountant).toEqual({ status: 403, body: { error: '无权审核预算' } });

  const reviewer = await playwrightRequest.newContext({ baseURL });
  await signIn(reviewer, DEMO.reviewer);
  expect(await post(reviewer, API, { action: 'approve' })).toEqual({ status: 200, body: { status: 'APPROVED', versionNo: 1 } });
  expect(await post(reviewer, API, { action: 'publish' })).toEqual({ status: 200, body: { status: 'PUBLISHED', versionNo: 1 } });
  expect((await post(reviewer, '/api/budgets/999999/2027/workflow', { action: 'approve' })).status).toBe(404);
  expect((await post(reviewer, API, { action: 'return', comments: 'x' })).status).toBe(422);
  await reviewer.dispose();

  const again = await post(accountant, API, { action: 'submit' });
  expect(again.status).toBe(409);
  expect(again.body.error).toContain('已公开');

  // The public reads the version published through the API: the page and all five downloads, table 1
  // exactly as the derivation CLI gives it from the same database.
  const visitor = await playwrightRequest.newContext({ baseURL });
  expect((await visitor.get('/public/2027/901001')).status()).toBe(200);
  for (const format of ['pdf', 'xlsx', 'docx', 'csv']) {
    expect((await visitor.get(`/api/public/documents/2027/901001/${format}`)).status(), format).toBe(200);
  }
  const published = await visitor.get('/api/public/documents/2027/901001/json');
  expect(published.status()).toBe(200);
  const cli = JSON.parse(
    execFileSync('npx', ['tsx', '--conditions=react-server', 'scripts/derive.ts', '--year', '2027', '--org', '901001', '--json'], {
      env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
      encoding: 'utf8',
    }),
  ) as { tables: unknown[] };
  expect(((await published.json()) as { tables: unknown[] }).tables[0]).toEqual(cli.tables[0]);
  await visitor.dispose();
});

import { expect, test, type Page } from '@playwright/test';
import { DEMO, signInThroughForm as login } from './helpers/sign-in';
import { enterLine } from './helpers/entry-grid';
import { createOrg, createUser } from './helpers/admin-pages';

// 单位 → 主管部门 → 财政局 on a department of its own (905, created here through the admin pages, so 901's units,
// which other specs publish, stay one-level): the admin sets two review levels and creates the department
// reviewer; the accountant submits; the finance bureau cannot approve before the department forwards; the
// department reviewer finds the budget in its queue and forwards it (转报财政); the finance bureau approves.

const DEPT = { code: '905', name: '阳泉市示例审核链局' };
const UNIT = { code: '905001', name: '阳泉市示例审核链局本级' };
const ACCOUNTANT = { username: 'kuaiji905001', password: 'Chain@2026a' };
const DEPT_REVIEWER = { username: 'zhuguan905', password: 'Chain@2026b' };
const API = `/api/budgets/${UNIT.code}/2026/workflow`;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

function queueRow(page: Page) {
  return page
    .getByRole('table', { name: '审核队列' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: UNIT.code, exact: true }) });
}

test('管理员新建部门并设为两级审核，创建填报人和主管部门审核人', async ({ page }) => {
  await login(page, DEMO.admin);
  await page.goto('/admin/orgs');
  await createOrg(page, { ...DEPT, department: true });
  await createOrg(page, { ...UNIT, kind: 'ADMIN', parent: DEPT.code });
  const deptRow = page.getByRole('row').filter({ has: page.getByLabel(`${DEPT.code} 名称`) });
  await deptRow.getByLabel(`${DEPT.code} 审核层级`).selectOption('2');
  await deptRow.getByRole('button', { name: '保存' }).click();
  await expect(deptRow.getByRole('status')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel(`${DEPT.code} 审核层级`)).toHaveValue('2');
  await expect(page.getByLabel(`${UNIT.code} 审核层级`)).toHaveCount(0); // set on the department only

  await page.goto('/admin/users');
  await createUser(page, { ...ACCOUNTANT, name: '审核链局填报人', role: 'ACCOUNTANT', units: UNIT.code });
  await createUser(page, { ...DEPT_REVIEWER, name: '审核链局主管部门审核人', role: 'DEPT_REVIEWER', units: DEPT.code });
  await expect(page.locator(`tr[data-username="${DEPT_REVIEWER.username}"]`)).toContainText('主管部门审核人');
});

test('填报人新建预算、录入一行并提交，等待主管部门审核', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await login(page, ACCOUNTANT);
  await page.getByRole('link', { name: '我的预算' }).first().click();
  const year = page.locator(`section.my-unit[data-org="${UNIT.code}"] li[data-year="2026"]`);
  await year.getByRole('button', { name: '新建空白预算' }).click();
  await expect(year.getByRole('link', { name: '编辑预算' })).toBeVisible({ timeout: 30_000 });
  await year.getByRole('link', { name: '编辑预算' }).click();
  await expect(page.locator('.workspace-tabs')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.getByRole('tab', { name: '支出明细' }).click();
  await enterLine(page, { functionCode: '2013801', deptEconCode: '30101', amount: '800000' });
  await page.getByRole('button', { name: /保存支出明细/ }).click();
  await expect(page.getByTestId('total-收支总计')).toHaveText(/80\.00 万元/);
  await expect(page.getByTestId('blocking-count')).toHaveText('校验无阻断项，可以提交。');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByTestId('budget-status')).toHaveText('待主管部门审核'); // the two-level chain names the status
});

test('财政局审核人：未经主管部门转报的预算不能批复', async ({ page }) => {
  await login(page, DEMO.reviewer);
  await page.goto('/review?year=2026');
  await expect(queueRow(page).locator('[data-status]')).toHaveText('待主管部门审核');
  await queueRow(page).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('待主管部门审核');
  await expect(page.getByText('待主管部门审核：主管部门审核人转报财政后，方可批复或退回。')).toBeVisible();
  await expect(page.getByRole('button', { name: '批复' })).toHaveCount(0);
  const refused = await page.request.post(API, { data: { action: 'approve' }, failOnStatusCode: false });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: string }).error).toContain('须经主管部门审核并转报财政后才能批复');
});

test('主管部门审核人对一行提出意见并退回', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await login(page, DEPT_REVIEWER);
  await page.goto('/review?year=2026');
  await queueRow(page).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: '主管部门审核', exact: true })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.getByLabel('审核意见1 内容').fill('主管部门：人员经费请按核定编制复核');
  await page.getByRole('button', { name: '添加一条意见' }).click();
  await page.getByLabel('审核意见2 意见对象').selectOption('LINE');
  await page.getByLabel('审核意见2 针对').selectOption({ index: 1 });
  await page.getByLabel('审核意见2 内容').fill('该行金额请附测算依据');
  await page.getByRole('button', { name: '退回修改' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('退回修改', { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: '审核意见（未处理 2 条）' })).toBeVisible();
});

test('填报人看到主管部门的意见后重新提交', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await login(page, ACCOUNTANT);
  await page.goto('/my-budgets');
  await page.locator(`section.my-unit[data-org="${UNIT.code}"] li[data-year="2026"]`).getByRole('link', { name: '编辑预算' }).click();
  await expect(page.getByRole('heading', { name: '待处理的审核意见（2条）' })).toBeVisible();
  await expect(page.locator('.review-comment[data-target="LINE"]')).toContainText('该行金额请附测算依据');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByTestId('budget-status')).toHaveText('待主管部门审核', { timeout: 30_000 });
});

test('主管部门审核人从首页进入本部门的审核队列并转报财政', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await login(page, DEPT_REVIEWER);
  await expect(page.getByTestId('signed-in-user')).toContainText('主管部门审核人');
  await page.goto('/');
  await page.getByRole('link', { name: '审核队列' }).first().click();
  await expect(page).toHaveURL(/\/review/);
  await page.goto('/review?year=2026'); // other specs may leave budgets of later years
  const rows = page.getByRole('table', { name: '审核队列' }).locator('tbody tr');
  await expect(rows).toHaveCount(1); // its department's only unit; no other department's budgets
  await expect(queueRow(page).locator('[data-status]')).toHaveText('待主管部门审核');
  // another department's budget does not exist for it
  expect((await page.request.post('/api/budgets/901001/2026/workflow', { data: { action: 'forward' }, failOnStatusCode: false })).status()).toBe(404);

  await queueRow(page).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: '主管部门审核', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '批复' })).toHaveCount(0);
  await page.getByRole('button', { name: '转报财政' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('待财政审核');
  await expect(page.getByRole('button', { name: '转报财政' })).toHaveCount(0);
});

test('财政局审核人批复已转报的预算', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await login(page, DEMO.reviewer);
  await page.goto('/review?year=2026');
  await expect(queueRow(page).locator('[data-status]')).toHaveText('待财政审核');
  await queueRow(page).getByRole('link').first().click();
  await page.waitForLoadState('networkidle'); // the action form confirms once hydrated (slow on a loaded machine)
  await page.getByRole('button', { name: '批复' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已批复', { timeout: 30_000 });
  await page.goto(`/workflow/${page.url().split('/').pop()}/audit`);
  const forwarded = page.getByRole('table', { name: '审计记录' }).getByRole('row').filter({ hasText: '主管部门转报财政' });
  await expect(forwarded).toContainText('审核链局主管部门审核人');
});

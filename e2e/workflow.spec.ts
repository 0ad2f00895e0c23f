import { expect, test, type Page } from '@playwright/test';
import { DEMO, signInThroughForm as login } from './helpers/sign-in';

// The whole review cycle in the browser: submit → return with a comment → fix → resubmit →
// diff → approve → publish, each role signing in through the /login form.

async function logout(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('link', { name: '登录' })).toBeVisible();
}

async function openBudget901001(page: Page) {
  await page.goto('/my-budgets');
  await page
    .getByRole('region', { name: /阳泉市示例局（本级）/ })
    .locator('li[data-year="2026"]')
    .getByRole('link', { name: '审核流程' })
    .click();
  await expect(page).toHaveURL(/\/workflow\/[0-9a-f-]{36}$/);
}

test('匿名访问工作页面被引导登录；错误密码只显示统一提示', async ({ page }) => {
  await page.goto('/review');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freview/);
  for (const username of ['shenhe', 'no-such-user']) {
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill('wrong-password');
    const answer = page.waitForResponse(/\/api\/auth\/callback\/credentials/);
    await page.getByRole('button', { name: '登录' }).click();
    expect((await answer).status()).toBe(401);
    await expect(page.getByRole('button', { name: '登录' })).toBeEnabled();
    await expect(page.getByRole('alert').filter({ hasText: '用户名或密码错误' })).toHaveText('用户名或密码错误，或尝试次数过多已被暂时锁定，请稍后再试');
  }
  await page.getByLabel('用户名').fill(DEMO.reviewer.username);
  await page.getByLabel('密码').fill(DEMO.reviewer.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByTestId('signed-in-user')).toHaveText('财政局审核人（财政局审核人）');
});

test('提交 → 退回 → 修改再提交 → 查看差异 → 批复 → 公开', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());

  await login(page, DEMO.accountant901001);
  await openBudget901001(page);
  const budgetUrl = page.url();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('草稿');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已提交');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已提交');
  await expect(page.getByRole('button', { name: '提交审核' })).toHaveCount(0);
  await logout(page);

  await login(page, DEMO.reviewer);
  await page.goto('/review?year=2026'); // other specs may have opened later years on the same database
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '901001', exact: true }) });
  await expect(row).toContainText('已提交');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(budgetUrl);
  await expect(page.getByRole('heading', { name: '第1版公开文本（冻结）' })).toBeVisible();
  await page.getByLabel('审核意见1 意见对象').selectOption('LINE');
  await page.getByLabel('审核意见1 针对').selectOption('S1-001'); // the option reads 第N行（codes, amount）
  await page.getByLabel('审核意见1 内容').fill('基本工资应按新标准调增至125万元');
  await page.getByRole('button', { name: '退回修改' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('退回修改');
  await expect(page.locator('.review-comment').first()).toContainText('基本工资应按新标准调增至125万元');
  await logout(page);

  await login(page, DEMO.accountant901001);
  await openBudget901001(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('退回修改');
  const comment = page.locator('.review-comment').first();
  await expect(comment).toContainText(/支出明细第\d+行（2013801 \/ 30101/);
  await expect(comment).toContainText('基本工资应按新标准调增至125万元');
  await page.getByRole('link', { name: '编制页面' }).click(); // lines change only in the workspace grid, with its version check
  await expect(page).toHaveURL(/\/budgets\/901001\/2026$/);
  await expect(page.locator('.workspace-tabs')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.getByRole('tab', { name: '支出明细' }).click();
  const grid = page.getByRole('grid', { name: '支出明细' });
  await expect(grid).toHaveAttribute('data-ready', 'true');
  await grid.locator('tr[data-line-key="S1-001"] td[data-col="amount"]').click();
  await page.keyboard.press('Enter');
  await grid.getByRole('textbox', { name: '金额（元）' }).fill('1250000');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /保存支出明细（1 处修改）/ }).click();
  await expect(page.getByRole('tabpanel').locator('.save-feedback .ok').filter({ visible: true }).first()).toHaveText('已保存');
  await page.goto(budgetUrl);
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已提交');
  await logout(page);

  await login(page, DEMO.reviewer);
  await page.goto(budgetUrl);
  await expect(page.getByRole('heading', { name: '与上次提交相比的变化（第1版 → 第2版）' })).toBeVisible();
  const lineDiff = page.getByRole('table', { name: '支出明细变化' });
  // Line S1-001 is the unit's first line: the diff names it as the user numbers it, never by its key.
  await expect(lineDiff.getByRole('row').filter({ hasText: '第1行' }).getByRole('cell')).toHaveText([
    '修改',
    '第1行',
    /^2013801 \/ 30101/,
    '金额',
    '1,200,000',
    '1,250,000',
    '50,000',
    '+5.00',
  ]);
  await page.getByText('表1 2026年预算收支总表：').click();
  const table1 = page.getByRole('table', { name: '表1变化' });
  const incomeTotal = table1.getByRole('row').filter({ hasText: '收入总计' }).first();
  await expect(incomeTotal.getByRole('cell').last()).toHaveText('50,000');
  await page.getByRole('button', { name: '批复' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已批复');
  await page.getByRole('button', { name: '公开', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已公开');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已公开');

  await page.getByRole('link', { name: '查看审计日志' }).click();
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  await expect(page.getByRole('table', { name: '审计记录' }).locator('tbody tr')).toHaveCount(7);
  const actions = await page
    .getByRole('table', { name: '审计记录' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')).reverse());
  expect(actions).toEqual(['budget.seed', 'budget.submit', 'budget.return', 'lines.save', 'budget.submit', 'budget.approve', 'budget.publish']);
  await page.locator('select[name="action"]').selectOption({ label: '提交' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page.getByRole('table', { name: '审计记录' }).locator('tbody tr')).toHaveCount(2);
});

test('单位B的填报人打不开单位A的预算', async ({ page }) => {
  await login(page, DEMO.accountant901001);
  await openBudget901001(page);
  const url = page.url();
  await logout(page);
  await login(page, DEMO.accountant901002);
  const res = await page.goto(url);
  expect(res?.status()).toBe(404);
});

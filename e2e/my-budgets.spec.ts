import { expect, test, type Page } from '@playwright/test';
import { DEMO, signInThroughForm as login } from './helpers/sign-in';

// The accountant's journey: home → 我的预算 → 编辑预算 (workspace) → back; a new year started from
// 我的预算 and submitted from the workspace. Runs before workflow.spec.ts, which needs 901001's 2026 draft, and server-action-permissions.spec.ts, which needs 901002's.

const unit901001 = (page: Page) => page.getByRole('region', { name: /阳泉市示例局（本级）/ });
// 901002's 2027 budget: 901001's is walked through the JSON workflow API by workflow-api.spec.ts.
const unit901002 = (page: Page) => page.getByRole('region', { name: /阳泉市示例事务中心/ });

test('填报人从首页进入我的预算，打开编制页并能返回', async ({ page }) => {
  await login(page, DEMO.accountant901001);
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: '我的预算' }).click();
  await expect(page).toHaveURL(/\/my-budgets$/);
  await expect(page.locator('section.my-unit')).toHaveCount(1); // only the unit the accountant is bound to
  await expect(page.locator('section.my-unit')).toHaveAttribute('data-org', '901001');
  const y2026 = unit901001(page).locator('li[data-year="2026"]');
  await expect(y2026).toContainText('草稿');
  await expect(y2026.getByRole('link', { name: '审核流程' })).toHaveAttribute('href', /^\/workflow\/[0-9a-f-]{36}$/);
  await expect(unit901001(page).locator('li[data-year="2027"]')).toContainText('尚未编制');

  await y2026.getByRole('link', { name: '编辑预算' }).click();
  await expect(page).toHaveURL(/\/budgets\/901001\/2026$/);
  await expect(page.getByTestId('budget-status')).toHaveText('草稿');
  const nav = page.getByRole('navigation', { name: '预算导航' });
  await expect(nav.getByRole('link', { name: '审核流程与版本记录' })).toHaveAttribute('href', /^\/workflow\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('button', { name: '提交审核' })).toBeVisible();
  await expect(page.getByTestId('blocking-count')).toHaveText('校验无阻断项，可以提交。');
  await nav.getByRole('link', { name: '← 我的预算' }).click();
  await expect(page).toHaveURL(/\/my-budgets$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的预算');
});

test('填报人在我的预算沿用上年新建下一年度预算，在编制页提交审核', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await login(page, DEMO.accountant901002);
  await page.goto('/my-budgets');
  const y2027 = unit901002(page).locator('li[data-year="2027"]');
  await y2027.getByRole('button', { name: '沿用2026年度数据' }).click();
  await expect(y2027.getByRole('link', { name: '编辑预算' })).toBeVisible({ timeout: 30_000 });
  await expect(y2027).toContainText('草稿');

  await y2027.getByRole('link', { name: '编辑预算' }).click();
  await expect(page).toHaveURL(/\/budgets\/901002\/2027$/);
  await expect(page.getByTestId('budget-status')).toHaveText('草稿');
  await expect(page.getByTestId('blocking-count')).toHaveText('校验无阻断项，可以提交。');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByTestId('budget-status')).toHaveText('已提交');
  await expect(page.getByRole('button', { name: '提交审核' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('budget-status')).toHaveText('已提交');

  await page.getByRole('navigation', { name: '预算导航' }).getByRole('link', { name: '审核流程与版本记录' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已提交');
  await page.goto('/my-budgets');
  await expect(unit901002(page).locator('li[data-year="2027"]')).toContainText('已提交');
  await expect(unit901002(page).locator('li[data-year="2026"]')).toContainText('草稿');
});

test('页头把审核人带到审核队列，把管理员带到系统管理', async ({ page }) => {
  await login(page, DEMO.reviewer);
  await page.goto('/');
  await page.getByRole('navigation', { name: '用户' }).getByRole('link', { name: '审核队列' }).click();
  await expect(page).toHaveURL(/\/review$/);
  await page.goto('/my-budgets');
  await expect(page.getByRole('main').getByRole('link', { name: '审核队列' })).toHaveAttribute('href', '/review');
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);

  await login(page, DEMO.admin);
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('link', { name: '系统管理' })).toHaveAttribute('href', '/admin');
  await page.getByRole('navigation', { name: '用户' }).getByRole('link', { name: '系统管理' }).click();
  await expect(page).toHaveURL(/\/admin$/); // the index of the admin screens
  await expect(page.getByRole('heading', { name: '系统管理', level: 1 })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: '用户', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
});

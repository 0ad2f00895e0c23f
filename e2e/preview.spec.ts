import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';
import { TABLE_TITLES_2026 as TITLES } from './helpers/table-titles';

test('预览页显示十三张表、情况说明与校验结果', async ({ page }) => {
  await signIn(page.request, DEMO.accountant029);
  await page.goto('/budgets/029/2026/preview');
  for (const title of TITLES) {
    await expect(page.getByRole('table', { name: title, exact: true })).toBeVisible();
  }
  const t1 = page.getByRole('table', { name: '2026年预算收支总表' });
  const totals = t1.getByRole('row').filter({ hasText: '收入总计' });
  await expect(totals.locator('th, td')).toHaveText(['收入总计', '2197.30', '支出总计', '2197.30', '2190.36', '6.94']);
  const t2 = page.getByRole('table', { name: '2026年预算收入总表' });
  const r21011 = t2.getByRole('row').filter({ hasText: '行政事业单位医疗' });
  await expect(r21011.locator('th, td').nth(2)).toHaveText('66.79');
  await expect(r21011.locator('th, td').nth(2)).toHaveAttribute('title', /667,9\d\d(\.\d\d)? 元/);
  await expect(page.getByText('一般公共服务支出1,638.73万元').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '项校验' })).toContainText('阻断 0 项');
});

test('不存在的单位返回 404', async ({ page }) => {
  await signIn(page.request, DEMO.reviewer);
  const res = await page.goto('/budgets/999/2026/preview');
  expect(res?.status()).toBe(404);
});

test('预算预览只对有权查看的人开放：匿名转登录，其他单位的填报人得到 404', async ({ page }) => {
  await page.goto('/budgets/029/2026/preview');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fbudgets%2F029%2F2026%2Fpreview$/);
  await signIn(page.request, DEMO.accountant901001);
  expect((await page.goto('/budgets/029/2026/preview'))?.status()).toBe(404);
  expect((await page.goto('/budgets/901/2026/preview'))?.status()).toBe(404); // the department also holds 901002
  expect((await page.goto('/budgets/901001/2026/preview'))?.status()).toBe(200);
});

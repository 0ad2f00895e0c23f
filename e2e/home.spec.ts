import { expect, test } from '@playwright/test';

test('首页列出预算年度和示例单位', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/预算通/);
  await expect(page.getByRole('heading', { name: '预算年度与预算单位' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '2026年度编制中' })).toBeVisible();
  await expect(page.getByText('阳泉市市场监督管理局').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

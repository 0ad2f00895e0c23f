import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';

// Unknown is not zero: a staffing number left blank is 未填 in the document and a check asks for it. On 901001's
// 2027 budget, which no other spec uses (my-budgets.spec starts 901002's 2027 budget from 2026).
test('填报人留空实际在编人数：预览显示“未填”，校验提示填写', async ({ page }) => {
  await signIn(page.request, DEMO.accountant901001);
  await page.goto('/budgets/901001/2027');
  await page.waitForLoadState('networkidle'); // the start buttons act once hydrated (slow on a loaded machine)
  await page.getByRole('button', { name: '新建空白预算' }).click();
  await expect(page.getByTestId('budget-status')).toHaveText('草稿', { timeout: 30_000 });

  await expect(page.locator('.workspace-tabs')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.getByRole('tab', { name: '单位概况' }).click();
  const actual = page.getByLabel('实际在编人数（人）');
  await expect(actual).toHaveValue('24'); // started from the 2026 profile
  await actual.fill('');
  await page.getByRole('button', { name: '保存单位概况' }).click();
  await expect(page.getByRole('tabpanel').locator('.save-feedback .ok').filter({ visible: true }).first()).toHaveText('已保存', { timeout: 30_000 });

  await page.reload();
  await page.getByRole('tab', { name: '单位概况' }).click();
  await expect(page.getByLabel('实际在编人数（人）')).toHaveValue('');

  await page.goto('/budgets/901001/2027/preview');
  const staffing = page.locator('dl.staffing');
  await expect(staffing.locator('div', { hasText: '实际在编人数' }).locator('dd')).toHaveText('未填');
  await expect(staffing.locator('div', { hasText: '核定编制数' }).locator('dd')).toHaveText('25个');
  await expect(page.locator('li[data-rule="PROFILE_FIGURE_MISSING"]')).toContainText('请填写实际在编人数');
  // The blank new budget has no asset figures yet: they are asked for, never printed as 0.
  await expect(page.getByText('办公用房建筑总面积（未填）').first()).toBeVisible();
});

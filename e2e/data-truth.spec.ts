import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';
import { createOrg, createUser } from './helpers/admin-pages';

// Unknown is not zero: a staffing number left blank is 未填 in the document and a check asks for it. On a unit of
// its own (906001, created here through the admin pages), so no other spec's budgets change.
const UNIT = { code: '906001', name: '阳泉市示例计量检定所' };
const ACCOUNTANT = { username: 'kuaiji906001', password: 'Truth@2026a' };

test('填报人留空实际在编人数：预览显示“未填”，校验提示填写', async ({ page }) => {
  await signIn(page.request, DEMO.admin);
  await page.goto('/admin/orgs');
  await createOrg(page, { ...UNIT, kind: 'INSTITUTION' });
  await page.goto('/admin/users');
  await createUser(page, { ...ACCOUNTANT, name: '计量检定所填报人', role: 'ACCOUNTANT', units: UNIT.code });
  await page.context().clearCookies();

  await signIn(page.request, ACCOUNTANT);
  await page.goto(`/budgets/${UNIT.code}/2026`);
  await page.waitForLoadState('networkidle'); // the start buttons act once hydrated (slow on a loaded machine)
  await page.getByRole('button', { name: '新建空白预算' }).click();
  await expect(page.getByTestId('budget-status')).toHaveText('草稿', { timeout: 30_000 });

  await expect(page.locator('.workspace-tabs')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.getByRole('tab', { name: '单位概况' }).click();
  await page.getByLabel('本单位职责').fill('负责本市计量器具检定。');
  await page.getByLabel('核定编制数（人）').fill('15');
  const actual = page.getByLabel('实际在编人数（人）');
  await expect(actual).toHaveValue(''); // a new unit has no staffing figures: 未填, not 0
  await page.getByRole('button', { name: '保存单位概况' }).click();
  await expect(page.getByRole('tabpanel').locator('.save-feedback .ok').filter({ visible: true }).first()).toHaveText('已保存', { timeout: 30_000 });

  await page.reload();
  await page.getByRole('tab', { name: '单位概况' }).click();
  await expect(page.getByLabel('实际在编人数（人）')).toHaveValue('');
  await expect(page.getByLabel('核定编制数（人）')).toHaveValue('15');

  await page.goto(`/budgets/${UNIT.code}/2026/preview`);
  const staffing = page.locator('dl.staffing');
  await expect(staffing.locator('div', { hasText: '实际在编人数' }).locator('dd')).toHaveText('未填');
  await expect(staffing.locator('div', { hasText: '核定编制数' }).locator('dd')).toHaveText('15个');
  // One check a blank figure: 内设科室数, 实际在编人数 and 其他人员 are asked for; 核定编制数 (filled) is not.
  const missing = page.locator('li[data-rule="PROFILE_FIGURE_MISSING"]');
  await expect(missing.filter({ hasText: '请填写实际在编人数' })).toHaveCount(1);
  await expect(missing.filter({ hasText: '请填写核定编制数' })).toHaveCount(0);
  // The blank new budget has no asset figures yet: they are asked for, never printed as 0.
  await expect(page.getByText('办公用房建筑总面积（未填）').first()).toBeVisible();
});

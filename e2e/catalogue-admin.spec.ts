import { expect, test } from '@playwright/test';
import { DEMO, signInThroughForm as login } from './helpers/sign-in';

// Uses a fiscal year of its own (2029, created here from a copy of 2027 and closed at the end), so no other spec
// sees its catalogue changes or an extra open year.
test('管理员新建年度（沿用上年科目表），添加一个项级科目并停用另一个', async ({ page }) => {
  await login(page, DEMO.admin);
  const nav = page.getByRole('navigation', { name: '系统管理' });
  await nav.getByRole('link', { name: '预算年度' }).click();
  await page.getByLabel('年份').fill('2029');
  await page.getByRole('button', { name: '新建年度' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已创建2029年度' })).toContainText('已复制2027年度的科目表');

  await nav.getByRole('link', { name: '科目导入' }).click();
  const picker = page.getByRole('form', { name: '选择科目表' });
  await picker.getByLabel('年度').selectOption('2029');
  await picker.getByLabel('类别').selectOption('FUNCTION');
  await picker.getByLabel('编码开头').fill('20508');
  await picker.getByRole('button', { name: '显示科目' }).click();
  const table = page.getByRole('table', { name: '2029年支出功能分类科目' });
  await expect(table.locator('tr[data-code="2050803"]')).toContainText('使用中');

  const add = page.locator('form').filter({ has: page.getByRole('button', { name: '添加科目' }) });
  await add.getByLabel('新科目编码').fill('2050897');
  await add.getByLabel('新科目名称').fill('端到端测试培训');
  await add.getByRole('button', { name: '添加科目' }).click();
  await expect(add.getByRole('status')).toHaveText('已添加科目 2050897 端到端测试培训');
  await expect(table.locator('tr[data-code="2050897"]').getByLabel('2050897 名称')).toHaveValue('端到端测试培训');

  await add.getByLabel('新科目编码').fill('2059897');
  await add.getByLabel('新科目名称').fill('无上级');
  await add.getByRole('button', { name: '添加科目' }).click();
  await expect(add.getByRole('alert')).toHaveText('编码：上级科目 20598 不存在，请先添加上级科目');

  const retired = table.locator('tr[data-code="2050803"]');
  page.once('dialog', (d) => d.accept());
  await retired.getByRole('button', { name: '停用' }).click();
  await expect(retired.getByRole('status')).toHaveText('已停用 2050803');
  await page.reload();
  await expect(page.getByRole('table', { name: '2029年支出功能分类科目' }).locator('tr[data-code="2050803"]')).toContainText('已停用');

  const econPicker = page.getByRole('form', { name: '选择科目表' });
  await econPicker.getByLabel('年度').selectOption('2029');
  await econPicker.getByLabel('类别').selectOption('DEPT_ECONOMIC');
  await econPicker.getByLabel('编码开头').fill('302');
  await econPicker.getByRole('button', { name: '显示科目' }).click();
  const econAdd = page.locator('form').filter({ has: page.getByRole('button', { name: '添加科目' }) });
  await econAdd.getByLabel('新科目编码').fill('30298');
  await econAdd.getByLabel('新科目名称').fill('端到端测试商品服务');
  await econAdd.getByLabel('对应政府经济科目（行政单位）').fill('50101');
  await econAdd.getByLabel('对应政府经济科目（事业单位）').fill('50502');
  await econAdd.getByRole('button', { name: '添加科目' }).click();
  await expect(econAdd.getByRole('alert')).toContainText('行政单位政府经济科目：30298 按对照表的类级规则应对应 502 或 50502 开头的政府经济科目');
  await econAdd.getByLabel('对应政府经济科目（行政单位）').fill('50299');
  await econAdd.getByRole('button', { name: '添加科目' }).click();
  await expect(econAdd.getByRole('status')).toHaveText('已添加科目 30298 端到端测试商品服务（对应政府经济科目 50299／50502）');

  await nav.getByRole('link', { name: '预算年度' }).click();
  const row = page.getByRole('row').filter({ hasText: '2029年度' });
  await row.getByRole('button', { name: '结束编制' }).click();
  await expect(page.getByRole('row').filter({ hasText: '2029年度' })).toContainText('已结束');
});

import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';

// Runs after entry.spec.ts (alphabetical, one worker), which leaves 029's 2027 budget as a draft with three lines.
const WORKSPACE = '/budgets/029/2027';
test.use({ viewport: { width: 1280, height: 800 } });

test('1280×800：预览默认收起，金额列无需横向滚动即可见，分组行同时显示名称和小计', async ({ page }, testInfo) => {
  await signIn(page.request, DEMO.accountant029);
  await page.goto(WORKSPACE);
  const grid = page.getByRole('grid', { name: '支出明细' });
  await expect(grid).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(page.locator('.workspace-body')).toHaveAttribute('data-ready', 'true');
  const toggle = page.getByRole('button', { name: '显示预览' });
  await expect(toggle).toBeVisible();
  await expect(page.getByRole('heading', { name: '公开文本预览' })).toBeHidden();

  const amount = grid.locator('tr[data-line-key] td[data-col="amount"]').first();
  const box = (await amount.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(await grid.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

  await page.getByLabel('分组').selectOption('functionCode');
  const group = grid.locator('tr.group-row').first();
  for (const part of [group.locator('.group-label'), group.locator('.subtotal')]) {
    const b = (await part.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(1280);
  }
  await expect(group.locator('.subtotal')).toContainText('小计');
  await page.getByLabel('分组').selectOption('');
  await testInfo.attach('工作区-1280x800', { body: await page.screenshot(), contentType: 'image/png' });

  // Shown on demand, remembered across a reload, hidden again.
  await toggle.click();
  await expect(page.getByRole('heading', { name: '公开文本预览' })).toBeVisible();
  await testInfo.attach('工作区-显示预览-1280x800', { body: await page.screenshot(), contentType: 'image/png' });
  await page.reload();
  await expect(page.getByRole('heading', { name: '公开文本预览' })).toBeVisible();
  await page.getByRole('button', { name: '隐藏预览' }).click();
  await expect(page.getByRole('heading', { name: '公开文本预览' })).toBeHidden();

  // Sideways scrolling keeps the codes and the amount in view.
  await page.setViewportSize({ width: 390, height: 844 });
  await grid.evaluate((el) => (el.scrollLeft = 400));
  const key = (await grid.locator('tr[data-line-key] td[data-col="key"]').first().boundingBox())!;
  const amt = (await amount.boundingBox())!;
  expect(key.x).toBeGreaterThanOrEqual(0);
  expect(amt.x + amt.width).toBeLessThanOrEqual(390);
  await testInfo.attach('工作区-390x844', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
});

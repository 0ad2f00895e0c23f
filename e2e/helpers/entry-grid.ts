import { expect, type Page } from '@playwright/test';

export interface LineEntry {
  functionCode: string;
  kind?: 'BASIC' | 'PROJECT';
  projectCode?: string;
  deptEconCode: string;
  amount: string;
}

/** Enters one new line through the grid with the keyboard: pickers by typing, Tab to move, Enter to commit. */
export async function enterLine(page: Page, line: LineEntry): Promise<void> {
  const grid = page.getByRole('grid', { name: '支出明细' });
  await expect(grid).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '新增行' }).click();
  await expect(grid.locator('td.active[data-col="functionCode"]')).toBeVisible();
  await page.keyboard.press('Enter');
  await grid.getByRole('combobox', { name: '功能科目' }).fill(line.functionCode);
  await page.keyboard.press('Tab');
  if (line.kind === 'PROJECT') {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await grid.getByRole('combobox', { name: '项目' }).fill(line.projectCode!);
    await page.keyboard.press('Tab');
  } else {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
  }
  await expect(grid.locator('td.active[data-col="deptEconCode"]')).toBeVisible();
  await page.keyboard.press('Enter');
  await grid.getByRole('combobox', { name: '部门经济科目' }).fill(line.deptEconCode);
  await page.keyboard.press('Tab');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(grid.locator('td.active[data-col="amount"]')).toBeVisible();
  await page.keyboard.press('Enter');
  await grid.getByRole('textbox', { name: '金额（元）' }).fill(line.amount);
  await page.keyboard.press('Enter');
}

import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';

// Runs after entry.spec.ts on 029's 2027 draft; removes the lines it adds before it ends.
const WORKSPACE = '/budgets/029/2027';
test.use({ viewport: { width: 1280, height: 800 } });

const grid = (page: Page) => page.getByRole('grid', { name: '支出明细' });

/** Types into the active cell: the first character opens its editor (replacing the value), the rest goes into it. */
async function typeIntoCell(page: Page, text: string, editor: 'combobox' | 'textbox', name: string) {
  await page.keyboard.press(text[0]);
  await expect(grid(page).getByRole(editor, { name })).toBeFocused();
  await page.keyboard.type(text.slice(1));
}

/** Fills the active new line with the keyboard only: function, department economic class, amount. */
async function typeLine(page: Page, fn: string, dept: string, amount: string) {
  const g = grid(page);
  await expect(g.locator('td.active[data-col="functionCode"]')).toBeVisible();
  await typeIntoCell(page, fn, 'combobox', '功能科目');
  const box = (await page.getByRole('listbox').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(800); // never clipped, even at the bottom of the screen
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(g.locator('td.active[data-col="deptEconCode"]')).toBeVisible();
  await typeIntoCell(page, dept, 'combobox', '部门经济科目');
  await page.keyboard.press('Tab');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(g.locator('td.active[data-col="amount"]')).toBeVisible();
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(amount);
  await page.keyboard.press('Enter');
}

test('键盘录入三行：Insert/Ctrl+Enter 新增、Ctrl+D 复制、Delete 删除并撤销、Esc 只取消编辑、Ctrl+S 保存、Tab 移出表格', async ({ page }, testInfo) => {
  await signIn(page.request, DEMO.accountant029);
  await page.goto(WORKSPACE);
  const g = grid(page);
  await expect(g).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  const rows = g.locator('tr[data-line-key]');
  const before = await rows.count();
  const version = Number(await page.getByTestId('budget-version').innerText());

  await g.focus();
  await page.keyboard.press('Insert');
  await typeLine(page, '2013801', '30201', '100');
  await page.keyboard.press('Control+Enter');
  await typeLine(page, '2013801', '30211', '200');
  await page.keyboard.press('Insert');
  await typeLine(page, '2013802', '30201', '300');
  await expect(rows).toHaveCount(before + 3);
  await testInfo.attach('键盘录入-1280x800', { body: await page.screenshot(), contentType: 'image/png' });

  await page.keyboard.press('Control+d');
  await expect(rows).toHaveCount(before + 4);
  await expect(g.locator('tr[aria-selected="true"] td[data-col="amount"]')).toHaveText('300.00');
  await page.keyboard.press('Delete');
  await expect(rows).toHaveCount(before + 3);
  const undo = page.locator('.undo-bar');
  await expect(undo).toContainText('已删除 1 行');
  await undo.getByRole('button', { name: '撤销' }).click();
  await expect(rows).toHaveCount(before + 4);
  await g.focus();
  await page.keyboard.press('Delete');
  await expect(rows).toHaveCount(before + 3);

  // Esc cancels the edit only: the value stays, the cell stays selected.
  const last = rows.last().locator('td[data-col="amount"]');
  await last.click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('999');
  await page.keyboard.press('Escape');
  await expect(last).toHaveText('300.00');
  await expect(last).toHaveClass(/active/);

  // Tab past the last cell leaves the grid.
  await page.keyboard.press('Tab');
  expect(await g.evaluate((el) => el.contains(document.activeElement))).toBe(false);

  await g.focus();
  await page.evaluate(() =>
    window.addEventListener('keydown', (e) => {
      if (e.key === 's') document.body.dataset.savePrevented = String(e.defaultPrevented);
    }),
  );
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('budget-version')).toHaveText(String(version + 1));
  await expect(page.getByRole('button', { name: /保存支出明细（0 处修改）/ })).toBeDisabled();
  await expect(page.locator('body')).toHaveAttribute('data-save-prevented', 'true'); // not the browser's 另存为
  await page.reload();
  await expect(g).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(rows).toHaveCount(before + 3);
  await expect(page.getByTestId('lines-total')).toContainText(`全部 ${before + 3} 行`);

  // Leave the budget as it was: the three new lines go again.
  for (let i = 0; i < 3; i++) {
    await rows.last().locator('td[data-col="key"]').click();
    await page.keyboard.press('Delete');
  }
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('budget-version')).toHaveText(String(version + 2));
  await expect(rows).toHaveCount(before);
});

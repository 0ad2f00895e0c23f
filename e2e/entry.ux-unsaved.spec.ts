import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';

// Runs after entry.spec.ts on 029's 2027 draft; nothing it types is left saved differently from before.
const WORKSPACE = '/budgets/029/2027';
test.use({ viewport: { width: 1280, height: 800 } });

async function open(page: Page) {
  await page.goto(WORKSPACE);
  await expect(page.getByRole('grid', { name: '支出明细' })).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
}
async function editFirstAmount(page: Page, value: string) {
  const cell = page.getByRole('grid', { name: '支出明细' }).locator('tr[data-line-key] td[data-col="amount"]').first();
  await cell.click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  return cell;
}

test('未保存的表格修改和表单：站内链接和关闭页面前都要确认', async ({ page }) => {
  await signIn(page.request, DEMO.accountant029);
  await open(page);
  await editFirstAmount(page, '12345');

  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await page.getByRole('link', { name: '← 我的预算' }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('有未保存的修改');
  await expect(page).toHaveURL(/\/budgets\/029\/2027/);

  // Closing the page asks too (beforeunload).
  const unload = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.accept();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await unload).toBe('beforeunload');
  await expect.poll(() => page.isClosed()).toBe(true);
});

test('未保存的表单修改：离开前确认，确认后离开', async ({ page }) => {
  await signIn(page.request, DEMO.accountant029);
  await open(page);
  await page.getByRole('tab', { name: '单位概况' }).click();
  await page.getByLabel('机构设置情况').fill('尚未保存的文字');
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.type());
    void d.accept();
  });
  await page.getByRole('link', { name: '← 我的预算' }).click();
  await expect(page).toHaveURL(/\/my-budgets/);
  expect(asked).toEqual(['confirm']);
});

test('保存冲突：提示他人已修改，可保留我的修改后再保存，或重新加载', async ({ page, context }) => {
  await signIn(page.request, DEMO.accountant029);
  await open(page);
  const v0 = Number(await page.getByTestId('budget-version').innerText());
  const cell = await editFirstAmount(page, '12345');
  const original = await (async () => {
    const other = await context.newPage();
    await open(other);
    const text = await other.getByRole('grid', { name: '支出明细' }).locator('tr[data-line-key] td[data-col="amount"]').first().innerText();
    await other.getByRole('tab', { name: '单位概况' }).click();
    await other.getByRole('button', { name: '保存单位概况' }).click();
    await expect(other.getByRole('tabpanel', { name: '单位概况' }).locator('.save-feedback .ok')).toHaveText('已保存');
    await other.close();
    return text;
  })();

  await page.getByRole('grid', { name: '支出明细' }).focus();
  await page.keyboard.press('Control+s');
  const alert = page.getByRole('alert').filter({ hasText: '该预算已被他人修改' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: /重新加载/ })).toBeVisible();
  await alert.getByRole('button', { name: '保留我的修改' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByTestId('budget-version')).toHaveText(String(v0 + 1)); // the others' version, loaded
  await expect(cell).toHaveText('12,345.00'); // my edit is still there
  const version = v0 + 1;
  await page.getByRole('button', { name: /保存支出明细（1 处修改）/ }).click();
  await expect(page.getByTestId('budget-version')).toHaveText(String(version + 1));

  // Put the amount back, then a conflict answered with 重新加载 drops the unsaved edit.
  await editFirstAmount(page, original.replace(/,/g, ''));
  await page.getByRole('button', { name: /保存支出明细（1 处修改）/ }).click();
  await expect(page.getByTestId('budget-version')).toHaveText(String(version + 2));
  await editFirstAmount(page, '7');
  const other = await context.newPage();
  await open(other);
  await other.getByRole('tab', { name: '单位概况' }).click();
  await other.getByRole('button', { name: '保存单位概况' }).click();
  await expect(other.getByRole('tabpanel', { name: '单位概况' }).locator('.save-feedback .ok')).toHaveText('已保存');
  await other.close();
  await page.getByRole('button', { name: /保存支出明细/ }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: '该预算已被他人修改' })
    .getByRole('button', { name: /重新加载/ })
    .click();
  await expect(page.getByRole('grid', { name: '支出明细' })).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(cell).toHaveText(original);
});

import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';

// Runs after entry.spec.ts on 029's 2027 draft; the import it confirms is undone before it ends.
const WORKSPACE = '/budgets/029/2027';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
test.use({ viewport: { width: 1280, height: 800 } });

async function openExcelTab(page: Page) {
  await page.goto(WORKSPACE);
  await expect(page.locator('.workspace-tabs')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.getByRole('tab', { name: 'Excel导入导出' }).click();
}

test('Excel 导入先预览：取消不做修改，确认后追加，可撤销本次导入；审计日志可读', async ({ page }, testInfo) => {
  await signIn(page.request, DEMO.accountant029);
  const exported = await page.request.get('/api/budgets/029/2027/excel?mode=export');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exported.body()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('支出明细')!;
  sheet.addRow(['', '2013801', '基本支出', '', '30211', '50201', '一般公共预算', '当年预算安排', 30000]);
  const file = { name: '追加一行.xlsx', mimeType: XLSX, buffer: Buffer.from(await wb.xlsx.writeBuffer()) };

  await openExcelTab(page);
  const version = await page.getByTestId('budget-version').innerText();
  const total = await page.getByTestId('total-收支总计').locator('dd').innerText();
  const panel = page.getByRole('tabpanel', { name: 'Excel导入导出' });
  await expect(panel.getByText('未选择文件')).toBeVisible();
  await panel.getByLabel('Excel 文件').setInputFiles(file);
  await expect(panel.getByTestId('file-name-file')).toHaveText('追加一行.xlsx');

  // 整体替换 preview: only the added row differs.
  await panel.getByRole('radio', { name: /^整体替换/ }).check();
  await panel.getByRole('button', { name: '预览导入' }).click();
  const preview = panel.getByTestId('import-preview');
  await expect(preview).toContainText('整体替换，尚未写入');
  await expect(preview.locator('tbody tr').first()).toHaveText(/支出明细（行）\s*1\s*0\s*0/);
  await testInfo.attach('导入预览-1280x800', { body: await page.screenshot(), contentType: 'image/png' });
  await preview.getByRole('button', { name: '取消' }).click();
  await expect(preview).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('budget-version')).toHaveText(version);
  await expect(page.getByTestId('total-收支总计').locator('dd')).toHaveText(total);

  // 追加: every line of the file is added; confirmed, then undone.
  await page.getByRole('tab', { name: 'Excel导入导出' }).click();
  await panel.getByLabel('Excel 文件').setInputFiles(file);
  await panel.getByRole('radio', { name: /^追加/ }).check();
  await panel.getByRole('button', { name: '预览导入' }).click();
  const lines = Number((await page.getByTestId('lines-total').innerText()).match(/全部 (\d+) 行/)![1]);
  await expect(preview.locator('tbody tr').first()).toHaveText(new RegExp(`支出明细（行）\\s*${lines + 1}\\s*0\\s*0`));
  await expect(panel.getByTestId('import-total')).toContainText('万元）→');
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(panel.getByTestId('import-result')).toContainText(`导入成功：新增 ${lines + 1} 行`);
  await expect(page.getByTestId('budget-version')).toHaveText(String(Number(version) + 1));
  await expect(page.getByTestId('lines-total')).toContainText(`全部 ${2 * lines + 1} 行`);
  await panel.getByRole('button', { name: '撤销本次导入' }).click();
  await expect(panel.getByTestId('import-result')).toContainText('已撤销本次导入');
  await expect(page.getByTestId('budget-version')).toHaveText(String(Number(version) + 2));
  await expect(page.getByTestId('total-收支总计').locator('dd')).toHaveText(total);
  await expect(page.getByTestId('lines-total')).toContainText(`全部 ${lines} 行`);

  // A preview made before someone else's change cannot be confirmed.
  await panel.getByLabel('Excel 文件').setInputFiles(file);
  await panel.getByRole('button', { name: '预览导入' }).click();
  await expect(preview).toBeVisible();
  const other = await page.context().newPage();
  await other.goto(WORKSPACE);
  await expect(other.locator('.workspace-tabs')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await other.getByRole('tab', { name: '单位概况' }).click();
  await other.getByRole('button', { name: '保存单位概况' }).click();
  await expect(other.getByRole('tabpanel', { name: '单位概况' }).locator('.save-feedback .ok')).toHaveText('已保存');
  await other.close();
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(panel.getByTestId('import-result')).toContainText('该预算已被他人修改');
  await expect(panel.getByRole('button', { name: /重新加载/ })).toBeVisible();

  // The audit log reads in Chinese: action names, field names, amounts, no UUIDs or JSON.
  await page.goto(WORKSPACE);
  await page.getByRole('link', { name: '审核流程与版本记录' }).click();
  await page.getByRole('link', { name: '查看审计日志' }).click();
  const log = page.getByRole('table', { name: '审计记录' });
  await expect(log).toContainText('Excel 导入');
  await expect(log).toContainText('撤销 Excel 导入');
  await expect(log).toContainText('保存支出明细');
  await expect(log).toContainText('金额（元）');
  await expect(log).toContainText('导入方式');
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  expect(text).not.toMatch(/[{}]|"\w+":/);
  expect(text).not.toMatch(/lines\.save|budget\.\w+/);
  await testInfo.attach('审计日志-1280x800', { body: await page.screenshot(), contentType: 'image/png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await testInfo.attach('审计日志-390x844', { body: await page.screenshot(), contentType: 'image/png' });
});

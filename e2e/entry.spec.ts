import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';
import { enterLine } from './helpers/entry-grid';

const WORKSPACE = '/budgets/029/2027';

async function openWorkspace(page: Page) {
  await signIn(page.request, DEMO.accountant029);
  // These tests read the preview beside the editors: show it (it starts collapsed below 1600 px).
  await page.addInitScript(() => window.localStorage.setItem('yusuantong.preview', 'open'));
  await page.goto(WORKSPACE);
}

async function tab(page: Page, name: string) {
  await expect(page.locator('.workspace-tabs')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 }); // hydration is slow on a loaded machine
  await page.getByRole('tab', { name }).click();
}
const saved = (page: Page) => expect(page.getByRole('tabpanel').locator('.save-feedback .ok').filter({ visible: true }).first()).toHaveText('已保存');

async function previewText(page: Page): Promise<string> {
  await page.goto('/budgets/029/2027/preview');
  return page.locator('main').innerText();
}

test.describe.serial('单位填报人编制预算', () => {
  test('未登录访问编制页转到登录页', async ({ page }) => {
    await page.goto(WORKSPACE);
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    expect((await page.request.get('/api/budgets/029/2026/excel?mode=export')).status()).toBe(401);
  });

  test('从空白预算开始，在页面上录入明细、项目、指标和文字，预览无阻断校验', async ({ page }) => {
    await openWorkspace(page);
    await page.getByRole('button', { name: '新建空白预算' }).click();
    await expect(page.getByTestId('budget-status')).toHaveText('草稿');
    await expect(page.getByTestId('budget-version')).toHaveText('1');

    await tab(page, '单位概况');
    await expect(page.getByLabel('内设科室数（个）')).toHaveValue('32'); // a new budget starts from the 2026 profile
    await page.getByLabel('本单位职责').fill('负责全市市场综合监督管理。');
    await page.getByLabel('机构设置情况').fill('内设16个科室。');
    await page.getByLabel('内设科室数（个）').fill('16');
    await page.getByLabel('核定编制数（人）').fill('120');
    await page.getByRole('button', { name: '保存单位概况' }).click();
    await saved(page);

    // The profile belongs to the year: the 2026 budget still shows its own.
    await page.goto('/budgets/029/2026');
    await tab(page, '单位概况');
    await expect(page.getByLabel('机构设置情况')).toHaveValue(/^阳泉市市场监督管理局是市政府直属正处级行政单位/);
    await expect(page.getByLabel('内设科室数（个）')).toHaveValue('32');
    await page.goto(WORKSPACE);

    await tab(page, '项目库');
    await page.getByRole('button', { name: '新建项目' }).click();
    const form = page.getByRole('form', { name: '项目 029-2027-01' });
    await form.getByLabel('项目名称').fill('食品安全监督抽检');
    await form.getByLabel('实施期市县(区)财政资金').fill('500000');
    await form.getByLabel('年度市县(区)财政资金').fill('500000');
    await form.getByLabel('总体目标（实施期目标）').fill('完成全市食品安全抽检任务');
    await form.getByLabel('总体目标（年度目标）').fill('2027年完成抽检2000批次');
    for (const scope of ['实施期', '年度']) {
      await form.getByRole('button', { name: `添加${scope}指标` }).click();
      const row = form
        .getByRole('table', { name: `${scope}绩效指标` })
        .locator('tbody tr')
        .last();
      await row.getByLabel('三级指标').fill('抽检批次');
      await row.getByLabel('数值').fill('2000');
      await row.getByLabel('单位').fill('批次');
    }
    await form.getByRole('button', { name: '添加年度指标' }).click();
    const sat = form.getByRole('table', { name: '年度绩效指标' }).locator('tbody tr').last();
    await sat.getByLabel('一级指标').selectOption('满意度指标');
    await sat.getByLabel('三级指标').fill('群众满意度');
    await sat.getByLabel('比较符').selectOption('≥');
    await sat.getByLabel('数值').fill('90');
    await sat.getByLabel('单位').fill('%');
    await form.getByRole('button', { name: '保存项目' }).click();
    await expect(page.locator('#project-029-2027-01')).toContainText('食品安全监督抽检');

    await tab(page, '支出明细');
    await enterLine(page, { functionCode: '2013801', deptEconCode: '30101', amount: '1000000' });
    await enterLine(page, { functionCode: '2013801', deptEconCode: '30201', amount: '200000.50' });
    await enterLine(page, { functionCode: '2013816', kind: 'PROJECT', projectCode: '029-2027-01', deptEconCode: '30227', amount: '500000' });
    const grid = page.getByRole('grid', { name: '支出明细' });
    await expect(grid.locator('tr[data-line-key] td[data-col="govEconCode"]').first()).toHaveText('50101 工资奖金津补贴');
    await page.getByRole('button', { name: /保存支出明细/ }).click();
    await expect(page.getByTestId('total-收支总计')).toHaveText(/170\.00 万元/);

    await page.getByLabel('分组').selectOption('functionCode');
    await expect(grid.locator('tr.group-row', { hasText: '2013801 行政运行' })).toContainText('小计 1,200,000.50 元 / 120.00 万元');
    await page.getByLabel('分组').selectOption('');

    await tab(page, '情况说明与上年数');
    await page.getByLabel('一、收支总计增减原因').fill('机构职能调整，人员经费减少。');
    await page.getByLabel('十二（二）其他说明').fill('无。');
    await page.getByRole('button', { name: '保存情况说明' }).click();
    await saved(page);

    const summary = page.getByTestId('check-summary');
    await expect(summary).toContainText('阻断 0 项');
    const t1 = page.getByRole('table', { name: '2027年预算收支总表' });
    await expect(t1.getByRole('row').filter({ hasText: '收入总计' }).getByRole('cell').nth(1)).toHaveText('170.00');
    const t3 = page.getByRole('table', { name: '2027年预算支出总表' });
    await expect(t3.locator('tbody tr').first().locator('td.amount')).toHaveText(['170.00', '120.00', '50.00']);
    await page.getByText('表12 2027年项目支出预算表（本年预算）').click();
    await expect(page.getByRole('table', { name: '2027年项目支出预算表（本年预算）' })).toContainText('食品安全监督抽检');
  });

  test('表格键盘操作、排序，失败的校验链接到相关明细行和项目', async ({ page }) => {
    await openWorkspace(page);
    await tab(page, '支出明细');
    const grid = page.getByRole('grid', { name: '支出明细' });
    const rows = grid.locator('tr[data-line-key]');
    await grid.getByRole('button', { name: '金额（元）' }).click();
    await expect(grid.locator('th[aria-sort="ascending"]')).toHaveText(/金额/);
    await expect(rows.locator('td[data-col="amount"]')).toHaveText(['200,000.50', '500,000.00', '1,000,000.00']);
    await grid.getByRole('button', { name: '金额（元）' }).click();
    await grid.getByRole('button', { name: '金额（元）' }).click();

    const amount = rows.first().locator('td[data-col="amount"]');
    await amount.click();
    await page.keyboard.press('Enter');
    await grid.getByRole('textbox', { name: '金额（元）' }).fill('999');
    await page.keyboard.press('Escape');
    await expect(amount).toHaveText('1,000,000.00');
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1).locator('td[data-col="amount"]')).toHaveClass(/active/);
    await page.keyboard.press('ArrowLeft');
    await expect(rows.nth(1).locator('td[data-col="timing"]')).toHaveClass(/active/);

    await rows.first().locator('td[data-col="functionCode"]').click();
    await page.getByRole('button', { name: '复制行' }).click();
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1).locator('td[data-col="amount"]')).toHaveText('1,000,000.00');
    await expect(page.getByRole('button', { name: /保存支出明细（1 处修改）/ })).toBeEnabled();
    await page.getByRole('button', { name: '删除行' }).click();
    await expect(rows).toHaveCount(3);
    await expect(page.getByRole('button', { name: /保存支出明细（0 处修改）/ })).toBeDisabled();

    const key = await rows.first().getAttribute('data-line-key');
    const keyNo = await rows.first().getAttribute('data-line-no'); // checks name a line by its number (第N行), never its key
    await rows.first().locator('td[data-col="timing"]').click();
    await page.keyboard.press('Enter');
    await grid.locator('select').selectOption('CARRYOVER');
    const key3 = await rows.last().getAttribute('data-line-key');
    await rows.last().locator('td[data-col="kind"]').click();
    await page.keyboard.press('Enter');
    await grid.locator('select').selectOption('BASIC');
    await page.getByRole('button', { name: /保存支出明细（2 处修改）/ }).click();
    await expect(page.locator('.preview-panel .checks li.blocking').first()).toBeVisible();

    await tab(page, '单位概况');
    await page
      .locator('.preview-panel .checks li a', { hasText: `支出明细第${keyNo}行` })
      .first()
      .click();
    await expect(page.getByRole('tab', { name: '支出明细' })).toHaveAttribute('aria-selected', 'true');
    await expect(grid.locator(`tr[data-line-key="${key}"] td.active`)).toBeVisible();
    await page.locator('.preview-panel .checks li.blocking a', { hasText: '项目 029-2027-01' }).first().click();
    await expect(page.getByRole('tab', { name: '项目库' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('form', { name: '项目 029-2027-01' })).toBeVisible();

    await tab(page, '支出明细');
    await grid.locator(`tr[data-line-key="${key}"] td[data-col="timing"]`).click();
    await page.keyboard.press('Enter');
    await grid.locator('select').selectOption('CURRENT');
    await grid.locator(`tr[data-line-key="${key3}"] td[data-col="projectCode"]`).click();
    await page.keyboard.press('Enter');
    await grid.getByRole('combobox', { name: '项目' }).fill('食品安全');
    await page.keyboard.press('Enter');
    await expect(grid.locator(`tr[data-line-key="${key3}"] td[data-col="kind"]`)).toHaveText('项目支出');
    await page.getByRole('button', { name: /保存支出明细/ }).click();
    await expect(page.getByTestId('check-summary')).toContainText('阻断 0 项');
  });

  test('附件按文件内容判断类型：文本可上传，伪装成 PDF 的图片被拒绝', async ({ page }) => {
    await openWorkspace(page);
    await tab(page, '附件');
    const panel = page.getByRole('tabpanel', { name: '附件' });
    await panel.getByLabel('附件标题').fill('政府集中采购目录说明');
    await panel
      .getByLabel('文件')
      .setInputFiles({ name: 'notice.txt', mimeType: 'text/plain', buffer: Buffer.from('阳泉市政府集中采购目录及标准（2027年版）') });
    await panel.getByRole('button', { name: '上传附件' }).click();
    await expect(panel.getByRole('link', { name: 'notice.txt' })).toBeVisible();
    const download = await page.request.get((await panel.getByRole('link', { name: 'notice.txt' }).getAttribute('href'))!);
    expect(await download.text()).toContain('集中采购目录');
    await panel.getByLabel('附件标题').fill('图片');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await panel.getByLabel('文件').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: png });
    await panel.getByRole('button', { name: '上传附件' }).click();
    await expect(panel.getByRole('alert')).toHaveText('附件只能是PDF或纯文本（UTF-8）文件');
    await expect(panel.locator('tbody tr')).toHaveCount(1);
  });

  test('上传含三处错误行的 Excel：逐行指出错误，数据不变', async ({ page }) => {
    await openWorkspace(page);
    const before = await previewText(page);
    const exported = await page.request.get('/api/budgets/029/2027/excel?mode=export');
    expect(exported.status()).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exported.body()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('支出明细')!;
    ws.getCell('I2').value = '1.234';
    ws.getCell('B3').value = '123 不存在';
    ws.getCell('E4').value = '99999';
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    await page.goto(WORKSPACE);
    const version = await page.getByTestId('budget-version').innerText();
    await tab(page, 'Excel导入导出');
    await page
      .getByLabel('Excel 文件')
      .setInputFiles({ name: 'bad.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bad });
    await page.getByRole('button', { name: '预览导入' }).click();
    const result = page.getByTestId('import-result');
    await expect(result).toContainText('共3处错误，未做任何修改');
    const rows = result.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0).getByRole('cell')).toContainText(['支出明细', '2', '金额（元）']);
    await expect(rows.nth(1).getByRole('cell')).toContainText(['支出明细', '3', '功能科目']);
    await expect(rows.nth(2).getByRole('cell')).toContainText(['支出明细', '4', '部门经济科目']);
    await page.reload();
    await expect(page.getByTestId('budget-version')).toHaveText(version);
    expect(await previewText(page)).toBe(before);
  });

  test('两个页面同时编辑：基于旧版本的保存被拒绝', async ({ page, context }) => {
    await openWorkspace(page);
    const other = await context.newPage();
    await other.goto(WORKSPACE);
    for (const p of [page, other]) await tab(p, '单位概况');
    await page.getByLabel('本单位职责').fill('页面一的修改');
    await page.getByRole('button', { name: '保存单位概况' }).click();
    await saved(page);
    await other.getByLabel('本单位职责').fill('页面二的修改');
    await other.getByRole('button', { name: '保存单位概况' }).click();
    await expect(other.getByRole('alert').filter({ hasText: '该预算已被他人修改' })).toBeVisible();
    await other.reload();
    await tab(other, '单位概况');
    await expect(other.getByLabel('本单位职责')).toHaveValue('页面一的修改');
  });

  test('导出的 Excel 再导入，派生报表完全相同', async ({ page }) => {
    await openWorkspace(page);
    const before = await previewText(page);
    const exported = await page.request.get('/api/budgets/029/2027/excel?mode=export');
    await page.goto(WORKSPACE);
    const version = Number(await page.getByTestId('budget-version').innerText());
    await tab(page, 'Excel导入导出');
    await page
      .getByLabel('Excel 文件')
      .setInputFiles({ name: 'export.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await exported.body() });
    await page.getByRole('radio', { name: /^整体替换/ }).check();
    await page.getByRole('button', { name: '预览导入' }).click();
    await expect(page.getByTestId('import-preview').locator('tbody tr').first()).toHaveText(/支出明细（行）\s*0\s*0\s*0/);
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByTestId('import-result')).toContainText('导入成功：新增 0 行、修改 0 行、删除 0 行支出明细');
    await expect(page.getByTestId('budget-version')).toHaveText(String(version + 1));
    expect(await previewText(page)).toBe(before);
  });

  test('从上年结转项目，并可从本年项目库删除', async ({ page }) => {
    await openWorkspace(page);
    await tab(page, '项目库');
    await page.getByLabel('从上年结转').selectOption('029-2026-03');
    await page.getByRole('button', { name: '结转到本年' }).click();
    const row = page.locator('#project-029-2026-03');
    await expect(row.getByRole('cell').nth(3)).toHaveText('2026');
    await row.getByRole('button', { name: '编辑' }).click();
    const form = page.getByRole('form', { name: '项目 029-2026-03' });
    await expect(form.getByRole('table', { name: '年度绩效指标' }).locator('tbody tr').first()).toBeVisible();
    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: '删除' }).click();
    await expect(row).toHaveCount(0);
    await expect(page.getByTestId('check-summary')).toContainText('阻断 0 项');
  });
});

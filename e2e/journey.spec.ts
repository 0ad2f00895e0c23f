import { execFileSync } from 'node:child_process';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signInThroughForm as login } from './helpers/sign-in';
import { createOrg, createUser } from './helpers/admin-pages';
import { enterLine } from './helpers/entry-grid';

// The journey the product exists for, on the e2e run's fresh database: the admin creates a unit and its
// accountant; the accountant finds the workspace from 我的预算, enters the budget in the grid, by Excel
// and in the 项目库, and submits; the reviewer returns it; the accountant fixes and resubmits; the
// reviewer approves and publishes; an anonymous visitor reads the page and every download, whose
// figures match the staff preview; a correction publishes 第2版 while 第1版 stays readable.

const UNIT = { code: '901003', name: '阳泉市示例检测所' };
const ACCOUNTANT = { username: 'kuaiji901003', password: 'Journey@2026' };
const WORKSPACE = `/budgets/${UNIT.code}/2026`;
const PROJECT = `${UNIT.code}-2026-01`;
const T1 = '2026年预算收支总表';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

async function logout(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
}

async function tab(page: Page, name: string) {
  await expect(page.locator('.workspace-tabs')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.getByRole('tab', { name }).click();
}

async function openWorkspaceFromMyBudgets(page: Page) {
  await page.getByRole('link', { name: '我的预算' }).first().click();
  await expect(page).toHaveURL(/\/my-budgets$/);
  await page.locator(`section.my-unit[data-org="${UNIT.code}"] li[data-year="2026"]`).getByRole('link', { name: '编辑预算' }).click();
  await expect(page).toHaveURL(new RegExp(`${WORKSPACE}$`));
}

async function openBudgetAsReviewer(page: Page) {
  await login(page, DEMO.reviewer);
  await page.goto('/review?year=2026');
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: UNIT.code, exact: true }) })
    .getByRole('link')
    .first()
    .click();
  await expect(page).toHaveURL(/\/workflow\/[0-9a-f-]{36}$/);
}

/** The 收入总计 row of table 1 as the staff preview shows it. */
async function previewTotalRow(page: Page): Promise<string[]> {
  await page.goto(`${WORKSPACE}/preview`);
  const t1 = page.getByRole('table', { name: T1 });
  // The preview is the public renderer's document: the row's label is its row header (th), the figures its cells.
  return t1.getByRole('row').filter({ hasText: '收入总计' }).first().locator('th, td').allInnerTexts();
}

test('管理员新建单位和填报人', async ({ page }) => {
  await login(page, DEMO.admin);
  await page.goto('/admin/orgs');
  await createOrg(page, { code: UNIT.code, name: UNIT.name, kind: 'ADMIN', parent: '901' });
  await page.goto('/admin/users');
  await createUser(page, { ...ACCOUNTANT, name: '检测所填报人', role: 'ACCOUNTANT', units: UNIT.code });
});

test('填报人从我的预算新建预算，在表格、Excel 和项目库中录入并提交', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await login(page, ACCOUNTANT);
  await page.getByRole('link', { name: '我的预算' }).first().click();
  const year = page.locator(`section.my-unit[data-org="${UNIT.code}"] li[data-year="2026"]`);
  await expect(year).toContainText('尚未编制');
  await year.getByRole('button', { name: '新建空白预算' }).click();
  await expect(year.getByRole('link', { name: '编辑预算' })).toBeVisible({ timeout: 30_000 });
  await year.getByRole('link', { name: '编辑预算' }).click();
  await expect(page).toHaveURL(new RegExp(`${WORKSPACE}$`));
  await expect(page.getByTestId('budget-status')).toHaveText('草稿');

  await tab(page, '单位概况');
  await page.getByLabel('本单位职责').fill('负责全市产品质量检验检测。');
  await page.getByLabel('机构设置情况').fill('内设3个科室。');
  await page.getByLabel('内设科室数（个）').fill('3');
  await page.getByLabel('核定编制数（人）').fill('20');
  await page.getByRole('button', { name: '保存单位概况' }).click();
  await expect(page.getByRole('tabpanel').locator('.save-feedback .ok').filter({ visible: true }).first()).toHaveText('已保存');

  await tab(page, '项目库');
  await page.getByRole('button', { name: '新建项目' }).click();
  const project = page.getByRole('form', { name: `项目 ${PROJECT}` });
  await project.getByLabel('项目名称').fill('产品质量监督抽查');
  await project.getByLabel('实施期市县(区)财政资金').fill('500000');
  await project.getByLabel('年度市县(区)财政资金').fill('500000');
  await project.getByLabel('总体目标（实施期目标）').fill('完成全市产品质量监督抽查任务');
  await project.getByLabel('总体目标（年度目标）').fill('2026年完成抽查300批次');
  for (const scope of ['实施期', '年度']) {
    await project.getByRole('button', { name: `添加${scope}指标` }).click();
    const row = project
      .getByRole('table', { name: `${scope}绩效指标` })
      .locator('tbody tr')
      .last();
    await row.getByLabel('三级指标').fill('抽查批次');
    await row.getByLabel('数值').fill('300');
    await row.getByLabel('单位').fill('批次');
  }
  await project.getByRole('button', { name: '保存项目' }).click();
  await expect(page.locator(`#project-${PROJECT}`)).toContainText('产品质量监督抽查');

  await tab(page, '支出明细');
  await enterLine(page, { functionCode: '2013801', deptEconCode: '30101', amount: '1000000' });
  await enterLine(page, { functionCode: '2013801', deptEconCode: '30201', amount: '200000.50' });
  await enterLine(page, { functionCode: '2013816', kind: 'PROJECT', projectCode: PROJECT, deptEconCode: '30227', amount: '500000' });
  await page.getByRole('button', { name: /保存支出明细/ }).click();
  await expect(page.getByTestId('total-收支总计')).toHaveText(/170\.00 万元/);

  // One more line by Excel: the exported workbook with a row added, imported back.
  const exported = await page.request.get(`/api/budgets/${UNIT.code}/2026/excel?mode=export`);
  expect(exported.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await exported.body()).buffer);
  const sheet = wb.getWorksheet('支出明细')!;
  sheet.addRow(['', '2013801', '基本支出', '', '30211', '50201', '一般公共预算', '当年预算安排', 30000]);
  const edited = Buffer.from(await wb.xlsx.writeBuffer());
  await page.reload();
  await tab(page, 'Excel导入导出');
  await page
    .getByLabel('Excel 文件')
    .setInputFiles({ name: '检测所预算.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: edited });
  await page.getByRole('radio', { name: /^整体替换/ }).check();
  await page.getByRole('button', { name: '预览导入' }).click();
  await expect(page.getByTestId('import-total')).toContainText('→ 1,730,000.50 元（173.00 万元）');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('import-result')).toContainText('导入成功');
  await page.reload();
  await expect(page.getByTestId('total-收支总计')).toHaveText(/173\.00 万元/);

  await tab(page, '情况说明与上年数');
  await page.getByLabel('一、收支总计增减原因').fill('新设单位，首次编制预算。');
  await page.getByLabel('十二（二）其他说明').fill('无。');
  await page.getByRole('button', { name: '保存情况说明' }).click();

  await expect(page.getByTestId('blocking-count')).toHaveText('校验无阻断项，可以提交。');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByTestId('budget-status')).toHaveText('已提交');
});

test('审核人退回，填报人按意见修改后再次提交', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await openBudgetAsReviewer(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已提交');
  await page.getByLabel('审核意见1 意见对象').selectOption('TABLE');
  await page.getByLabel('审核意见1 针对').selectOption('3');
  await page.getByLabel('审核意见1 内容').fill('办公费偏低，请按实际需要调增5万元');
  await page.getByRole('button', { name: '退回修改' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('退回修改');
  await logout(page);

  await login(page, ACCOUNTANT);
  await page.goto('/my-budgets');
  const year = page.locator(`section.my-unit[data-org="${UNIT.code}"] li[data-year="2026"]`);
  await expect(year).toContainText('退回修改');
  await year.getByRole('link', { name: '审核流程' }).click();
  await expect(page.locator('.review-comment').first()).toContainText('办公费偏低，请按实际需要调增5万元');

  await openWorkspaceFromMyBudgets(page);
  await tab(page, '支出明细');
  const grid = page.getByRole('grid', { name: '支出明细' });
  const office = grid.locator('tr[data-line-key]').filter({ hasText: '200,000.50' }).locator('td[data-col="amount"]');
  await office.click();
  await page.keyboard.press('Enter');
  await grid.getByRole('textbox', { name: '金额（元）' }).fill('250000.50');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /保存支出明细/ }).click();
  await expect(page.getByTestId('total-收支总计')).toHaveText(/178\.00 万元/);
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByTestId('budget-status')).toHaveText('已提交');
});

let previewRow: string[] = [];

test('审核人批复并公开；公众在首页找到并下载全部文件，数字与预览一致', async ({ page, browser }) => {
  page.on('dialog', (d) => void d.accept());
  await login(page, ACCOUNTANT);
  previewRow = await previewTotalRow(page);
  expect(previewRow.slice(0, 4)).toEqual(['收入总计', '178.00', '支出总计', '178.00']);
  await logout(page);

  await openBudgetAsReviewer(page);
  await page.getByRole('button', { name: '批复' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已批复');
  await page.getByRole('button', { name: '公开', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已公开');
  // The downloads are written in the background right after publication; the reviewer sees them arrive.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('published-files')).toContainText('PDF已生成', { timeout: 1000 });
  }).toPass({ timeout: 60_000 });

  await readAsPublic(browser, { versionNo: 1, expectTotal: '178.00', expectExact: '1780000.50' });
});

test('更正：公开第2版并附更正说明，第1版仍可查阅', async ({ page, browser }) => {
  page.on('dialog', (d) => void d.accept());
  await openBudgetAsReviewer(page);
  await page.getByLabel('更正原因').fill('项目支出金额有误');
  await page.getByRole('button', { name: '发起更正（退回填报人修改）' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('退回修改');
  const workflowUrl = page.url();
  await logout(page);

  await login(page, ACCOUNTANT);
  await openWorkspaceFromMyBudgets(page);
  await tab(page, '支出明细');
  const grid = page.getByRole('grid', { name: '支出明细' });
  await grid.locator('tr[data-line-key]').filter({ hasText: '500,000.00' }).locator('td[data-col="amount"]').click();
  await page.keyboard.press('Enter');
  await grid.getByRole('textbox', { name: '金额（元）' }).fill('480000');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /保存支出明细/ }).click();
  await expect(page.getByTestId('total-收支总计')).toHaveText(/176\.00 万元/);
  await tab(page, '项目库');
  await page.locator(`#project-${PROJECT}`).getByRole('button', { name: '编辑' }).click();
  const project = page.getByRole('form', { name: `项目 ${PROJECT}` });
  await project.getByLabel('年度市县(区)财政资金').fill('480000');
  await project.getByRole('button', { name: '保存项目' }).click();
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByTestId('budget-status')).toHaveText('已提交');
  await logout(page);

  await login(page, DEMO.reviewer);
  await page.goto(workflowUrl);
  await page.getByRole('button', { name: '批复' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已批复');
  await page.getByLabel('更正说明').fill('项目支出调减2万元，更正表一、表三、表十二。');
  await page.getByRole('button', { name: '公开更正版本' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已公开');

  await readAsPublic(browser, { versionNo: 2, expectTotal: '176.00', expectExact: '1760000.50', correctionNote: '项目支出调减2万元' });

  const anonymous = await browser.newPage();
  const first = await anonymous.goto(`/public/2026/${UNIT.code}/v/1`);
  expect(first?.status()).toBe(200);
  await expect(anonymous.getByText('这是较早的第1版，已被更正。')).toBeVisible();
  await expect(anonymous.getByRole('table', { name: T1 }).getByRole('row').filter({ hasText: '收入总计' }).first()).toContainText('178.00');
  const v1json = await anonymous.request.get(`/api/public/documents/2026/${UNIT.code}/json?version=1`);
  expect(v1json.status()).toBe(200);
  await anonymous.close();
});

/** An anonymous visitor: home → the document → every download, each checked against the figures. */
async function readAsPublic(browser: Browser, o: { versionNo: number; expectTotal: string; expectExact: string; correctionNote?: string }): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: `${UNIT.name}2026年度预算公开` }).click();
  await expect(page).toHaveURL(new RegExp(`/public/2026/${UNIT.code}$`));
  await expect(page.getByText(`第${o.versionNo}版`).first()).toBeVisible();
  if (o.correctionNote) await expect(page.getByRole('region', { name: `更正说明（第${o.versionNo}版）` })).toContainText(o.correctionNote);
  const total = page.getByRole('table', { name: T1 }).getByRole('row').filter({ hasText: '收入总计' }).first();
  await expect(total).toContainText(o.expectTotal);

  const links = page.getByRole('list', { name: '导出与下载' }).getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const byFormat = new Map(hrefs.map((h) => [h.split('?')[0].split('/').pop()!, h]));
  expect([...byFormat.keys()].sort()).toEqual(['csv', 'docx', 'json', 'pdf', 'xlsx']);
  const get = async (format: string) => {
    const res = await page.request.get(byFormat.get(format)!);
    expect(res.status(), format).toBe(200);
    expect(res.headers()['x-version-no'], format).toBe(String(o.versionNo));
    return res.body();
  };

  const json = JSON.parse((await get('json')).toString('utf8')) as { tables: { rows: string[][]; exact: (string | null)[][] }[] };
  const jsonTotal = json.tables[0].rows.find((r) => r[0] === '收入总计')!;
  expect(jsonTotal[1]).toBe(o.expectTotal);
  if (o.versionNo === 1) expect(jsonTotal).toEqual(previewRow);
  expect(json.tables[0].exact.find((_, i) => json.tables[0].rows[i][0] === '收入总计')![1]).toBe(o.expectExact);

  const xlsx = new ExcelJS.Workbook();
  await xlsx.xlsx.load(new Uint8Array(await get('xlsx')).buffer);
  let xlsxTotal: unknown = null;
  xlsx.worksheets[0].eachRow((row) => {
    if (row.getCell(1).value === '收入总计') xlsxTotal = row.getCell(2).value;
  });
  expect(Number(xlsxTotal)).toBe(Number(o.expectTotal));

  const docx = await JSZip.loadAsync(await get('docx'));
  const xml = await docx.file('word/document.xml')!.async('string');
  expect(xml).toContain(UNIT.name);
  expect(xml).toContain(o.expectTotal);

  const pdf = await get('pdf');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pdfText = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
  expect(pdfText).toContain(UNIT.name);
  expect(pdfText).toContain(o.expectTotal);

  const csv = (await get('csv'))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const amountAt = csv[0].split(',').indexOf('金额（元）');
  const sum = csv.slice(1).reduce((s, line) => s.plus(line.split(',')[amountAt]), new Decimal(0));
  expect(sum.toFixed(2)).toBe(o.expectExact);
  await context.close();
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { DEMO, signIn, signInThroughForm as login } from './helpers/sign-in';
import { createOrg, createUser } from './helpers/admin-pages';
import { enterLine } from './helpers/entry-grid';

// A fiscal year in 上海市's template: the admin chooses it on /admin/years, a unit of its own (950001, no
// department, so no other spec's data) enters and publishes its 2027 budget, and the public page and the
// PDF, XLSX and DOCX downloads carry the nine Shanghai tables in 元. 2027 goes back to 山西 at the end
// (other specs derive 2027 drafts); the published document keeps the template it was frozen in.
// The admin also rewords 2027's Shanghai texts (a heading and a 名词解释 entry): the preview and the
// published page print them, the template's defaults stay as they were.

const UNIT = { code: '950001', name: '模板示例检验站' };
const ACCOUNTANT = { username: 'kuaiji950001', password: 'Template@2027' };
const TITLES = [
  '2027年预算单位财务收支预算总表',
  '2027年预算单位收入预算总表',
  '2027年预算单位支出预算总表',
  '2027年预算单位财政拨款收支预算总表',
  '2027年预算单位一般公共预算支出功能分类预算表',
  '2027年预算单位政府性基金预算支出功能分类预算表',
  '2027年预算单位国有资本经营预算支出功能分类预算表',
  '2027年预算单位一般公共预算基本支出部门预算经济分类预算表',
  '2027年单位“三公”经费和机关运行经费预算表',
];

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

async function setYearTemplate(page: Page, label: RegExp) {
  await page.goto('/admin/years');
  const row = page.getByRole('row').filter({ hasText: '2027年度' });
  await row.getByLabel('2027年度公开模板').selectOption({ label: (await row.getByRole('option', { name: label }).textContent())! });
  await row.getByRole('button', { name: '更改模板' }).click();
  await expect(row.getByRole('status')).toHaveText('公开模板已更改');
}

async function tab(page: Page, name: string) {
  await expect(page.locator('.workspace-tabs')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.getByRole('tab', { name }).click();
}

const squash = (s: string) => s.replace(/\s+/g, '');
const GLOSSARY_2027 = '2027年度本市基本支出预算的解释（年度修改）。';
const STRUCTURE_2027 = '二、单位机构设置情况';

test('管理员把2027年度设为上海市模板，并新建单位和填报人', async ({ page }) => {
  await login(page, DEMO.admin);
  await setYearTemplate(page, /^上海市模板/);
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: '2027年度' }).getByLabel('2027年度公开模板')).toHaveValue('shanghai');
  await expect(page.getByRole('row').filter({ hasText: '2026年度' }).getByLabel('2026年度公开模板')).toHaveValue('shanxi');

  // 2027's own texts, reached by clicking from the home page.
  await page.goto('/');
  await page.getByRole('link', { name: '系统管理' }).first().click();
  await page.locator('.admin-index').getByRole('link', { name: '预算年度' }).click();
  await page.getByRole('link', { name: '2027年度名词解释与固定表述' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2027年度 名词解释与固定表述（上海市模板');
  const glossary = page.getByRole('region', { name: '名词解释', exact: true });
  await expect(glossary.getByRole('note')).toContainText('当前采用：模板默认的名词解释');
  const entry = glossary.locator('.card-list > li').first();
  await expect(entry.getByLabel('名词')).toHaveValue('基本支出预算');
  await entry.getByLabel('解释').fill(GLOSSARY_2027);
  await entry.getByRole('button', { name: '保存', exact: true }).click();
  await expect(entry.getByRole('status')).toHaveText('名词解释已保存（仅本年度）');
  await expect(glossary.getByRole('note')).toContainText('当前采用：本年度单独修改的名词解释（共4条）');

  const phrase = page.getByRole('listitem', { name: '固定表述：目录：机构设置' });
  await phrase.getByRole('textbox').fill('单位机构设置情况');
  await phrase.getByRole('button', { name: '保存表述' }).click();
  await expect(phrase.getByRole('alert').first()).toHaveText('固定表述“目录：机构设置”：必须保留占位符 {scope}（由系统自动填入）');
  await phrase.getByRole('textbox').fill('{scope}机构设置情况');
  await phrase.getByRole('button', { name: '保存表述' }).click();
  await expect(phrase.getByRole('status')).toHaveText('表述已保存（仅本年度）');
  await expect(phrase).toContainText('当前采用：本年度修改');

  // The template's default list is untouched.
  await page.goto('/admin/glossary?template=shanghai');
  await expect(page.locator('.card-list form').first().getByLabel('名词')).toHaveValue('基本支出预算');
  await expect(page.locator('.card-list form').first().getByLabel('解释')).not.toHaveValue(GLOSSARY_2027);

  await page.goto('/admin/orgs');
  await createOrg(page, { code: UNIT.code, name: UNIT.name, kind: 'ADMIN' });
  await page.goto('/admin/users');
  await createUser(page, { ...ACCOUNTANT, name: '检验站填报人', role: 'ACCOUNTANT', units: UNIT.code });
});

test('填报人录入2027年度预算并提交，审核人批复并公开', async ({ page, baseURL }) => {
  page.on('dialog', (d) => void d.accept());
  await login(page, ACCOUNTANT);
  await page.getByRole('link', { name: '我的预算' }).first().click();
  const year = page.locator(`section.my-unit[data-org="${UNIT.code}"] li[data-year="2027"]`);
  await year.getByRole('button', { name: '新建空白预算' }).click();
  await expect(year.getByRole('link', { name: '编辑预算' })).toBeVisible({ timeout: 30_000 });
  await year.getByRole('link', { name: '编辑预算' }).click();
  await expect(page.getByTestId('budget-status')).toHaveText('草稿', { timeout: 30_000 }); // the workspace's first load, on a loaded machine

  await tab(page, '单位概况');
  await page.getByLabel('本单位职责').fill('负责本市计量器具检定。');
  await page.getByLabel('机构设置情况').fill('内设2个科室。');
  await page.getByLabel('内设科室数（个）').fill('2');
  await page.getByLabel('核定编制数（人）').fill('10');
  await page.getByRole('button', { name: '保存单位概况' }).click();
  await expect(page.getByRole('tabpanel').locator('.save-feedback .ok').filter({ visible: true }).first()).toHaveText('已保存');

  await tab(page, '支出明细');
  await enterLine(page, { functionCode: '2013801', deptEconCode: '30101', amount: '1000000' });
  await enterLine(page, { functionCode: '2013801', deptEconCode: '30201', amount: '200000.50' });
  await page.getByRole('button', { name: /保存支出明细/ }).click();
  await expect(page.getByTestId('total-收支总计')).toHaveText(/120\.00 万元/);

  // The staff preview derives the draft in the year's template.
  await page.goto(`/budgets/${UNIT.code}/2027/preview`);
  await expect(page.getByRole('table', { name: TITLES[0] })).toBeVisible();
  await expect(page.getByRole('heading', { name: STRUCTURE_2027, level: 2 })).toBeVisible();
  await expect(page.locator('#glossary')).toContainText(GLOSSARY_2027);

  await page.goto(`/budgets/${UNIT.code}/2027`);
  await tab(page, '情况说明与上年数');
  await page.getByLabel('一、收支总计增减原因').fill('新设单位，首次编制预算。');
  await page.getByLabel('十二（二）其他说明').fill('无。');
  await page.getByRole('button', { name: '保存情况说明' }).click();
  await expect(page.getByTestId('blocking-count')).toHaveText('校验无阻断项，可以提交。');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByTestId('budget-status')).toHaveText('已提交');

  const reviewer = await playwrightRequest.newContext({ baseURL });
  await signIn(reviewer, DEMO.reviewer);
  const api = `/api/budgets/${UNIT.code}/2027/workflow`;
  for (const action of ['approve', 'publish']) {
    const res = await reviewer.post(api, { data: { action }, failOnStatusCode: false });
    expect(res.status(), action).toBe(200);
  }
  await reviewer.dispose();
});

test('公开页和 PDF、XLSX、DOCX 下载按上海市模板列出九张表（元）；改回山西模板后已公开文件不变', async ({ page, baseURL }) => {
  await page.goto(`/public/2027/${UNIT.code}`);
  const toc = page.getByRole('navigation', { name: '目 录' });
  for (const part of ['一、单位主要职能', STRUCTURE_2027, '三、名词解释', '四、单位预算编制说明', '五、单位预算表', '六、其他相关情况说明']) {
    await expect(page.getByRole('heading', { name: part, level: 2 })).toBeVisible();
    await expect(toc.getByRole('link', { name: part })).toBeVisible();
  }
  for (const title of TITLES) await expect(page.getByRole('table', { name: title, exact: true })).toBeVisible();
  await expect(page.locator('table.report')).toHaveCount(TITLES.length);
  const t1 = page.locator('#table-1');
  await expect(t1).toContainText('编制单位：模板示例检验站');
  await expect(t1).toContainText('单位：元');
  await expect(t1.locator('td.amount').filter({ hasText: '1,200,000.50' }).first()).toBeVisible();
  await expect(page.locator('#table-9')).toContainText('单位：万元');
  await expect(page.locator('#table-6')).toContainText('注：本单位2027年无政府性基金预算财政拨款安排的预算，故本表为空表。');
  await expect(page.locator('#glossary')).toContainText('基本支出预算');
  await expect(page.locator('#glossary')).toContainText(GLOSSARY_2027);
  await expect(page.locator('#glossary')).not.toContainText('省直部门');

  const visitor = await playwrightRequest.newContext({ baseURL });
  const download = async (format: string) => {
    const res = await visitor.get(`/api/public/documents/2027/${UNIT.code}/${format}`, { timeout: 120_000 });
    expect(res.status(), format).toBe(200);
    return res.body();
  };

  const json = JSON.parse((await download('json')).toString('utf8')) as { template: unknown; tables: { title: string; unit: string }[] };
  expect(json.template).toEqual({ id: 'shanghai', version: 1 });
  expect(json.tables.map((t) => t.title)).toEqual(TITLES);

  const dir = mkdtempSync(join(tmpdir(), 'templates-e2e-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), await download('pdf'));
    const text = squash(execFileSync('pdftotext', ['-layout', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' }));
    for (const title of TITLES) expect(text, title).toContain(squash(title));
    expect(text).toContain('编制单位：模板示例检验站');
    expect(text).toContain('1,200,000.50');
    expect(text).toContain(squash(STRUCTURE_2027));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await download('xlsx')).buffer);
  expect(wb.worksheets.slice(0, TITLES.length).map((w) => String(w.getCell(1, 1).value))).toEqual(TITLES);

  const docx = await JSZip.loadAsync(await download('docx'));
  const word = (await docx.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  for (const title of TITLES) expect(word, title).toContain(title);
  expect(word).toContain(STRUCTURE_2027);
  expect(word).toContain(GLOSSARY_2027);

  await login(page, DEMO.admin);
  await setYearTemplate(page, /^山西省/);
  const again = await visitor.get(`/api/public/documents/2027/${UNIT.code}/json`);
  expect(((await again.json()) as { tables: { title: string }[] }).tables.map((t) => t.title)).toEqual(TITLES);
  await page.goto(`/public/2027/${UNIT.code}`);
  for (const title of TITLES) await expect(page.getByRole('table', { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: STRUCTURE_2027, level: 2 })).toBeVisible();
  await expect(page.locator('#glossary')).toContainText(GLOSSARY_2027);
  await visitor.dispose();
});

import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';

// Runs after entry.spec.ts (files run in alphabetical order on one worker): it loads 5,000 lines into 029's 2027 budget.
const WORKSPACE = '/budgets/029/2027';
const FUNCTIONS = [
  '2013801 行政运行',
  '2013802 一般行政管理事务',
  '2080505 机关事业单位基本养老保险缴费支出',
  '2101101 行政单位医疗',
  '2013899 其他市场监督管理事务',
];
const ECON = [
  ['30101', '50101'],
  ['30102', '50101'],
  ['30201', '50201'],
  ['30113', '50103'],
];

test('5,000 行支出明细：虚拟滚动、键盘移动、分组与保存保持流畅', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page.request, DEMO.accountant029);
  const res = await page.request.get(`/api/budgets/029/${2027}/excel?mode=export`);
  if (res.status() === 404) {
    await page.goto(WORKSPACE);
    await page.getByRole('button', { name: '新建空白预算' }).click();
    await expect(page.getByTestId('budget-version')).toHaveText('1');
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await (await page.request.get('/api/budgets/029/2027/excel?mode=export')).body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('支出明细')!;
  for (let i = 0; i < 5000; i++) {
    const [dept, gov] = ECON[i % ECON.length];
    ws.addRow([`B${String(i).padStart(5, '0')}`, FUNCTIONS[i % FUNCTIONS.length], '基本支出', '', dept, gov, '一般公共预算', '当年预算安排', `${100 + i}.25`]);
  }
  const total = ws.actualRowCount - 1;
  await page.goto(WORKSPACE);
  const version = await page.getByTestId('budget-version').innerText();
  const upload = await page.request.post('/api/budgets/029/2027/excel', {
    multipart: { expectedVersion: version, file: { name: 'big.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await wb.xlsx.writeBuffer()) } },
  });
  expect(upload.status()).toBe(200);

  const t0 = Date.now();
  const resp = await page.goto(WORKSPACE);
  const htmlBytes = (await resp!.body()).length;
  const grid = page.getByRole('grid', { name: '支出明细' });
  await expect(page.getByTestId('lines-total')).toContainText(`全部 ${total} 行`);
  await expect(grid).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  const loadMs = Date.now() - t0;
  const rendered = await grid.locator('tr[data-line-key]').count();
  expect(rendered).toBeLessThan(80);

  const rowHeight = await grid
    .locator('tr[data-line-key]')
    .first()
    .evaluate((tr) => tr.getBoundingClientRect().height);
  expect(rowHeight).toBe(32);
  const scrollMs = await grid.evaluate(async (el) => {
    const start = performance.now();
    for (let i = 1; i <= 20; i++) {
      el.scrollTop = (el.scrollHeight * i) / 20;
      el.dispatchEvent(new Event('scroll'));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    return performance.now() - start;
  });
  await expect(grid.locator('tr[data-line-key="B04999"]')).toBeVisible();

  await grid.evaluate((el) => (el.scrollTop = 0));
  await grid.locator('tr[data-line-key] td[data-col="amount"]').first().click();
  const k0 = Date.now();
  for (let i = 0; i < 100; i++) await page.keyboard.press('ArrowDown');
  await expect(grid.locator('td.active[data-col="amount"]')).toBeVisible();
  const keysMs = Date.now() - k0;
  const activeKey = await grid.locator('td.active').locator('xpath=..').getAttribute('data-line-key');
  expect(activeKey).toMatch(/^B00\d{3}$/);

  const g0 = Date.now();
  await page.getByLabel('分组').selectOption('functionCode');
  await expect(grid.locator('tr.group-row', { hasText: '2013801 行政运行' })).toHaveText(/（100\d 行）小计 [\d,]+\.\d\d 元 \/ [\d.]+ 万元/);
  const groupMs = Date.now() - g0;
  await page.getByLabel('分组').selectOption('');

  await grid.locator('tr[data-line-key="B00000"] td[data-col="amount"]').click();
  await page.keyboard.press('Enter');
  await grid.getByRole('textbox', { name: '金额（元）' }).fill('1.00');
  await page.keyboard.press('Enter');
  const s0 = Date.now();
  await page.getByRole('button', { name: /保存支出明细（1 处修改）/ }).click();
  await expect(page.getByTestId('budget-version')).toHaveText(String(Number(version) + 2));
  const saveMs = Date.now() - s0;
  console.log(
    `5000行：页面 ${htmlBytes} 字节，加载至可交互 ${loadMs}ms，滚动20帧 ${Math.round(scrollMs)}ms，方向键100次 ${keysMs}ms，分组 ${groupMs}ms，保存1行 ${saveMs}ms，渲染行 ${rendered}`,
  );
  expect(scrollMs).toBeLessThan(3000);
  expect(keysMs).toBeLessThan(15000);
});

// Uses the 5,000 lines the test above loaded: only the rows in view are rendered, yet a focus link reaches any line,
// a far line saves after scrolling to it, and search and sorting cover every line.
test('5,000 行支出明细：链接到窗口外的行、滚动后编辑远处的行并保存、搜索与排序覆盖全部行', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page.request, DEMO.accountant029);
  const grid = page.getByRole('grid', { name: '支出明细' });
  const ready = async (url: string) => {
    await page.goto(url);
    await expect(grid).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    await expect(page.locator('.workspace-tabs')).toHaveAttribute('data-ready', 'true');
  };

  await ready(`${WORKSPACE}?focus=${encodeURIComponent('line:B04321')}`);
  const far = grid.locator('tr[data-line-key="B04321"]');
  await expect(far).toHaveClass(/focus-flash/);
  await expect(far.locator('td.active')).toBeInViewport();
  const farNo = Number(await far.getAttribute('data-line-no'));
  expect(farNo).toBeGreaterThan(4321);
  await expect(far.locator('td[data-col="key"]')).toHaveText(String(farNo));
  expect(await grid.locator('tr[data-line-key]').count()).toBeLessThan(80);

  await grid.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
    el.dispatchEvent(new Event('scroll'));
  });
  const last = grid.locator('tr[data-line-key="B04990"] td[data-col="amount"]');
  await last.click();
  await page.keyboard.press('Enter');
  await grid.getByRole('textbox', { name: '金额（元）' }).fill('7.00');
  await page.keyboard.press('Enter');
  await expect(last).toHaveText('7.00');
  const version = Number(await page.getByTestId('budget-version').innerText());
  await page.getByRole('button', { name: /保存支出明细（1 处修改）/ }).click();
  await expect(page.getByTestId('budget-version')).toHaveText(String(version + 1), { timeout: 60_000 });

  await ready(`${WORKSPACE}?focus=${encodeURIComponent('line:B04990')}`);
  await expect(grid.locator('tr[data-line-key="B04990"] td[data-col="amount"]')).toHaveText('7.00');

  await page.locator('.grid-toolbar input[type="search"]').fill('B0499');
  await expect(page.getByTestId('lines-total')).toContainText('共 10 行');
  const amountHeader = grid.getByRole('columnheader', { name: /金额（元）/ });
  await amountHeader.getByRole('button').click();
  await expect(amountHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(grid.locator('tr[data-line-key]').first()).toHaveAttribute('data-line-key', 'B04990');
  await amountHeader.getByRole('button').click();
  await expect(amountHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(grid.locator('tr[data-line-key]').first()).toHaveAttribute('data-line-key', 'B04999');
  await expect(grid.locator('tr[data-line-key]')).toHaveCount(10);
});

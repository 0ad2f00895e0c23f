import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';

// Runs after entry.spec.ts (alphabetical, one worker), which leaves 029's 2027 budget as a draft with three lines
// and the project 029-2027-01. Every change made here is put back before the test ends.
const WORKSPACE = '/budgets/029/2027';
test.use({ viewport: { width: 1280, height: 800 } });

async function open(page: Page, url = WORKSPACE) {
  await signIn(page.request, DEMO.accountant029);
  await page.addInitScript(() => window.localStorage.setItem('yusuantong.preview', 'open'));
  await page.goto(url);
  await expect(page.locator('.workspace-tabs')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
}

/** Opens a workspace URL and waits for hydration (slow on a loaded machine): the focus applies once the editors listen. */
async function go(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.workspace-tabs')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
}

const grid = (page: Page) => page.getByRole('grid', { name: '支出明细' });

async function setTiming(page: Page, lineNo: number, value: 'CARRYOVER' | 'CURRENT') {
  await page.getByRole('tab', { name: '支出明细' }).click();
  await grid(page).locator(`tr[data-line-no="${lineNo}"] td[data-col="timing"]`).click();
  await page.keyboard.press('Enter');
  await grid(page).locator('select').selectOption(value);
  await page.getByRole('button', { name: /保存支出明细（1 处修改）/ }).click();
  await expect(page.getByRole('button', { name: /保存支出明细（0 处修改）/ })).toBeDisabled();
}

test('校验结果的链接按行号（第N行）指向支出明细，点击后切到该行、滚动到位并高亮；行号列不显示内部编号', async ({ page }) => {
  await open(page);
  const firstKeyCell = grid(page).locator('tr[data-line-no="1"] td[data-col="key"]');
  await expect(firstKeyCell).toHaveText('1');
  const key = (await grid(page).locator('tr[data-line-no="1"]').getAttribute('data-line-key'))!;

  await setTiming(page, 1, 'CARRYOVER'); // a basic line as 上年结转: the check warns and names the line
  const warning = page.locator('.preview-panel .checks li[data-rule="CARRYOVER_LINE_PROJECT"]');
  await expect(warning).toContainText('支出明细第1行为上年结转的基本支出');
  await expect(page.locator('.preview-panel')).not.toContainText(key);

  await page.getByRole('tab', { name: '单位概况' }).click();
  await warning.getByRole('link', { name: '支出明细第1行' }).click();
  await expect(page.getByRole('tab', { name: '支出明细' })).toHaveAttribute('aria-selected', 'true');
  const row = grid(page).locator(`tr[data-line-key="${key}"]`);
  await expect(row).toHaveClass(/focus-flash/);
  await expect(row.locator('td.active')).toBeInViewport();
  expect(new URL(page.url()).searchParams.get('focus')).toBe(`line:${key}`);
  const outline = await row
    .locator('td')
    .first()
    .evaluate((el) => getComputedStyle(el).animationName);
  expect(outline).toBe('focus-flash-bg');
  await expect(row).not.toHaveClass(/focus-flash/, { timeout: 6000 }); // the highlight fades

  await setTiming(page, 1, 'CURRENT');
  await expect(page.locator('.preview-panel .checks li[data-rule="CARRYOVER_LINE_PROJECT"]')).toHaveCount(0);
});

test('工作区链接 ?focus=…：打开即切到对应标签页、滚动到目标并高亮', async ({ page }) => {
  await signIn(page.request, DEMO.accountant029);
  const key = await (async () => {
    await open(page);
    return (await grid(page).locator('tr[data-line-no="2"]').getAttribute('data-line-key'))!;
  })();

  await go(page, `${WORKSPACE}?focus=line:${key}`);
  await expect(page.getByRole('tab', { name: '支出明细' })).toHaveAttribute('aria-selected', 'true');
  await expect(grid(page).locator(`tr[data-line-key="${key}"]`)).toHaveClass(/focus-flash/);
  await expect(grid(page).locator(`tr[data-line-key="${key}"] td.active`)).toBeInViewport();

  await go(page, `${WORKSPACE}?focus=project:029-2027-01`);
  await expect(page.getByRole('tab', { name: '项目库' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#project-029-2027-01')).toHaveClass(/focus-flash/);
  await expect(page.getByRole('form', { name: '项目 029-2027-01' })).toBeVisible();

  await go(page, `${WORKSPACE}?focus=field:reasons.totalChange`);
  await expect(page.getByRole('tab', { name: '情况说明与上年数' })).toHaveAttribute('aria-selected', 'true');
  const reason = page.locator('[id="field-reasons.totalChange"]');
  await expect(reason).toBeFocused();
  await expect(reason).toBeInViewport();
  await expect(reason).toHaveClass(/focus-flash/);

  await go(page, `${WORKSPACE}?focus=table:5`);
  const t5 = page.locator('#preview-table-5');
  await expect(t5).toBeInViewport();
  await expect(t5).toHaveClass(/focus-flash/);
});

test('保存不合规的字段：错误显示在该字段旁边，第一个错误字段滚动到位并获得焦点', async ({ page }) => {
  await open(page);
  await page.getByRole('tab', { name: '情况说明与上年数' }).click();
  const income = page.getByLabel('上年预算收入总计');
  const before = await income.inputValue();
  await income.fill('十二万');
  await page.getByRole('button', { name: '保存上年对比数' }).click();
  const message = page.locator('[id="error-priorYear.totalIncome"]');
  await expect(message).toBeVisible();
  await expect(message).toContainText('上年预算收入总计');
  await expect(income).toHaveAttribute('aria-invalid', 'true');
  await expect(income).toBeFocused();
  const [a, b] = [(await income.boundingBox())!, (await message.boundingBox())!];
  expect(b.y - (a.y + a.height)).toBeLessThan(40); // right under the field, not only at the top of the form
  expect(Math.abs(b.x - a.x)).toBeLessThan(40);
  await income.fill(before);

  // In the grid: the bad cell is selected, outlined and says what is wrong, naming the line by its number.
  await page.getByRole('tab', { name: '支出明细' }).click();
  await grid(page).locator('tr[data-line-no="3"] td[data-col="amount"]').click();
  await page.keyboard.press('Enter');
  await grid(page).getByRole('textbox', { name: '金额（元）' }).fill('12.345');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /保存支出明细（1 处修改）/ }).click();
  const bad = grid(page).locator('tr[data-line-no="3"] td[data-col="amount"]');
  await expect(bad).toHaveClass(/invalid/);
  await expect(bad).toHaveClass(/active/);
  await expect(bad.locator('.cell-error')).toBeVisible();
  await expect(bad.locator('.cell-error')).toContainText('最多两位小数');
  await expect(page.getByRole('list', { name: '支出明细错误' })).toContainText('支出明细第3行 金额（元）');
  await page.getByRole('button', { name: '放弃修改' }).click();
});

test('预览页是公众将看到的完整文本（概况、报表、情况说明、绩效目标表、名词解释），标明草稿，并列出校验', async ({ page }) => {
  await signIn(page.request, DEMO.accountant029);
  await page.goto('/budgets/029/2026/preview');
  await expect(page.getByRole('note').filter({ hasText: '草稿预览' })).toBeVisible();
  const article = page.locator('article.disclosure');
  for (const heading of ['第一部分', '第二部分', '第三部分', '第四部分']) {
    await expect(article.getByRole('heading', { level: 2, name: new RegExp(heading) })).toBeVisible();
  }
  await expect(article.getByRole('heading', { name: /概况/ }).first()).toBeVisible();
  await expect(article.getByRole('heading', { name: /情况说明/ }).first()).toBeVisible();
  await expect(article.getByRole('heading', { name: /名词解释/ }).first()).toBeVisible();
  await expect(article.locator('.performance-table').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '勾稽校验' })).toBeVisible();

  // The same renderer as the public page: the same headings in the same order.
  const headings = (p: Page) => p.locator('article.disclosure h2, article.disclosure h3').allInnerTexts();
  const draft = await headings(page);
  await page.goto('/public/2026/029');
  expect(await headings(page)).toEqual(draft);
});

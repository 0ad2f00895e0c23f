import { expect, test } from '@playwright/test';

const STAFF_HREF = /\/budgets\/|\/workflow\/|\/review|\/admin|\/my-budgets/;

test('匿名访客的首页只列出已公开的预算、公开目录和登录，没有草稿和工作页面', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/预算通/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('部门预算编制与公开');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: '阳泉市市场监督管理局2026年度预算公开' })).toHaveAttribute('href', '/public/2026/029');
  await expect(main.getByRole('link', { name: '查看公开目录' })).toHaveAttribute('href', '/public');
  await expect(main.getByRole('link', { name: '登录' })).toHaveAttribute('href', '/login');
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toContain('/public/2026/029');
  expect(hrefs.filter((h) => STAFF_HREF.test(h))).toEqual([]);
  // The draft units of department 901 are not named anywhere in the response.
  const html = await (await page.request.get('/')).text();
  expect(html).not.toContain('阳泉市示例');
  expect(html).not.toMatch(/\/budgets\/\d/);
});

test('公开目录链接打开已公开的预算', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: '阳泉市市场监督管理局2026年度预算公开' }).click();
  await expect(page).toHaveURL(/\/public\/2026\/029$/);
});

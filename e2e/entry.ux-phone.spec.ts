import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';

// Staff pages on a phone (390×844) and a laptop (1280×800): screenshots attached to the report, and on the phone no
// table header cell narrower than two characters, no page wider than the screen (tables scroll in their container).
// Runs after entry.spec.ts, which leaves 029's 2027 budget as a draft.

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

/** Header cells (with text) narrower than two characters of their own font, described for the failure message. */
async function narrowHeaders(page: Page): Promise<string[]> {
  return page.locator('th').evaluateAll((cells) =>
    cells
      .filter((c) => (c.textContent ?? '').trim().length > 0 && (c as HTMLElement).offsetParent !== null)
      .filter((c) => c.getBoundingClientRect().width < 2 * parseFloat(getComputedStyle(c).fontSize))
      .map((c) => `${(c.textContent ?? '').trim()}：${Math.round(c.getBoundingClientRect().width)}px`),
  );
}

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

async function shoot(page: Page, testInfo: TestInfo, name: string, ready: () => Promise<void>) {
  for (const [label, size] of [
    ['1280x800', LAPTOP],
    ['390x844', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await ready();
    await testInfo.attach(`${name}-${label}`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    if (size === PHONE) {
      expect(await narrowHeaders(page), `${name}：过窄的表头`).toEqual([]);
      expect(await pageWidth(page), `${name}：页面宽于屏幕`).toBeLessThanOrEqual(PHONE.width);
    }
  }
}

test('填报人：工作区与我的预算在电脑和手机上', async ({ page }, testInfo) => {
  await signIn(page.request, DEMO.accountant029);
  await page.goto('/budgets/029/2027');
  await shoot(page, testInfo, '工作区', async () => {
    await expect(page.getByRole('grid', { name: '支出明细' })).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  });
  await page.getByRole('tab', { name: '项目库' }).click();
  await shoot(page, testInfo, '工作区-项目库', async () => {
    await expect(page.getByRole('table', { name: '本年度项目库' })).toBeVisible();
  });
  await page.goto('/my-budgets');
  await shoot(page, testInfo, '我的预算', async () => {
    await expect(page.getByRole('heading', { name: '我的预算', level: 1 })).toBeVisible();
  });
});

test('审核人：审核队列与审核流程页在电脑和手机上', async ({ page }, testInfo) => {
  await signIn(page.request, DEMO.reviewer);
  await page.goto('/review?year=2026');
  await shoot(page, testInfo, '审核队列', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('table').first()).toBeVisible();
  });
  const workflow = page.locator('a[href^="/workflow/"]').first();
  await page.goto((await workflow.getAttribute('href'))!);
  await shoot(page, testInfo, '审核流程', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test('管理员：系统管理有索引页，各管理页在手机上表头不逐字换行', async ({ page }, testInfo) => {
  await signIn(page.request, DEMO.admin);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: '系统管理', level: 1 })).toBeVisible();
  for (const name of ['用户', '单位', '预算年度', '科目导入', '名词解释']) {
    await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
  }
  for (const path of ['/admin/users', '/admin/orgs', '/admin/years', '/admin/glossary']) {
    await page.goto(path);
    await shoot(page, testInfo, path.slice(1).replace('/', '-'), async () => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});

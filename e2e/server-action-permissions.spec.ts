import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { DEMO, signIn, signInThroughForm } from './helpers/sign-in';

// A server action is an HTTP endpoint anyone can call: here the accountant's own 提交审核 request is
// captured in the browser and replayed with other sessions. The server must refuse each from the
// session alone (whatever the page showed) and leave the budget a draft.

interface Captured {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

async function replay(ctx: APIRequestContext, c: Captured): Promise<string> {
  const res = await ctx.post(c.url, { headers: c.headers, data: c.body });
  return res.text();
}

test('截获的“提交审核”请求以匿名、其他单位填报人、审核人的身份重放：全部被拒绝，预算仍是草稿', async ({ page, baseURL }) => {
  page.on('dialog', (d) => void d.accept()); // 提交审核 asks for confirmation first
  await signInThroughForm(page, DEMO.accountant901002);
  await page.goto('/my-budgets');
  await page
    .getByRole('region', { name: /阳泉市示例事务中心/ })
    .locator('li[data-year="2026"]')
    .getByRole('link', { name: '审核流程' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('草稿');
  const budgetUrl = page.url();

  let captured: Captured | null = null;
  await page.route(budgetUrl, async (route) => {
    const req = route.request();
    if (req.method() !== 'POST' || !req.headers()['next-action']) return route.continue();
    const keep = ['next-action', 'content-type', 'accept', 'next-router-state-tree'];
    captured = {
      url: req.url(),
      headers: Object.fromEntries(Object.entries(req.headers()).filter(([k]) => keep.includes(k))),
      body: req.postDataBuffer() ?? Buffer.alloc(0),
    };
    await route.abort();
  });
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute(budgetUrl);

  const anonymous = await playwrightRequest.newContext({ baseURL });
  expect(await replay(anonymous, captured!)).toContain('请先登录');
  // A wrong role is told 无权; another unit's accountant is told the budget does not exist.
  for (const [who, refusal] of [
    [DEMO.accountant901001, '预算不存在'],
    [DEMO.reviewer, '无权提交该预算'],
    [DEMO.admin, '无权提交该预算'],
  ] as const) {
    const ctx = await playwrightRequest.newContext({ baseURL });
    await signIn(ctx, who);
    expect(await replay(ctx, captured!), who.username).toContain(refusal);
    await ctx.dispose();
  }
  await anonymous.dispose();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('草稿');
  await page.getByRole('link', { name: '查看审计日志' }).click();
  await expect(page.getByRole('table', { name: '审计记录' }).locator('tbody tr')).toHaveCount(1); // only the seed

  // The same request from the budget's own accountant goes through.
  const own = await playwrightRequest.newContext({ baseURL });
  await signIn(own, DEMO.accountant901002);
  expect(await replay(own, captured!)).toContain('已提交，等待财政局审核');
  await own.dispose();
  await page.goto(budgetUrl);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已提交');
});

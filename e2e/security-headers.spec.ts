import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers/sign-in';

test('公开页面带有 CSP、禁止嵌入和 nosniff；页面脚本仍可运行', async ({ page }) => {
  const res = await page.goto('/public');
  const csp = res!.headers()['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(res!.headers()['x-content-type-options']).toBe('nosniff');
  expect(res!.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/login');
  await page.getByLabel('用户名').fill(DEMO.reviewer.username);
  await page.getByLabel('密码').fill(DEMO.reviewer.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/review$/);
  expect(violations).toEqual([]);
});

test('编码错误的网址得到中文 400，而不是英文 500', async ({ request }) => {
  for (const path of ['/public/2026/%E0%A4%A', '/public/%', '/budgets/%ZZ/2026']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(await res.text()).toContain('地址无效');
  }
});

test('登录后的跳转只回到本站地址', async ({ page }) => {
  await signIn(page.request, DEMO.reviewer);
  for (const callback of ['%2F%09%2Fevil.example%2Fx', '%2F%5Cevil.example', '%2F%2Fevil.example', 'https%3A%2F%2Fevil.example%2F']) {
    const res = await page.request.get(`/login?callbackUrl=${callback}`, { maxRedirects: 0 });
    expect(res.status(), callback).toBeGreaterThanOrEqual(300);
    expect(res.status(), callback).toBeLessThan(400);
    const location = res.headers()['location'];
    expect(new URL(location, 'http://app.local').origin, `${callback} → ${location}`).toBe('http://app.local');
    expect(location.startsWith('/') && !location.startsWith('//')).toBe(true);
  }
});

test('退出登录后，旧的会话 Cookie 不再有效', async ({ page, browser }) => {
  await signIn(page.request, DEMO.accountant029);
  const cookies = await page.context().cookies();
  expect((await page.request.get('/api/budgets/029/2026/excel?mode=export')).status()).toBe(200);
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await page.request.post('/api/auth/signout', { form: { csrfToken, json: 'true' } });
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  expect((await replay.request.get('/api/budgets/029/2026/excel?mode=export')).status()).toBe(401);
  await replay.close();
});

import pg from 'pg';
import { expect, test } from '@playwright/test';
import { DEMO, trySignIn } from './helpers/sign-in';
import { E2E_DATABASE_URL } from './helpers/e2e-database';

// The per-address sign-in limit keys on the address the server saw, not on X-Forwarded-For, which the
// client writes: rotating it does not buy fresh attempts.

test.afterAll(async () => {
  // This spec locks the loopback address for 15 minutes; later specs sign in from it too.
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  await client.query(`DELETE FROM login_attempt WHERE NOT success`);
  await client.end();
});

test('20 次失败的登录即使每次更换 X-Forwarded-For，也会锁定该地址', async ({ playwright, baseURL }) => {
  for (let i = 0; i < 20; i++) {
    const ctx = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${i + 1}` } });
    expect(await trySignIn(ctx, { username: `nobody${i}`, password: 'wrong' })).toBe(401);
    await ctx.dispose();
  }
  const fresh = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.77', 'X-Real-IP': '203.0.113.78' } });
  expect(await trySignIn(fresh, DEMO.reviewer)).toBe(401);
  await fresh.dispose();
});

test('健康检查报告应用与数据库', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ app: 'ok', database: 'ok' });
});

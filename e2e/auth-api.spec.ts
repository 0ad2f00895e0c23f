import { expect, test } from '@playwright/test';
import { DEMO, signIn, trySignIn } from './helpers/sign-in';

test('演示账号可通过凭据登录，错误密码不能登录', async ({ page }) => {
  await signIn(page.request, DEMO.reviewer);
  const session = await (await page.request.get('/api/auth/session')).json();
  expect(session.user.name).toBe('财政局审核人');

  await page.context().clearCookies();
  expect(await trySignIn(page.request, { username: 'shenhe', password: 'wrong-password' })).toBe(401);
  const anonymous = await (await page.request.get('/api/auth/session')).json();
  expect(anonymous).toEqual({});
});

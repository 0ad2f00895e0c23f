import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO = {
  admin: { username: 'admin', password: 'Admin@2026' },
  reviewer: { username: 'shenhe', password: 'Shenhe@2026' },
  accountant029: { username: 'kuaiji029', password: 'Kuaiji@2026' },
  accountant901001: { username: 'kuaiji901001', password: 'Kuaiji@2026' },
  accountant901002: { username: 'kuaiji901002', password: 'Kuaiji@2026' },
} as const;

/** Signs in through next-auth's CSRF + credentials endpoints; the cookies land in the request's context. */
export async function signIn(request: APIRequestContext, who: { username: string; password: string }): Promise<void> {
  const status = await trySignIn(request, who);
  if (status >= 400) throw new Error(`sign-in failed with HTTP ${status}`);
}

/** Like signIn, but returns the HTTP status instead of throwing (401 for wrong credentials). */
export async function trySignIn(request: APIRequestContext, who: { username: string; password: string }): Promise<number> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, username: who.username, password: who.password, json: 'true' },
    maxRedirects: 0,
  });
  return res.status();
}

/** Signs in through the /login form, as a person would; waits for the header to name the user. */
export async function signInThroughForm(page: Page, who: { username: string; password: string }): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码').fill(who.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('signed-in-user')).toBeVisible({ timeout: 20_000 });
}

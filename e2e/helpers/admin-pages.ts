import { expect, type Page } from '@playwright/test';

/** On /admin/orgs: creates an organisation through the 新建 form and waits until its row shows. */
export async function createOrg(page: Page, o: { code: string; name: string; kind?: string; department?: boolean; parent?: string }) {
  const form = page
    .locator('form')
    .filter({ has: page.getByRole('button', { name: '创建' }) })
    .first();
  await form.getByLabel('单位编码').fill(o.code);
  await form.getByLabel('单位名称').fill(o.name);
  if (o.kind) await form.getByLabel('单位类型').selectOption(o.kind);
  if (o.department) await form.getByLabel('是部门').check();
  if (o.parent) await form.getByLabel('上级部门编码').fill(o.parent);
  await form.getByRole('button', { name: '创建' }).click();
  await expect(page.getByLabel(`${o.code} 名称`)).toHaveValue(o.name);
}

/** On /admin/users: creates a user bound to `units` (comma-separated codes) and waits for the confirmation. */
export async function createUser(page: Page, u: { username: string; password: string; name: string; role: string; units: string }) {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: '创建用户' }) });
  await form.getByLabel('用户名').fill(u.username);
  await form.getByLabel('姓名').fill(u.name);
  await form.getByLabel('角色').selectOption(u.role);
  await form.getByLabel(/绑定单位编码/).fill(u.units);
  await form.getByLabel(/初始密码/).fill(u.password);
  await form.getByRole('button', { name: '创建用户' }).click();
  await expect(page.getByRole('status').filter({ hasText: `已创建用户 ${u.username}` })).toBeVisible();
}

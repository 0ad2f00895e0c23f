import { expect, test } from '@playwright/test';
import { DEMO, signInThroughForm as login, trySignIn } from './helpers/sign-in';

test('管理员创建填报人并绑定单位；停用后不能登录', async ({ page, browser }) => {
  await login(page, DEMO.admin);
  await expect(page).toHaveURL(/\/admin\/users$/);
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: '创建用户' }) });
  await form.getByLabel('用户名').fill('kuaiji-e2e');
  await form.getByLabel('姓名').fill('端到端填报人');
  await form.getByLabel('角色').selectOption('ACCOUNTANT');
  await form.getByLabel(/绑定单位编码/).fill('901002');
  await form.getByLabel(/初始密码/).fill('E2ePassw0rd!');
  await form.getByRole('button', { name: '创建用户' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已创建用户 kuaiji-e2e' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'kuaiji-e2e' });
  await expect(row.getByLabel('kuaiji-e2e 绑定单位')).toHaveValue('901002');

  const other = await browser.newPage();
  await login(other, { username: 'kuaiji-e2e', password: 'E2ePassw0rd!' });
  await expect(other.getByRole('region', { name: /阳泉市示例事务中心/ }).locator('li[data-year="2026"]')).toContainText('草稿');
  await expect(other.getByRole('region', { name: /阳泉市示例局（本级）/ })).toHaveCount(0);
  await other.close();

  await row.getByRole('button', { name: '停用' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'kuaiji-e2e' })).toContainText('已停用');
  await page.context().clearCookies();
  expect(await trySignIn(page.request, { username: 'kuaiji-e2e', password: 'E2ePassw0rd!' })).toBe(401);
});

test('科目导入：错误的文件被拒绝并列出出错行；名词解释可以编辑', async ({ page }) => {
  await login(page, DEMO.admin);
  await page.getByRole('navigation', { name: '系统管理' }).getByRole('link', { name: '科目导入' }).click();
  await page.getByLabel('预算年度').selectOption('2027');
  await page.getByLabel('科目类别').selectOption('FUNCTION');
  await page.getByLabel('科目文件').setInputFiles({
    name: '科目.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('code,name,level\n201,一般公共服务支出,类\n2019901,孤儿科目,项\n', 'utf8'),
  });
  await page.getByRole('button', { name: '上传并预览' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '未导入任何数据' })).toContainText('第3行 2019901');

  await page.getByRole('navigation', { name: '系统管理' }).getByRole('link', { name: '名词解释' }).click();
  const first = page.locator('.card-list form').first();
  await first.getByLabel('解释').fill('测试修改后的解释文字。');
  await first.getByRole('button', { name: '保存' }).click();
  await expect(first.getByRole('status')).toHaveText('名词解释已保存');
  await page.reload();
  await expect(page.locator('.card-list form').first().getByLabel('解释')).toHaveValue('测试修改后的解释文字。');
});

test('科目导入先预览：缺少仍被使用的科目时拒绝并列出；删除科目须勾选确认', async ({ page }) => {
  await login(page, DEMO.admin);
  await page.goto('/admin/catalog');
  const twoLines = Buffer.from('code,name,level\n201,一般公共服务支出,类\n20101,人大事务,款\n', 'utf8');
  await page.getByLabel('预算年度').selectOption('2026');
  await page.getByLabel('科目类别').selectOption('FUNCTION');
  await page.getByLabel('科目文件').setInputFiles({ name: '两行.csv', mimeType: 'text/csv', buffer: twoLines });
  await page.getByRole('button', { name: '上传并预览' }).click();
  const preview = page.getByRole('region', { name: '导入预览' });
  await expect(preview.getByRole('alert')).toContainText('不能导入');
  await expect(preview).toContainText('仍被支出明细使用的科目');
  await expect(preview).toContainText('20138 ');
  await expect(preview.getByRole('button', { name: '确认导入' })).toHaveCount(0);

  await page.getByLabel('预算年度').selectOption('2027');
  await page.getByLabel('科目文件').setInputFiles({ name: '两行.csv', mimeType: 'text/csv', buffer: twoLines });
  await page.getByRole('button', { name: '上传并预览' }).click();
  await expect(preview).toContainText(/删除 \d+ 条/);
  await expect(preview.getByLabel(/确认删除以上 \d+ 个科目/)).toBeVisible();
  await expect(preview.getByRole('button', { name: '确认导入' })).toBeVisible(); // not clicked: 2027 keeps its catalogue
});

test('审核人不能进入系统管理，管理员看不到审核队列', async ({ page }) => {
  await login(page, DEMO.reviewer);
  await page.goto('/admin/users');
  await expect(page.getByRole('alert').filter({ hasText: '无权访问系统管理' })).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  await login(page, DEMO.admin);
  await page.goto('/review');
  await expect(page.getByRole('alert').filter({ hasText: '无权查看审核队列' })).toBeVisible();
});

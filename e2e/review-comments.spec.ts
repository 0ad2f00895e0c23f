import { expect, test, type Page } from '@playwright/test';
import { DEMO, signInThroughForm as login } from './helpers/sign-in';
import { createOrg, createUser } from './helpers/admin-pages';

// The reviewer's day on material no other spec needs as it is: 029's published 2026 budget, reopened for
// correction and published again at the end, and a new unit's blank 2026 draft. A return with three comments
// (the whole budget, a line, a project) whose first attempt is refused and keeps what was typed; the
// accountant follows a comment into the workspace, marks one 已处理 and resubmits; the reviewer sees which
// comments are handled, approves 029 and the draft together and reads each unit's result, then publishes.

const NEW_UNIT = { code: '902001', name: '阳泉市示例计量所' };
const NEW_ACCOUNTANT = { username: 'kuaiji902001', password: 'Review@2026' };

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

async function logout(page: Page) {
  // a click during a server action's refresh can be lost: click again until the sign-out lands
  await expect(async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/login/, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
}

async function openQueueRow(page: Page, code: string) {
  await page.goto('/review?year=2026');
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: code, exact: true }) })
    .getByRole('link')
    .first()
    .click();
  await expect(page).toHaveURL(/\/workflow\/[0-9a-f-]{36}$/);
}

test('准备：审核人对029已公开的预算发起更正，填报人重新提交；新单位只建空白草稿', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  await login(page, DEMO.admin);
  await page.goto('/admin/orgs');
  await createOrg(page, { code: NEW_UNIT.code, name: NEW_UNIT.name, kind: 'INSTITUTION' });
  await page.goto('/admin/users');
  await createUser(page, { ...NEW_ACCOUNTANT, name: '计量所填报人', role: 'ACCOUNTANT', units: NEW_UNIT.code });
  await logout(page);

  await login(page, NEW_ACCOUNTANT);
  await page.goto('/my-budgets');
  const draft = page.locator(`section.my-unit[data-org="${NEW_UNIT.code}"] li[data-year="2026"]`);
  await draft.getByRole('button', { name: '新建空白预算' }).click();
  await expect(draft.getByRole('link', { name: '编辑预算' })).toBeVisible({ timeout: 30_000 });
  await expect(draft).toContainText('草稿');
  await logout(page);

  await login(page, DEMO.reviewer);
  await openQueueRow(page, '029');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已公开');
  await page.getByLabel('更正原因').fill('审核意见复核');
  await page.getByRole('button', { name: '发起更正（退回填报人修改）' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('退回修改');
  expect(dialogs.at(-1)).toContain('确认发起更正');
  await logout(page);

  await login(page, DEMO.accountant029);
  await page.goto('/my-budgets');
  await page.locator('section.my-unit[data-org="029"] li[data-year="2026"]').getByRole('link', { name: '审核流程' }).click();
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已提交');
  expect(dialogs.at(-1)).toContain('确认提交审核');
});

test('审核人一次退回三条意见：整体、某一支出明细行、某一项目；有误时保留全部已填意见', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  await login(page, DEMO.reviewer);
  await openQueueRow(page, '029');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已提交');

  await page.getByLabel('审核意见1 内容').fill('整体：请按2027年支出标准复核人员经费');
  await page.getByRole('button', { name: '添加一条意见' }).click();
  await page.getByLabel('审核意见2 意见对象').selectOption('LINE');
  const lineOptions = page.getByLabel('审核意见2 针对').locator('option');
  await expect(lineOptions.nth(1)).toHaveText(/^第1行（\d{7} \/ \d{5} \/ \d{5}，/);
  await page.getByLabel('审核意见2 针对').selectOption({ index: 1 });
  await page.getByLabel('审核意见2 内容').fill('该行金额偏高，请核减');
  await page.getByRole('button', { name: '添加一条意见' }).click();
  await page.getByLabel('审核意见3 意见对象').selectOption('PROJECT');
  await page.getByLabel('审核意见3 针对').selectOption({ index: 1 });
  const projectName = (await page.getByLabel('审核意见3 针对').locator('option:checked').innerText()).replace(/（[^（]*）$/, '');

  // The third comment has no text: the server refuses the whole return and the form keeps every comment.
  await page.getByRole('button', { name: '退回修改' }).click();
  const third = page.locator('li.return-comment[data-index="3"]');
  await expect(third.getByRole('alert')).toHaveText('意见内容不能为空');
  await expect(page.getByLabel('审核意见1 内容')).toHaveValue('整体：请按2027年支出标准复核人员经费');
  await expect(page.getByLabel('审核意见2 内容')).toHaveValue('该行金额偏高，请核减');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已提交');
  expect(dialogs.at(-1)).toContain('3条审核意见将送达填报人');

  await page.getByLabel('审核意见3 内容').fill('项目绩效目标请细化到可量化指标');
  await page.getByRole('button', { name: '退回修改' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('退回修改');
  const comments = page.getByRole('list', { name: '审核意见列表' }).locator('.review-comment');
  await expect(comments).toHaveCount(4); // with the 【更正】 comment of the reopening
  await expect(page.locator('.review-comment[data-target="PROJECT"]')).toContainText(`项目“${projectName}”`);
  await expect(page.locator('.review-comment[data-target="LINE"]')).toContainText(/支出明细第1行（/);
});

test('填报人从审核意见跳转到编制页面，标记已处理后重新提交；审核人看到处理情况并批量批复', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await login(page, DEMO.accountant029);
  await page.goto('/my-budgets');
  await page.locator('section.my-unit[data-org="029"] li[data-year="2026"]').getByRole('link', { name: '审核流程' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('退回修改');
  await expect(page.getByRole('heading', { name: '审核意见（未处理 4 条）' })).toBeVisible();
  // a 已处理 clicked by mistake is taken back on the same page
  const generalHere = page.locator('.review-comment[data-target="GENERAL"]').filter({ hasText: '整体：' });
  await generalHere.getByRole('button', { name: '已处理' }).click();
  await expect(page.getByRole('heading', { name: '审核意见（未处理 3 条）' })).toBeVisible();
  await generalHere.getByRole('button', { name: '撤销“已处理”' }).click();
  await expect(page.getByRole('heading', { name: '审核意见（未处理 4 条）' })).toBeVisible();
  await expect(generalHere.getByTestId('comment-status')).toHaveText('状态：未处理');
  const lineLink = page.locator('.review-comment[data-target="LINE"]').getByRole('link');
  await expect(lineLink).toHaveAttribute('href', /^\/budgets\/029\/2026\?focus=line(:|%3A).+/);
  await lineLink.click();
  await expect(page).toHaveURL(/\/budgets\/029\/2026\?focus=line(:|%3A)/);
  await expect(page.getByRole('heading', { name: '待处理的审核意见（4条）' })).toBeVisible();

  const general = page.locator('.review-comment[data-target="GENERAL"]').filter({ hasText: '整体：' });
  await general.getByRole('button', { name: '已处理' }).click();
  await expect(page.getByRole('heading', { name: '待处理的审核意见（3条）' })).toBeVisible();
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByTestId('budget-status')).toHaveText('已提交');
  await logout(page);

  await login(page, DEMO.reviewer);
  await openQueueRow(page, '029');
  await expect(page.getByRole('heading', { name: '审核意见（未处理 3 条）' })).toBeVisible();
  await expect(page.locator('.review-comment[data-target="GENERAL"]').filter({ hasText: '整体：' }).getByTestId('comment-status')).toContainText(
    '已处理（填报人标记）',
  );
  await expect(page.locator('.review-comment[data-target="PROJECT"]').getByTestId('comment-status')).toContainText('未处理');

  await page.goto('/review?year=2026');
  await page.getByRole('checkbox', { name: /^选择 029 / }).check();
  await page.getByRole('checkbox', { name: `选择 ${NEW_UNIT.code} ${NEW_UNIT.name}` }).check();
  await page.getByRole('button', { name: '批量批复' }).click();
  const results = page.getByRole('table', { name: '批量处理结果' });
  await expect(results.locator('tr[data-org="029"]')).toContainText('成功（第3版已批复）');
  await expect(results.locator(`tr[data-org="${NEW_UNIT.code}"]`)).toContainText('失败：该预算当前为“草稿”，只有“已提交或待财政审核”的预算可以批复');
  await expect(page.getByText('已处理 2 个单位：成功 1 个，失败 1 个')).toBeVisible();
  const queue = page.getByRole('table', { name: '审核队列' });
  await expect(queue.locator('tr[data-org="029"]')).toContainText('已批复');
  await expect(queue.locator('tr[data-org="029"] td.deadline')).toHaveText('剩余20天');
  await expect(queue.locator(`tr[data-org="${NEW_UNIT.code}"]`)).toContainText('草稿');

  // 029 is public again, as the other specs expect it: the correction is published with its note.
  await openQueueRow(page, '029');
  await page.getByLabel('更正说明').fill('按审核意见复核，数据未变');
  await page.getByRole('button', { name: '公开更正版本' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已公开');
});

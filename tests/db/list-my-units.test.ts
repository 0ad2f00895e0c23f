import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { listMyUnits } from '../../lib/data/budget/list-my-units';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { returnBudget } from '../../lib/data/workflow/return-budget';

// 我的预算: the units an accountant is bound to, their budgets by year and the open years still to start.

let t: TestDatabase;
let accountant: SessionUser;
let newUnitId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const dept = await t.db.organization.findUniqueOrThrow({ where: { code: '901' } });
  const unit = await t.db.organization.create({ data: { code: '901003', name: '阳泉市示例新设中心', unitKind: 'INSTITUTION', parentId: dept.id } });
  newUnitId = unit.id;
  const user = await t.db.user.findUniqueOrThrow({ where: { username: 'kuaiji901001' } });
  await t.db.userUnit.create({ data: { userId: user.id, orgId: unit.id } });
  accountant = await sessionUser(t.db, 'kuaiji901001');
});
afterAll(async () => t?.drop());

describe('listMyUnits', () => {
  it('列出填报人绑定的单位及其各年度预算，未编制的开放年度可新建或沿用上年', async () => {
    const units = await listMyUnits(t.db, accountant);
    expect(units.map((u) => u.code)).toEqual(['901001', '901003']);
    const [own, fresh] = units;
    expect(own).toMatchObject({ name: '阳泉市示例局（本级）', department: { code: '901' }, canCreate: true });
    expect(own.budgets).toEqual([{ id: await budgetIdOf(t.db, '901001'), year: 2026, yearName: '2026年度', status: 'DRAFT', openComments: 0 }]);
    expect(own.missingYears).toEqual([{ year: 2027, yearName: '2027年度', hasPrevious: true }]);
    expect(fresh).toMatchObject({ id: newUnitId, name: '阳泉市示例新设中心', canCreate: true, budgets: [] });
    expect(fresh.missingYears).toEqual([
      { year: 2027, yearName: '2027年度', hasPrevious: false },
      { year: 2026, yearName: '2026年度', hasPrevious: false },
    ]);
  });

  it('其他单位不出现；会话里多出未绑定的单位也不出现', async () => {
    const forged: SessionUser = { ...accountant, unitIds: [...accountant.unitIds, (await t.db.organization.findUniqueOrThrow({ where: { code: '029' } })).id] };
    expect((await listMyUnits(t.db, forged)).map((u) => u.code)).toEqual(['901001', '901003']);
    const other = await sessionUser(t.db, 'kuaiji901002');
    expect((await listMyUnits(t.db, other)).map((u) => u.code)).toEqual(['901002']);
  });

  it('状态与未处理的审核意见数随审核流程变化', async () => {
    const budgetId = await budgetIdOf(t.db, '901001');
    await submitBudget(t.db, accountant, budgetId);
    await returnBudget(t.db, await sessionUser(t.db, 'shenhe'), budgetId, [
      { target: 'GENERAL', text: '请补充说明' },
      { target: 'LINE', targetRef: 'S1-002', text: '金额偏大' },
    ]);
    const own = (await listMyUnits(t.db, accountant))[0];
    expect(own.budgets[0]).toMatchObject({ status: 'RETURNED', openComments: 2 });
  });

  it('停用的单位不能新建，已结束的年度不再提示编制', async () => {
    await t.db.organization.update({ where: { id: newUnitId }, data: { disabled: true } });
    await t.db.fiscalYear.update({ where: { year: 2027 }, data: { isOpen: false } });
    const units = await listMyUnits(t.db, accountant);
    expect(units[0].missingYears).toEqual([]);
    expect(units[1]).toMatchObject({ code: '901003', canCreate: false, missingYears: [{ year: 2026, hasPrevious: false }] });
  });

  it('匿名被拒绝，管理员无权，审核人未绑定单位得到空表', async () => {
    await expect(listMyUnits(t.db, null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(listMyUnits(t.db, await sessionUser(t.db, 'admin'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await listMyUnits(t.db, await sessionUser(t.db, 'shenhe'))).toEqual([]);
  });
});

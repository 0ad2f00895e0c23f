import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import type { SessionUser } from '../../lib/auth/permissions';
import { submitBudget } from '../../lib/data/workflow/submit-budget';
import { returnBudget } from '../../lib/data/workflow/return-budget';
import { approveBudget } from '../../lib/data/workflow/approve-budget';
import { publishBudget } from '../../lib/data/workflow/publish-budget';
import { reopenForCorrection } from '../../lib/data/workflow/reopen-for-correction';
import { setLineAmount } from '../helpers/set-line-amount';
import { getPublicDocument } from '../../lib/data/public/public-documents';
import { listBudgetAudit } from '../../lib/data/workflow/list-budget-audit';
import { listReviewQueue } from '../../lib/data/workflow/list-review-queue';
import { frozenUnitBudget, parseFrozenSnapshot } from '../../lib/document/frozen/frozen-version-format';

let t: TestDatabase;
let accountant: SessionUser;
let reviewer: SessionUser;
let budgetId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  accountant = await sessionUser(t.db, 'kuaiji901001');
  reviewer = await sessionUser(t.db, 'shenhe');
  budgetId = await budgetIdOf(t.db, '901001');
});
afterAll(async () => t?.drop());

describe('审核流程：提交 → 退回 → 修改 → 再提交 → 批复 → 公开 → 更正', () => {
  it('完整走一遍流程，每一步都有审计记录，公开后公众可见最新版本及历次版本', async () => {
    expect(await getPublicDocument(t.db, '901001', 2026)).toBeNull();
    expect(await submitBudget(t.db, accountant, budgetId)).toEqual({ versionNo: 1 });
    await expect(submitBudget(t.db, accountant, budgetId)).rejects.toMatchObject({ code: 'INVALID_STATE' });

    const v1 = await t.db.budgetVersion.findFirstOrThrow({ where: { budgetId, versionNo: 1 } });
    const snapshot = frozenUnitBudget(parseFrozenSnapshot(v1.snapshot));
    const line = snapshot.lines[0];
    await expect(returnBudget(t.db, reviewer, budgetId, [])).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(returnBudget(t.db, reviewer, budgetId, [{ target: 'LINE', targetRef: 'no-such-line', text: '请核实' }])).rejects.toThrow(
      /没有支出明细行“no-such-line”/,
    );
    await returnBudget(t.db, reviewer, budgetId, [
      { target: 'LINE', targetRef: line.id, text: '该行金额偏高，请核减' },
      { target: 'TABLE', targetRef: '3', text: '表三请复核' },
    ]);
    expect((await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } })).status).toBe('RETURNED');

    await expect(setLineAmount(t.db, reviewer, budgetId, line.id, '1.00')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await setLineAmount(t.db, accountant, budgetId, line.id, '1000.00');
    expect(await submitBudget(t.db, accountant, budgetId)).toEqual({ versionNo: 2 });
    await approveBudget(t.db, reviewer, budgetId);
    await expect(setLineAmount(t.db, accountant, budgetId, line.id, '5.00')).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await publishBudget(t.db, reviewer, budgetId);

    // Submission 2 is the first publication: the public knows it as 第1版 (the returned submission 1 was never public).
    const published = await getPublicDocument(t.db, '901001', 2026);
    expect(published?.versionNo).toBe(1);
    expect(published?.document.tables).toHaveLength(13);
    expect(published?.document.org.code).toBe('901001');

    await reopenForCorrection(t.db, reviewer, budgetId, '表七数字有误');
    expect((await getPublicDocument(t.db, '901001', 2026))?.versionNo).toBe(1);
    await setLineAmount(t.db, accountant, budgetId, line.id, '2000.00');
    await submitBudget(t.db, accountant, budgetId);
    await approveBudget(t.db, reviewer, budgetId);
    await expect(publishBudget(t.db, reviewer, budgetId)).rejects.toThrow(/更正说明/);
    await publishBudget(t.db, reviewer, budgetId, { correctionNote: '更正了一行支出金额' });

    const latest = await getPublicDocument(t.db, '901001', 2026);
    expect(latest).toMatchObject({ versionNo: 2, latestVersionNo: 2, correctionNote: '更正了一行支出金额' });
    const first = await getPublicDocument(t.db, '901001', 2026, 1);
    expect(first).toMatchObject({ versionNo: 1, correctionNote: null, versionId: published?.versionId });
    expect(await getPublicDocument(t.db, '901001', 2026, 3)).toBeNull();
    expect(latest?.versions.map((v) => v.versionNo)).toEqual([2, 1]);

    const { entries } = await listBudgetAudit(t.db, accountant, budgetId);
    expect(entries.map((e) => e.action).reverse()).toEqual([
      'budget.seed',
      'budget.submit',
      'budget.return',
      'lines.save',
      'budget.submit',
      'budget.approve',
      'budget.publish',
      'budget.reopen-correction',
      'lines.save',
      'budget.submit',
      'budget.approve',
      'budget.publish-correction',
    ]);
    const submit = entries.find((e) => e.action === 'budget.submit');
    expect(submit).toMatchObject({ actorName: accountant.displayName, before: { status: 'RETURNED' } });
  });

  it('已公开版本的内容和审计日志在数据库层面不可修改', async () => {
    await expect(t.query(`UPDATE budget_version SET document = '{}'::jsonb WHERE budget_id = $1`, [budgetId])).rejects.toThrow(/不能修改/);
    await expect(t.query(`UPDATE budget_version SET correction_note = 'x' WHERE budget_id = $1 AND version_no = 2`, [budgetId])).rejects.toThrow(
      /已公开的预算版本不能修改/,
    );
    await expect(t.query(`DELETE FROM budget_version WHERE budget_id = $1`, [budgetId])).rejects.toThrow(/不能删除/);
    await expect(t.query(`UPDATE audit_log SET actor_name = 'x' WHERE budget_id = $1`, [budgetId])).rejects.toThrow(/只能追加/);
    await expect(t.query(`DELETE FROM audit_log WHERE budget_id = $1`, [budgetId])).rejects.toThrow(/只能追加/);
  });

  it('阻断性校验未通过时拒绝提交，并在中文消息中列出未通过的校验', async () => {
    const other = await sessionUser(t.db, 'kuaiji901002');
    const id = await budgetIdOf(t.db, '901002');
    const before = await t.db.budgetVersion.count({ where: { budgetId: id } });
    // Lines of projects whose performance plans are gone fail a blocking project check.
    await t.query(`DELETE FROM project_plan WHERE budget_id = $1`, [id]);
    await expect(submitBudget(t.db, other, id)).rejects.toThrow(/阻断性校验未通过，不能提交：/);
    expect(await t.db.budgetVersion.count({ where: { budgetId: id } })).toBe(before);
    expect((await t.db.budget.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
  });

  it('审核队列列出年度全部预算及其状态、合计与校验数', async () => {
    const rows = await listReviewQueue(t.db, reviewer, { year: 2026, sort: 'org' });
    expect(rows.map((r) => r.orgCode)).toEqual(['029', '901001', '901002']);
    const r = rows.find((x) => x.orgCode === '901001')!;
    expect(r).toMatchObject({ status: 'PUBLISHED', versions: 3, blocking: 0 });
    await expect(listReviewQueue(t.db, accountant, { year: 2026 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

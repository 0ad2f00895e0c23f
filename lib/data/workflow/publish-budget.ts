import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { writeAudit, actorOf } from '../../audit/write-audit';
import { assertCan, type SessionUser } from '../../auth/permissions';
import { invalid } from '../../errors/app-error';
import { expectStatus, latestVersion, lockBudget, moveStatus } from '../internal/budget-lock';

/**
 * 已批复 → 已公开: the approved version gets its publication time. When an earlier version was
 * already published, this is a correction and its 更正说明 is required.
 */
export async function publishBudget(
  db: PrismaClient,
  user: SessionUser | null,
  budgetId: string,
  opts: { correctionNote?: string | null } = {},
): Promise<{ versionNo: number; correction: boolean; versionId: string }> {
  assertCan(user, 'budget.publish');
  return db.$transaction(async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    expectStatus(budget, ['APPROVED'], '公开');
    const version = await latestVersion(tx, budgetId);
    const earlier = await tx.budgetVersion.count({ where: { budgetId, publishedAt: { not: null } } });
    const note = opts.correctionNote?.trim() || null;
    if (earlier > 0 && !note) throw invalid('更正说明：更正已公开的预算须填写更正说明', [{ field: '更正说明', message: '不能为空' }]);
    if (note && note.length > 2000) throw invalid('更正说明：不能超过2000字', [{ field: '更正说明', message: '不能超过2000字' }]);
    const publishedAt = new Date();
    await moveStatus(tx, budget, 'PUBLISHED');
    await tx.budgetVersion.update({
      where: { id: version.id },
      data: { status: 'PUBLISHED', publishedAt, correctionNote: earlier > 0 ? note : null },
    });
    await writeAudit(tx, actorOf(user), {
      action: earlier > 0 ? 'budget.publish-correction' : 'budget.publish',
      entity: '单位预算',
      entityId: budgetId,
      budgetId,
      before: { status: 'APPROVED', versionNo: version.versionNo },
      after: { status: 'PUBLISHED', versionNo: version.versionNo, publishedAt, correctionNote: earlier > 0 ? note : null },
    });
    return { versionNo: version.versionNo, correction: earlier > 0, versionId: version.id };
  });
}

import 'server-only';
import type { Prisma } from '../../generated/prisma/client';
import type { UnitBudget } from '../../domain/types';
import { commentTargetChanged } from '../../domain/workflow/comment-targets';
import { frozenUnitBudget, parseFrozenSnapshot } from '../../document/frozen/frozen-version-format';

type Tx = Prisma.TransactionClient;

/**
 * At a submission, inside its transaction: every open LINE or PROJECT comment whose target was changed or
 * deleted since the version it was written on is closed as EDITED. Answers the ids it closed.
 */
export async function resolveEditedComments(tx: Tx, budgetId: string, submitted: UnitBudget, at: Date): Promise<string[]> {
  const open = await tx.reviewComment.findMany({
    where: { budgetId, resolvedAt: null, target: { in: ['LINE', 'PROJECT'] }, versionId: { not: null } },
    select: { id: true, target: true, targetRef: true, versionId: true },
  });
  if (open.length === 0) return [];
  const versionIds = [...new Set(open.map((c) => c.versionId!))];
  const versions = await tx.budgetVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, snapshot: true } });
  const units = new Map(versions.map((v) => [v.id, frozenUnitBudget(parseFrozenSnapshot(v.snapshot))]));
  const edited = open.filter((c) => {
    const before = units.get(c.versionId!);
    return before ? commentTargetChanged(c.target, c.targetRef, before, submitted) === true : false;
  });
  if (edited.length === 0) return [];
  const ids = edited.map((c) => c.id);
  await tx.reviewComment.updateMany({ where: { id: { in: ids }, resolvedAt: null }, data: { resolvedAt: at, resolution: 'EDITED' } });
  return ids;
}

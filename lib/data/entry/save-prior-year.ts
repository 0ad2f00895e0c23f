import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { actorOf, findEditableBudget, runBudgetEdit } from './edit-guard';
import { PRIOR_YEAR_LABELS, type PriorYearField } from '../../domain/entry-labels';
import { idSchema, optionalAmountSchema, parseOrThrow, versionSchema } from './field-rules';

const figures = z.object(
  Object.fromEntries(Object.entries(PRIOR_YEAR_LABELS).map(([k, label]) => [k, optionalAmountSchema(label)])) as Record<
    PriorYearField,
    ReturnType<typeof optionalAmountSchema>
  >,
);
const schema = z.object({ budgetId: idSchema, expectedVersion: versionSchema, figures });
export type PriorYearInput = { budgetId: string; expectedVersion: number; figures: Record<PriorYearField, string | null> };

/** Prior-year comparison figures (元) the narrative compares against; a blank one is 未填 (null), not 0. */
export async function savePriorYearFigures(db: PrismaClient, user: SessionUser, raw: PriorYearInput): Promise<{ version: number }> {
  const input = parseOrThrow(schema, raw, '上年对比数');
  const budget = await findEditableBudget(db, user, input.budgetId);
  const { version } = await runBudgetEdit(db, budget, input.expectedVersion, async (tx) => {
    const before = await tx.priorYearFigure.findUnique({ where: { budgetId: budget.id } });
    await tx.priorYearFigure.upsert({ where: { budgetId: budget.id }, create: { budgetId: budget.id, ...input.figures }, update: input.figures });
    await writeAudit(tx, actorOf(user), {
      action: 'priorYear.save',
      entity: '上年对比数',
      entityId: budget.id,
      budgetId: budget.id,
      before,
      after: input.figures,
    });
  });
  return { version };
}

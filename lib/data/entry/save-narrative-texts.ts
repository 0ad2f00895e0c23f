import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import type { NarrativeReasons } from '../../domain/types';
import { actorOf, findEditableBudget, runBudgetEdit } from './edit-guard';
import { idSchema, parseOrThrow, textSchema, versionSchema } from './field-rules';

export const REASON_LABELS: Record<keyof NarrativeReasons, string> = {
  totalChange: '一、收支总计增减原因',
  generalChange: '五、一般公共预算当年支出增减原因',
  threePublicChange: '七、“三公”经费总额增减原因',
  abroadChange: '七、因公出国（境）费增减原因',
  receptionChange: '七、公务接待费增减原因',
  vehiclePurchaseChange: '七、公务用车购置费增减原因',
  vehicleOperationChange: '七、公务用车运行维护费增减原因',
  operatingCostChange: '八、机关运行经费增减原因',
  procurementNote: '十二（一）政府购买服务说明',
  otherNote: '十二（二）其他说明',
};
export const MAX_REASON = 2000;

const reasonsShape = Object.fromEntries(
  Object.entries(REASON_LABELS).map(([k, label]) => [k, textSchema(label, MAX_REASON).optional()]),
) as Record<keyof NarrativeReasons, z.ZodOptional<ReturnType<typeof textSchema>>>;

const schema = z.object({ budgetId: idSchema, expectedVersion: versionSchema, reasons: z.object(reasonsShape).strict() });
export type NarrativeTextsInput = { budgetId: string; expectedVersion: number; reasons: Partial<NarrativeReasons> };

/** The typed-in reasons and notes of the 情况说明; keys left out stay as they are, '' clears. */
export async function saveNarrativeTexts(db: PrismaClient, user: SessionUser, raw: NarrativeTextsInput): Promise<{ version: number }> {
  const input = parseOrThrow(schema, raw, '情况说明');
  const budget = await findEditableBudget(db, user, input.budgetId);
  const entries = Object.entries(input.reasons).filter(([, v]) => v !== undefined) as [string, string][];
  const { version } = await runBudgetEdit(db, budget, input.expectedVersion, async (tx) => {
    const before = await tx.narrativeText.findMany({ where: { budgetId: budget.id, key: { in: entries.map(([k]) => k) } } });
    for (const [key, text] of entries) {
      await tx.narrativeText.upsert({ where: { budgetId_key: { budgetId: budget.id, key } }, create: { budgetId: budget.id, key, text }, update: { text } });
    }
    await writeAudit(tx, actorOf(user), {
      action: 'texts.save',
      entity: '情况说明',
      entityId: budget.id,
      budgetId: budget.id,
      before: Object.fromEntries(before.map((t) => [t.key, t.text])),
      after: Object.fromEntries(entries),
    });
  });
  return { version };
}

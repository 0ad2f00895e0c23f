import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import type { NarrativeReasons } from '../../domain/types';
import { REASON_LABELS } from '../../domain/entry-labels';
import { stripReasonLead } from '../../domain/reason-lead';

export { REASON_LABELS };
import { actorOf, findEditableBudget, runBudgetEdit } from './edit-guard';
import { idSchema, parseOrThrow, textSchema, versionSchema } from './field-rules';

export const MAX_REASON = 2000;

const reasonsShape = Object.fromEntries(Object.entries(REASON_LABELS).map(([k, label]) => [k, textSchema(label, MAX_REASON).optional()])) as Record<
  keyof NarrativeReasons,
  z.ZodOptional<ReturnType<typeof textSchema>>
>;

const schema = z.object({ budgetId: idSchema, expectedVersion: versionSchema, reasons: z.object(reasonsShape).strict() });
export type NarrativeTextsInput = { budgetId: string; expectedVersion: number; reasons: Partial<NarrativeReasons> };

/** The typed-in reasons and notes of the 情况说明; keys left out stay as they are, '' clears. */
export async function saveNarrativeTexts(db: PrismaClient, user: SessionUser, raw: NarrativeTextsInput): Promise<{ version: number }> {
  const input = parseOrThrow(schema, raw, '情况说明');
  const budget = await findEditableBudget(db, user, input.budgetId);
  // A 增减原因 is stored without the lead the narrative adds (主要原因是…), so a pasted one is dropped.
  const entries = (Object.entries(input.reasons).filter(([, v]) => v !== undefined) as [string, string][]).map(([k, v]): [string, string] => [
    k,
    k.endsWith('Change') ? stripReasonLead(v) : v,
  ]);
  const { version } = await runBudgetEdit(db, budget, input.expectedVersion, async (tx) => {
    const before = await tx.narrativeText.findMany({ where: { budgetId: budget.id, key: { in: entries.map(([k]) => k) } } });
    for (const [key, text] of entries) {
      await tx.narrativeText.upsert({
        where: { budgetId_key: { budgetId: budget.id, key } },
        create: { budgetId: budget.id, key, text },
        update: { text, carriedOver: false },
      });
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

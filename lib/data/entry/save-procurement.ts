import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { actorOf, findEditableBudget, runBudgetEdit } from './edit-guard';
import { amountSchema, idSchema, MAX_SHORT_TEXT, parseOrThrow, textSchema, versionSchema } from './field-rules';

const item = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, { error: '采购项目编号须为1至40位字母、数字或 - _ .' }),
  category: z.enum(['GOODS', 'WORKS', 'SERVICES'], { error: '采购类别须为货物、工程或服务' }),
  catalogCode: z
    .string()
    .trim()
    .regex(/^[ABC]\d{0,12}$/, { error: '品目编码须以A（货物）、B（工程）或C（服务）开头，后接数字' }),
  name: textSchema('采购项目名称', MAX_SHORT_TEXT, { required: true }),
  amount: amountSchema('采购金额'),
});
const schema = z.object({
  budgetId: idSchema,
  expectedVersion: versionSchema,
  items: z
    .array(item)
    .max(2000)
    .refine((a) => new Set(a.map((i) => i.id)).size === a.length, { error: '采购项目编号重复' }),
});
export type ProcurementInput = z.input<typeof schema>;

/** Replaces the 政府采购 plan of the budget. */
export async function saveProcurement(db: PrismaClient, user: SessionUser, raw: ProcurementInput): Promise<{ version: number }> {
  const input = parseOrThrow(schema, raw, '政府采购');
  const budget = await findEditableBudget(db, user, input.budgetId);
  const { version } = await runBudgetEdit(db, budget, input.expectedVersion, async (tx) => {
    const before = await tx.procurementItem.findMany({ where: { budgetId: budget.id } });
    await tx.procurementItem.deleteMany({ where: { budgetId: budget.id } });
    await tx.procurementItem.createMany({
      data: input.items.map((i) => ({ budgetId: budget.id, itemKey: i.id, category: i.category, catalogCode: i.catalogCode, name: i.name, amount: i.amount })),
    });
    await writeAudit(tx, actorOf(user), {
      action: 'procurement.save',
      entity: '政府采购',
      entityId: budget.id,
      budgetId: budget.id,
      before,
      after: input.items,
    });
  });
  return { version };
}

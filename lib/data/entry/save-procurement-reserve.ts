import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { isValidAmount, yuan } from '../../domain/money';
import { actorOf, findEditableBudget, runBudgetEdit } from './edit-guard';
import { idSchema, optionalAmountSchema, parseOrThrow, versionSchema } from './field-rules';

const schema = z
  .object({
    budgetId: idSchema,
    expectedVersion: versionSchema,
    sme: optionalAmountSchema('面向中小企业预留金额'),
    smallMicro: optionalAmountSchema('其中面向小微企业预留金额'),
  })
  .superRefine((r, ctx) => {
    if (r.smallMicro === null) return;
    if (r.sme === null) {
      ctx.addIssue({ code: 'custom', path: ['sme'], message: '填写面向小微企业预留金额时须同时填写面向中小企业预留金额' });
    } else if (isValidAmount(r.sme) && yuan(r.smallMicro).gt(r.sme)) {
      ctx.addIssue({ code: 'custom', path: ['smallMicro'], message: '面向小微企业预留金额不能超过面向中小企业预留金额' });
    }
  });
export type ProcurementReserveInput = { budgetId: string; expectedVersion: number; sme: string | null; smallMicro: string | null };

/** 政府采购 amounts (元) reserved for 中小企业 and, of them, for 小微企业; blank is 未填 (null). */
export async function saveProcurementReserve(db: PrismaClient, user: SessionUser, raw: ProcurementReserveInput): Promise<{ version: number }> {
  const { budgetId, expectedVersion, sme, smallMicro } = parseOrThrow(schema, raw, '政府采购预留份额');
  const budget = await findEditableBudget(db, user, budgetId);
  const { version } = await runBudgetEdit(db, budget, expectedVersion, async (tx) => {
    const before = await tx.budget.findUniqueOrThrow({ where: { id: budgetId }, select: { smeReserved: true, smallMicroReserved: true } });
    await tx.budget.update({ where: { id: budgetId }, data: { smeReserved: sme, smallMicroReserved: smallMicro } });
    await writeAudit(tx, actorOf(user), {
      action: 'procurementReserve.save',
      entity: '政府采购预留份额',
      entityId: budgetId,
      budgetId,
      before: { sme: before.smeReserved?.toFixed(2) ?? null, smallMicro: before.smallMicroReserved?.toFixed(2) ?? null },
      after: { sme, smallMicro },
    });
  });
  return { version };
}

import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { PROFILE_SELECT } from '../internal/load-unit-budget';
import { actorOf, findEditableBudget, runBudgetEdit } from './edit-guard';
import { idSchema, optionalCountSchema, MAX_LONG_TEXT, parseOrThrow, textSchema, versionSchema } from './field-rules';

const schema = z.object({
  budgetId: idSchema,
  expectedVersion: versionSchema,
  duties: textSchema('本单位职责', MAX_LONG_TEXT),
  structure: textSchema('机构设置情况', MAX_LONG_TEXT),
  internalDivisions: optionalCountSchema('内设科室数'),
  authorizedHeadcount: optionalCountSchema('核定编制数'),
  actualHeadcount: optionalCountSchema('实际在编人数'),
  otherPersonnel: optionalCountSchema('其他人员'),
});
export type UnitProfileInput = z.input<typeof schema>;

/** 单位概况: 职责, 机构设置 and staffing figures (blank = 未填) of the budget's unit for the budget's year (stored on the budget). */
export async function saveUnitProfile(db: PrismaClient, user: SessionUser, raw: UnitProfileInput): Promise<{ version: number }> {
  const { budgetId, expectedVersion, ...data } = parseOrThrow(schema, raw, '单位概况');
  const budget = await findEditableBudget(db, user, budgetId);
  const { version } = await runBudgetEdit(db, budget, expectedVersion, async (tx) => {
    // This year's profile only: it lives on the budget row, so other years' budgets keep theirs.
    const before = await tx.budget.findUniqueOrThrow({ where: { id: budgetId }, select: PROFILE_SELECT });
    // Saving the profile is the user's review of a 沿用上年 copy.
    await tx.budget.update({ where: { id: budgetId }, data: { ...data, profileCarriedOver: false } });
    await writeAudit(tx, actorOf(user), { action: 'profile.save', entity: '单位概况', entityId: budgetId, budgetId, before, after: data });
  });
  return { version };
}

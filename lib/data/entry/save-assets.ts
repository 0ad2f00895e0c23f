import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { VEHICLE_KIND_LABELS, type VehicleKind } from '../../domain/types';
import { actorOf, findEditableBudget, runBudgetEdit } from './edit-guard';
import { countSchema, idSchema, parseOrThrow, versionSchema } from './field-rules';

const vehicles = z.object(
  Object.fromEntries(Object.entries(VEHICLE_KIND_LABELS).map(([k, label]) => [k, countSchema(`实有车辆 ${label}`)])) as Record<
    VehicleKind,
    ReturnType<typeof countSchema>
  >,
);
const schema = z
  .object({
    budgetId: idSchema,
    expectedVersion: versionSchema,
    vehicleQuota: countSchema('公务用车编制数'),
    vehicles,
    officeArea: z
      .string()
      .trim()
      .regex(/^\d{1,12}(\.\d{1,2})?$/, { error: '办公用房建筑面积须为不小于0、最多两位小数的平方米数' }),
    equipmentOver50: countSchema('单价50万元以上通用设备台（套）数'),
    equipmentOver100: countSchema('单价100万元以上专用设备台（套）数'),
  })
  .superRefine((a, ctx) => {
    // Every 100万元 item is also a 50万元 item (the database's CHECK says the same).
    if (a.equipmentOver100 > a.equipmentOver50) {
      ctx.addIssue({
        code: 'custom',
        path: ['equipmentOver100'],
        message: `单价100万元以上专用设备台（套）数（${a.equipmentOver100}）不能超过单价50万元以上通用设备台（套）数（${a.equipmentOver50}）`,
      });
    }
  });
export type AssetsInput = z.input<typeof schema>;

/** 国有资产占有使用情况 as of 31 December of the prior year. */
export async function saveAssets(db: PrismaClient, user: SessionUser, raw: AssetsInput): Promise<{ version: number }> {
  const { budgetId, expectedVersion, vehicles: counts, ...snapshot } = parseOrThrow(schema, raw, '国有资产');
  const budget = await findEditableBudget(db, user, budgetId);
  const { version } = await runBudgetEdit(db, budget, expectedVersion, async (tx) => {
    const before = { snapshot: await tx.assetSnapshot.findUnique({ where: { budgetId } }), vehicles: await tx.assetVehicle.findMany({ where: { budgetId } }) };
    await tx.assetSnapshot.upsert({ where: { budgetId }, create: { budgetId, ...snapshot }, update: snapshot });
    await tx.assetVehicle.deleteMany({ where: { budgetId } });
    await tx.assetVehicle.createMany({ data: Object.entries(counts).map(([kind, count]) => ({ budgetId, kind: kind as VehicleKind, count })) });
    await writeAudit(tx, actorOf(user), {
      action: 'assets.save',
      entity: '国有资产',
      entityId: budgetId,
      budgetId,
      before,
      after: { ...snapshot, vehicles: counts },
    });
  });
  return { version };
}

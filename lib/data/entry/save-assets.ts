import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { SessionUser } from '../../auth/permissions';
import { writeAudit } from '../../audit/write-audit';
import { VEHICLE_KIND_LABELS, type VehicleKind } from '../../domain/types';
import { defaultAssetsAsOf } from '../../domain/unknown-figures';
import { actorOf, findEditableBudget, runBudgetEdit } from './edit-guard';
import { idSchema, optionalCountSchema, parseOrThrow, versionSchema } from './field-rules';

const vehicles = z.object(
  Object.fromEntries(Object.entries(VEHICLE_KIND_LABELS).map(([k, label]) => [k, optionalCountSchema(`实有车辆 ${label}`)])) as Record<
    VehicleKind,
    ReturnType<typeof optionalCountSchema>
  >,
);
const planned = z.partialRecord(z.enum(Object.keys(VEHICLE_KIND_LABELS) as [VehicleKind, ...VehicleKind[]]), optionalCountSchema('计划购置车辆数'));
const schema = z
  .object({
    budgetId: idSchema,
    expectedVersion: versionSchema,
    asOf: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '资产统计截止日期须为日期（年-月-日）' })
      .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
        error: '资产统计截止日期不是有效日期',
      })
      .optional(),
    vehicleQuota: optionalCountSchema('公务用车编制数'),
    vehicles,
    plannedPurchases: planned.optional(),
    officeArea: z
      .string()
      .trim()
      .regex(/^(\d{1,12}(\.\d{1,2})?)?$/, { error: '办公用房建筑面积须为不小于0、最多两位小数的平方米数' })
      .transform((v) => (v === '' ? null : v))
      .nullable(),
    equipmentOver50: optionalCountSchema('单价50万元以上通用设备台（套）数'),
    equipmentOver100: optionalCountSchema('单价100万元以上专用设备台（套）数'),
  })
  .superRefine((a, ctx) => {
    // Every 100万元 item is also a 50万元 item (the database's CHECK says the same).
    if (a.equipmentOver100 !== null && a.equipmentOver50 !== null && a.equipmentOver100 > a.equipmentOver50) {
      ctx.addIssue({
        code: 'custom',
        path: ['equipmentOver100'],
        message: `单价100万元以上专用设备台（套）数（${a.equipmentOver100}）不能超过单价50万元以上通用设备台（套）数（${a.equipmentOver50}）`,
      });
    }
  });
export type AssetsInput = z.input<typeof schema>;

/** 国有资产占有使用情况 as of a date (default 31 December of the prior year); a blank figure is 未填 (null). */
export async function saveAssets(db: PrismaClient, user: SessionUser, raw: AssetsInput): Promise<{ version: number }> {
  const { budgetId, expectedVersion, vehicles: counts, plannedPurchases = {}, asOf, ...figures } = parseOrThrow(schema, raw, '国有资产');
  const budget = await findEditableBudget(db, user, budgetId);
  const asOfDate = asOf ?? defaultAssetsAsOf(budget.year);
  // Saving is the user's review of a 沿用上年 copy.
  const snapshot = { ...figures, asOf: new Date(`${asOfDate}T00:00:00Z`), carriedOver: false };
  const { version } = await runBudgetEdit(db, budget, expectedVersion, async (tx) => {
    const before = { snapshot: await tx.assetSnapshot.findUnique({ where: { budgetId } }), vehicles: await tx.assetVehicle.findMany({ where: { budgetId } }) };
    await tx.assetSnapshot.upsert({ where: { budgetId }, create: { budgetId, ...snapshot }, update: snapshot });
    await tx.assetVehicle.deleteMany({ where: { budgetId } });
    await tx.assetVehicle.createMany({
      data: (Object.keys(counts) as VehicleKind[]).map((kind) => ({ budgetId, kind, count: counts[kind], plannedPurchase: plannedPurchases[kind] ?? null })),
    });
    await writeAudit(tx, actorOf(user), {
      action: 'assets.save',
      entity: '国有资产',
      entityId: budgetId,
      budgetId,
      before,
      after: { ...figures, asOf: asOfDate, vehicles: counts, plannedPurchases },
    });
  });
  return { version };
}

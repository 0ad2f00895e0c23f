// “三公”经费和机关运行经费预算表: one row, the same figures as the Shanxi tables 10 and 11 (财政拨款,
// 当年预算安排; 机关运行经费 = 公用经费 of 行政 and 参公 units).
import type { TableContext, ThreePublicItem } from '../../tables/context';
import type { Cell } from '../../tables/layout';
import { EMPTY_SLICE } from '../../tables/slice';
import { THREE_PUBLIC_TIMING } from '../../tables/three-public-table';
import { FISCAL_SOURCES, type UnitKind } from '../../types';
import type { ResolvedMoneyFormat as MoneyFormat } from '../types';
import { moneyCell } from './cells';

const OPERATING_KINDS: readonly UnitKind[] = ['ADMIN', 'CIVIL_SERVANT_INSTITUTION'];

export function threePublicOperatingRow(ctx: TableContext, money: MoneyFormat): Cell[] {
  const filter = { sources: FISCAL_SOURCES, timing: THREE_PUBLIC_TIMING };
  const item = (key: ThreePublicItem) => (ctx.threePublic.get(key) ?? EMPTY_SLICE).total(filter);
  const abroad = item('ABROAD');
  const reception = item('RECEPTION');
  const purchase = item('VEHICLE_PURCHASE');
  const operation = item('VEHICLE_OPERATION');
  let operating = 0n;
  for (const u of ctx.byUnit) {
    if (OPERATING_KINDS.includes(u.unit.unit.kind)) operating += u.publicBasic.total({ ...filter, kind: 'BASIC' });
  }
  return [abroad + reception + purchase + operation, abroad, reception, purchase + operation, purchase, operation, operating].map((v) => moneyCell(v, money));
}

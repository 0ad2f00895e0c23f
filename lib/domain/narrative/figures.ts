import { allLines, isPersonnel, matches, sumLines, type LineFilter } from '../aggregate';
import { FUNCTION_CLASSES } from '../function-classes';
import { sum, ZERO, type MoneyValue } from '../money';
import {
  FISCAL_SOURCES,
  type CatalogEntry,
  type DisclosureInput,
  type ExpenditureLine,
  type UnitBudget,
  type UnitKind,
} from '../types';

/** 三公经费 by 部门经济科目 款; 财政拨款 only. */
export const THREE_PUBLIC_CODES = {
  abroad: '30212', // 因公出国（境）费
  reception: '30217', // 公务接待费
  vehicleOperation: '30231', // 公务用车运行维护费
  vehiclePurchase: '31013', // 公务用车购置费
} as const;
export type ThreePublicItem = keyof typeof THREE_PUBLIC_CODES;

/** Unit kinds whose 公用经费 is 机关运行经费. */
export const OPERATING_COST_KINDS: readonly UnitKind[] = ['ADMIN', 'CIVIL_SERVANT_INSTITUTION'];

export interface NamedAmount {
  code: string;
  name: string;
  amount: MoneyValue;
}

export function catalogName(entries: readonly CatalogEntry[], code: string): string {
  return (
    entries.find((e) => e.code === code)?.name ??
    FUNCTION_CLASSES.find((c) => c.code === code)?.name ??
    code
  );
}

/** Amounts per 支出功能分类 类 with data, in code order, named from the year's catalogue. */
export function byFunctionClass(
  input: DisclosureInput,
  lines: readonly ExpenditureLine[],
  filter: LineFilter,
): NamedAmount[] {
  const codes = [...new Set(lines.filter((l) => matches(l, filter)).map((l) => l.functionCode.slice(0, 3)))].sort();
  return codes
    .map((code) => ({
      code,
      name: catalogName(input.catalogs.functions, code),
      amount: sumLines(lines, { ...filter, functionPrefix: code }),
    }))
    .filter((c) => !c.amount.isZero());
}

/** Distinct 部门经济科目 款 of the lines, in code order, named from the catalogue. */
export function deptEconNames(input: DisclosureInput, lines: readonly ExpenditureLine[]): string[] {
  const totals = new Map<string, MoneyValue>();
  for (const l of lines) totals.set(l.deptEconCode, (totals.get(l.deptEconCode) ?? ZERO).plus(l.amount));
  return [...totals.entries()]
    .filter(([, amount]) => !amount.isZero())
    .map(([code]) => code)
    .sort()
    .map((code) => catalogName(input.catalogs.deptEconomic, code));
}

/** 三公经费 as table 10 counts it: 财政拨款 当年预算安排 lines of the item's economic code. */
export function threePublic(lines: readonly ExpenditureLine[], item: ThreePublicItem): MoneyValue {
  return sumLines(lines, { deptEconPrefix: THREE_PUBLIC_CODES[item], sources: FISCAL_SOURCES, timing: 'CURRENT' });
}

/** 机关运行经费 as table 11 counts it: 财政拨款 当年 基本支出 公用经费 of 行政 and 参公 units. */
export function operatingCostLines(units: readonly UnitBudget[]): ExpenditureLine[] {
  return units
    .filter((u) => OPERATING_COST_KINDS.includes(u.unit.kind))
    .flatMap((u) => u.lines)
    .filter((l) => matches(l, { kind: 'BASIC', sources: FISCAL_SOURCES, timing: 'CURRENT' }) && !isPersonnel(l));
}

export function operatingCost(units: readonly UnitBudget[]): MoneyValue {
  return sum(operatingCostLines(units).map((l) => l.amount));
}

export { allLines };

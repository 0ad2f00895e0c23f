import { allLines, isPersonnel, matches, sumLines } from '../aggregate';
import { OPERATING_COST_KINDS, THREE_PUBLIC_CODES } from '../disclosure-codes';
import { FUNCTION_CLASSES } from '../function-classes';
import { sum, yuan, type MoneyValue } from '../money';
import { centsToYuan, type Cents } from '../tables/cents';
import type { TableContext } from '../tables/context';
import type { SliceFilter } from '../tables/slice';
import { FISCAL_SOURCES, type CatalogEntry, type DisclosureInput, type ExpenditureLine, type UnitBudget } from '../types';

export { THREE_PUBLIC_CODES, OPERATING_COST_KINDS };
export type ThreePublicItem = keyof typeof THREE_PUBLIC_CODES;

export interface NamedAmount {
  code: string;
  name: string;
  amount: MoneyValue;
}

export function catalogName(entries: readonly CatalogEntry[], code: string): string {
  return entries.find((e) => e.code === code)?.name ?? FUNCTION_CLASSES.find((c) => c.code === code)?.name ?? code;
}

/** Exact 分 as a decimal.js 元 value. */
export const money = (cents: Cents): MoneyValue => yuan(centsToYuan(cents));

/** Amounts per 支出功能分类 类 with data, in code order, named from the year's catalogue. */
export function byFunctionClass(ctx: { input: DisclosureInput; sums: TableContext }, filter: SliceFilter): NamedAmount[] {
  const codes = [...ctx.sums.functionPrefixes.keys()].filter((code) => code.length === 3).sort();
  return codes
    .map((code) => ({ code, cents: ctx.sums.functionPrefixes.get(code)!.total(filter) }))
    .filter((c) => c.cents !== 0n)
    .map(({ code, cents }) => ({ code, name: catalogName(ctx.input.catalogs.functions, code), amount: money(cents) }));
}

/**
 * 部门经济科目 款 with a non-zero sum of the lines the filter selects among those `pick` accepts
 * (by code), in code order, named from the catalogue.
 */
export function deptEconNames(ctx: { input: DisclosureInput; sums: TableContext }, filter: SliceFilter, pick: (deptEconCode: string) => boolean): string[] {
  return [...ctx.sums.byDeptEcon.entries()]
    .filter(([code, slice]) => pick(code) && slice.total(filter) !== 0n)
    .map(([code]) => code)
    .sort()
    .map((code) => catalogName(ctx.input.catalogs.deptEconomic, code));
}

/** The lines' sum over the 部门经济科目 codes starting with a prefix, as a filter selects them. */
export function deptEconPrefixTotal(sums: TableContext, prefix: string, filter: SliceFilter): Cents {
  let total = 0n;
  for (const [code, slice] of sums.byDeptEcon) if (code.startsWith(prefix)) total += slice.total(filter);
  return total;
}

const FISCAL_CURRENT: SliceFilter = { sources: FISCAL_SOURCES, timing: 'CURRENT' };
const FISCAL_CURRENT_BASIC: SliceFilter = { kind: 'BASIC', sources: FISCAL_SOURCES, timing: 'CURRENT' };

/** threePublic() from the exact sums of a built context. */
export function threePublicOf(sums: TableContext, item: ThreePublicItem): MoneyValue {
  return money(deptEconPrefixTotal(sums, THREE_PUBLIC_CODES[item], FISCAL_CURRENT));
}

/** operatingCost() from the exact sums of a built context. */
export function operatingCostOf(sums: TableContext): MoneyValue {
  let total = 0n;
  for (const u of sums.byUnit) {
    if (OPERATING_COST_KINDS.includes(u.unit.unit.kind)) total += u.publicBasic.total(FISCAL_CURRENT_BASIC);
  }
  return money(total);
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

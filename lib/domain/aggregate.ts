import { sum, type MoneyValue } from './money';
import type { ExpenditureLine, FundSource, FundTiming, SpendingKind, UnitBudget } from './types';

/** A filter over expenditure lines; every field given must match. */
export interface LineFilter {
  functionPrefix?: string; // 类 (3), 款 (5) or 项 (7) code prefix
  deptEconPrefix?: string;
  govEconPrefix?: string;
  kind?: SpendingKind;
  sources?: readonly FundSource[];
  timing?: FundTiming;
  projectCode?: string;
}

export function matches(line: ExpenditureLine, f: LineFilter): boolean {
  if (f.functionPrefix && !line.functionCode.startsWith(f.functionPrefix)) return false;
  if (f.deptEconPrefix && !line.deptEconCode.startsWith(f.deptEconPrefix)) return false;
  if (f.govEconPrefix && !line.govEconCode.startsWith(f.govEconPrefix)) return false;
  if (f.kind && line.kind !== f.kind) return false;
  if (f.sources && !f.sources.includes(line.source)) return false;
  if (f.timing && line.timing !== f.timing) return false;
  if (f.projectCode !== undefined && line.projectCode !== f.projectCode) return false;
  return true;
}

/** Exact 元 sum of the lines that match. */
export function sumLines(lines: readonly ExpenditureLine[], f: LineFilter = {}): MoneyValue {
  return sum(lines.filter((l) => matches(l, f)).map((l) => l.amount));
}

export function allLines(units: readonly UnitBudget[]): ExpenditureLine[] {
  return units.flatMap((u) => u.lines);
}

/** 人员经费 = 301 + 303 of 基本支出; 公用经费 = 302 + 310 (and any other class) of 基本支出. */
export function isPersonnel(line: ExpenditureLine): boolean {
  return line.deptEconCode.startsWith('301') || line.deptEconCode.startsWith('303');
}

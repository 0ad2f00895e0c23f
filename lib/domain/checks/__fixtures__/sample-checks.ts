// Builders for check tests: the 阳泉 sample, a copy of it changed in one place, and its check results.
import { yangquanInput } from '../../../../prisma/seed-data/yangquan-2026';
import { wanCell, yuan } from '../../money';
import { deriveProjectTables, type ProjectPerformanceTable } from '../../projects';
import { deriveTables } from '../../tables';
import type { CheckResult, DerivedTable, DisclosureInput, UnitBudget } from '../../types';
import { runChecks } from '../index';

export function sampleWith(change: (u: UnitBudget) => UnitBudget = (u) => u): DisclosureInput {
  const input = yangquanInput();
  return { ...input, units: input.units.map(change) };
}

/** Runs every check on an input, with its own tables and performance tables unless given. */
export function checksOf(
  input: DisclosureInput,
  tables: DerivedTable[] = deriveTables(input),
  projects: ProjectPerformanceTable[] = deriveProjectTables(input),
): CheckResult[] {
  return runChecks(input, tables, projects);
}

/** The messages of the failing results of one rule. */
export function failures(checks: CheckResult[], rule: string): string[] {
  return checks.filter((c) => c.rule === rule && !c.passed).map((c) => c.message);
}

/** A copy of the tables with cells of table `no` set (or shifted by `delta` 元) to a new exact value. */
export function tablesWith(tables: DerivedTable[], no: number, cells: { row: number; col: number; value?: string; delta?: string }[]): DerivedTable[] {
  return tables.map((t) => {
    if (t.no !== no) return t;
    const copy = structuredClone(t);
    for (const { row, col, value, delta } of cells) {
      const next = value !== undefined ? yuan(value) : yuan(copy.exact[row][col] ?? '0').plus(delta ?? '0');
      copy.exact[row][col] = next.toFixed(2);
      copy.rows[row][col] = wanCell(next);
    }
    return copy;
  });
}

export function rowOf(tables: DerivedTable[], no: number, label: string, col = 0): number {
  const row = tables.find((t) => t.no === no)!.rows.findIndex((r) => r[col] === label);
  if (row < 0) throw new Error(`表${no} 无 ${label} 行`);
  return row;
}

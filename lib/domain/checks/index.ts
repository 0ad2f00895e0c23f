import { deriveNarrative } from '../narrative';
import type { ProjectPerformanceTable } from '../projects';
import { buildContext, type TableContext } from '../tables/context';
import type { CheckResult, DerivedTable, DisclosureInput, NarrativeSection } from '../types';
import { amountRules } from './amount-rules';
import { budgetNotEmpty } from './budget-total-rules';
import { table10Rules, table11Rules, table6Rules } from './economic-table-rules';
import { lineRules, procurementRules } from './line-rules';
import { narrativeRules } from './narrative-rules';
import { fundsWithinPeriod, performanceCoverage } from './performance-rules';
import { projectFundsMatchTable12, table12Rules, table13Rules } from './project-table-rules';
import { reasonRules } from './reason-rules';
import { unknownFigureRules } from './unknown-figure-rules';
import { basicPlusProject, functionTreeSums, table1Rules, table2And3Rules, table4Rules, table5OfTable3, tablesPresent } from './summary-table-rules';
import { sourceColumns, subtotalRows } from './total-column-rules';

export { amountRules };

/**
 * The cross-checks (勾稽关系) of a disclosure: data-level checks of the lines, projects and
 * procurement (and that the budget is not empty), then table-to-table checks on the exact 元 behind every cell. A failing
 * BLOCKING result stops submission. Invalid amounts make every other figure meaningless, so
 * then only the amount check is reported. The 情况说明 whose figures are held against the tables is
 * the one derived from the same sums unless given.
 */
export function runChecks(
  input: DisclosureInput,
  tables: DerivedTable[],
  projects: ProjectPerformanceTable[],
  sums?: TableContext,
  amountChecks?: CheckResult[],
  narrative?: readonly NarrativeSection[],
): CheckResult[] {
  const amounts = amountChecks ?? amountRules(input);
  if (amounts.some((c) => !c.passed)) return amounts;
  // The exact sums of the lines, as the tables were derived from them (built here when not given).
  const ctx = sums ?? buildContext(input);
  return [
    ...amounts,
    ...budgetNotEmpty(input, ctx),
    ...lineRules(input),
    ...procurementRules(input),
    ...tablesPresent(tables),
    ...table1Rules(tables),
    ...table2And3Rules(tables),
    ...table4Rules(tables),
    ...basicPlusProject(tables),
    ...functionTreeSums(tables),
    ...table5OfTable3(tables, ctx),
    ...table6Rules(tables),
    ...table10Rules(tables),
    ...table11Rules(input, tables, ctx),
    ...sourceColumns(tables),
    ...subtotalRows(input, tables),
    ...table12Rules(input, tables, ctx),
    ...table13Rules(tables),
    ...projectFundsMatchTable12(input, tables),
    ...performanceCoverage(input, projects),
    ...fundsWithinPeriod(input),
    ...reasonRules(input, ctx),
    ...unknownFigureRules(input),
    ...narrativeRules(narrative ?? deriveNarrative(input, ctx), tables),
  ];
}

export function blockingFailures(checks: readonly CheckResult[]): CheckResult[] {
  return checks.filter((c) => c.severity === 'BLOCKING' && !c.passed);
}

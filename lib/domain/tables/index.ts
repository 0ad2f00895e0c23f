import type { DerivedTable, DisclosureInput } from '../types';
import { basicEconomicTable } from './basic-economic-table';
import { buildContext, type TableContext } from './context';
import { govFundIncomeTable, stateCapitalTable } from './fund-budget-tables';
import { expenditureTable, generalExpenditureTable, govFundExpenditureTable, incomeTable } from './function-tables';
import { operatingCostTable } from './operating-cost-table';
import { carryoverProjectTable, currentProjectTable } from './project-tables';
import { budgetSummaryTable, fiscalSummaryTable } from './summary-tables';
import { threePublicTable } from './three-public-table';

export { NO_DATA_NOTE, TAIL_DIFFERENCE_NOTE } from './layout';
export { headerGrid } from './header-grid';

/** The thirteen tables of 第二部分, in order (no 1..13), derived from the budget lines alone. */
export function deriveTables(input: DisclosureInput): DerivedTable[] {
  return tablesOf(buildContext(input));
}

export { buildContext, type TableContext };

/** The thirteen tables from an already built context (deriveDocument shares it with the narrative and checks). */
export function tablesOf(ctx: TableContext): DerivedTable[] {
  return [
    budgetSummaryTable(ctx),
    incomeTable(ctx),
    expenditureTable(ctx),
    fiscalSummaryTable(ctx),
    generalExpenditureTable(ctx),
    basicEconomicTable(ctx),
    govFundIncomeTable(ctx),
    govFundExpenditureTable(ctx),
    stateCapitalTable(ctx),
    threePublicTable(ctx),
    operatingCostTable(ctx),
    currentProjectTable(ctx),
    carryoverProjectTable(ctx),
  ];
}

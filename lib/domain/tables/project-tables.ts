// Tables 12 (项目支出预算表（本年预算）) and 13 (项目支出预算表（上年结转）).
import { compareText } from '../collation';
import { ALL_SOURCES, Slice, type SliceFilter } from './slice';
import { FISCAL_SOURCES, FUND_SOURCE_LABELS, type DerivedTable, type FundSource } from '../types';
import type { TableContext, UnitSums } from './context';
import { amount, buildTable, columnNumbers, header, text, type Cell } from './layout';

interface ProjectColumns {
  total: SliceFilter;
  /** One filter per source column, made once so the slice's selection cache serves every row. */
  bySource: SliceFilter[];
}

function projectColumns(total: SliceFilter, sources: readonly FundSource[]): ProjectColumns {
  return { total, bySource: sources.map((s) => ({ ...total, sources: [s] })) };
}

const CURRENT_COLUMNS = projectColumns({ timing: 'CURRENT', kind: 'PROJECT' }, ALL_SOURCES);
const CARRYOVER_COLUMNS = projectColumns({ timing: 'CARRYOVER', kind: 'PROJECT', sources: FISCAL_SOURCES }, FISCAL_SOURCES);

function rowCells(label: string, slice: Slice, columns: ProjectColumns): Cell[] {
  return [text(label), amount(slice.exactTotal(columns.total)), ...columns.bySource.map((f) => amount(slice.exactTotal(f)))];
}

/** Per unit: its subtotal row, then its projects with data in code order. */
function unitBlocks(ctx: TableContext, columns: ProjectColumns): { rows: Cell[][]; empty: boolean } {
  const hasData = (slice: Slice) => {
    const total = slice.exactTotal(columns.total);
    return total !== 0 && total !== 0n;
  };
  const withData = ctx.byUnit.filter((u) => hasData(u.projectTotal));
  const shown: UnitSums[] = withData.length > 0 ? withData : ctx.byUnit;
  const rows = shown.flatMap((u) => {
    const projects = [...u.projects.entries()].filter(([, slice]) => hasData(slice)).sort(([a], [b]) => compareText(a, b));
    return [rowCells(u.unit.unit.name, u.projectTotal, columns), ...projects.map(([code, slice]) => rowCells(ctx.projectName(u.unit, code), slice, columns))];
  });
  return { rows, empty: withData.length === 0 };
}

function fiscalHeadRow() {
  return FISCAL_SOURCES.map((s) => header(FUND_SOURCE_LABELS[s]));
}

export function currentProjectTable(ctx: TableContext): DerivedTable {
  const { rows, empty } = unitBlocks(ctx, CURRENT_COLUMNS);
  return buildTable(ctx, {
    no: 12,
    title: `${ctx.year}年项目支出预算表（本年预算）`,
    header: [
      [
        header('项目名称', { rowSpan: 2 }),
        header('合计', { rowSpan: 2 }),
        header(`${ctx.year}年财政拨款`, { colSpan: 3 }),
        header(FUND_SOURCE_LABELS.SPECIAL_ACCOUNT, { rowSpan: 2 }),
        header(FUND_SOURCE_LABELS.UNIT_OWN, { rowSpan: 2 }),
      ],
      fiscalHeadRow(),
    ],
    rows: [columnNumbers(7), ...rows],
    empty,
  });
}

export function carryoverProjectTable(ctx: TableContext): DerivedTable {
  const { rows, empty } = unitBlocks(ctx, CARRYOVER_COLUMNS);
  const department = new Slice();
  for (const u of ctx.byUnit) department.addSlice(u.projectTotal);
  return buildTable(ctx, {
    no: 13,
    title: `${ctx.year}年项目支出预算表（上年结转）`,
    header: [[header('项目名称', { rowSpan: 2 }), header('合计', { rowSpan: 2 }), header(`${ctx.year}年财政拨款`, { colSpan: 3 })], fiscalHeadRow()],
    rows: [columnNumbers(5), rowCells(ctx.orgName, department, CARRYOVER_COLUMNS), ...rows],
    empty,
  });
}

// Table 11: 财政拨款安排机关运行经费预算表.
// 机关运行经费 = 公用经费 of the 基本支出 of 行政单位 and 参照公务员法管理事业单位, 财政拨款, current year.
import { OPERATING_COST_KINDS } from '../disclosure-codes';
import { FISCAL_SOURCES, FUND_SOURCE_LABELS, type DerivedTable } from '../types';
import type { TableContext } from './context';
import { amount, buildTable, header, text, type Cell } from './layout';
import { Slice, type SliceFilter } from './slice';

const FILTER: SliceFilter = { sources: FISCAL_SOURCES, timing: 'CURRENT', kind: 'BASIC' };
/** One filter object per source column, made once: the slice caches its selection per filter object. */
const SOURCE_FILTERS: SliceFilter[] = FISCAL_SOURCES.map((s) => ({ ...FILTER, sources: [s] }));

function rowCells(label: string, slice: Slice): Cell[] {
  return [text(label), amount(slice.exactTotal(FILTER)), ...SOURCE_FILTERS.map((f) => amount(slice.exactTotal(f)))];
}

export function operatingCostTable(ctx: TableContext): DerivedTable {
  const counting = ctx.byUnit.filter((u) => OPERATING_COST_KINDS.includes(u.unit.unit.kind));
  const department = new Slice();
  for (const u of counting) department.addSlice(u.publicBasic);
  return buildTable(ctx, {
    no: 11,
    title: `${ctx.year}年财政拨款安排机关运行经费预算表`,
    header: [
      // The seed prints this head without 年.
      [header('单位名称', { rowSpan: 2 }), header(`${ctx.year}预算数`, { colSpan: 4 })],
      ['合计', ...FISCAL_SOURCES.map((s) => FUND_SOURCE_LABELS[s])].map((t) => header(t)),
    ],
    rows: [rowCells('部门合计', department), ...counting.map((u) => rowCells(u.unit.unit.name, u.publicBasic))],
    empty: counting.length === 0,
  });
}

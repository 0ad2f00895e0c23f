// Table 10: 财政拨款安排“三公”经费支出预算表 (当年预算安排 of the three fiscal fund types).
import { FISCAL_SOURCES, FUND_SOURCE_LABELS, type DerivedTable } from '../types';
import type { TableContext, ThreePublicItem } from './context';
import { amount, buildTable, header, text, type Cell } from './layout';
import { EMPTY_SLICE, Slice, type SliceFilter } from './slice';

/** Which lines count: 财政拨款, current year (basic and project alike). */
export const THREE_PUBLIC_TIMING = 'CURRENT' as const;

const FILTER: SliceFilter = { sources: FISCAL_SOURCES, timing: THREE_PUBLIC_TIMING };
/** One filter object per source column, made once: the slice caches its selection per filter object. */
const SOURCE_FILTERS: SliceFilter[] = FISCAL_SOURCES.map((s) => ({ ...FILTER, sources: [s] }));

function rowCells(label: string, slice: Slice): Cell[] {
  return [text(label), amount(slice.exactTotal(FILTER)), ...SOURCE_FILTERS.map((f) => amount(slice.exactTotal(f)))];
}

function combined(...slices: Slice[]): Slice {
  const result = new Slice();
  for (const s of slices) result.addSlice(s);
  return result;
}

export function threePublicTable(ctx: TableContext): DerivedTable {
  const item = (key: ThreePublicItem) => ctx.threePublic.get(key) ?? EMPTY_SLICE;
  const purchase = item('VEHICLE_PURCHASE');
  const operation = item('VEHICLE_OPERATION');
  const vehicles = combined(purchase, operation);
  return buildTable(ctx, {
    no: 10,
    title: `${ctx.year}年财政拨款安排“三公”经费支出预算表`,
    header: [
      [header('项目', { rowSpan: 2 }), header(`${ctx.year}年预算数`, { colSpan: 4 })],
      ['合计', ...FISCAL_SOURCES.map((s) => FUND_SOURCE_LABELS[s])].map((t) => header(t)),
    ],
    rows: [
      rowCells('因公出国（境）费', item('ABROAD')),
      rowCells('公务接待费', item('RECEPTION')),
      rowCells('公务用车购置及运行费', vehicles),
      rowCells('①公务用车购置费', purchase),
      rowCells('②公务用车运行维护费', operation),
      rowCells('合计', combined(item('ABROAD'), item('RECEPTION'), vehicles)),
    ],
    // The seed prints an all-zero 三公 table with blank rows and no 注: it is never "empty".
    empty: false,
  });
}

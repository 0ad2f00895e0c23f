import type { ColumnDef, FilterFn, SortingFn } from '@tanstack/react-table';
import Decimal from 'decimal.js';
import { codeLabel, FUND_SOURCE_LABELS, KIND_LABELS, TIMING_LABELS, yuanDisplay, type GridCatalogs, type GridLine } from './grid-model';

/** 元 with thousands separators when valid; as typed otherwise, so a bad entry stays visible. */
function amountLabel(a: string): string {
  return /^\d{1,12}(\.\d{1,2})?$/.test(a.trim()) ? yuanDisplay(new Decimal(a.trim())) : a;
}

export type EditorKind = 'function' | 'deptEcon' | 'govEcon' | 'project' | 'kind' | 'source' | 'timing' | 'amount';
export type LineField = Exclude<keyof GridLine, 'sortOrder'>;

export interface GridColumn {
  id: LineField;
  header: string;
  width: number;
  editor: EditorKind | null;
  groupable: boolean;
  label: (l: GridLine, c: GridCatalogs) => string;
}

/** Widths sum to 1,198 px: the whole grid fits a 1280 px screen once the preview is collapsed. */
export const GRID_COLUMNS: GridColumn[] = [
  { id: 'key', header: '行号', width: 96, editor: null, groupable: false, label: (l) => l.key },
  { id: 'functionCode', header: '功能科目', width: 200, editor: 'function', groupable: true, label: (l, c) => codeLabel(l.functionCode, c.functions) },
  { id: 'kind', header: '支出类型', width: 80, editor: 'kind', groupable: true, label: (l) => KIND_LABELS[l.kind] ?? l.kind },
  { id: 'projectCode', header: '项目', width: 160, editor: 'project', groupable: true, label: (l, c) => codeLabel(l.projectCode, c.projects) },
  { id: 'deptEconCode', header: '部门经济科目', width: 160, editor: 'deptEcon', groupable: true, label: (l, c) => codeLabel(l.deptEconCode, c.deptEcon) },
  { id: 'govEconCode', header: '政府经济科目', width: 160, editor: 'govEcon', groupable: true, label: (l, c) => codeLabel(l.govEconCode, c.govEcon) },
  { id: 'source', header: '资金来源', width: 110, editor: 'source', groupable: true, label: (l) => FUND_SOURCE_LABELS[l.source] ?? l.source },
  { id: 'timing', header: '当年/上年结转', width: 100, editor: 'timing', groupable: true, label: (l) => TIMING_LABELS[l.timing] ?? l.timing },
  { id: 'amount', header: '金额（元）', width: 132, editor: 'amount', groupable: false, label: (l) => amountLabel(l.amount) },
];

const decimalOf = (s: string) => {
  try {
    return new Decimal(s.replace(/,/g, ''));
  } catch {
    return new Decimal(-1);
  }
};
const amountSort: SortingFn<GridLine> = (a, b) => decimalOf(a.original.amount).comparedTo(decimalOf(b.original.amount));

const equalsFilter: FilterFn<GridLine> = (row, id, value) => value === undefined || value === '' || String(row.getValue(id) ?? '') === value;

/** Sticky placement of a column: the codes stay at the left edge, the amount at the right. */
export function stickyOf(index: number): { className?: string; style?: { left?: number } } {
  const col = GRID_COLUMNS[index];
  if (col.id === 'amount') return { className: 'sticky-right' };
  if (col.id === 'key' || col.id === 'functionCode')
    return { className: 'sticky-left', style: { left: GRID_COLUMNS.slice(0, index).reduce((s, c) => s + c.width, 0) } };
  return {};
}

export function tableColumns(c: GridCatalogs): ColumnDef<GridLine>[] {
  return GRID_COLUMNS.map((col) => ({
    id: col.id,
    header: col.header,
    accessorFn: (l: GridLine) => l[col.id] ?? '',
    getGroupingValue: (l: GridLine) => col.label(l, c),
    sortingFn: col.id === 'amount' ? amountSort : 'alphanumeric',
    filterFn: equalsFilter,
    enableGrouping: col.groupable,
    size: col.width,
  }));
}

/** Global search over every column's label. */
export function searchFilter(c: GridCatalogs): FilterFn<GridLine> {
  return (row, _id, query: string) => {
    const q = String(query ?? '').trim();
    if (!q) return true;
    return GRID_COLUMNS.some((col) => col.label(row.original, c).includes(q));
  };
}

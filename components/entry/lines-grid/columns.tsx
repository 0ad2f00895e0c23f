import type { ColumnDef, FilterFn, SortingFn } from '@tanstack/react-table';
import Decimal from 'decimal.js';
import { codeLabel, fenOf, FUND_SOURCE_LABELS, KIND_LABELS, TIMING_LABELS, yuanDisplay, type GridCatalogs, type GridLine } from './grid-model';

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

function compareAmounts(a: string, b: string): number {
  const fa = fenOf(a);
  const fb = fenOf(b);
  if (fa !== null && fb !== null) return fa < fb ? -1 : fa > fb ? 1 : 0;
  return decimalOf(a).comparedTo(decimalOf(b));
}

/** Text order with digit runs compared as numbers (the table's alphanumeric sorting, case-insensitive). */
function compareAlphanumeric(aStr: string, bStr: string): number {
  const a = aStr
    .toLowerCase()
    .split(/([0-9]+)/)
    .filter(Boolean);
  const b = bStr
    .toLowerCase()
    .split(/([0-9]+)/)
    .filter(Boolean);
  while (a.length && b.length) {
    const aa = a.shift()!;
    const bb = b.shift()!;
    const an = parseInt(aa, 10);
    const bn = parseInt(bb, 10);
    if (isNaN(an) && isNaN(bn)) {
      if (aa !== bb) return aa > bb ? 1 : -1;
      continue;
    }
    if (isNaN(an) || isNaN(bn)) return isNaN(an) ? -1 : 1;
    if (an !== bn) return an > bn ? 1 : -1;
  }
  return a.length - b.length;
}

/** Ascending order of two lines by one column: the amount by value, every other column as text. */
export function compareLines(field: LineField, a: GridLine, b: GridLine): number {
  if (field === 'amount') return compareAmounts(a.amount, b.amount);
  return compareAlphanumeric(String(a[field] ?? ''), String(b[field] ?? ''));
}

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
    sortingFn: ((a, b) => compareLines(col.id, a.original, b.original)) satisfies SortingFn<GridLine>,
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

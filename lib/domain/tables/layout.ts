import { centsToYuan, wanCellFromCents, type ExactCents } from './cents';
import type { DerivedTable, HeaderCell } from '../types';
import type { TableContext } from './context';

/** One body cell: what is displayed and, for an amount, the exact 元 behind it. */
export interface Cell {
  text: string;
  exact: string | null;
}

export const NO_DATA_NOTE = '注：本表无数据';
export const TAIL_DIFFERENCE_NOTE = '注：本套报表因取数时四舍五入，部分金额可能存在尾差';

export function text(value: string): Cell {
  return { text: value, exact: null };
}

export const BLANK: Cell = text('');

const ZERO: Cell = Object.freeze({ text: wanCellFromCents(0), exact: centsToYuan(0) });

/** An amount cell: 万元 rounded half-up once from the exact 元 sum; zero shows blank. */
export function amount(value: ExactCents): Cell {
  if (value === 0 || value === 0n) return ZERO;
  return { text: wanCellFromCents(value), exact: centsToYuan(value) };
}

export function blanks(count: number): Cell[] {
  return Array.from({ length: count }, () => BLANK);
}

export function header(textValue: string, span: { colSpan?: number; rowSpan?: number } = {}): HeaderCell {
  return { text: textValue, ...span };
}

/** Column-number row (1 … n) printed under the header of tables 12 and 13. */
export function columnNumbers(count: number): Cell[] {
  return Array.from({ length: count }, (_, i) => text(String(i + 1)));
}

export interface TableSpec {
  no: number;
  title: string;
  header: HeaderCell[][];
  rows: Cell[][];
  notes?: string[];
  empty?: boolean;
}

export function buildTable(ctx: TableContext, spec: TableSpec): DerivedTable {
  const empty = spec.empty ?? false;
  return {
    no: spec.no,
    title: spec.title,
    orgName: ctx.orgName,
    unit: '万元',
    header: spec.header,
    rows: spec.rows.map((row) => row.map((c) => c.text)),
    exact: spec.rows.map((row) => row.map((c) => c.exact)),
    notes: spec.notes ?? (empty ? [NO_DATA_NOTE] : []),
    empty,
  };
}

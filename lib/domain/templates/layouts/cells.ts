// Cells and selections shared by the template layouts: every amount is an exact TableContext sum,
// formatted once per cell in the table's money format.
import { centsToYuan, type Cents } from '../../tables/cents';
import type { Cell } from '../../tables/layout';
import { EMPTY_SLICE, type Slice, type SliceFilter } from '../../tables/slice';
import type { HeaderCell } from '../../types';
import type { ResolvedMoneyFormat as MoneyFormat, Selection } from '../types';

function group(int: string, thousands: boolean): string {
  return thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
}

/** Money text of exact 分 in a format, rounded half-up (away from zero) once; zero blank unless format.zero. */
export function formatCents(cents: Cents, format: MoneyFormat): string {
  if (cents === 0n && format.zero !== 'zero') return '';
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const per = format.unit === '万元' ? 1000000n : 100n; // 分 per printed unit
  const scale = format.decimals === 2 ? 100n : 1n;
  const step = per / scale; // 分 per last printed digit
  const units = (abs + step / 2n) / step;
  const int = group(String(units / scale), format.thousands);
  const text = format.decimals === 2 ? `${int}.${String(units % scale).padStart(2, '0')}` : int;
  return `${negative ? '-' : ''}${text}`;
}

export function moneyCell(cents: Cents, format: MoneyFormat): Cell {
  return { text: formatCents(cents, format), exact: centsToYuan(cents) };
}

export function textCell(value: string): Cell {
  return { text: value, exact: null };
}

export function filterOf(select: Selection): SliceFilter {
  const { sources, timing, kind } = select;
  return { ...(sources ? { sources } : {}), ...(timing ? { timing } : {}), ...(kind ? { kind } : {}) };
}

/** A selection's sum over one row: the whole slice, or its 人员经费 / 公用经费 part. */
export function selected(select: Selection, whole: Slice | undefined, personnel: Slice | undefined): Cents {
  const filter = filterOf(select);
  const all = (whole ?? EMPTY_SLICE).total(filter);
  if (select.personnel === undefined) return all;
  const staff = (personnel ?? EMPTY_SLICE).total(filter);
  return select.personnel ? staff : all - staff;
}

/** Printed header rows: '' is a cell covered by a merge (the renderers' grid convention). */
export function headerRows(rows: string[][]): HeaderCell[][] {
  return rows.map((row) => row.map((text) => ({ text })));
}

/** 人员经费 = 部门经济科目 301 and 303 (as aggregate.isPersonnel). */
export function isPersonnelCode(code: string): boolean {
  return code.startsWith('301') || code.startsWith('303');
}

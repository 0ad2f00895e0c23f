import { parseCentsSmall, type Cents, type ExactCents } from '../tables/cents';
import type { DerivedTable } from '../types';
import { lazyFigure, tableName, type LazyFigure } from './check-result';

/** Read access to a derived table's exact 元 cells (as 分), by row and column. */
export class TableView {
  readonly name: string;
  private readonly parsed: (ExactCents | undefined)[][];

  constructor(readonly table: DerivedTable) {
    this.name = tableName(table.no);
    this.parsed = table.rows.map(() => []);
  }

  get rowCount(): number {
    return this.table.rows.length;
  }

  text(r: number, c: number): string {
    return this.table.rows[r]?.[c] ?? '';
  }

  /** The exact amount of a cell in 分; 0 for a text cell or a cell outside the table. */
  value(r: number, c: number): Cents {
    const cents = this.cents(r, c);
    return typeof cents === 'bigint' ? cents : BigInt(cents);
  }

  /** value() as an integer number while it is a safe integer (no BigInt made), else as Cents. */
  private cents(r: number, c: number): ExactCents {
    const row = this.parsed[r];
    if (!row) return 0;
    let cents = row[c];
    if (cents === undefined) {
      const exact = this.table.exact[r]?.[c];
      cents = exact ? parseCentsSmall(exact, () => `${this.name} 第${r + 1}行 第${c + 1}列`) : 0;
      row[c] = cents;
    }
    return cents;
  }

  /** Whether cell (r, total) equals the sum of the cells (r, c) for c in `parts`. */
  equalsColumns(r: number, total: number, parts: readonly number[]): boolean {
    return this.equalsSum(r, total, parts, true);
  }

  /** Whether cell (row, c) equals the sum of the cells (m, c) for m in `members`. */
  equalsRows(row: number, c: number, members: readonly number[]): boolean {
    return this.equalsSum(row, c, members, false);
  }

  /** Cell (r, c) against the sum of the cells at `others` along its row (columns) or its column (rows), in 分. */
  private equalsSum(r: number, c: number, others: readonly number[], alongRow: boolean): boolean {
    let sum = 0;
    for (const o of others) {
      const cents = alongRow ? this.cents(r, o) : this.cents(o, c);
      if (typeof cents !== 'number') return this.exactlyEquals(r, c, others, alongRow);
      sum += cents;
      if (!Number.isSafeInteger(sum)) return this.exactlyEquals(r, c, others, alongRow);
    }
    const expected = this.cents(r, c);
    return typeof expected === 'number' ? expected === sum : this.exactlyEquals(r, c, others, alongRow);
  }

  private exactlyEquals(r: number, c: number, others: readonly number[], alongRow: boolean): boolean {
    return this.value(r, c) === this.sum(others.map((o): [number, number] => (alongRow ? [r, o] : [o, c])));
  }

  /** First row whose column `col` reads `text`, or -1. */
  findRow(text: string, col = 0, from = 0): number {
    for (let r = from; r < this.rowCount; r++) if (this.text(r, col) === text) return r;
    return -1;
  }

  /** A cell as a check figure: label "表三 201 一般公共服务支出 合计", source "表三 第2行 第3列". */
  figure(r: number, c: number, label: string | (() => string)): LazyFigure {
    return lazyFigure(this.label(label), () => `${this.name} 第${r + 1}行 第${c + 1}列`, this.value(r, c));
  }

  /** Several cells added up, in 分. */
  sum(cells: readonly [number, number][]): Cents {
    let total = 0n;
    for (const [r, c] of cells) total += this.value(r, c);
    return total;
  }

  /** Several cells added up as one figure. */
  sumFigure(cells: [number, number][], label: string | (() => string)): LazyFigure {
    let total = 0n;
    for (const [r, c] of cells) total += this.value(r, c);
    const where = () => `${this.name} ${cells.map(([r, c]) => `第${r + 1}行第${c + 1}列`).join('、')}`;
    return lazyFigure(this.label(label), where, total);
  }

  private label(label: string | (() => string)): () => string {
    return () => `${this.name} ${typeof label === 'string' ? label : label()}`;
  }
}

/**
 * One view per derived table, so the rules that read the same table parse each cell once. A derived table is
 * never changed after it is built (a test that alters one alters a copy, before any check reads it).
 */
const views = new WeakMap<DerivedTable, TableView>();

export function tableView(tables: readonly DerivedTable[], no: number): TableView | undefined {
  const table = tables.find((t) => t.no === no);
  if (!table) return undefined;
  let view = views.get(table);
  if (!view) {
    view = new TableView(table);
    views.set(table, view);
  }
  return view;
}

/** Label of a row of tables 2/3/5/8: "201 一般公共服务支出", or 合计. */
export function functionRowLabel(view: TableView, r: number): string {
  const code = view.text(r, 0);
  return code === '合计' ? '合计' : `${code} ${view.text(r, 1)}`;
}

const FUNCTION_CODE = /^\d{3}(\d{2}){0,2}$/;

/** Rows of tables 2/3/5/8 keyed by function code (合计 excluded). */
export function functionRows(view: TableView): Map<string, number> {
  const rows = new Map<string, number>();
  for (let r = 0; r < view.rowCount; r++) {
    const code = view.text(r, 0);
    if (FUNCTION_CODE.test(code)) rows.set(code, r);
  }
  return rows;
}

/** [from, to) as an array of row or column indices. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

import { yuan, ZERO, type MoneyValue } from '../money';
import type { CheckFigure, DerivedTable } from '../types';
import { figure, tableName } from './check-result';

/** Read access to a derived table's exact 元 cells, by row and column. */
export class TableView {
  readonly name: string;

  constructor(readonly table: DerivedTable) {
    this.name = tableName(table.no);
  }

  get rowCount(): number {
    return this.table.rows.length;
  }

  text(r: number, c: number): string {
    return this.table.rows[r]?.[c] ?? '';
  }

  value(r: number, c: number): MoneyValue {
    const exact = this.table.exact[r]?.[c];
    return exact ? yuan(exact) : ZERO;
  }

  /** First row whose column `col` reads `text`, or -1. */
  findRow(text: string, col = 0, from = 0): number {
    for (let r = from; r < this.rowCount; r++) if (this.text(r, col) === text) return r;
    return -1;
  }

  /** A cell as a check figure: label "表三 201 一般公共服务支出 合计", source "表三 第2行 第3列". */
  figure(r: number, c: number, label: string): CheckFigure {
    return figure(`${this.name} ${label}`, `${this.name} 第${r + 1}行 第${c + 1}列`, this.value(r, c));
  }

  /** Several cells added up as one figure. */
  sumFigure(cells: [number, number][], label: string): CheckFigure {
    const total = cells.reduce((s, [r, c]) => s.plus(this.value(r, c)), ZERO);
    const where = cells.map(([r, c]) => `第${r + 1}行第${c + 1}列`).join('、');
    return figure(`${this.name} ${label}`, `${this.name} ${where}`, total);
  }
}

export function tableView(tables: readonly DerivedTable[], no: number): TableView | undefined {
  const table = tables.find((t) => t.no === no);
  return table ? new TableView(table) : undefined;
}

/** Label of a row of tables 2/3/5/8: "201 一般公共服务支出", or 合计. */
export function functionRowLabel(view: TableView, r: number): string {
  const code = view.text(r, 0);
  return code === '合计' ? '合计' : `${code} ${view.text(r, 1)}`;
}

/** Rows of tables 2/3/5/8 keyed by function code (合计 excluded). */
export function functionRows(view: TableView): Map<string, number> {
  const rows = new Map<string, number>();
  for (let r = 0; r < view.rowCount; r++) {
    const code = view.text(r, 0);
    if (/^\d{3}(\d{2}){0,2}$/.test(code)) rows.set(code, r);
  }
  return rows;
}

/** [from, to) as an array of row or column indices. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

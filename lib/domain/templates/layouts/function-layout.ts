// 收入预算总表, 支出预算总表 and the three 功能分类预算表: every 类/款/项 with data under its code in
// three columns (类, 款, 项), then 合计.
import type { TableContext } from '../../tables/context';
import type { Cell } from '../../tables/layout';
import type { ColumnSpec, ResolvedMoneyFormat as MoneyFormat, Selection } from '../types';
import { moneyCell, selected, textCell } from './cells';

export function visibleColumns(columns: ColumnSpec[], total: (select: Selection) => bigint[]): ColumnSpec[] {
  return columns.filter((c) => !c.onlyIfNonzero || (c.select !== null && total(c.select).some((v) => v !== 0n)));
}

export function functionLayoutRows(
  ctx: TableContext,
  rowsSelect: Selection,
  allColumns: ColumnSpec[],
  money: MoneyFormat,
): { rows: Cell[][]; columns: ColumnSpec[]; empty: boolean } {
  const codes = ctx.functionCodes.filter((code) => selected(rowsSelect, ctx.byFunction.get(code), undefined) !== 0n);
  const value = (select: Selection, code: string) => selected(select, ctx.byFunction.get(code), ctx.personnelByFunction.get(code));
  const columns = visibleColumns(allColumns, (select) => codes.map((code) => value(select, code)));
  const cells = (code: string | null): Cell[] =>
    columns.map((col) =>
      col.select === null ? textCell('') : moneyCell(code === null ? selected(col.select, ctx.all, undefined) : value(col.select, code), money),
    );
  const rows = codes.map((code) => [
    textCell(code.slice(0, 3)),
    textCell(code.slice(3, 5)),
    textCell(code.slice(5, 7)),
    textCell(ctx.functionName(code)),
    ...cells(code),
  ]);
  rows.push([textCell(''), textCell(''), textCell(''), textCell('合计'), ...cells(null)]);
  return { rows, columns, empty: codes.length === 0 };
}

// 财务收支预算总表 / 财政拨款收支预算总表: income items on the left, each 类 with data on the right.
import { numberedLabel } from '../../function-classes';
import type { Cents } from '../../tables/cents';
import type { TableContext } from '../../tables/context';
import type { Cell } from '../../tables/layout';
import type { ColumnSpec, IncomeRowSpec, ResolvedMoneyFormat as MoneyFormat, Selection } from '../types';
import { moneyCell, selected, textCell } from './cells';

export interface SummaryLayout {
  income: IncomeRowSpec[];
  expenditure: Selection;
  expenditureColumns: ColumnSpec[];
}

export function summaryRows(ctx: TableContext, layout: SummaryLayout, money: MoneyFormat): { rows: Cell[][]; empty: boolean } {
  const value = (select: Selection | null, code?: string): Cents => {
    if (!select) return 0n;
    if (code === undefined) return selected(select, ctx.all, undefined);
    return selected(select, ctx.byFunction.get(code), ctx.personnelByFunction.get(code));
  };
  const incomeRows = layout.income.filter((row) => !row.onlyIfNonzero || value(row.select) !== 0n);
  const classes = ctx.functionCodes.filter((c) => c.length === 3 && value(layout.expenditure, c) !== 0n);
  const totalOf = (select: Selection | null) => (select ? selected(select, ctx.all, undefined) : 0n);
  const personnelTotal = (select: Selection | null): Cents => {
    if (!select || select.personnel === undefined) return totalOf(select);
    let sum = 0n;
    for (const c of ctx.functionCodes) if (c.length === 3) sum += value(select, c);
    return sum;
  };
  const blank = textCell('');
  const rows: Cell[][] = [];
  for (let i = 0; i < Math.max(incomeRows.length, classes.length); i++) {
    const income = incomeRows[i];
    const code = classes[i];
    rows.push([
      ...(income ? [textCell(income.label), income.select ? moneyCell(value(income.select), money) : blank] : [blank, blank]),
      ...(code
        ? [
            textCell(numberedLabel(i, ctx.functionName(code))),
            ...layout.expenditureColumns.map((col) => (col.select ? moneyCell(value(col.select, code), money) : blank)),
          ]
        : [blank, ...layout.expenditureColumns.map(() => blank)]),
    ]);
  }
  rows.push([
    textCell('收入总计'),
    moneyCell(totalOf(layout.expenditure), money),
    textCell('支出总计'),
    ...layout.expenditureColumns.map((col) => (col.select ? moneyCell(personnelTotal(col.select), money) : blank)),
  ]);
  return { rows, empty: classes.length === 0 };
}

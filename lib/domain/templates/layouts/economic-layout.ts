// 一般公共预算基本支出部门预算经济分类预算表: each 部门经济分类 类 with data, then its 款, under their
// codes (类, 款), then 合计. 人员经费 are the 301 and 303 classes.
import type { Cents } from '../../tables/cents';
import type { TableContext } from '../../tables/context';
import type { Cell } from '../../tables/layout';
import { EMPTY_SLICE, Slice } from '../../tables/slice';
import type { ColumnSpec, ResolvedMoneyFormat as MoneyFormat, Selection } from '../types';
import { filterOf, isPersonnelCode, moneyCell, textCell } from './cells';

function valueOf(select: Selection, code: string, slice: Slice): Cents {
  if (select.personnel !== undefined && select.personnel !== isPersonnelCode(code)) return 0n;
  return slice.total(filterOf(select));
}

export function economicLayoutRows(ctx: TableContext, rowsSelect: Selection, columns: ColumnSpec[], money: MoneyFormat): { rows: Cell[][]; empty: boolean } {
  const codes = [...ctx.byDeptEcon.keys()].filter((code) => valueOf(rowsSelect, code, ctx.byDeptEcon.get(code)!) !== 0n).sort();
  const classes = new Map<string, Slice>();
  for (const code of codes) {
    const key = code.slice(0, 3);
    if (!classes.has(key)) classes.set(key, new Slice());
    classes.get(key)!.addSlice(ctx.byDeptEcon.get(code)!);
  }
  const cells = (code: string, slice: Slice): Cell[] => columns.map((col) => (col.select ? moneyCell(valueOf(col.select, code, slice), money) : textCell('')));
  const rows: Cell[][] = [];
  for (const [classCode, classSlice] of classes) {
    rows.push([textCell(classCode), textCell(''), textCell(ctx.deptEconName(classCode)), ...cells(classCode, classSlice)]);
    for (const code of codes.filter((c) => c.startsWith(classCode))) {
      rows.push([textCell(classCode), textCell(code.slice(3, 5)), textCell(ctx.deptEconName(code)), ...cells(code, ctx.byDeptEcon.get(code) ?? EMPTY_SLICE)]);
    }
  }
  const totals = columns.map((col) => {
    if (!col.select) return textCell('');
    let sum = 0n;
    for (const [classCode, slice] of classes) sum += valueOf(col.select, classCode, slice);
    return moneyCell(sum, money);
  });
  rows.push([textCell(''), textCell(''), textCell('合计'), ...totals]);
  return { rows, empty: codes.length === 0 };
}

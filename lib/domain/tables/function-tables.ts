// Tables 2, 3, 5 and 8: a 合计 row, then every 类/款/项 with data, in code order.
import { FUND_SOURCE_LABELS, type DerivedTable, type FundSource } from '../types';
import type { TableContext } from './context';
import { amount, buildTable, header, text, type Cell } from './layout';
import { ALL_SOURCES, type Slice, type SliceFilter } from './slice';

/** The amount columns of one table, each a filter over a function code's slice. */
type Columns = readonly SliceFilter[];

function amountCells(slice: Slice, columns: Columns): Cell[] {
  return columns.map((f) => amount(slice.exactTotal(f)));
}

/** 合计 row, then one row per function code with a nonzero cell, codes in tree order. */
function functionRows(ctx: TableContext, columns: Columns): { rows: Cell[][]; empty: boolean } {
  const rows: Cell[][] = [];
  for (const code of ctx.functionCodes) {
    const slice = ctx.byFunction.get(code)!;
    const values = columns.map((f) => slice.exactTotal(f));
    if (values.some((v) => v !== 0 && v !== 0n)) {
      rows.push([text(code), text(ctx.functionName(code)), ...values.map(amount)]);
    }
  }
  const totals = amountCells(ctx.all, columns);
  return { rows: [[text('合计'), text(''), ...totals], ...rows], empty: rows.length === 0 };
}

const KIND_COLUMNS = (base: SliceFilter): Columns => [base, { ...base, kind: 'BASIC' }, { ...base, kind: 'PROJECT' }];

function expenditureHeader(ctx: TableContext) {
  return [
    [header('项目', { colSpan: 2 }), header(`${ctx.year}年预算数`, { colSpan: 3 })],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'].map((t) => header(t)),
  ];
}

export function incomeTable(ctx: TableContext): DerivedTable {
  const current: SliceFilter = { timing: 'CURRENT' };
  const columns: Columns = [current, ...ALL_SOURCES.map((s: FundSource) => ({ ...current, sources: [s] })), { timing: 'CARRYOVER' }];
  const { rows, empty } = functionRows(ctx, columns);
  // The seed prints this column head without 预算.
  const sourceHeads = ALL_SOURCES.map((s) => (s === 'GOV_FUND' ? '政府性基金' : FUND_SOURCE_LABELS[s]));
  return buildTable(ctx, {
    no: 2,
    title: `${ctx.year}年预算收入总表`,
    header: [
      [header('项目', { colSpan: 2 }), header('本年收入', { colSpan: 6 }), header('上年结转', { rowSpan: 2 })],
      ['科目编码', '科目名称', '合计', ...sourceHeads].map((t) => header(t)),
    ],
    rows,
    empty,
  });
}

export function expenditureTable(ctx: TableContext): DerivedTable {
  const { rows, empty } = functionRows(ctx, KIND_COLUMNS({}));
  return buildTable(ctx, {
    no: 3,
    title: `${ctx.year}年预算支出总表`,
    header: expenditureHeader(ctx),
    rows,
    empty,
  });
}

export function generalExpenditureTable(ctx: TableContext): DerivedTable {
  const { rows, empty } = functionRows(ctx, KIND_COLUMNS({ sources: ['GENERAL'], timing: 'CURRENT' }));
  return buildTable(ctx, {
    no: 5,
    title: `${ctx.year}年一般公共预算支出预算表（不含上年结转）`,
    header: expenditureHeader(ctx),
    rows,
    empty,
  });
}

export function govFundExpenditureTable(ctx: TableContext): DerivedTable {
  const { rows, empty } = functionRows(ctx, KIND_COLUMNS({ sources: ['GOV_FUND'], timing: 'CURRENT' }));
  return buildTable(ctx, {
    no: 8,
    title: `${ctx.year}年政府性基金预算支出表（不含上年结转）`,
    header: [['科目编码', '科目名称', '合计', '基本支出', '项目支出'].map((t) => header(t))],
    rows,
    empty,
  });
}

/** Function rows restricted to one filter, for table 9's expenditure side. */
export function functionRowsFor(ctx: TableContext, base: SliceFilter) {
  return functionRows(ctx, KIND_COLUMNS(base));
}

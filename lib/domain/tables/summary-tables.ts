// Tables 1 (预算收支总表) and 4 (财政拨款收支总表): income items and the thirty 类 side by side.
import { FUNCTION_CLASSES, numberedLabel } from '../function-classes';
import { FISCAL_SOURCES, FUND_SOURCE_LABELS, type DerivedTable, type FundSource } from '../types';
import type { TableContext } from './context';
import { amount, BLANK, blanks, buildTable, header, TAIL_DIFFERENCE_NOTE, text, type Cell } from './layout';
import { ALL_SOURCES, EMPTY_SLICE, type Slice } from './slice';

function classSlice(ctx: TableContext, code: string) {
  return ctx.byFunction.get(code) ?? EMPTY_SLICE;
}

/** Left-hand income cells for the i-th row: the i-th source, or blank past the list. */
function incomeCells(ctx: TableContext, sources: readonly FundSource[], i: number): Cell[] {
  const source = sources[i];
  if (!source) return blanks(2);
  return [text(numberedLabel(i, FUND_SOURCE_LABELS[source])), amount(ctx.all.total({ sources: [source], timing: 'CURRENT' }))];
}

export function budgetSummaryTable(ctx: TableContext): DerivedTable {
  const y = ctx.year;
  const classRows = FUNCTION_CLASSES.map((fc, i) => {
    const slice = classSlice(ctx, fc.code);
    return [
      ...incomeCells(ctx, ALL_SOURCES, i),
      text(numberedLabel(i, fc.name)),
      amount(slice.total()),
      amount(slice.total({ timing: 'CURRENT' })),
      amount(slice.total({ timing: 'CARRYOVER' })),
    ];
  });
  const current = ctx.all.total({ timing: 'CURRENT' });
  const carryover = ctx.all.total({ timing: 'CARRYOVER' });
  const total = ctx.all.total();
  const expenditureTotals = [amount(total), amount(current), amount(carryover)];
  return buildTable(ctx, {
    no: 1,
    title: `${y}年预算收支总表`,
    header: [
      [header('收入', { colSpan: 2 }), header('支出', { colSpan: 4 })],
      ['项目', `${y}年`, '项目', `${y}年合计`, '当年预算安排', '上年结转安排'].map((t) => header(t)),
    ],
    rows: [
      ...classRows,
      [text('本年收入合计'), amount(current), text('本年支出合计'), ...expenditureTotals],
      // Nothing is budgeted to be carried beyond the year: 年终结转 is zero by construction.
      [text('上年结转'), amount(carryover), text('年终结转'), amount(0n), amount(0n), amount(0n)],
      [text('收入总计'), amount(total), text('支出总计'), ...expenditureTotals],
    ],
    notes: [TAIL_DIFFERENCE_NOTE],
  });
}

export function fiscalSummaryTable(ctx: TableContext): DerivedTable {
  const y = ctx.year;
  const bySource = (slice: Slice) => FISCAL_SOURCES.map((s) => amount(slice.total({ sources: [s] })));
  const classRows = FUNCTION_CLASSES.map((fc, i) => {
    const slice = classSlice(ctx, fc.code);
    return [...incomeCells(ctx, FISCAL_SOURCES, i), text(numberedLabel(i, fc.name)), amount(slice.total({ sources: FISCAL_SOURCES })), ...bySource(slice)];
  });
  const current = ctx.all.total({ sources: FISCAL_SOURCES, timing: 'CURRENT' });
  const carryover = ctx.all.total({ sources: FISCAL_SOURCES, timing: 'CARRYOVER' });
  const expenditureTotals = [amount(ctx.all.total({ sources: FISCAL_SOURCES })), ...bySource(ctx.all)];
  const carryoverRows = FISCAL_SOURCES.map((s, i) => [
    text(numberedLabel(i, FUND_SOURCE_LABELS[s])),
    amount(ctx.all.total({ sources: [s], timing: 'CARRYOVER' })),
    BLANK,
    ...blanks(4),
  ]);
  return buildTable(ctx, {
    no: 4,
    title: `${y}年财政拨款收支总表`,
    header: [
      [header('收入', { colSpan: 2 }), header('支出', { colSpan: 5 })],
      [header('项目', { rowSpan: 2 }), header('金额', { rowSpan: 2 }), header('项目', { rowSpan: 2 }), header('金额', { colSpan: 4 })],
      ['小计', ...FISCAL_SOURCES.map((s) => FUND_SOURCE_LABELS[s])].map((t) => header(t)),
    ],
    rows: [
      ...classRows,
      [text('本年收入合计'), amount(current), text('本年支出合计'), ...expenditureTotals],
      [text('上年财政拨款结转'), amount(carryover), text('年终结转'), ...[0n, 0n, 0n, 0n].map(amount)],
      ...carryoverRows,
      [text('收入总计'), amount(current + carryover), text('支出总计'), ...expenditureTotals],
    ],
  });
}

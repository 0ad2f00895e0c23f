// Tables 7 (政府性基金预算收入表) and 9 (国有资本经营预算收支预算表), both 不含上年结转.
// Lines carry no 收入科目, so the income side shows its 合计 only: the current-year spending
// the fund finances.
import type { DerivedTable } from '../types';
import type { TableContext } from './context';
import { functionRowsFor } from './function-tables';
import { amount, blanks, buildTable, header, text } from './layout';

export function govFundIncomeTable(ctx: TableContext): DerivedTable {
  const income = ctx.all.total({ sources: ['GOV_FUND'], timing: 'CURRENT' });
  return buildTable(ctx, {
    no: 7,
    title: `${ctx.year}年政府性基金预算收入表（不含上年结转）`,
    header: [
      [header('项目', { colSpan: 2 }), header('政府性基金收入预算', { rowSpan: 2 })],
      [header('收入科目编码'), header('科目名称')],
    ],
    rows: [[text('合计'), text(''), amount(income)]],
    empty: income === 0n,
  });
}

export function stateCapitalTable(ctx: TableContext): DerivedTable {
  const base = { sources: ['STATE_CAPITAL'], timing: 'CURRENT' } as const;
  const income = ctx.all.total(base);
  const { rows: spending, empty } = functionRowsFor(ctx, base);
  const [totalRow, ...functionRows] = spending;
  return buildTable(ctx, {
    no: 9,
    title: `${ctx.year}年国有资本经营预算收支预算表（不含上年结转）`,
    header: [
      // The seed's text extraction shifts 支出 one column left; 收入预算 belongs to the 收入 side.
      [header('国有资本经营预算收入', { colSpan: 3 }), header('国有资本经营预算支出', { colSpan: 5 })],
      [
        header('项目', { colSpan: 2 }),
        ...['国有资本经营收入预算', '科目编码', '科目名称', '合计', '基本支出', '项目支出'].map((t) => header(t, { rowSpan: 2 })),
      ],
      [header('收入科目编码'), header('科目名称')],
    ],
    rows: [
      // One 合计 row serves both sides; its spending amounts sit under 合计/基本支出/项目支出.
      [text('合计'), text(''), amount(income), ...blanks(2), ...totalRow.slice(2)],
      ...functionRows.map((row) => [...blanks(3), ...row]),
    ],
    empty: empty && income === 0n,
  });
}

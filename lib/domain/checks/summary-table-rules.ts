// Cross-checks among tables 1–5 and 8 (收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表).
import type { TableContext } from '../tables/context';
import type { SliceFilter } from '../tables/slice';
import type { CheckResult, DerivedTable, SpendingKind } from '../types';
import { comparer, lazyFigure, outcome, rule, tableName } from './check-result';
import { functionRowLabel, functionRows, range, tableView, TableView } from './table-view';

export const TABLES_PRESENT = rule('TABLES_PRESENT', '十三张报表齐全');
export const T1_TOTAL_BALANCE = rule('T1_TOTAL_BALANCE', '表一收入总计等于支出总计');
export const T1_INCOME_SOURCES = rule('T1_INCOME_SOURCES', '表一本年收入合计等于各项收入之和');
export const T1_TOTAL_COMPOSITION = rule('T1_TOTAL_COMPOSITION', '表一总计等于本年合计加结转');
export const T1_EXPENDITURE_CLASSES = rule('T1_EXPENDITURE_CLASSES', '表一本年支出合计等于各类支出之和');
export const T2_TOTAL_EQ_T1 = rule('T2_TOTAL_EQ_T1', '表二合计等于表一本年收入合计及上年结转');
export const T3_TOTAL_EQ_T1 = rule('T3_TOTAL_EQ_T1', '表三合计等于表一支出总计');
export const T4_TOTAL_BALANCE = rule('T4_TOTAL_BALANCE', '表四收入总计等于支出总计');
export const ROW_BASIC_PLUS_PROJECT = rule('ROW_BASIC_PLUS_PROJECT', '各行基本支出加项目支出等于合计');
export const FUNCTION_TREE_SUMS = rule('FUNCTION_TREE_SUMS', '类款项逐级相加');
export const T5_GENERAL_CURRENT_OF_T3 = rule('T5_GENERAL_CURRENT_OF_T3', '表五等于表三的一般公共预算当年部分');

export function tablesPresent(tables: readonly DerivedTable[]): CheckResult[] {
  const missing = range(1, 14).filter((no) => !tables.some((t) => t.no === no));
  if (missing.length === 0) return outcome(TABLES_PRESENT, []);
  const message = `缺少${missing.map(tableName).join('、')}`;
  return [{ ...TABLES_PRESENT, passed: false, message, figures: [], refs: { tables: missing } }];
}

/** Rows of table 1: the thirty class rows (the first five also carry the sources), then the totals. */
function table1Rows(v: TableView) {
  const income = v.findRow('本年收入合计');
  const carry = v.findRow('上年结转');
  const total = v.findRow('收入总计');
  if (income < 0 || carry < 0 || total < 0) return null;
  return { classRows: range(0, income), income, carry, total };
}

const T1_EXPENDITURE_COLUMNS: [number, string][] = [
  [3, '合计'],
  [4, '当年预算安排'],
  [5, '上年结转安排'],
];

export function table1Rules(tables: readonly DerivedTable[]): CheckResult[] {
  const v = tableView(tables, 1);
  const rows = v && table1Rows(v);
  if (!v || !rows) return [];
  const refs = { tables: [1] };
  const { classRows, income, carry, total } = rows;
  const sourceRows = classRows.filter((r) => v.text(r, 0) !== '');
  const balance = comparer(T1_TOTAL_BALANCE, refs);
  const sources = comparer(T1_INCOME_SOURCES, refs);
  const composition = comparer(T1_TOTAL_COMPOSITION, refs);
  const classes = comparer(T1_EXPENDITURE_CLASSES, refs);
  return [
    ...outcome(T1_TOTAL_BALANCE, [balance(v.figure(total, 1, '收入总计'), v.figure(total, 3, '支出总计'))], refs),
    ...outcome(
      T1_INCOME_SOURCES,
      [
        sources(
          v.figure(income, 1, '本年收入合计'),
          v.sumFigure(
            sourceRows.map((r) => [r, 1]),
            '各项收入之和',
          ),
        ),
      ],
      refs,
    ),
    ...outcome(
      T1_TOTAL_COMPOSITION,
      [
        composition(
          v.figure(total, 1, '收入总计'),
          v.sumFigure(
            [
              [income, 1],
              [carry, 1],
            ],
            '本年收入合计 + 上年结转',
          ),
        ),
        ...T1_EXPENDITURE_COLUMNS.map(([c, col]) =>
          composition(
            v.figure(total, c, `支出总计 ${col}`),
            v.sumFigure(
              [
                [income, c],
                [carry, c],
              ],
              `本年支出合计 + 年终结转 ${col}`,
            ),
          ),
        ),
      ],
      refs,
    ),
    ...outcome(
      T1_EXPENDITURE_CLASSES,
      T1_EXPENDITURE_COLUMNS.map(([c, col]) =>
        classes(
          v.figure(income, c, `本年支出合计 ${col}`),
          v.sumFigure(
            classRows.map((r) => [r, c]),
            `各类支出之和 ${col}`,
          ),
        ),
      ),
      refs,
    ),
  ];
}

export function table2And3Rules(tables: readonly DerivedTable[]): CheckResult[] {
  const [t1, t2, t3] = [1, 2, 3].map((no) => tableView(tables, no));
  const rows = t1 && table1Rows(t1);
  if (!t1 || !rows) return [];
  const results: CheckResult[] = [];
  if (t2) {
    const refs = { tables: [1, 2] };
    const check = comparer(T2_TOTAL_EQ_T1, refs);
    results.push(
      ...outcome(
        T2_TOTAL_EQ_T1,
        [
          check(t2.figure(0, 2, '合计 本年收入合计'), t1.figure(rows.income, 1, '本年收入合计')),
          check(t2.figure(0, 8, '合计 上年结转'), t1.figure(rows.carry, 1, '上年结转')),
        ],
        refs,
      ),
    );
  }
  if (t3) {
    const refs = { tables: [1, 3] };
    const check = comparer(T3_TOTAL_EQ_T1, refs);
    results.push(...outcome(T3_TOTAL_EQ_T1, [check(t3.figure(0, 2, '合计'), t1.figure(rows.total, 3, '支出总计'))], refs));
  }
  return results;
}

export function table4Rules(tables: readonly DerivedTable[]): CheckResult[] {
  const v = tableView(tables, 4);
  const total = v ? v.findRow('收入总计') : -1;
  if (!v || total < 0) return [];
  const refs = { tables: [4] };
  const check = comparer(T4_TOTAL_BALANCE, refs);
  return outcome(T4_TOTAL_BALANCE, [check(v.figure(total, 1, '收入总计'), v.figure(total, 3, '支出总计'))], refs);
}

const KIND_COLUMNS: [number, string, SpendingKind | undefined][] = [
  [2, '合计', undefined],
  [3, '基本支出', 'BASIC'],
  [4, '项目支出', 'PROJECT'],
];

const BASIC_AND_PROJECT = [3, 4];

export function basicPlusProject(tables: readonly DerivedTable[]): CheckResult[] {
  const failures = [3, 5, 8].flatMap((no) => {
    const v = tableView(tables, no);
    if (!v) return [];
    const check = comparer(ROW_BASIC_PLUS_PROJECT, { tables: [no] });
    return range(0, v.rowCount).map((r) => {
      if (v.equalsColumns(r, 2, BASIC_AND_PROJECT)) return null; // equal: no figure, no text
      const label = () => functionRowLabel(v, r);
      return check(
        v.figure(r, 2, () => `${label()} 合计`),
        v.sumFigure(
          [
            [r, 3],
            [r, 4],
          ],
          () => `${label()} 基本支出 + 项目支出`,
        ),
      );
    });
  });
  return outcome(ROW_BASIC_PLUS_PROJECT, failures, { tables: [3, 5, 8] });
}

const SOURCE_COLUMNS: [number, string][] = [
  [2, '本年收入合计'],
  [3, '一般公共预算'],
  [4, '政府性基金'],
  [5, '国有资本经营预算'],
  [6, '财政专户管理资金'],
  [7, '单位资金'],
  [8, '上年结转'],
];
const TREE_COLUMNS: Record<number, [number, string][]> = {
  2: SOURCE_COLUMNS,
  3: KIND_COLUMNS.map(([c, col]) => [c, col]),
  5: KIND_COLUMNS.map(([c, col]) => [c, col]),
  8: KIND_COLUMNS.map(([c, col]) => [c, col]),
};

/** 合计 = Σ 类, 类 = Σ its 款, 款 = Σ its 项, in every amount column. */
export function functionTreeSums(tables: readonly DerivedTable[]): CheckResult[] {
  const failures = Object.entries(TREE_COLUMNS).flatMap(([key, columns]) => {
    const v = tableView(tables, Number(key));
    if (!v) return [];
    const check = comparer(FUNCTION_TREE_SUMS, { tables: [v.table.no] });
    const rows = [...functionRows(v)];
    // Children by parent code in one pass: a 类 (3) under '' (合计), a 款 (5) under its 类, a 项 (7) under its 款.
    const children = new Map<string, number[]>();
    for (const [c, r] of rows) {
      const parent = c.length === 3 ? '' : c.slice(0, c.length - 2);
      const list = children.get(parent);
      if (list) list.push(r);
      else children.set(parent, [r]);
    }
    const parents: [number, string][] = [[0, ''], ...rows.filter(([c]) => c.length < 7).map(([c, r]): [number, string] => [r, c])];
    return parents.flatMap(([r, code]) => {
      const under = children.get(code) ?? [];
      if (under.length === 0) return [];
      const label = () => functionRowLabel(v, r);
      return columns.map(([c, col]) => {
        if (v.equalsRows(r, c, under)) return null; // equal: no figure, no text
        return check(
          v.figure(r, c, () => `${label()} ${col}`),
          v.sumFigure(
            under.map((cr) => [cr, c]),
            () => `${label()} 下级科目之和 ${col}`,
          ),
        );
      });
    });
  });
  return outcome(FUNCTION_TREE_SUMS, failures, { tables: [2, 3, 5, 8] });
}

const OUTSIDE_FILTERS: Record<string, { all: SliceFilter; generalCurrent: SliceFilter }> = Object.fromEntries(
  (['', 'BASIC', 'PROJECT'] as const).map((kind) => {
    const k = kind || undefined;
    return [kind, { all: { kind: k }, generalCurrent: { kind: k, sources: ['GENERAL'], timing: 'CURRENT' } }];
  }),
);

/** Table 5 must equal table 3 less what the lines book outside 一般公共预算 当年 on the same row. */
export function table5OfTable3(tables: readonly DerivedTable[], sums: TableContext): CheckResult[] {
  const t3 = tableView(tables, 3);
  const t5 = tableView(tables, 5);
  if (!t3 || !t5) return [];
  const rows3 = functionRows(t3);
  const rows5 = functionRows(t5);
  const check = comparer(T5_GENERAL_CURRENT_OF_T3, { tables: [3, 5] });
  // The lines under a function code prefix ('' = all), from the exact sums the tables were built on.
  const outsideGeneralCurrent = (code: string, kind: SpendingKind | undefined) => {
    const slice = code === '' ? sums.all : sums.functionPrefixes.get(code);
    if (!slice) return 0n;
    const filters = OUTSIDE_FILTERS[kind ?? ''];
    return slice.total(filters.all) - slice.total(filters.generalCurrent);
  };
  const codes = [...new Set(['', ...rows3.keys(), ...rows5.keys()])];
  const failures = codes.flatMap((code) =>
    KIND_COLUMNS.map(([c, col, kind]) => {
      const r3 = code === '' ? 0 : (rows3.get(code) ?? -1);
      const r5 = code === '' ? 0 : (rows5.get(code) ?? -1);
      const expectedCents = t3.value(r3, c) - outsideGeneralCurrent(code, kind);
      if ((r5 >= 0 ? t5.value(r5, c) : 0n) === expectedCents) return null; // equal: no figure, no text
      const label = () => (r5 >= 0 ? functionRowLabel(t5, r5) : functionRowLabel(t3, r3));
      const source3 = () => (r3 >= 0 ? `表三 第${r3 + 1}行 第${c + 1}列` : '表三 无此行');
      const expected = lazyFigure(
        () => `表三 ${label()} ${col}中一般公共预算当年部分`,
        () => `${source3()}，减去支出明细中其他来源及上年结转`,
        expectedCents,
      );
      const actual =
        r5 >= 0
          ? t5.figure(r5, c, () => `${label()} ${col}`)
          : lazyFigure(
              () => `表五 ${label()} ${col}`,
              () => '表五 无此行',
              0n,
            );
      return check(actual, expected);
    }),
  );
  return outcome(T5_GENERAL_CURRENT_OF_T3, failures, { tables: [3, 5] });
}

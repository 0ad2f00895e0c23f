// Cross-checks of table 6 (基本支出分经济科目), table 10 (三公) and table 11 (机关运行经费).
import { OPERATING_COST_KINDS } from '../disclosure-codes';
import { buildContext, type TableContext } from '../tables/context';
import type { SliceFilter } from '../tables/slice';
import type { CheckResult, DerivedTable, DisclosureInput } from '../types';
import { comparer, lazyFigure, outcome, rule } from './check-result';
import { range, tableView, type TableView } from './table-view';

export const T6_TOTAL_EQ_T5_BASIC = rule('T6_TOTAL_EQ_T5_BASIC', '表六合计等于表五基本支出');
export const T6_PERSONNEL_PLUS_PUBLIC = rule('T6_PERSONNEL_PLUS_PUBLIC', '表六各行人员经费加公用经费等于合计');
export const T6_CLASS_SUBTOTALS = rule('T6_CLASS_SUBTOTALS', '表六经济分类类级小计等于所含科目之和');
export const T10_PARTS = rule('T10_PARTS', '表十“三公”经费各项相加');
export const T11_EQ_T6_PUBLIC = rule('T11_EQ_T6_PUBLIC', '表十一机关运行经费等于行政及参公单位公用经费');

const T6_COLUMNS: [number, string][] = [
  [2, '合计'],
  [3, '人员经费'],
  [4, '公用经费'],
];

/** Row label of table 6: 合计, a class name, or "部门经济科目 / 政府经济科目". */
const t6Label = (v: TableView, r: number) => (r === 0 ? '合计' : [v.text(r, 0), v.text(r, 1)].filter(Boolean).join(' / '));

function classSubtotals(t6: TableView): CheckResult[] {
  const check = comparer(T6_CLASS_SUBTOTALS, { tables: [6] });
  const classRows = range(1, t6.rowCount).filter((r) => t6.text(r, 1) === '');
  const failures = T6_COLUMNS.flatMap(([c, col]) => [
    check(
      t6.figure(0, c, `合计 ${col}`),
      t6.sumFigure(
        classRows.map((r) => [r, c]),
        `各类之和 ${col}`,
      ),
    ),
    ...classRows.map((r, i) => {
      const members = range(r + 1, classRows[i + 1] ?? t6.rowCount).map((m): [number, number] => [m, c]);
      const label = () => t6Label(t6, r);
      return check(
        t6.figure(r, c, () => `${label()} ${col}`),
        t6.sumFigure(members, () => `${label()} 所含科目之和 ${col}`),
      );
    }),
  ]);
  return outcome(T6_CLASS_SUBTOTALS, failures, { tables: [6] });
}

export function table6Rules(tables: readonly DerivedTable[]): CheckResult[] {
  const t6 = tableView(tables, 6);
  const t5 = tableView(tables, 5);
  if (!t6) return [];
  const results: CheckResult[] = [];
  if (t5) {
    const refs = { tables: [5, 6] };
    const check = comparer(T6_TOTAL_EQ_T5_BASIC, refs);
    results.push(...outcome(T6_TOTAL_EQ_T5_BASIC, [check(t6.figure(0, 2, '合计'), t5.figure(0, 3, '合计 基本支出'))], refs));
  }
  const rowCheck = comparer(T6_PERSONNEL_PLUS_PUBLIC, { tables: [6] });
  const rowFailures = range(0, t6.rowCount).map((r) => {
    const label = () => t6Label(t6, r);
    return rowCheck(
      t6.figure(r, 2, () => `${label()} 合计`),
      t6.sumFigure(
        [
          [r, 3],
          [r, 4],
        ],
        () => `${label()} 人员经费 + 公用经费`,
      ),
    );
  });
  results.push(...outcome(T6_PERSONNEL_PLUS_PUBLIC, rowFailures, { tables: [6] }), ...classSubtotals(t6));
  return results;
}

const FISCAL_COLUMNS: [number, string][] = [
  [1, '合计'],
  [2, '一般公共预算'],
  [3, '政府性基金预算'],
  [4, '国有资本经营预算'],
];
const T10_ROWS = ['因公出国（境）费', '公务接待费', '公务用车购置及运行费', '①公务用车购置费', '②公务用车运行维护费', '合计'];

export function table10Rules(tables: readonly DerivedTable[]): CheckResult[] {
  const v = tableView(tables, 10);
  if (!v) return [];
  const [abroad, reception, vehicles, purchase, operation, total] = T10_ROWS.map((label) => v.findRow(label));
  if ([abroad, reception, vehicles, purchase, operation, total].some((r) => r < 0)) return [];
  const check = comparer(T10_PARTS, { tables: [10] });
  const failures = FISCAL_COLUMNS.flatMap(([c, col]) => [
    check(
      v.figure(vehicles, c, `公务用车购置及运行费 ${col}`),
      v.sumFigure(
        [
          [purchase, c],
          [operation, c],
        ],
        `①购置费 + ②运行维护费 ${col}`,
      ),
    ),
    check(
      v.figure(total, c, `合计 ${col}`),
      v.sumFigure(
        [
          [abroad, c],
          [reception, c],
          [vehicles, c],
        ],
        `因公出国（境）费 + 公务接待费 + 公务用车购置及运行费 ${col}`,
      ),
    ),
  ]);
  return outcome(T10_PARTS, failures, { tables: [10] });
}

const GENERAL_CURRENT_BASIC: SliceFilter = { kind: 'BASIC', sources: ['GENERAL'], timing: 'CURRENT' };

/** Table 11 against table 6 when every unit is 行政/参公, else against the lines of those units. */
export function table11Rules(input: DisclosureInput, tables: readonly DerivedTable[], sums: TableContext = buildContext(input)): CheckResult[] {
  const t11 = tableView(tables, 11);
  const t6 = tableView(tables, 6);
  if (!t11 || !t6) return [];
  // 公用经费 (basic lines outside 301/303) of the 行政 and 参公 units.
  const counting = sums.byUnit.filter((u) => OPERATING_COST_KINDS.includes(u.unit.unit.kind));
  const publicCents = counting.reduce((total, u) => total + u.publicBasic.total(GENERAL_CURRENT_BASIC), 0n);
  const expected =
    counting.length === input.units.length
      ? t6.figure(0, 4, '合计 公用经费')
      : lazyFigure('行政及参公单位一般公共预算当年公用经费', () => '支出明细', publicCents);
  const refs = { tables: [6, 11] };
  const check = comparer(T11_EQ_T6_PUBLIC, refs);
  return outcome(T11_EQ_T6_PUBLIC, [check(t11.figure(0, 2, '部门合计 一般公共预算'), expected)], refs);
}

// Tables 12 and 13 (项目支出预算表) against tables 3–5 and against each project's 年度资金总额.
import { currentYearProjects } from '../projects';
import { buildContext, type TableContext } from '../tables/context';
import { ALL_SOURCES, type SliceFilter } from '../tables/slice';
import { FISCAL_SOURCES, type CheckResult, type DerivedTable, type DisclosureInput } from '../types';
import { comparer, lazyFigure, outcome, rule } from './check-result';
import { tableView } from './table-view';
import { unitBlocks } from './total-column-rules';
import { fundingFigure } from './performance-rules';

export const T12_EQ_T5_PROJECT = rule('T12_EQ_T5_PROJECT', '表十二合计等于表五项目支出加其他来源');
export const T13_EQ_CARRYOVER = rule('T13_EQ_CARRYOVER', '表十三合计等于上年财政拨款结转');
export const PROJECT_YEAR_FUNDS_EQ_T12 = rule('PROJECT_YEAR_FUNDS_EQ_T12', '项目年度资金总额等于表十二金额');

const unitNames = (input: DisclosureInput) => input.units.map((u) => u.unit.name);

/**
 * Table 12's 一般公共预算 column is table 5's 项目支出; its 合计 is table 3's 项目支出 less the
 * carried-over part (table 13, and any non-fiscal carry-over table 13 does not print).
 */
const NON_FISCAL_CARRIED_PROJECTS: SliceFilter = {
  kind: 'PROJECT',
  timing: 'CARRYOVER',
  sources: ALL_SOURCES.filter((s) => !FISCAL_SOURCES.includes(s)),
};

export function table12Rules(input: DisclosureInput, tables: readonly DerivedTable[], sums: TableContext = buildContext(input)): CheckResult[] {
  const [t3, t5, t12, t13] = [3, 5, 12, 13].map((no) => tableView(tables, no));
  if (!t3 || !t5 || !t12 || !t13) return [];
  const refs = { tables: [3, 5, 12, 13] };
  const check = comparer(T12_EQ_T5_PROJECT, refs);
  const unitRows = unitBlocks(t12, unitNames(input), 1).map((b) => b.row);
  const nonFiscalCarried = sums.all.total(NON_FISCAL_CARRIED_PROJECTS);
  const currentProjects = lazyFigure(
    '表三 合计 项目支出 − 表十三 合计 − 非财政拨款上年结转项目支出',
    () => '表三 第1行 第5列；表十三 第2行 第2列；支出明细',
    t3.value(0, 4) - t13.value(1, 1) - nonFiscalCarried,
  );
  return outcome(
    T12_EQ_T5_PROJECT,
    [
      check(
        t12.sumFigure(
          unitRows.map((r) => [r, 2]),
          '合计 一般公共预算',
        ),
        t5.figure(0, 4, '合计 项目支出'),
      ),
      check(
        t12.sumFigure(
          unitRows.map((r) => [r, 1]),
          '合计',
        ),
        currentProjects,
      ),
    ],
    refs,
  );
}

export function table13Rules(tables: readonly DerivedTable[]): CheckResult[] {
  const t13 = tableView(tables, 13);
  const t4 = tableView(tables, 4);
  const carry = t4 ? t4.findRow('上年财政拨款结转') : -1;
  if (!t13 || !t4 || carry < 0 || t13.rowCount < 2) return [];
  const refs = { tables: [4, 13] };
  const check = comparer(T13_EQ_CARRYOVER, refs);
  const department = t13.figure(1, 1, `${t13.text(1, 0)} 合计`);
  return outcome(T13_EQ_CARRYOVER, [check(department, t4.figure(carry, 1, '上年财政拨款结转'))], refs);
}

export function projectFundsMatchTable12(input: DisclosureInput, tables: readonly DerivedTable[]): CheckResult[] {
  const t12 = tableView(tables, 12);
  if (!t12) return [];
  const blocks = unitBlocks(t12, unitNames(input), 1);
  // The first block of each unit name, as a search from the top finds it.
  const blockOf = new Map<string, (typeof blocks)[number]>();
  for (const b of blocks) {
    const name = t12.text(b.row, 0);
    if (!blockOf.has(name)) blockOf.set(name, b);
  }
  const failures = currentYearProjects(input).map(({ unit, project: p }) => {
    const block = blockOf.get(unit.unit.name);
    const row = block?.members.find((r) => t12.text(r, 0) === p.name) ?? -1;
    const declared = fundingFigure(`项目 ${p.code} ${p.name} 年度资金总额`, `${p.code} 绩效目标表`, p.fundingYear);
    const budgeted = row >= 0 ? t12.figure(row, 1, () => `${p.name} 合计`) : lazyFigure(`表十二 ${p.name}`, () => '表十二 无此项目', 0n);
    return comparer(PROJECT_YEAR_FUNDS_EQ_T12, { projectCodes: [p.code], tables: [12] })(declared, budgeted);
  });
  return outcome(PROJECT_YEAR_FUNDS_EQ_T12, failures, { tables: [12] });
}

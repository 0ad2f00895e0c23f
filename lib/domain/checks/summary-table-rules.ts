// Cross-checks among tables 1–5 and 8 (收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表).
import { matches } from '../aggregate';
import { sum, ZERO } from '../money';
import type { CheckResult, DerivedTable, ExpenditureLine } from '../types';
import { figure, mismatch, outcome, tableName, type Rule } from './check-result';
import { functionRowLabel, functionRows, tableView, TableView } from './table-view';

const B = 'BLOCKING' as const;
export const TABLES_PRESENT: Rule = { rule: 'TABLES_PRESENT', name: '十三张报表齐全', severity: B };
export const T1_TOTAL_BALANCE: Rule = { rule: 'T1_TOTAL_BALANCE', name: '表一收入总计等于支出总计', severity: B };
export const T1_INCOME_SOURCES: Rule = { rule: 'T1_INCOME_SOURCES', name: '表一本年收入合计等于各项收入之和', severity: B };
export const T1_TOTAL_COMPOSITION: Rule = { rule: 'T1_TOTAL_COMPOSITION', name: '表一总计等于本年合计加结转', severity: B };
export const T1_EXPENDITURE_CLASSES: Rule = { rule: 'T1_EXPENDITURE_CLASSES', name: '表一本年支出合计等于各类支出之和', severity: B };
export const T2_TOTAL_EQ_T1: Rule = { rule: 'T2_TOTAL_EQ_T1', name: '表二合计等于表一本年收入合计及上年结转', severity: B };
export const T3_TOTAL_EQ_T1: Rule = { rule: 'T3_TOTAL_EQ_T1', name: '表三合计等于表一支出总计', severity: B };
export const T4_TOTAL_BALANCE: Rule = { rule: 'T4_TOTAL_BALANCE', name: '表四收入总计等于支出总计', severity: B };
export const ROW_BASIC_PLUS_PROJECT: Rule = { rule: 'ROW_BASIC_PLUS_PROJECT', name: '各行基本支出加项目支出等于合计', severity: B };
export const FUNCTION_TREE_SUMS: Rule = { rule: 'FUNCTION_TREE_SUMS', name: '类款项逐级相加', severity: B };
export const T5_GENERAL_CURRENT_OF_T3: Rule = { rule: 'T5_GENERAL_CURRENT_OF_T3', name: '表五等于表三的一般公共预算当年部分', severity: B };

export function tablesPresent(tables: readonly DerivedTable[]): CheckResult[] {
  const missing = Array.from({ length: 13 }, (_, i) => i + 1).filter((no) => !tables.some((t) => t.no === no));
  if (missing.length === 0) return outcome(TABLES_PRESENT, []);
  const names = missing.map(tableName).join('、');
  return [{ ...TABLES_PRESENT, passed: false, message: `缺少${names}`, figures: [], refs: { tables: missing } }];
}

interface SummaryRows {
  classRows: number[];
  income: number;
  carry: number;
  total: number;
}

function summaryRows(v: TableView, incomeLabel: string, carryLabel: string): SummaryRows | null {
  const income = v.findRow(incomeLabel);
  const carry = v.findRow(carryLabel);
  const total = v.findRow('收入总计');
  if (income < 0 || carry < 0 || total < 0) return null;
  return { classRows: Array.from({ length: income }, (_, r) => r), income, carry, total };
}

const T1_EXPENDITURE_COLUMNS: [number, string][] = [[3, '合计'], [4, '当年预算安排'], [5, '上年结转安排']];

export function table1Rules(tables: readonly DerivedTable[]): CheckResult[] {
  const v = tableView(tables, 1);
  const rows = v && summaryRows(v, '本年收入合计', '上年结转');
  if (!v || !rows) return [];
  const refs = { tables: [1] };
  const { classRows, income, carry, total } = rows;
  const sourceRows = classRows.filter((r) => v.text(r, 0) !== '');
  return [
    ...outcome(T1_TOTAL_BALANCE, [mismatch(T1_TOTAL_BALANCE, v.figure(total, 1, '收入总计'), v.figure(total, 3, '支出总计'), refs)], refs),
    ...outcome(T1_INCOME_SOURCES, [
      mismatch(T1_INCOME_SOURCES, v.figure(income, 1, '本年收入合计'), v.sumFigure(sourceRows.map((r) => [r, 1]), '各项收入之和'), refs),
    ], refs),
    ...outcome(T1_TOTAL_COMPOSITION, [
      mismatch(T1_TOTAL_COMPOSITION, v.figure(total, 1, '收入总计'), v.sumFigure([[income, 1], [carry, 1]], '本年收入合计 + 上年结转'), refs),
      ...T1_EXPENDITURE_COLUMNS.map(([c, col]) =>
        mismatch(T1_TOTAL_COMPOSITION, v.figure(total, c, `支出总计 ${col}`), v.sumFigure([[income, c], [carry, c]], `本年支出合计 + 年终结转 ${col}`), refs),
      ),
    ], refs),
    ...outcome(T1_EXPENDITURE_CLASSES, T1_EXPENDITURE_COLUMNS.map(([c, col]) =>
      mismatch(T1_EXPENDITURE_CLASSES, v.figure(income, c, `本年支出合计 ${col}`), v.sumFigure(classRows.map((r) => [r, c]), `各类支出之和 ${col}`), refs),
    ), refs),
  ];
}

export function table2And3Rules(tables: readonly DerivedTable[]): CheckResult[] {
  const t1 = tableView(tables, 1);
  const t2 = tableView(tables, 2);
  const t3 = tableView(tables, 3);
  const rows = t1 && summaryRows(t1, '本年收入合计', '上年结转');
  if (!t1 || !rows) return [];
  const results: CheckResult[] = [];
  if (t2) {
    const refs = { tables: [1, 2] };
    results.push(...outcome(T2_TOTAL_EQ_T1, [
      mismatch(T2_TOTAL_EQ_T1, t2.figure(0, 2, '合计 本年收入合计'), t1.figure(rows.income, 1, '本年收入合计'), refs),
      mismatch(T2_TOTAL_EQ_T1, t2.figure(0, 8, '合计 上年结转'), t1.figure(rows.carry, 1, '上年结转'), refs),
    ], refs));
  }
  if (t3) {
    const refs = { tables: [1, 3] };
    results.push(...outcome(T3_TOTAL_EQ_T1, [mismatch(T3_TOTAL_EQ_T1, t3.figure(0, 2, '合计'), t1.figure(rows.total, 3, '支出总计'), refs)], refs));
  }
  return results;
}

export function table4Rules(tables: readonly DerivedTable[]): CheckResult[] {
  const v = tableView(tables, 4);
  const total = v ? v.findRow('收入总计') : -1;
  if (!v || total < 0) return [];
  const refs = { tables: [4] };
  return outcome(T4_TOTAL_BALANCE, [mismatch(T4_TOTAL_BALANCE, v.figure(total, 1, '收入总计'), v.figure(total, 3, '支出总计'), refs)], refs);
}

const KIND_COLUMNS: [number, string][] = [[2, '合计'], [3, '基本支出'], [4, '项目支出']];

export function basicPlusProject(tables: readonly DerivedTable[]): CheckResult[] {
  const failures = [3, 5, 8].flatMap((no) => {
    const v = tableView(tables, no);
    if (!v) return [];
    return Array.from({ length: v.rowCount }, (_, r) => {
      const label = functionRowLabel(v, r);
      return mismatch(ROW_BASIC_PLUS_PROJECT, v.figure(r, 2, `${label} 合计`), v.sumFigure([[r, 3], [r, 4]], `${label} 基本支出 + 项目支出`), { tables: [no] });
    });
  });
  return outcome(ROW_BASIC_PLUS_PROJECT, failures, { tables: [3, 5, 8] });
}

const TREE_COLUMNS: Record<number, [number, string][]> = {
  2: [[2, '本年收入合计'], [3, '一般公共预算'], [4, '政府性基金'], [5, '国有资本经营预算'], [6, '财政专户管理资金'], [7, '单位资金'], [8, '上年结转']],
  3: KIND_COLUMNS,
  5: KIND_COLUMNS,
  8: KIND_COLUMNS,
};

export function functionTreeSums(tables: readonly DerivedTable[]): CheckResult[] {
  const failures = Object.entries(TREE_COLUMNS).flatMap(([key, columns]) => {
    const no = Number(key);
    const v = tableView(tables, no);
    if (!v) return [];
    const rows = functionRows(v);
    const parents: [number, string, number[]][] = [[0, '合计', [...rows].filter(([c]) => c.length === 3).map(([, r]) => r)]];
    for (const [code, r] of rows) {
      const children = [...rows].filter(([c]) => c.length === code.length + 2 && c.startsWith(code)).map(([, cr]) => cr);
      if (code.length < 7 && children.length > 0) parents.push([r, functionRowLabel(v, r), children]);
    }
    return parents.flatMap(([r, label, children]) =>
      columns.map(([c, col]) =>
        mismatch(FUNCTION_TREE_SUMS, v.figure(r, c, `${label} ${col}`), v.sumFigure(children.map((cr) => [cr, c]), `${label} 下级科目之和 ${col}`), { tables: [no] }),
      ),
    );
  });
  return outcome(FUNCTION_TREE_SUMS, failures, { tables: [2, 3, 5, 8] });
}

/** Table 5 must equal table 3 less what the lines book outside 一般公共预算 当年 on the same row. */
export function table5OfTable3(tables: readonly DerivedTable[], lines: readonly ExpenditureLine[]): CheckResult[] {
  const t3 = tableView(tables, 3);
  const t5 = tableView(tables, 5);
  if (!t3 || !t5) return [];
  const rows3 = functionRows(t3);
  const rows5 = functionRows(t5);
  const codes = [...new Set(['', ...rows3.keys(), ...rows5.keys()])];
  const kinds = [undefined, 'BASIC', 'PROJECT'] as const;
  const failures = codes.flatMap((code) =>
    KIND_COLUMNS.map(([c, col], i) => {
      const r3 = code === '' ? 0 : rows3.get(code) ?? -1;
      const r5 = code === '' ? 0 : rows5.get(code) ?? -1;
      const label = code === '' ? '合计' : functionRowLabel(r5 >= 0 ? t5 : t3, r5 >= 0 ? r5 : r3);
      const other = sum(
        lines
          .filter((l) => matches(l, { functionPrefix: code || undefined, kind: kinds[i] }))
          .filter((l) => !(l.source === 'GENERAL' && l.timing === 'CURRENT'))
          .map((l) => l.amount),
      );
      const part = t3.value(r3, c).minus(other);
      const source3 = r3 >= 0 ? `表三 第${r3 + 1}行 第${c + 1}列` : '表三 无此行';
      const expected = figure(`表三 ${label} ${col}中一般公共预算当年部分`, `${source3}，减去支出明细中其他来源及上年结转`, part);
      const actual = r5 >= 0 ? t5.figure(r5, c, `${label} ${col}`) : figure(`表五 ${label} ${col}`, '表五 无此行', ZERO);
      return mismatch(T5_GENERAL_CURRENT_OF_T3, actual, expected, { tables: [3, 5] });
    }),
  );
  return outcome(T5_GENERAL_CURRENT_OF_T3, failures, { tables: [3, 5] });
}

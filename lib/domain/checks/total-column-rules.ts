// Every 合计 column equals its source columns, and every 部门/单位 row equals the rows under it.
import type { CheckResult, DerivedTable, DisclosureInput } from '../types';
import { comparer, outcome, rule } from './check-result';
import { range, tableView, type TableView } from './table-view';

export const ROW_SOURCE_COLUMNS = rule('ROW_SOURCE_COLUMNS', '各行合计等于各资金来源之和');
export const SUBTOTAL_ROWS = rule('SUBTOTAL_ROWS', '部门及单位小计行等于所含各行之和');

interface TotalColumnSpec {
  no: number;
  from: number; // first body row (tables 12/13 start with a column-number row)
  total: number;
  parts: number[];
  label: (v: TableView, r: number) => string;
  skip?: (v: TableView, r: number) => boolean;
}

const firstCell = (v: TableView, r: number) => v.text(r, 0);
const TOTAL_COLUMN_SPECS: TotalColumnSpec[] = [
  { no: 2, from: 0, total: 2, parts: [3, 4, 5, 6, 7], label: (v, r) => `${v.text(r, 0)} ${v.text(r, 1)}`.trim() },
  { no: 4, from: 0, total: 3, parts: [4, 5, 6], label: (v, r) => v.text(r, 2), skip: (v, r) => v.text(r, 2) === '' },
  { no: 10, from: 0, total: 1, parts: [2, 3, 4], label: firstCell },
  { no: 11, from: 0, total: 1, parts: [2, 3, 4], label: firstCell },
  { no: 12, from: 1, total: 1, parts: [2, 3, 4, 5, 6], label: firstCell },
  { no: 13, from: 1, total: 1, parts: [2, 3, 4], label: firstCell },
];

export function sourceColumns(tables: readonly DerivedTable[]): CheckResult[] {
  const failures = TOTAL_COLUMN_SPECS.flatMap(({ no, from, total, parts, label, skip }) => {
    const v = tableView(tables, no);
    if (!v) return [];
    const check = comparer(ROW_SOURCE_COLUMNS, { tables: [no] });
    return range(from, v.rowCount)
      .filter((r) => !skip?.(v, r))
      .map((r) => {
        if (v.equalsColumns(r, total, parts)) return null; // equal: no figure, no text
        const cells = parts.map((c): [number, number] => [r, c]);
        const name = () => label(v, r);
        return check(
          v.figure(r, total, () => `${name()} 合计`),
          v.sumFigure(cells, () => `${name()} 各资金来源之和`),
        );
      });
  });
  return outcome(ROW_SOURCE_COLUMNS, failures, { tables: TOTAL_COLUMN_SPECS.map((s) => s.no) });
}

/** Unit blocks of tables 12/13: each unit row and the project rows under it. */
export function unitBlocks(v: TableView, unitNames: readonly string[], from: number): { row: number; members: number[] }[] {
  const names = new Set(unitNames);
  const unitRows = range(from, v.rowCount).filter((r) => names.has(v.text(r, 0)));
  return unitRows.map((row, i) => ({ row, members: range(row + 1, unitRows[i + 1] ?? v.rowCount) }));
}

const FISCAL_HEADS = ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'];
const T12_HEADS = [...FISCAL_HEADS, '财政专户管理资金', '单位资金'];

function rowEqualsMembers(v: TableView, row: number, members: number[], heads: string[], what: string) {
  const check = comparer(SUBTOTAL_ROWS, { tables: [v.table.no] });
  const name = v.text(row, 0);
  return heads.map((head, i) => {
    if (v.equalsRows(row, i + 1, members)) return null; // equal: no figure, no text
    const cells = members.map((m): [number, number] => [m, i + 1]);
    return check(
      v.figure(row, i + 1, () => `${name} ${head}`),
      v.sumFigure(cells, () => `${name} ${what}之和 ${head}`),
    );
  });
}

export function subtotalRows(input: DisclosureInput, tables: readonly DerivedTable[]): CheckResult[] {
  const unitNames = input.units.map((u) => u.unit.name);
  const failures: ReturnType<ReturnType<typeof comparer>>[] = [];
  const t11 = tableView(tables, 11);
  if (t11) failures.push(...rowEqualsMembers(t11, 0, range(1, t11.rowCount), FISCAL_HEADS, '各单位'));
  const t12 = tableView(tables, 12);
  for (const b of t12 ? unitBlocks(t12, unitNames, 1) : []) {
    failures.push(...rowEqualsMembers(t12!, b.row, b.members, T12_HEADS, '所含项目'));
  }
  const t13 = tableView(tables, 13);
  if (t13 && t13.rowCount > 1) {
    // Row 1 is the department; its units start at row 2 (for a unit document, the same name twice).
    const blocks = unitBlocks(t13, unitNames, 2);
    failures.push(
      ...rowEqualsMembers(
        t13,
        1,
        blocks.map((b) => b.row),
        FISCAL_HEADS,
        '各单位',
      ),
    );
    for (const b of blocks) failures.push(...rowEqualsMembers(t13, b.row, b.members, FISCAL_HEADS, '所含项目'));
  }
  return outcome(SUBTOTAL_ROWS, failures, { tables: [11, 12, 13] });
}

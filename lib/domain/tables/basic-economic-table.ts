// Table 6: 一般公共预算安排基本支出分经济科目表（不含上年结转）.
import { compareText } from '../collation';
import type { Cents } from './cents';
import type { DerivedTable } from '../types';
import type { EconPair, TableContext } from './context';
import { amount, buildTable, header, text, type Cell } from './layout';

const GENERAL_CURRENT_BASIC = { sources: ['GENERAL'], timing: 'CURRENT', kind: 'BASIC' } as const;

interface Split {
  personnel: Cents;
  public: Cents;
}

function splitCells(split: Split): Cell[] {
  return [amount(split.personnel + split.public), amount(split.personnel), amount(split.public)];
}

function addTo(split: Split, personnel: boolean, value: Cents): void {
  if (personnel) split.personnel += value;
  else split.public += value;
}

export function basicEconomicTable(ctx: TableContext): DerivedTable {
  const pairs: { pair: EconPair; value: Cents }[] = [];
  for (const pair of ctx.basicByEconPair.values()) {
    const value = pair.slice.total(GENERAL_CURRENT_BASIC);
    if (value !== 0n) pairs.push({ pair, value });
  }
  pairs.sort((a, b) => compareText(a.pair.deptCode, b.pair.deptCode) || compareText(a.pair.govCode, b.pair.govCode));

  const total: Split = { personnel: 0n, public: 0n };
  const classes = new Map<string, { split: Split; rows: Cell[][] }>();
  for (const { pair, value } of pairs) {
    const classCode = pair.deptCode.slice(0, 3);
    let group = classes.get(classCode);
    if (!group) {
      group = { split: { personnel: 0n, public: 0n }, rows: [] };
      classes.set(classCode, group);
    }
    addTo(group.split, pair.personnel, value);
    addTo(total, pair.personnel, value);
    const own: Split = { personnel: 0n, public: 0n };
    addTo(own, pair.personnel, value);
    group.rows.push([text(ctx.deptEconName(pair.deptCode)), text(ctx.govEconName(pair.govCode)), ...splitCells(own)]);
  }

  const rows: Cell[][] = [[text('合计'), text(''), ...splitCells(total)]];
  for (const [classCode, group] of classes) {
    rows.push([text(ctx.deptEconName(classCode)), text(''), ...splitCells(group.split)], ...group.rows);
  }
  return buildTable(ctx, {
    no: 6,
    title: `${ctx.year}年一般公共预算安排基本支出分经济科目表（不含上年结转）`,
    header: [
      [header('部门预算支出经济科目名称', { rowSpan: 2 }), header('政府预算支出经济科目名称', { rowSpan: 2 }), header(`${ctx.year}年预算数`, { colSpan: 3 })],
      ['合计', '人员经费', '公用经费'].map((t) => header(t)),
    ],
    rows,
    empty: pairs.length === 0,
  });
}

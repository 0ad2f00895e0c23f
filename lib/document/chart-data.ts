import { percent, sum, wan, yuan } from '../domain/money';
import type { DerivedDocument, PriorYearFigures } from '../domain/types';

// Chart figures are read from the frozen tables' exact 元 values, never recomputed from lines.

export interface ChartSlice {
  name: string;
  yuan: string; // exact 元
  wan: string; // 万元 as displayed
  share: string; // "74.50%"
}

const TABLE_GENERAL = 5; // 一般公共预算支出预算表（不含上年结转）
const TABLE_THREE_PUBLIC = 10; // 财政拨款安排“三公”经费支出预算表

/** 一般公共预算当年拨款 by 功能类 (3-digit rows of table 5), with each class's share of the total. */
export function generalStructureSlices(doc: DerivedDocument): ChartSlice[] {
  const t = doc.tables.find((x) => x.no === TABLE_GENERAL);
  if (!t || t.empty) return [];
  const classes = t.rows
    .map((row, r) => ({ code: row[0], name: row[1], exact: t.exact[r]?.[2] ?? null }))
    .filter((c) => /^\d{3}$/.test(c.code) && c.exact !== null && !yuan(c.exact).isZero());
  const total = sum(classes.map((c) => c.exact!));
  return classes.map((c) => ({ name: c.name, yuan: c.exact!, wan: wan(c.exact!), share: percent(c.exact!, total) }));
}

export interface ThreePublicItem {
  name: string;
  current: string; // 元
  prior: string | null; // 元, null when the prior year is not known
}

const THREE_PUBLIC_ROWS: { label: string; match: (text: string) => boolean; prior: keyof PriorYearFigures['threePublic'] }[] = [
  { label: '因公出国（境）费', match: (s) => s.startsWith('因公出国'), prior: 'abroad' },
  { label: '公务接待费', match: (s) => s === '公务接待费', prior: 'reception' },
  { label: '公务用车购置费', match: (s) => s.includes('公务用车购置费'), prior: 'vehiclePurchase' },
  { label: '公务用车运行维护费', match: (s) => s.includes('运行维护费'), prior: 'vehicleOperation' },
];

/** The four 三公 items of table 10 (合计 column) beside the prior year's budget where the snapshot has it. */
export function threePublicItems(doc: DerivedDocument, prior: PriorYearFigures['threePublic'] | null): ThreePublicItem[] {
  const t = doc.tables.find((x) => x.no === TABLE_THREE_PUBLIC);
  if (!t) return [];
  return THREE_PUBLIC_ROWS.map((item) => {
    const r = t.rows.findIndex((row) => item.match(row[0]));
    const current = r >= 0 ? (t.exact[r]?.[1] ?? '0') : '0';
    return { name: item.label, current, prior: prior ? prior[item.prior] : null };
  });
}

export function allZero(values: (string | null)[]): boolean {
  return values.every((v) => v === null || yuan(v).isZero());
}

import type { Indicator } from '../types';
import { INDICATOR_TREE } from './indicator-tree';
import { formatIndicatorValue } from './indicator-value';
import type { PerformanceIndicatorRow } from './performance-table';

type Pair = [Indicator | null, Indicator | null];

interface Group {
  level1: string;
  /** 二级 name → its 实施期 and 年度 indicators, in order. */
  level2: Map<string, { period: Indicator[]; year: Indicator[] }>;
}

/** 一级 → 二级 order: the standard tree first, then any other names in order of appearance (period, then year). */
function grouped(period: readonly Indicator[], year: readonly Indicator[]): Group[] {
  const groups: Group[] = INDICATOR_TREE.map((g) => ({ level1: g.level1, level2: new Map(g.level2.map((l2) => [l2, { period: [], year: [] }])) }));
  const byLevel1 = new Map(groups.map((g) => [g.level1, g]));
  for (const [list, side] of [
    [period, 'period'],
    [year, 'year'],
  ] as const) {
    for (const ind of list) {
      let group = byLevel1.get(ind.level1);
      if (!group) {
        group = { level1: ind.level1, level2: new Map() };
        groups.push(group);
        byLevel1.set(ind.level1, group);
      }
      let bucket = group.level2.get(ind.level2);
      if (!bucket) {
        bucket = { period: [], year: [] };
        group.level2.set(ind.level2, bucket);
      }
      bucket[side].push(ind);
    }
  }
  return groups;
}

/**
 * Pairs the 实施期 and 年度 indicators of one 二级 group row by row: an indicator of the year sits
 * beside the period indicator of the same name; the rest fill the free year cells in order.
 */
function pairRows(period: Indicator[], year: Indicator[]): Pair[] {
  const rows: Pair[] = period.map((p) => [p, null]);
  const unmatched: Indicator[] = [];
  for (const y of year) {
    const row = rows.find(([p, taken]) => taken === null && p !== null && p.name === y.name);
    if (row) row[1] = y;
    else unmatched.push(y);
  }
  for (const y of unmatched) {
    const free = rows.find(([, taken]) => taken === null);
    if (free) free[1] = y;
    else rows.push([null, y]);
  }
  return rows.length > 0 ? rows : [[null, null]];
}

export function indicatorRows(period: Indicator[], year: Indicator[]): PerformanceIndicatorRow[] {
  const out: PerformanceIndicatorRow[] = [];
  for (const group of grouped(period, year)) {
    const level1Start = out.length;
    for (const [level2, bucket] of group.level2) {
      const pairs = pairRows(bucket.period, bucket.year);
      for (let i = 0; i < pairs.length; i++) {
        const [p, y] = pairs[i];
        const span = i === 0 ? pairs.length : 0;
        out.push({
          level1: group.level1,
          level1RowSpan: 0,
          period: { level2, level2RowSpan: span, name: p?.name ?? '', value: p ? formatIndicatorValue(p.value) : '' },
          year: { level2, level2RowSpan: span, name: y?.name ?? '', value: y ? formatIndicatorValue(y.value) : '' },
        });
      }
    }
    out[level1Start].level1RowSpan = out.length - level1Start;
  }
  return out;
}

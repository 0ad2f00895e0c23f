import type { Indicator } from '../types';
import { INDICATOR_TREE } from './indicator-tree';
import { formatIndicatorValue } from './indicator-value';
import type { PerformanceIndicatorRow } from './performance-table';

type Pair = [Indicator | null, Indicator | null];

/** 一级 → 二级 order: the standard tree first, then any other names in order of appearance. */
function groupOrder(all: readonly Indicator[]): { level1: string; level2: string[] }[] {
  const groups = INDICATOR_TREE.map((g) => ({ level1: g.level1, level2: [...g.level2] }));
  for (const ind of all) {
    let group = groups.find((g) => g.level1 === ind.level1);
    if (!group) {
      group = { level1: ind.level1, level2: [] };
      groups.push(group);
    }
    if (!group.level2.includes(ind.level2)) group.level2.push(ind.level2);
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
  for (const group of groupOrder([...period, ...year])) {
    const level1Start = out.length;
    for (const level2 of group.level2) {
      const inGroup = (i: Indicator) => i.level1 === group.level1 && i.level2 === level2;
      const pairs = pairRows(period.filter(inGroup), year.filter(inGroup));
      pairs.forEach(([p, y], i) => {
        const span = i === 0 ? pairs.length : 0;
        out.push({
          level1: group.level1,
          level1RowSpan: 0,
          period: { level2, level2RowSpan: span, name: p?.name ?? '', value: p ? formatIndicatorValue(p.value) : '' },
          year: { level2, level2RowSpan: span, name: y?.name ?? '', value: y ? formatIndicatorValue(y.value) : '' },
        });
      });
    }
    out[level1Start].level1RowSpan = out.length - level1Start;
  }
  return out;
}

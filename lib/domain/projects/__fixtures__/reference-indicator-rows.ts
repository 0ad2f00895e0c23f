// The 绩效指标 rows as the first implementation built them (before the city-scale rewrite), kept as the oracle
// indicator-rows.test.ts compares the faster one with.
import type { Indicator } from '../../types';
import { INDICATOR_TREE } from '../indicator-tree';
import { formatIndicatorValue } from '../indicator-value';
import type { PerformanceIndicatorRow } from '../performance-table';

type Pair = [Indicator | null, Indicator | null];

interface Bucket {
  period: Indicator[];
  year: Indicator[];
}

interface Group {
  level1: string;
  /** 二级 names in order, and their 实施期 and 年度 indicators (undefined while a name has none). */
  level2: string[];
  buckets: (Bucket | undefined)[];
}

const NO_INDICATORS: Indicator[] = [];

/** Position of each standard 一级 in the tree and of each standard 二级 within its 一级. */
const STANDARD_GROUPS = new Map(INDICATOR_TREE.map((g, i) => [g.level1, { index: i, level2: new Map(g.level2.map((l2, j) => [l2, j])) }]));

/**
 * 一级 → 二级 order: the standard tree first, then any other names in order of appearance (period, then year).
 * A city derives thousands of these tables: the standard names are found through a map made once.
 */
function grouped(period: readonly Indicator[], year: readonly Indicator[]): Group[] {
  const groups: Group[] = INDICATOR_TREE.map((g) => ({ level1: g.level1, level2: [...g.level2], buckets: [] }));
  for (let side = 0; side < 2; side++) {
    for (const ind of side === 0 ? period : year) {
      const standard = STANDARD_GROUPS.get(ind.level1);
      let group = standard ? groups[standard.index] : groups.find((g) => g.level1 === ind.level1);
      if (!group) {
        group = { level1: ind.level1, level2: [], buckets: [] };
        groups.push(group);
      }
      let at = standard?.level2.get(ind.level2) ?? group.level2.indexOf(ind.level2);
      if (at < 0) at = group.level2.push(ind.level2) - 1;
      const bucket = (group.buckets[at] ??= { period: [], year: [] });
      (side === 0 ? bucket.period : bucket.year).push(ind);
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
  let unmatched: Indicator[] | null = null;
  for (const y of year) {
    let row = 0;
    while (row < rows.length && !(rows[row][1] === null && rows[row][0]?.name === y.name)) row++;
    if (row < rows.length) rows[row][1] = y;
    else (unmatched ??= []).push(y);
  }
  for (const y of unmatched ?? NO_INDICATORS) {
    let row = 0;
    while (row < rows.length && rows[row][1] !== null) row++;
    if (row < rows.length) rows[row][1] = y;
    else rows.push([null, y]);
  }
  return rows.length > 0 ? rows : [[null, null]];
}

export function referenceIndicatorRows(period: Indicator[], year: Indicator[]): PerformanceIndicatorRow[] {
  const out: PerformanceIndicatorRow[] = [];
  for (const group of grouped(period, year)) {
    const level1Start = out.length;
    for (let l2 = 0; l2 < group.level2.length; l2++) {
      const level2 = group.level2[l2];
      const bucket = group.buckets[l2];
      const pairs = pairRows(bucket?.period ?? NO_INDICATORS, bucket?.year ?? NO_INDICATORS);
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

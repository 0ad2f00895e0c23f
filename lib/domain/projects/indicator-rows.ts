import type { Indicator } from '../types';
import { INDICATOR_TREE } from './indicator-tree';
import { formatIndicatorValue } from './indicator-value';
import type { IndicatorCell, PerformanceIndicatorRow } from './performance-table';

interface Bucket {
  period: Indicator[];
  year: Indicator[];
}

interface Group {
  level1: string;
  /** 二级 names in order (the standard tree's own array until a name outside it is added). */
  level2: readonly string[];
  ownLevel2: boolean;
  /** 实施期 and 年度 indicators per 二级 (undefined while a name has none). */
  buckets: (Bucket | undefined)[];
}

const NO_INDICATORS: Indicator[] = [];

/** Position of each standard 一级 in the tree and of each standard 二级 within its 一级. */
const STANDARD_GROUPS = new Map(INDICATOR_TREE.map((g, i) => [g.level1, { index: i, level2: new Map(g.level2.map((l2, j) => [l2, j])) }]));

/**
 * 一级 → 二级 order: the standard tree first, then any other names in order of appearance (period, then year).
 * A city derives thousands of these tables: the standard names are found through a map made once, and the
 * tree's arrays are shared until a table adds a name of its own.
 */
function grouped(period: readonly Indicator[], year: readonly Indicator[]): Group[] {
  const groups: Group[] = INDICATOR_TREE.map((g) => ({ level1: g.level1, level2: g.level2, ownLevel2: false, buckets: [] }));
  for (let side = 0; side < 2; side++) {
    for (const ind of side === 0 ? period : year) {
      const standard = STANDARD_GROUPS.get(ind.level1);
      let group = standard ? groups[standard.index] : groups.find((g) => g.level1 === ind.level1);
      if (!group) {
        group = { level1: ind.level1, level2: [], ownLevel2: true, buckets: [] };
        groups.push(group);
      }
      let at = standard?.level2.get(ind.level2) ?? group.level2.indexOf(ind.level2);
      if (at < 0) {
        if (!group.ownLevel2) {
          group.level2 = [...group.level2];
          group.ownLevel2 = true;
        }
        at = (group.level2 as string[]).push(ind.level2) - 1;
      }
      const bucket = (group.buckets[at] ??= { period: [], year: [] });
      (side === 0 ? bucket.period : bucket.year).push(ind);
    }
  }
  return groups;
}

/**
 * The 年度 indicator beside each 实施期 indicator of one 二级 group, row by row: an indicator of the year sits
 * beside the period indicator of the same name; the rest fill the free year cells in order, then rows of their own
 * (returned as `extra`).
 */
function pairYears(period: readonly Indicator[], year: readonly Indicator[]): { beside: (Indicator | null)[]; extra: Indicator[] } {
  const beside: (Indicator | null)[] = period.map(() => null);
  let unmatched: Indicator[] | null = null;
  for (const y of year) {
    let row = 0;
    while (row < period.length && !(beside[row] === null && period[row].name === y.name)) row++;
    if (row < period.length) beside[row] = y;
    else (unmatched ??= []).push(y);
  }
  const extra: Indicator[] = [];
  let free = 0;
  for (const y of unmatched ?? NO_INDICATORS) {
    while (free < beside.length && beside[free] !== null) free++;
    if (free < beside.length) beside[free] = y;
    else extra.push(y);
  }
  return { beside, extra };
}

const cell = (level2: string, level2RowSpan: number, ind: Indicator | null): IndicatorCell => ({
  level2,
  level2RowSpan,
  name: ind?.name ?? '',
  value: ind ? formatIndicatorValue(ind.value) : '',
});

export function indicatorRows(period: Indicator[], year: Indicator[]): PerformanceIndicatorRow[] {
  const out: PerformanceIndicatorRow[] = [];
  for (const group of grouped(period, year)) {
    const level1Start = out.length;
    const level1 = group.level1;
    for (let l2 = 0; l2 < group.level2.length; l2++) {
      const level2 = group.level2[l2];
      const bucket = group.buckets[l2];
      if (!bucket) {
        // A 二级 without indicators prints one blank row.
        out.push({ level1, level1RowSpan: 0, period: cell(level2, 1, null), year: cell(level2, 1, null) });
        continue;
      }
      const { beside, extra } = pairYears(bucket.period, bucket.year);
      const span = Math.max(1, beside.length + extra.length);
      if (beside.length + extra.length === 0) {
        out.push({ level1, level1RowSpan: 0, period: cell(level2, 1, null), year: cell(level2, 1, null) });
        continue;
      }
      for (let i = 0; i < beside.length; i++) {
        const s = i === 0 ? span : 0;
        out.push({ level1, level1RowSpan: 0, period: cell(level2, s, bucket.period[i]), year: cell(level2, s, beside[i]) });
      }
      for (let i = 0; i < extra.length; i++) {
        const s = beside.length + i === 0 ? span : 0;
        out.push({ level1, level1RowSpan: 0, period: cell(level2, s, null), year: cell(level2, s, extra[i]) });
      }
    }
    out[level1Start].level1RowSpan = out.length - level1Start;
  }
  return out;
}

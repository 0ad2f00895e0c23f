import type { Indicator } from '../types';
import { INDICATOR_TREE } from './indicator-tree';
import { formatIndicatorValue } from './indicator-value';
import type { IndicatorCell, PerformanceIndicatorRow } from './performance-table';

interface Group {
  level1: string;
  /** 二级 names in order (the standard tree's own array until a name outside it is added). */
  level2: readonly string[];
  /** The slot of each 二级, as indicators are marked with it. */
  slots: readonly number[];
}

const NO_INDICATORS: readonly Indicator[] = [];

/** Every standard 二级 has a slot, numbered in tree order; a table's other names get the next numbers. */
const STANDARD_GROUPS: readonly Group[] = (() => {
  let next = 0;
  return INDICATOR_TREE.map((g) => ({ level1: g.level1, level2: g.level2, slots: g.level2.map(() => next++) }));
})();
const STANDARD_SLOT_COUNT = STANDARD_GROUPS.reduce((n, g) => n + g.slots.length, 0);
const STANDARD_INDEX = new Map(STANDARD_GROUPS.map((g, i) => [g.level1, { index: i, level2: new Map(g.level2.map((l2, j) => [l2, g.slots[j]])) }]));

/**
 * 一级 → 二级 order: the standard tree first, then any other names in order of appearance (period, then year), and
 * the slot of every indicator (period first, then year). A city derives thousands of these tables: the standard
 * names are found through maps made once, and the tree is shared until a table adds a name of its own.
 */
function grouped(period: readonly Indicator[], year: readonly Indicator[]): { groups: Group[]; slotOf: number[]; slotCount: number } {
  let groups: Group[] = STANDARD_GROUPS as Group[];
  const own = () => {
    if (groups === STANDARD_GROUPS) groups = STANDARD_GROUPS.map((g) => ({ ...g }));
  };
  let nextSlot = STANDARD_SLOT_COUNT;
  const slotOf = new Array<number>(period.length + year.length);
  for (let i = 0; i < slotOf.length; i++) {
    const ind = i < period.length ? period[i] : year[i - period.length];
    const standard = STANDARD_INDEX.get(ind.level1);
    const slot = standard?.level2.get(ind.level2);
    if (slot !== undefined) {
      slotOf[i] = slot;
      continue;
    }
    own();
    let group = standard ? groups[standard.index] : groups.find((g) => g.level1 === ind.level1);
    if (!group) groups.push((group = { level1: ind.level1, level2: [], slots: [] }));
    let at = group.level2.indexOf(ind.level2);
    if (at < 0) {
      group.level2 = [...group.level2, ind.level2];
      group.slots = [...group.slots, nextSlot++];
      at = group.level2.length - 1;
    }
    slotOf[i] = group.slots[at];
  }
  return { groups, slotOf, slotCount: nextSlot };
}

/** The indicators of `list` (marked from `offset` in slotOf) by slot, each slot's in order; two passes, exact sizes. */
function bySlot(list: readonly Indicator[], slotOf: number[], offset: number, slotCount: number): (readonly Indicator[] | undefined)[] {
  if (list.length === 0) return [];
  const counts = new Array<number>(slotCount).fill(0);
  for (let i = 0; i < list.length; i++) counts[slotOf[offset + i]]++;
  const found: (Indicator[] | undefined)[] = new Array(slotCount);
  const filled = new Array<number>(slotCount).fill(0);
  for (let i = 0; i < list.length; i++) {
    const slot = slotOf[offset + i];
    (found[slot] ??= new Array<Indicator>(counts[slot]))[filled[slot]++] = list[i];
  }
  return found;
}

/**
 * The 年度 indicator beside each 实施期 indicator of one 二级 group, row by row: an indicator of the year sits
 * beside the period indicator of the same name; the rest fill the free year cells in order, then rows of their own
 * (`extra`).
 */
function pairYears(period: readonly Indicator[], year: readonly Indicator[]): { beside: (Indicator | null)[]; extra: Indicator[] | null } {
  const beside: (Indicator | null)[] = new Array(period.length).fill(null);
  let unmatched: Indicator[] | null = null;
  for (const y of year) {
    let row = 0;
    while (row < period.length && !(beside[row] === null && period[row].name === y.name)) row++;
    if (row < period.length) beside[row] = y;
    else (unmatched ??= []).push(y);
  }
  let extra: Indicator[] | null = null;
  let free = 0;
  for (const y of unmatched ?? NO_INDICATORS) {
    while (free < beside.length && beside[free] !== null) free++;
    if (free < beside.length) beside[free] = y;
    else (extra ??= []).push(y);
  }
  return { beside, extra };
}

const cell = (level2: string, level2RowSpan: number, ind: Indicator): IndicatorCell => ({
  level2,
  level2RowSpan,
  name: ind.name,
  value: formatIndicatorValue(ind.value),
});

/** The cell of a 二级 without an indicator on its row: one frozen object per standard name and span (no reader changes a cell). */
const blankCells = new Map<string, Map<number, IndicatorCell>>(STANDARD_GROUPS.flatMap((g) => g.level2.map((l2) => [l2, new Map()])));
function blank(level2: string, level2RowSpan: number): IndicatorCell {
  const bySpan = blankCells.get(level2);
  let found = bySpan?.get(level2RowSpan);
  if (!found) {
    found = Object.freeze({ level2, level2RowSpan, name: '', value: '' });
    bySpan?.set(level2RowSpan, found);
  }
  return found;
}

export function indicatorRows(period: Indicator[], year: Indicator[]): PerformanceIndicatorRow[] {
  const out: PerformanceIndicatorRow[] = [];
  const { groups, slotOf, slotCount } = grouped(period, year);
  const periodBySlot = bySlot(period, slotOf, 0, slotCount);
  const yearBySlot = bySlot(year, slotOf, period.length, slotCount);
  for (const group of groups) {
    const level1Start = out.length;
    const level1 = group.level1;
    for (let l2 = 0; l2 < group.level2.length; l2++) {
      const level2 = group.level2[l2];
      const slot = group.slots[l2];
      const periodHere = periodBySlot[slot] ?? NO_INDICATORS;
      const yearHere = yearBySlot[slot] ?? NO_INDICATORS;
      if (periodHere.length + yearHere.length === 0) {
        // A 二级 without indicators prints one blank row.
        out.push({ level1, level1RowSpan: 0, period: blank(level2, 1), year: blank(level2, 1) });
        continue;
      }
      const { beside, extra } = pairYears(periodHere, yearHere);
      const span = beside.length + (extra?.length ?? 0);
      for (let i = 0; i < beside.length; i++) {
        const s = i === 0 ? span : 0;
        const y = beside[i];
        out.push({ level1, level1RowSpan: 0, period: cell(level2, s, periodHere[i]), year: y ? cell(level2, s, y) : blank(level2, s) });
      }
      for (let i = 0; i < (extra?.length ?? 0); i++) {
        const s = beside.length + i === 0 ? span : 0;
        out.push({ level1, level1RowSpan: 0, period: blank(level2, s), year: cell(level2, s, extra![i]) });
      }
    }
    out[level1Start].level1RowSpan = out.length - level1Start;
  }
  return out;
}

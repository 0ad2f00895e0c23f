import type { LineFilter } from '../aggregate';
import type { FundSource, FundTiming, SpendingKind } from '../types';
import type { Cents } from './cents';

export const ALL_SOURCES: readonly FundSource[] = ['GENERAL', 'GOV_FUND', 'STATE_CAPITAL', 'SPECIAL_ACCOUNT', 'UNIT_OWN'];
const TIMINGS: readonly FundTiming[] = ['CURRENT', 'CARRYOVER'];
const KINDS: readonly SpendingKind[] = ['BASIC', 'PROJECT'];

const SOURCE_INDEX: Record<FundSource, number> = {
  GENERAL: 0,
  GOV_FUND: 1,
  STATE_CAPITAL: 2,
  SPECIAL_ACCOUNT: 3,
  UNIT_OWN: 4,
};
const TIMING_INDEX: Record<FundTiming, number> = { CURRENT: 0, CARRYOVER: 1 };
const KIND_INDEX: Record<SpendingKind, number> = { BASIC: 0, PROJECT: 1 };

/** The dimensions of a line a table column selects on. */
export type SliceFilter = Pick<LineFilter, 'kind' | 'sources' | 'timing'>;

interface CellKey {
  source: FundSource;
  timing: FundTiming;
  kind: SpendingKind;
}
const CELL_KEYS: readonly CellKey[] = ALL_SOURCES.flatMap((source) => TIMINGS.flatMap((timing) => KINDS.map((kind) => ({ source, timing, kind }))));

function cellIndex(source: FundSource, timing: FundTiming, kind: SpendingKind): number {
  return SOURCE_INDEX[source] * 4 + TIMING_INDEX[timing] * 2 + KIND_INDEX[kind];
}

/** Cell indexes a filter selects, computed once per distinct filter object. */
const selectionCache = new WeakMap<SliceFilter, number[]>();
function selection(filter: SliceFilter): number[] {
  let indexes = selectionCache.get(filter);
  if (!indexes) {
    indexes = [];
    CELL_KEYS.forEach((key, i) => {
      if (filter.kind && key.kind !== filter.kind) return;
      if (filter.timing && key.timing !== filter.timing) return;
      if (filter.sources && !filter.sources.includes(key.source)) return;
      indexes!.push(i);
    });
    selectionCache.set(filter, indexes);
  }
  return indexes;
}

const ALL: SliceFilter = {};

/**
 * Exact sums (分) of a set of lines, split by 资金来源 × 当年/结转 × 基本/项目.
 * Invariant: every column a table prints is a sum of these exact cells, so no cell is ever
 * built from rounded figures.
 */
export class Slice {
  private readonly cells: Cents[] = CELL_KEYS.map(() => 0n);

  add(source: FundSource, timing: FundTiming, kind: SpendingKind, amount: Cents): void {
    this.cells[cellIndex(source, timing, kind)] += amount;
  }

  addSlice(other: Slice): void {
    for (let i = 0; i < this.cells.length; i++) this.cells[i] += other.cells[i];
  }

  total(filter: SliceFilter = ALL): Cents {
    let result = 0n;
    for (const i of selection(filter)) result += this.cells[i];
    return result;
  }
}

export const EMPTY_SLICE: Slice = new Slice();

/** The slice stored under key, created on first use. */
export function sliceFor<K>(map: Map<K, Slice>, key: K): Slice {
  let slice = map.get(key);
  if (!slice) {
    slice = new Slice();
    map.set(key, slice);
  }
  return slice;
}

import type { LineFilter } from '../aggregate';
import type { FundSource, FundTiming, SpendingKind } from '../types';
import type { Cents, ExactCents } from './cents';

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
 * built from rounded figures. A cell holds its 分 as an integer number while the sum stays a safe
 * integer (every addition of two safe integers is then exact), and carries whatever would leave
 * that range over to a BigInt, so a sum is never rounded; a city's 10^5 additions stay off the heap.
 */
export class Slice {
  private readonly cells: number[] = CELL_KEYS.map(() => 0);
  private carried: Cents[] | null = null;

  add(source: FundSource, timing: FundTiming, kind: SpendingKind, amount: Cents | number): void {
    this.addCell(cellIndex(source, timing, kind), amount);
  }

  /** The cell a line adds to (Slice.cellOf), for adding one line to several slices. */
  static cellOf(source: FundSource, timing: FundTiming, kind: SpendingKind): number {
    return cellIndex(source, timing, kind);
  }

  addAt(cell: number, amount: Cents | number): void {
    this.addCell(cell, amount);
  }

  addSlice(other: Slice): void {
    for (let i = 0; i < this.cells.length; i++) {
      this.addCell(i, other.cells[i]);
      if (other.carried) this.carry(i, other.carried[i]);
    }
  }

  total(filter: SliceFilter = ALL): Cents {
    let result = 0;
    let big = 0n;
    for (const i of selection(filter)) {
      const next = result + this.cells[i];
      if (Number.isSafeInteger(next)) result = next;
      else {
        big += BigInt(result) + BigInt(this.cells[i]);
        result = 0;
      }
      if (this.carried) big += this.carried[i];
    }
    return big + BigInt(result);
  }

  /** total() as an integer number while it is a safe integer (no BigInt made on the way), else as Cents. */
  exactTotal(filter: SliceFilter = ALL): ExactCents {
    if (this.carried) return this.total(filter);
    let result = 0;
    for (const i of selection(filter)) {
      result += this.cells[i];
      // Every partial sum inside the safe range is exact; past it, the exact BigInt path decides.
      if (!Number.isSafeInteger(result)) return this.total(filter);
    }
    return result;
  }

  private addCell(i: number, amount: Cents | number): void {
    if (typeof amount === 'bigint') {
      if (amount >= MIN_SAFE && amount <= MAX_SAFE) amount = Number(amount);
      else return this.carry(i, amount);
    }
    const next = this.cells[i] + amount;
    if (Number.isSafeInteger(next)) this.cells[i] = next;
    else {
      this.carry(i, BigInt(this.cells[i]) + BigInt(amount));
      this.cells[i] = 0;
    }
  }

  private carry(i: number, amount: Cents): void {
    if (amount === 0n) return;
    this.carried ??= CELL_KEYS.map(() => 0n);
    this.carried[i] += amount;
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

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

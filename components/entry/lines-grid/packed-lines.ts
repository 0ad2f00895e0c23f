import type { ExpenditureLine, FundSource, FundTiming, SpendingKind } from '@/lib/domain/types';
import type { GridLine } from './grid-model';

// Thousands of lines cross the server/client boundary in the page: each column's distinct values are sent
// once and a line carries its key, an index into each column's values and its amount (about a third of the
// size of a line as an array of strings, a fifth of a line as an object).

export interface PackedLines {
  values: {
    functionCode: string[];
    kind: SpendingKind[];
    projectCode: (string | null)[];
    deptEconCode: string[];
    govEconCode: string[];
    source: FundSource[];
    timing: FundTiming[];
  };
  /** Per line: key, the seven column indexes in the order of `values`, amount (元). */
  rows: [string, number, number, number, number, number, number, number, string][];
}

function dictionary<T>(): { values: T[]; indexOf: (v: T) => number } {
  const values: T[] = [];
  const at = new Map<T, number>();
  return {
    values,
    indexOf(v) {
      let i = at.get(v);
      if (i === undefined) {
        i = values.push(v) - 1;
        at.set(v, i);
      }
      return i;
    },
  };
}

export function packLines(lines: readonly ExpenditureLine[]): PackedLines {
  const f = dictionary<string>();
  const k = dictionary<SpendingKind>();
  const p = dictionary<string | null>();
  const d = dictionary<string>();
  const g = dictionary<string>();
  const s = dictionary<FundSource>();
  const t = dictionary<FundTiming>();
  const rows = lines.map((l): PackedLines['rows'][number] => [
    l.id,
    f.indexOf(l.functionCode),
    k.indexOf(l.kind),
    p.indexOf(l.projectCode),
    d.indexOf(l.deptEconCode),
    g.indexOf(l.govEconCode),
    s.indexOf(l.source),
    t.indexOf(l.timing),
    l.amount,
  ]);
  return {
    values: {
      functionCode: f.values,
      kind: k.values,
      projectCode: p.values,
      deptEconCode: d.values,
      govEconCode: g.values,
      source: s.values,
      timing: t.values,
    },
    rows,
  };
}

export function unpackLines({ values: v, rows }: PackedLines): GridLine[] {
  return rows.map(([key, f, k, p, d, g, s, t, amount]) => ({
    key,
    functionCode: v.functionCode[f],
    kind: v.kind[k],
    projectCode: v.projectCode[p],
    deptEconCode: v.deptEconCode[d],
    govEconCode: v.govEconCode[g],
    source: v.source[s],
    timing: v.timing[t],
    amount,
  }));
}

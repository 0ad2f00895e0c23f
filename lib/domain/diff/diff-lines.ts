import { wanText, yuan } from '../money';
import type { ExpenditureLine } from '../types';

export interface AmountDelta {
  before: string; // 元
  after: string; // 元
  delta: string; // 元, after − before
  deltaWan: string; // 万元 as displayed, signed
}

export interface LineDiffEntry {
  id: string;
  /** As the user numbers lines: 第N行 of the new version, 原第N行 of the old one for a removed line. */
  rowLabel: string;
  kind: 'added' | 'removed' | 'changed';
  before: ExpenditureLine | null;
  after: ExpenditureLine | null;
  /** Field names that differ (changed lines only), e.g. ['amount', 'functionCode']. */
  fields: (keyof ExpenditureLine)[];
  amount: AmountDelta;
}

export interface LineDiff {
  entries: LineDiffEntry[];
  added: number;
  removed: number;
  changed: number;
  total: AmountDelta;
}

const FIELDS: (keyof ExpenditureLine)[] = ['functionCode', 'kind', 'projectCode', 'deptEconCode', 'govEconCode', 'source', 'timing', 'amount'];

export function amountDelta(before: string, after: string): AmountDelta {
  const d = yuan(after).minus(yuan(before));
  const sign = d.isPositive() && !d.isZero() ? '+' : '';
  return { before: yuan(before).toFixed(2), after: yuan(after).toFixed(2), delta: d.toFixed(2), deltaWan: `${sign}${wanText(d)}` };
}

/** Lines added, removed and changed between two versions, matched by line id; amounts exact in 元. */
export function diffLines(before: readonly ExpenditureLine[], after: readonly ExpenditureLine[]): LineDiff {
  const old = new Map(before.map((l) => [l.id, l]));
  const now = new Map(after.map((l) => [l.id, l]));
  const entries: LineDiffEntry[] = [];
  for (const [i, l] of after.entries()) {
    const o = old.get(l.id);
    const rowLabel = `第${i + 1}行`;
    if (!o) {
      entries.push({ id: l.id, rowLabel, kind: 'added', before: null, after: l, fields: [], amount: amountDelta('0', l.amount) });
      continue;
    }
    const fields = FIELDS.filter((f) => (f === 'amount' ? !yuan(o.amount).eq(yuan(l.amount)) : o[f] !== l[f]));
    if (fields.length > 0) entries.push({ id: l.id, rowLabel, kind: 'changed', before: o, after: l, fields, amount: amountDelta(o.amount, l.amount) });
  }
  for (const [i, o] of before.entries()) {
    if (!now.has(o.id))
      entries.push({ id: o.id, rowLabel: `原第${i + 1}行`, kind: 'removed', before: o, after: null, fields: [], amount: amountDelta(o.amount, '0') });
  }
  const sumOf = (ls: readonly ExpenditureLine[]) => ls.reduce((s, l) => s.plus(yuan(l.amount)), yuan(0)).toFixed(2);
  return {
    entries,
    added: entries.filter((e) => e.kind === 'added').length,
    removed: entries.filter((e) => e.kind === 'removed').length,
    changed: entries.filter((e) => e.kind === 'changed').length,
    total: amountDelta(sumOf(before), sumOf(after)),
  };
}

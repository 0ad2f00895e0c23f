import 'server-only';
import Decimal from 'decimal.js';
import { centsToYuan, parseCentsSmall } from '../../domain/tables/cents';
import type { ExpenditureLine, Project } from '../../domain/types';
import type { LineInput } from './line-rules';
import type { ProjectInput } from './project-rules';

/**
 * 追加: every line of the workbook is added to the budget's (a line key already taken gets a fresh one, so nothing
 * is overwritten), its projects are added and a project code the budget already has is updated from the file;
 * 整体替换: the workbook's lines and projects become the budget's.
 */
export type ImportMode = 'append' | 'replace';
export { IMPORT_MODE_LABELS } from '../../domain/entry-labels';

export interface BudgetContent {
  lines: LineInput[];
  projects: ProjectInput[];
}

export interface ImportSummary {
  mode: ImportMode;
  lines: { added: number; changed: number; removed: number; unchanged: number };
  projects: { added: string[]; changed: string[]; removed: string[] };
  /** 收支总计 in 元 (two decimals) before and after the import. */
  totalBefore: string;
  totalAfter: string;
}

export const lineOfStored = ({ id, ...l }: ExpenditureLine): LineInput => ({ key: id, ...l });
export const projectOfStored = ({ unitCode: _u, ...p }: Project): ProjectInput => p;

/** The budget's lines and projects after importing `incoming` over `current` in the given mode. */
export function planImport(current: BudgetContent, incoming: BudgetContent, mode: ImportMode): BudgetContent {
  if (mode === 'replace') return incoming;
  const codes = new Map(incoming.projects.map((p) => [p.code, p]));
  const taken = new Set([...current.lines, ...incoming.lines].map((l) => l.key));
  const seen = new Set(current.lines.map((l) => l.key));
  let n = 0;
  const freshKey = (key: string) => {
    let k: string;
    do k = `${key}-${++n}`;
    while (taken.has(k));
    taken.add(k);
    return k;
  };
  return {
    lines: [...current.lines, ...incoming.lines.map((l) => (seen.has(l.key) ? { ...l, key: freshKey(l.key) } : l))],
    projects: [...current.projects.map((p) => codes.get(p.code) ?? p), ...incoming.projects.filter((p) => !current.projects.some((c) => c.code === p.code))],
  };
}

/** A line's content as comparable text; the amount as its number of 分 (the file's 500000 equals the stored 500000.00). */
const lineText = (l: LineInput) =>
  JSON.stringify([l.functionCode, l.kind, l.projectCode ?? null, l.deptEconCode, l.govEconCode, l.source, l.timing, String(parseCentsSmall(l.amount, l.key))]);
/** A comparable form: keys sorted, empty values dropped, numbers as numbers (the file's 500000 equals the stored 500000.00). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== null && x !== undefined && x !== '')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, canonical(x)]),
    );
  }
  return typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? new Decimal(v).toString() : v;
}
const projectText = (p: ProjectInput) => JSON.stringify(canonical(p));
/** The lines' sum in 元 (two decimals), summed exactly in 分: safe integers, carried into a BigInt before they could overflow. */
function total(lines: readonly LineInput[]): string {
  let big = 0n;
  let small = 0;
  for (const l of lines) {
    const cents = parseCentsSmall(l.amount, l.key);
    if (typeof cents === 'bigint') big += cents;
    else if ((small += cents) > 2 ** 52) {
      big += BigInt(small);
      small = 0;
    }
  }
  return centsToYuan(big + BigInt(small));
}

/** What an import changes: lines by key, projects by code, and 收支总计. */
export function summariseImport(current: BudgetContent, target: BudgetContent, mode: ImportMode): ImportSummary {
  const before = new Map(current.lines.map((l) => [l.key, lineText(l)]));
  const after = new Map(target.lines.map((l) => [l.key, lineText(l)]));
  const lines = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const [k, t] of after) {
    if (!before.has(k)) lines.added += 1;
    else if (before.get(k) !== t) lines.changed += 1;
    else lines.unchanged += 1;
  }
  for (const k of before.keys()) if (!after.has(k)) lines.removed += 1;
  const pBefore = new Map(current.projects.map((p) => [p.code, projectText(p)]));
  const pAfter = new Map(target.projects.map((p) => [p.code, projectText(p)]));
  return {
    mode,
    lines,
    projects: {
      added: [...pAfter.keys()].filter((c) => !pBefore.has(c)),
      changed: [...pAfter.entries()].filter(([c, t]) => pBefore.has(c) && pBefore.get(c) !== t).map(([c]) => c),
      removed: [...pBefore.keys()].filter((c) => !pAfter.has(c)),
    },
    totalBefore: total(current.lines),
    totalAfter: total(target.lines),
  };
}

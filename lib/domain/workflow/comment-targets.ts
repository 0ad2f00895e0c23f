import type { ExpenditureLine } from '../types';
import { yuanText } from '../money';

// What a review comment points at, as the user reads it (第N行 with its codes, a project by name, 表N) and
// whether that target was changed after the return. A LINE comment stores the line key, a PROJECT comment the
// project code; both are resolved against the version the comment was written on.

export type CommentTargetKind = 'GENERAL' | 'TABLE' | 'LINE' | 'PROJECT';

/** The part of a UnitBudget a comment target is looked up in (a whole project is compared, whatever its fields). */
export interface CommentTargetUnit {
  lines: readonly ExpenditureLine[];
  projects: readonly { code: string; name: string }[];
}

export interface TargetOption {
  ref: string;
  label: string;
}

/** 第3行（2013801 / 30101 / 50101，1,200,000.00元）: the row as numbered in the version, with its codes. */
export function lineTargetLabel(index: number, line: ExpenditureLine): string {
  return `第${index + 1}行（${line.functionCode} / ${line.deptEconCode} / ${line.govEconCode}，${yuanText(line.amount)}元）`;
}

export function lineTargetOptions(unit: CommentTargetUnit): TargetOption[] {
  return unit.lines.map((l, i) => ({ ref: l.id, label: lineTargetLabel(i, l) }));
}

export function projectTargetOptions(unit: CommentTargetUnit): TargetOption[] {
  return unit.projects.map((p) => ({ ref: p.code, label: `${p.name}（${p.code}）` }));
}

/** The target as the reviewer and the accountant read it; the table titles come from the version's document. */
export function commentTargetLabel(
  target: CommentTargetKind,
  ref: string | null,
  unit: CommentTargetUnit | null,
  tableTitles: ReadonlyMap<string, string>,
): string {
  if (target === 'GENERAL') return '总体意见';
  if (target === 'TABLE') return tableTitles.get(ref ?? '') ? `表${ref} ${tableTitles.get(ref ?? '')}` : `表${ref}`;
  if (target === 'LINE') {
    const i = unit?.lines.findIndex((l) => l.id === ref) ?? -1;
    return unit && i >= 0 ? `支出明细${lineTargetLabel(i, unit.lines[i])}` : '支出明细行';
  }
  const p = unit?.projects.find((x) => x.code === ref);
  return p ? `项目“${p.name}”` : '项目';
}

/** JSON with object keys sorted, so a frozen copy and a fresh load of the same data compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function lineOf(unit: CommentTargetUnit, key: string): string | null {
  const l = unit.lines.find((x) => x.id === key);
  return l ? canonical(l) : null;
}

function projectOf(unit: CommentTargetUnit, code: string): string | null {
  const p = unit.projects.find((x) => x.code === code);
  if (!p) return null;
  return canonical([p, unit.lines.filter((l) => l.projectCode === code)]);
}

/**
 * Whether a LINE or PROJECT target differs between the version commented on and the budget now: the line
 * changed or deleted; the project (its data or any of its lines) changed or deleted. GENERAL and TABLE
 * comments have no single target to compare: null, they are closed by hand.
 */
export function commentTargetChanged(target: CommentTargetKind, ref: string | null, before: CommentTargetUnit, after: CommentTargetUnit): boolean | null {
  if (!ref) return null;
  if (target === 'LINE') return lineOf(before, ref) !== lineOf(after, ref);
  if (target === 'PROJECT') return projectOf(before, ref) !== projectOf(after, ref);
  return null;
}

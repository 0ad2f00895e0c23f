import { chineseNumeral } from '../function-classes';
import { wanText, yuanText, type MoneyValue } from '../money';
import type { CheckFigure, CheckResult, CheckSeverity } from '../types';

export interface Rule {
  rule: string;
  name: string;
  severity: CheckSeverity;
}

export type Refs = CheckResult['refs'];

export function rule(id: string, name: string, severity: CheckSeverity = 'BLOCKING'): Rule {
  return { rule: id, name, severity };
}

export const tableName = (no: number) => `表${chineseNumeral(no)}`;

export function figure(label: string, source: string, value: MoneyValue): CheckFigure {
  return { label, source, value: value.toFixed(2), display: `${wanText(value)}万元` };
}

/** "label 2,197.30万元"; with the exact 元 when the other figure rounds to the same 万元. */
function shown(f: CheckFigure, other: CheckFigure): string {
  const exact = f.display === other.display ? `（${yuanText(f.value)}元）` : '';
  return `${f.label} ${f.display}${exact}`;
}

export function failure(rule: Rule, message: string, figures: CheckFigure[], refs: Refs): CheckResult {
  return { ...rule, passed: false, message, figures, refs };
}

/** A failure when a ≠ b (exact 元), else null. */
export function mismatch(rule: Rule, a: CheckFigure, b: CheckFigure, refs: Refs): CheckResult | null {
  if (a.value === b.value) return null;
  return failure(rule, `${shown(a, b)} ≠ ${shown(b, a)}`, [a, b], refs);
}

/** mismatch() bound to one rule and its refs. */
export function comparer(r: Rule, refs: Refs): (a: CheckFigure, b: CheckFigure) => CheckResult | null {
  return (a, b) => mismatch(r, a, b, refs);
}

/** The rule's results: its failures, or one passing result. */
export function outcome(rule: Rule, failures: (CheckResult | null)[], refs: Refs = {}): CheckResult[] {
  const found = failures.filter((f): f is CheckResult => f !== null);
  if (found.length > 0) return found;
  return [{ ...rule, passed: true, message: `${rule.name}：通过`, figures: [], refs }];
}

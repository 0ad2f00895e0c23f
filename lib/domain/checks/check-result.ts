import { chineseNumeral } from '../function-classes';
import { wanText, yuanText, type MoneyValue } from '../money';
import { centsToYuan, parseCents, wanTextFromCents, type Cents } from '../tables/cents';
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

/**
 * A figure to compare, exact in 分; its label, source and display text are only built (build())
 * when the comparison fails, so a passing check costs one BigInt comparison.
 */
export interface LazyFigure {
  readonly cents: Cents;
  build(): CheckFigure;
}

/** A figure of exact 分 whose source text is written only when needed (a class: no closure made per figure). */
class CentsFigure implements LazyFigure {
  constructor(
    private readonly label: string | (() => string),
    private readonly source: () => string,
    readonly cents: Cents,
  ) {}

  build(): CheckFigure {
    return {
      label: typeof this.label === 'string' ? this.label : this.label(),
      source: this.source(),
      value: centsToYuan(this.cents),
      display: `${wanTextFromCents(this.cents)}万元`,
    };
  }
}

export function lazyFigure(label: string | (() => string), source: () => string, cents: Cents): LazyFigure {
  return new CentsFigure(label, source, cents);
}

/** A figure of a decimal.js value (compared as figure() would print it, to the 分). */
export function valueFigure(label: string, source: string, value: MoneyValue): LazyFigure {
  return { cents: parseCents(value.toFixed(2), label), build: () => figure(label, source, value) };
}

/** "label 2,197.30万元"; with the exact 元 when the other figure rounds to the same 万元. */
function shown(f: CheckFigure, other: CheckFigure): string {
  const exact = f.display === other.display ? `（${yuanText(f.value)}元）` : '';
  return `${f.label} ${f.display}${exact}`;
}

// Results are written field by field (same key order as a spread of the rule): a city yields 10^4–10^5
// failures, and an object spread plus added keys costs far more per object than a literal.
export function failure(rule: Rule, message: string, figures: CheckFigure[], refs: Refs): CheckResult {
  return { rule: rule.rule, name: rule.name, severity: rule.severity, passed: false, message, figures, refs };
}

/** A failure when a ≠ b (exact 元), else null. */
export function mismatch(rule: Rule, a: CheckFigure, b: CheckFigure, refs: Refs): CheckResult | null {
  if (a.value === b.value) return null;
  return failure(rule, `${shown(a, b)} ≠ ${shown(b, a)}`, [a, b], refs);
}

/** A comparison of lazy figures bound to one rule and its refs: null when equal, else the failure (text built then). */
export function comparer(r: Rule, refs: Refs): (a: LazyFigure, b: LazyFigure) => CheckResult | null {
  return (a, b) => (a.cents === b.cents ? null : mismatch(r, a.build(), b.build(), refs));
}

/** The rule's results: its failures, or one passing result. */
export function outcome(rule: Rule, failures: (CheckResult | null)[], refs: Refs = {}): CheckResult[] {
  const found = failures.filter((f): f is CheckResult => f !== null);
  if (found.length > 0) return found;
  return [{ rule: rule.rule, name: rule.name, severity: rule.severity, passed: true, message: `${rule.name}：通过`, figures: [], refs }];
}

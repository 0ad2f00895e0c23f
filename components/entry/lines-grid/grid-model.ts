import Decimal from 'decimal.js';
import type { FundSource, FundTiming, SpendingKind, UnitKind } from '@/lib/domain/types';
import { FUND_SOURCE_LABELS } from '@/lib/domain/types';
import type { LineInput } from '@/lib/data/entry/line-rules';
import { groupThousands } from '@/lib/domain/money';

export type GridLine = LineInput;

export const KIND_LABELS: Record<SpendingKind, string> = { BASIC: '基本支出', PROJECT: '项目支出' };
export const TIMING_LABELS: Record<FundTiming, string> = { CURRENT: '当年预算安排', CARRYOVER: '上年结转' };
export { FUND_SOURCE_LABELS };

export interface GridCatalogs {
  functions: Map<string, string>;
  deptEcon: Map<string, string>;
  govEcon: Map<string, string>;
  projects: Map<string, string>;
  /** 部门经济科目 → suggested 政府经济科目 for this unit's kind. */
  suggestGov: Map<string, string>;
  /** Retired (停用) codes: their names still label existing lines, the pickers do not offer them. */
  retired: ReadonlySet<string>;
}

export function buildGridCatalogs(
  c: { functions: { code: string; name: string }[]; deptEconomic: { code: string; name: string }[]; govEconomic: { code: string; name: string }[] },
  projects: { code: string; name: string }[],
  mapping: { deptCode: string; govCodeAdmin: string; govCodeInstitution: string }[],
  unitKind: UnitKind,
  retiredCodes: readonly string[] = [],
): GridCatalogs {
  const at = (rows: { code: string; name: string }[], len: number) => new Map(rows.filter((r) => r.code.length === len).map((r) => [r.code, r.name]));
  return {
    functions: at(c.functions, 7),
    deptEcon: at(c.deptEconomic, 5),
    govEcon: at(c.govEconomic, 5),
    projects: new Map(projects.map((p) => [p.code, p.name])),
    suggestGov: new Map(mapping.map((m) => [m.deptCode, unitKind === 'INSTITUTION' ? m.govCodeInstitution : m.govCodeAdmin])),
    retired: new Set(retiredCodes),
  };
}

export const codeLabel = (code: string | null, names: Map<string, string>) => (code ? `${code} ${names.get(code) ?? '（目录中不存在）'}` : '');

const PLAIN_YUAN = /^(-?)(\d{1,15})(?:\.(\d{1,2}))?$/;
const HUNDRED = BigInt(100);

/** A plain 元 figure (at most two decimals, thousands commas allowed) as exact integer 分; null for anything else. */
export function fenOf(amount: string): bigint | null {
  const m = PLAIN_YUAN.exec(amount.includes(',') ? amount.replace(/,/g, '') : amount);
  if (!m) return null;
  const fen = BigInt(m[2]) * HUNDRED + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

/** Exact sum of 元 strings; an unparsable amount counts as zero (validation reports it). Plain figures add up as integer 分. */
export function sumYuan(amounts: Iterable<string>): Decimal {
  let fen = BigInt(0);
  let rest: Decimal | null = null;
  for (const a of amounts) {
    const f = fenOf(a);
    if (f !== null) {
      fen += f;
      continue;
    }
    try {
      rest = (rest ?? new Decimal(0)).plus(new Decimal(a.replace(/,/g, '') || '0'));
    } catch {
      /* shown as an error on save */
    }
  }
  const total = new Decimal(fen.toString()).div(100);
  return rest ? total.plus(rest) : total;
}

export function yuanDisplay(d: Decimal): string {
  return groupThousands(d.toFixed(2));
}
export const wanDisplay = (d: Decimal) => d.div(10000).toFixed(2, Decimal.ROUND_HALF_UP);

let counter = 0;
export function newLineKey(): string {
  counter += 1;
  return `L${Date.now().toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
}

export function blankLine(defaults: Partial<GridLine> = {}): GridLine {
  return {
    key: newLineKey(),
    functionCode: '',
    kind: 'BASIC',
    projectCode: null,
    deptEconCode: '',
    govEconCode: '',
    source: 'GENERAL' as FundSource,
    timing: 'CURRENT',
    amount: '0',
    ...defaults,
  };
}

function sameAmount(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = fenOf(a);
  const fb = fenOf(b);
  if (fa !== null && fb !== null) return fa === fb;
  try {
    return new Decimal(a.replace(/,/g, '')).equals(new Decimal(b));
  } catch {
    return false;
  }
}

export function sameLine(a: GridLine, b: GridLine): boolean {
  return (
    a.functionCode === b.functionCode &&
    a.kind === b.kind &&
    (a.projectCode ?? null) === (b.projectCode ?? null) &&
    a.deptEconCode === b.deptEconCode &&
    a.govEconCode === b.govEconCode &&
    a.source === b.source &&
    a.timing === b.timing &&
    sameAmount(a.amount, b.amount)
  );
}

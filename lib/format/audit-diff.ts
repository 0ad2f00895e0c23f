import Decimal from 'decimal.js';
import { beijingDateTime } from './beijing-time';
import { AUDIT_FIELD_LABELS, AUDIT_VALUE_LABELS } from './audit-labels';

/** One changed field of an audit record, in words: 金额（元） 1,000.00 → 2,000.00. */
export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const MONEY_FIELDS = new Set([
  'amount',
  'CENTRAL',
  'PROVINCIAL',
  'CITY_COUNTY',
  'SELF_RAISED',
  'OTHER',
  'totalIncome',
  'totalExpenditure',
  'generalCurrentExpenditure',
  'abroad',
  'reception',
  'vehiclePurchase',
  'vehicleOperation',
  'operatingCost',
]);
const HIDDEN_FIELDS = new Set(['versionId', 'summary', 'sortOrder', 'id', 'budgetId', 'orgId', 'unitCode', 'planId', 'projectId']);
const MAX_CHANGES = 40;
const EMPTY = '（空）';

type Leaf = { path: string[]; field: string; value: unknown };

const label = (k: string) => AUDIT_FIELD_LABELS[k] ?? k;
const idOf = (o: Record<string, unknown>) => [o.key, o.code, o.id, o.lineKey].find((x) => typeof x === 'string' && x && !UUID.test(x)) as string | undefined;

function flatten(v: unknown, path: string[], field: string, out: Map<string, Leaf>): void {
  if (HIDDEN_FIELDS.has(field)) return;
  if (Array.isArray(v)) {
    if (v.length === 0) out.set(path.join('\u0000'), { path, field, value: '' });
    v.forEach((x, i) => {
      const id = x && typeof x === 'object' ? idOf(x as Record<string, unknown>) : undefined;
      flatten(x, [...path, id ?? `第${i + 1}项`], field, out);
    });
    return;
  }
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) flatten(x, [...path, label(k)], k, out);
    return;
  }
  out.set(path.join('\u0000'), { path, field, value: v });
}

/** A value as a person reads it: names for codes, 元 with separators, Beijing time, never a UUID. */
export function auditValue(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return EMPTY;
  if (typeof v === 'boolean') return v ? '是' : '否';
  const s = String(v);
  if (UUID.test(s)) return '（内部编号）';
  const names = AUDIT_VALUE_LABELS[field];
  if (names?.[s]) return names[s];
  if (MONEY_FIELDS.has(field) && /^-?\d+(\.\d+)?$/.test(s)) {
    const [i, f] = new Decimal(s).toFixed(2).split('.');
    return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) return beijingDateTime(s);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

/** lines.save keeps every line before and the changed ones after: compare only the lines it touched. */
function normalise(action: string, before: unknown, after: unknown): [unknown, unknown] {
  if (action === 'lines.save' && Array.isArray(before) && after && typeof after === 'object') {
    const a = after as { upserts?: Record<string, unknown>[]; deletes?: string[] };
    const touched = new Set([...(a.upserts ?? []).map((l) => String(l.key)), ...(a.deletes ?? [])]);
    const keyOf = (l: Record<string, unknown>) => String(l.key ?? l.lineKey ?? l.id);
    return [
      { lines: (before as Record<string, unknown>[]).filter((l) => touched.has(keyOf(l))).map((l) => ({ ...l, key: keyOf(l) })) },
      { lines: a.upserts ?? [] },
    ];
  }
  // An import keeps the rows from before it for 撤销本次导入; what it did is its file, mode, version and counts.
  if (action === 'budget.importExcel' && after && typeof after === 'object') {
    const { sha256: _checksum, ...done } = after as Record<string, unknown>;
    return [{}, done];
  }
  return [before, after];
}

/** The fields an audit record changed, before → after, in Chinese; at most 40, with how many more. */
export function auditChanges(action: string, rawBefore: unknown, rawAfter: unknown): { changes: AuditChange[]; more: number } {
  const [before, after] = normalise(action, rawBefore, rawAfter);
  const b = new Map<string, Leaf>();
  const a = new Map<string, Leaf>();
  flatten(before, [], '', b);
  flatten(after, [], '', a);
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  const changes: AuditChange[] = [];
  for (const k of keys) {
    const x = b.get(k);
    const y = a.get(k);
    const leaf = (y ?? x)!;
    const bv = x ? auditValue(leaf.field, x.value) : EMPTY;
    const av = y ? auditValue(leaf.field, y.value) : rawAfter == null ? EMPTY : '（已删除）';
    if (bv === av) continue;
    changes.push({ field: leaf.path.join(' · ') || '内容', before: bv, after: av });
  }
  return { changes: changes.slice(0, MAX_CHANGES), more: Math.max(0, changes.length - MAX_CHANGES) };
}

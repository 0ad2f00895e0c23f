import { auditChanges } from '@/lib/format/audit-diff';

/** An audit record's changes as a list of 字段：变更前 → 变更后 (a list, not a table, so the log's rows stay its own). */
export function AuditChanges({ action, before, after }: { action: string; before: unknown; after: unknown }) {
  const { changes, more } = auditChanges(action, before, after);
  if (changes.length === 0) return <span className="muted">无字段变化</span>;
  return (
    <ul className="audit-diff" aria-label="变更内容">
      {changes.map((c, i) => (
        <li key={i}>
          <span className="field">{c.field}</span>：<del aria-label="变更前">{c.before}</del> → <ins aria-label="变更后">{c.after}</ins>
        </li>
      ))}
      {more > 0 && <li className="muted">另有 {more} 处变化</li>}
    </ul>
  );
}

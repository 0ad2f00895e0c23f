import Link from 'next/link';
import { notFound } from 'next/navigation';
import { prisma } from '@/lib/db/client';
import { requirePageUser } from '@/lib/auth/page-user';
import { isAppError } from '@/lib/errors/app-error';
import { listBudgetAudit, type AuditFilter } from '@/lib/data/workflow/list-budget-audit';
import { beijingDateTime } from '@/lib/format/beijing-time';
import { auditActionLabel as actionLabel } from '@/lib/format/audit-labels';
import { AuditChanges } from '@/components/workflow/audit-changes';

export const dynamic = 'force-dynamic';

type Params = Promise<{ budgetId: string }>;
type Search = Promise<{ action?: string; actor?: string; from?: string; to?: string }>;

function day(text: string | undefined, plusDays = 0): Date | undefined {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const d = new Date(`${text}T00:00:00+08:00`);
  if (Number.isNaN(d.getTime())) return undefined;
  return new Date(d.getTime() + plusDays * 86_400_000);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export default async function BudgetAuditPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { budgetId } = await params;
  const s = await searchParams;
  const user = await requirePageUser(`/workflow/${budgetId}/audit`);
  const filter: AuditFilter = { action: s.action || undefined, actor: s.actor?.trim() || undefined, from: day(s.from), to: day(s.to, 1) };
  const { entries, actions } = await listBudgetAudit(prisma(), user, budgetId, filter).catch((e) => {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) notFound();
    throw e;
  });
  return (
    <main>
      <h1>审计日志</h1>
      <p>
        <Link href={`/workflow/${budgetId}`}>返回预算</Link>
      </p>
      <form className="filters" method="get">
        <label>
          操作
          <select name="action" defaultValue={s.action ?? ''}>
            <option value="">全部</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          操作人
          <input name="actor" defaultValue={s.actor ?? ''} />
        </label>
        <label>
          起始日期
          <input type="date" name="from" defaultValue={s.from ?? ''} />
        </label>
        <label>
          截止日期
          <input type="date" name="to" defaultValue={s.to ?? ''} />
        </label>
        <button type="submit">筛选</button>
      </form>
      <table className="data" aria-label="审计记录">
        <thead>
          <tr>
            <th>时间</th>
            <th>操作人</th>
            <th>操作</th>
            <th>对象</th>
            <th>变更内容</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id.toString()} data-action={e.action}>
              <td>{beijingDateTime(e.createdAt)}</td>
              <td>{e.actorName}</td>
              <td>{actionLabel(e.action)}</td>
              <td>
                {e.entity} {e.entityId && !UUID.test(e.entityId) && <span className="muted">{e.entityId}</span>}
              </td>
              <td>
                <AuditChanges action={e.action} before={e.before} after={e.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && <p>没有符合条件的记录。</p>}
    </main>
  );
}

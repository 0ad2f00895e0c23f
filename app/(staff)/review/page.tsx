import Link from 'next/link';
import { prisma } from '@/lib/db/client';
import { can } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/page-user';
import { BUDGET_STATUS_LABELS } from '@/lib/domain/entry-labels';
import { listReviewQueue, type QueueSort } from '@/lib/data/workflow/list-review-queue';
import { wanText } from '@/lib/domain/money';
import type { BudgetStatus } from '@/lib/generated/prisma/enums';
import { StatusTag } from '@/components/workflow/status-tag';

export const dynamic = 'force-dynamic';
export const metadata = { title: '审核队列 — 预算通' };

type Search = Promise<{ year?: string; status?: string; q?: string; sort?: string; desc?: string }>;

const SORTS: Record<QueueSort, string> = { status: '状态', org: '单位编码', total: '支出合计', waiting: '等待时间' };
const STATUSES = Object.keys(BUDGET_STATUS_LABELS) as BudgetStatus[];

function waiting(since: Date | null, now: number): string {
  if (!since) return '';
  const minutes = Math.max(0, Math.floor((now - since.getTime()) / 60_000));
  if (minutes < 60) return `${minutes}分钟`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours}小时` : `${Math.floor(hours / 24)}天`;
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Search }) {
  const s = await searchParams;
  const user = await requirePageUser('/review');
  if (!can(user, 'review.queue')) {
    return (
      <main>
        <h1>审核队列</h1>
        <p role="alert">无权查看审核队列。</p>
      </main>
    );
  }
  const db = prisma();
  const years = await db.fiscalYear.findMany({ orderBy: { year: 'desc' } });
  const latestWithBudgets = await db.budget.findFirst({ where: { fiscalYear: { isOpen: true } }, orderBy: { year: 'desc' }, select: { year: true } });
  const year = Number(s.year) || latestWithBudgets?.year || years.find((y) => y.isOpen)?.year || new Date().getFullYear();
  const status = STATUSES.includes(s.status as BudgetStatus) ? (s.status as BudgetStatus) : undefined;
  const sort = (Object.keys(SORTS) as QueueSort[]).includes(s.sort as QueueSort) ? (s.sort as QueueSort) : 'status';
  const desc = s.desc === '1';
  const rows = await listReviewQueue(db, user, { year, status, q: s.q, sort, desc });
  const now = Date.now();
  const sortHref = (key: QueueSort) => {
    const p = new URLSearchParams({ year: String(year), sort: key, ...(status ? { status } : {}), ...(s.q ? { q: s.q } : {}) });
    if (key === sort && !desc) p.set('desc', '1');
    return `/review?${p}`;
  };
  return (
    <main>
      <h1>{year}年度预算审核队列</h1>
      {can(user, 'budget.publish') ? (
        <p>
          <Link href={`/review/departments?year=${year}`}>部门预算公开</Link>（汇总各部门所属单位已批复的预算并公开）
        </p>
      ) : (
        <p className="muted">本部门所属单位的预算：审核“待主管部门审核”的预算，转报财政或退回修改。</p>
      )}
      <form className="filters" method="get">
        <label>
          预算年度
          <select name="year" defaultValue={String(year)}>
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          状态
          <select name="status" defaultValue={status ?? ''}>
            <option value="">全部</option>
            {STATUSES.map((st) => (
              <option key={st} value={st}>
                {BUDGET_STATUS_LABELS[st]}
              </option>
            ))}
          </select>
        </label>
        <label>
          单位
          <input name="q" defaultValue={s.q ?? ''} placeholder="编码或名称" />
        </label>
        <input type="hidden" name="sort" value={sort} />
        <button type="submit">筛选</button>
      </form>
      <table className="data" aria-label="审核队列">
        <thead>
          <tr>
            {(['org', 'status'] as const).map((k) => (
              <th key={k}>
                <Link href={sortHref(k)}>{SORTS[k]}</Link>
              </th>
            ))}
            <th>单位名称</th>
            <th>
              <Link href={sortHref('total')}>支出合计（万元）</Link>
            </th>
            <th>阻断</th>
            <th>警告</th>
            <th>
              <Link href={sortHref('waiting')}>已等待</Link>
            </th>
            <th>版本数</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.budgetId} data-org={r.orgCode}>
              <td>{r.orgCode}</td>
              <td>
                <StatusTag status={r.status} reviewLevels={r.reviewLevels} />
              </td>
              <td>
                <Link href={`/workflow/${r.budgetId}`}>{r.orgName}</Link>
              </td>
              <td className="amount" title={`${r.total} 元`}>
                {wanText(r.total)}
              </td>
              <td className="amount">{r.blocking}</td>
              <td className="amount">{r.warnings}</td>
              <td>{waiting(r.submittedAt, now)}</td>
              <td className="amount">{r.versions}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>没有符合条件的预算。</p>}
    </main>
  );
}

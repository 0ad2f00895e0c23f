import { Fragment } from 'react';
import Link from 'next/link';
import { prisma } from '@/lib/db/client';
import { can } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/page-user';
import { BUDGET_STATUS_LABELS } from '@/lib/domain/entry-labels';
import { listReviewQueue, type DeadlineFilter, type QueueSort } from '@/lib/data/workflow/list-review-queue';
import { wanText } from '@/lib/domain/money';
import type { BudgetStatus } from '@/lib/generated/prisma/enums';
import { StatusTag } from '@/components/workflow/status-tag';
import { BatchReviewForm } from '@/components/workflow/batch-review-form';
import { beijingDate } from '@/lib/format/beijing-time';
import { YearSelect } from '@/components/workflow/year-select';

import './review.css';

export const dynamic = 'force-dynamic';
export const metadata = { title: '审核队列 — 预算通' };

type Search = Promise<{ year?: string; status?: string; q?: string; deadline?: string; sort?: string; desc?: string }>;

const SORTS: Record<QueueSort, string> = { status: '状态', org: '单位编码', total: '支出合计', waiting: '等待时间', deadline: '公开期限' };
const DEADLINE_FILTERS: Record<DeadlineFilter, string> = { pending: '已批复待公开', overdue: '已逾期未公开' };
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
  // The department reviewer forwards one budget at a time; batch approve and publish are the finance bureau's.
  const batch = can(user, 'budget.review');
  const QueueForm = batch ? BatchReviewForm : Fragment;
  const db = prisma();
  const years = await db.fiscalYear.findMany({ orderBy: { year: 'desc' } });
  const latestWithBudgets = await db.budget.findFirst({ where: { fiscalYear: { isOpen: true } }, orderBy: { year: 'desc' }, select: { year: true } });
  const year = Number(s.year) || latestWithBudgets?.year || years.find((y) => y.isOpen)?.year || new Date().getFullYear();
  const status = STATUSES.includes(s.status as BudgetStatus) ? (s.status as BudgetStatus) : undefined;
  const sort = (Object.keys(SORTS) as QueueSort[]).includes(s.sort as QueueSort) ? (s.sort as QueueSort) : 'status';
  const desc = s.desc === '1';
  const deadline = (Object.keys(DEADLINE_FILTERS) as DeadlineFilter[]).find((k) => k === s.deadline);
  const rows = await listReviewQueue(db, user, { year, status, q: s.q, deadline, sort, desc });
  const overdue = rows.filter((r) => r.deadline?.state === 'OVERDUE').length;
  const now = Date.now();
  const sortHref = (key: QueueSort) => {
    const p = new URLSearchParams({
      year: String(year),
      sort: key,
      ...(status ? { status } : {}),
      ...(s.q ? { q: s.q } : {}),
      ...(deadline ? { deadline } : {}),
    });
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
        <YearSelect years={years} year={year} />
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
        <label>
          公开期限
          <select name="deadline" defaultValue={deadline ?? ''}>
            <option value="">全部</option>
            {(Object.keys(DEADLINE_FILTERS) as DeadlineFilter[]).map((k) => (
              <option key={k} value={k}>
                {DEADLINE_FILTERS[k]}
              </option>
            ))}
          </select>
        </label>
        <input type="hidden" name="sort" value={sort} />
        <button type="submit">筛选</button>
      </form>
      <p className="muted">预算法第十四条：预算经批复后20日内向社会公开。已批复待公开的预算显示剩余天数（按北京时间日期计算）。</p>
      {overdue > 0 && (
        <p role="alert" className="deadline-warning">
          有 {overdue} 个单位的预算已超过批复后20日公开期限仍未公开。
        </p>
      )}
      <QueueForm>
        <table className="data review-queue" aria-label="审核队列">
          <thead>
            <tr>
              {batch && (
                <th>
                  <span className="visually-hidden">选择</span>
                </th>
              )}
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
              <th>
                <Link href={sortHref('deadline')}>公开期限</Link>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.budgetId} data-org={r.orgCode} className={r.deadline ? `deadline-${r.deadline.state.toLowerCase()}` : undefined}>
                {batch && (
                  <td>
                    <input type="checkbox" name="budgetId" value={r.budgetId} aria-label={`选择 ${r.orgCode} ${r.orgName}`} />
                  </td>
                )}
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
                <td className="deadline" title={r.approvedAt && r.deadline ? `${beijingDate(r.approvedAt)}批复，${r.deadline.dueDate}前公开` : undefined}>
                  {r.deadline?.label ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </QueueForm>
      {rows.length === 0 && <p>没有符合条件的预算。</p>}
    </main>
  );
}

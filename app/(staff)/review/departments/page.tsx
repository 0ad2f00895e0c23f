import Link from 'next/link';
import { prisma } from '@/lib/db/client';
import { can } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/page-user';
import { publishDepartmentAction } from '@/lib/actions/department';
import { DEPARTMENT_STATE_LABELS, listDepartmentsForReview, type DepartmentReviewRow } from '@/lib/data/department/department-state';
import { publicPagePath } from '@/lib/document/public-links';
import { StatusTag } from '@/components/workflow/status-tag';
import { ActionForm } from '@/components/workflow/action-form';
import { YearSelect } from '@/components/workflow/year-select';

export const dynamic = 'force-dynamic';
export const metadata = { title: '部门预算公开 — 预算通' };

type Search = Promise<{ year?: string }>;

export default async function DepartmentReviewPage({ searchParams }: { searchParams: Search }) {
  const s = await searchParams;
  const user = await requirePageUser('/review/departments');
  if (!can(user, 'review.queue')) {
    return (
      <main>
        <h1>部门预算公开</h1>
        <p role="alert">无权查看部门预算。</p>
      </main>
    );
  }
  const db = prisma();
  const years = await db.fiscalYear.findMany({ orderBy: { year: 'desc' } });
  const year = Number(s.year) || years.find((y) => y.isOpen)?.year || years[0]?.year || new Date().getFullYear();
  const rows = await listDepartmentsForReview(db, user, year);
  const mayPublish = can(user, 'budget.publish');
  return (
    <main>
      <h1>{year}年度部门预算公开</h1>
      <p className="muted">
        部门预算由所属单位已批复或已公开的版本汇总而成；各单位均批复后即可公开（预算法第十四条：批复后20日内公开）。单位更正后，部门预算显示“已过期”，须填写更正说明重新公开。
        <Link href={`/review?year=${year}`}>返回审核队列</Link>
      </p>
      <form className="filters" method="get">
        <YearSelect years={years} year={year} />
        <button type="submit">查看</button>
      </form>
      {rows.length === 0 && <p>本年度没有需汇总公开的部门。</p>}
      {rows.map((r) => (
        <DepartmentCard key={r.code} row={r} year={year} mayPublish={mayPublish} />
      ))}
    </main>
  );
}

function DepartmentCard({ row, year, mayPublish }: { row: DepartmentReviewRow; year: number; mayPublish: boolean }) {
  return (
    <section className="card" aria-labelledby={`dept-${row.code}`} data-department={row.code}>
      <h2 id={`dept-${row.code}`}>
        {row.code} {row.name} <span className={`dept-state dept-state-${row.state.toLowerCase()}`}>{DEPARTMENT_STATE_LABELS[row.state]}</span>
      </h2>
      {row.latestVersionNo !== null && (
        <p>
          已公开第{row.latestVersionNo}版：<Link href={publicPagePath(year, row.code)}>查看部门预算公开</Link>
        </p>
      )}
      <table className="data" aria-label={`${row.name}所属单位`}>
        <thead>
          <tr>
            <th>单位编码</th>
            <th>单位名称</th>
            <th>状态</th>
          </tr>
        </thead>
        <tbody>
          {row.units.map((u) => (
            <tr key={u.code}>
              <td>{u.code}</td>
              <td>{u.budgetId ? <Link href={`/workflow/${u.budgetId}`}>{u.name}</Link> : u.name}</td>
              <td>{u.status ? <StatusTag status={u.status} /> : '尚未编制'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {row.missing.length > 0 && <p className="muted">尚未批复：{row.missing.join('、')}</p>}
      {mayPublish && row.canPublish && (
        <ActionForm
          action={publishDepartmentAction}
          hidden={{ department: row.code, year: String(year) }}
          submitLabel={row.needsCorrectionNote ? '公开部门预算更正版本' : '公开部门预算'}
          confirm={`确认公开${row.name}${year}年度部门预算？公开后不能修改。`}
        >
          {row.needsCorrectionNote && (
            <label>
              更正说明
              <textarea name="note" rows={3} required maxLength={2000} />
            </label>
          )}
        </ActionForm>
      )}
    </section>
  );
}

import Link from 'next/link';
import type { MyUnit } from '@/lib/data/budget/list-my-units';
import { StatusTag } from '@/components/workflow/status-tag';
import { StartBudget } from '@/components/entry/start-budget';

/** One bound unit on 我的预算: its budgets by year (edit, workflow, comments) and the open years still to start. */
export function MyUnitCard({ unit }: { unit: MyUnit }) {
  const headingId = `unit-${unit.code}`;
  return (
    <section className="card my-unit" aria-labelledby={headingId} data-org={unit.code}>
      <h2 id={headingId}>
        {unit.name} <span className="muted">（{unit.code}）</span>
      </h2>
      {unit.department && unit.department.code !== unit.code && <p className="muted">所属部门：{unit.department.name}</p>}
      <ul className="my-unit-years">
        {unit.missingYears.map((y) => (
          <li key={y.year} data-year={y.year} className="missing-year">
            <strong>{y.yearName}</strong> <span className="tag">尚未编制</span>
            <StartBudget orgCode={unit.code} year={y.year} hasPrevious={y.hasPrevious} canEdit={unit.canCreate} />
          </li>
        ))}
        {unit.budgets.map((b) => (
          <li key={b.id} data-year={b.year}>
            <strong>{b.yearName}预算</strong>
            <StatusTag status={b.status} />
            {b.openComments > 0 && <span className="tag">审核意见 {b.openComments} 条</span>}
            <span className="my-unit-links">
              <Link href={`/budgets/${unit.code}/${b.year}`}>编辑预算</Link>
              <Link href={`/workflow/${b.id}`}>审核流程</Link>
            </span>
          </li>
        ))}
      </ul>
      {unit.budgets.length === 0 && unit.missingYears.length === 0 && <p>该单位暂无预算，当前没有开放编制的预算年度。</p>}
    </section>
  );
}

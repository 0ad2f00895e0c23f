import { prisma } from '@/lib/db/client';
import { listHomeOverview } from '@/lib/data/orgs/list-public-overview';
import Link from 'next/link';
import { UNIT_KIND_LABELS } from '@/lib/domain/types';

function PreviewLinks({ code, years }: { code: string; years: number[] }) {
  return (
    <>
      {years.map((y) => (
        <Link key={y} className="tag" href={`/budgets/${code}/${y}/preview`}>
          {y}年度预算预览
        </Link>
      ))}
    </>
  );
}

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const { years, departments } = await listHomeOverview(prisma());
  return (
    <main>
      <h1>预算年度与预算单位</h1>
      <section aria-labelledby="years-heading">
        <h2 id="years-heading">预算年度</h2>
        <ul className="card-list">
          {years.map((y) => (
            <li key={y.year} className="card">
              {y.name}
              <span className="tag">{y.isOpen ? '编制中' : '已结束'}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="orgs-heading">
        <h2 id="orgs-heading">部门与单位</h2>
        <ul className="card-list">
          {departments.map((d) => (
            <li key={d.id} className="card">
              <strong>{d.name}</strong> <span className="muted">（部门编码 {d.code}）</span>
              {d.unitKind && <span className="tag">{UNIT_KIND_LABELS[d.unitKind]}</span>}
              <PreviewLinks
                code={d.code}
                years={d.unitKind ? d.budgets.map((b) => b.year) : [...new Set(d.units.flatMap((u) => u.budgets.map((b) => b.year)))]}
              />
              {d.units.length > 0 && (
                <ul>
                  {d.units.map((u) => (
                    <li key={u.id}>
                      {u.name} <span className="muted">（{u.code}）</span>
                      {u.unitKind && <span className="tag">{UNIT_KIND_LABELS[u.unitKind]}</span>}
                      <PreviewLinks code={u.code} years={u.budgets.map((b) => b.year)} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

import Link from 'next/link';
import type { PublishedDocumentSummary } from '@/lib/data/public/public-documents';
import { publicPagePath } from '@/lib/document/public-links';

function byYear(docs: PublishedDocumentSummary[]): [number, PublishedDocumentSummary[]][] {
  const years = new Map<number, PublishedDocumentSummary[]>();
  for (const d of docs) years.set(d.year, [...(years.get(d.year) ?? []), d]);
  return [...years.entries()].sort((a, b) => b[0] - a[0]);
}

/** Published budget documents by year, each linking to its public page. Only published versions reach here. */
export function PublishedList({ docs }: { docs: PublishedDocumentSummary[] }) {
  return (
    <section aria-labelledby="published-heading">
      <h2 id="published-heading">已公开的部门预算</h2>
      {docs.length === 0 && <p>目前还没有公开的预算。</p>}
      {byYear(docs).map(([year, list]) => (
        <section key={year} aria-labelledby={`published-${year}`}>
          <h3 id={`published-${year}`}>{year}年度</h3>
          <ul className="card-list">
            {list.map((d) => (
              <li key={d.versionId} className="card">
                <Link href={publicPagePath(d.year, d.orgCode)}>
                  {d.orgName}
                  {d.year}年度预算公开
                </Link>{' '}
                <span className="muted">
                  （单位编码 {d.orgCode}
                  {d.department.code !== d.orgCode && `，${d.department.name}`}，第{d.versionNo}版）
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p>
        <Link href="/public">查看公开目录</Link>（按年度、部门查找全部已公开的预算）
      </p>
    </section>
  );
}

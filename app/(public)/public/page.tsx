import Link from 'next/link';
import type { Metadata } from 'next';
import { prisma } from '@/lib/db/client';
import { listPublishedDocuments, type PublishedDocumentSummary } from '@/lib/data/public/public-documents';
import { publicPagePath } from '@/lib/document/public-links';
import { beijingDate } from '@/lib/format/beijing-time';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: '预算公开 — 预算通' };

type SearchParams = Promise<{ q?: string | string[] }>;

function dateText(d: Date): string {
  return beijingDate(d);
}

function group(docs: PublishedDocumentSummary[]) {
  const years = new Map<number, Map<string, { name: string; docs: PublishedDocumentSummary[] }>>();
  for (const d of docs) {
    const depts = years.get(d.year) ?? new Map();
    years.set(d.year, depts);
    const dept = depts.get(d.department.code) ?? { name: d.department.name, docs: [] };
    depts.set(d.department.code, dept);
    // A 部门预算 heads its department's list, before the units' own documents.
    if (d.scope === 'DEPARTMENT') dept.docs.unshift(d);
    else dept.docs.push(d);
  }
  return [...years.entries()].sort((a, b) => b[0] - a[0]);
}

export default async function PublicIndexPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 50) ?? '';
  const docs = await listPublishedDocuments(prisma(), { q: q || undefined });
  const years = group(docs);
  return (
    <main className="public-index">
      <h1>预算公开</h1>
      <p className="muted">各部门、单位已公开的年度预算。无需登录，可在线阅读，也可下载 PDF、Excel、Word 和开放数据。</p>
      <form role="search" method="get" action="/public" className="search">
        <label htmlFor="q">按单位名称或编码查找</label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder="如：市场监督 或 029" />
        <button type="submit">查找</button>
        {q && <Link href="/public">清除</Link>}
      </form>
      {q && (
        <p role="status">
          “{q}”：找到 {docs.length} 份预算公开文件。
        </p>
      )}
      {years.length === 0 && <p>{q ? '没有找到匹配的单位。' : '目前还没有公开的预算。'}</p>}
      {years.map(([year, depts]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}年度</h2>
          <ul className="card-list">
            {[...depts.entries()].map(([code, dept]) => (
              <li key={code} className="card">
                <h3 className="dept-name">
                  {dept.name} <span className="muted">（部门编码 {code}）</span>
                </h3>
                <ul className="unit-list">
                  {dept.docs.map((d) => (
                    <li key={d.versionId}>
                      <Link href={publicPagePath(d.year, d.orgCode)}>
                        {d.orgName}
                        {d.year}年度{d.scope === 'DEPARTMENT' ? '部门' : ''}预算公开
                      </Link>{' '}
                      <span className="muted">
                        （{d.scope === 'DEPARTMENT' ? '部门' : '单位'}编码 {d.orgCode}，第{d.versionNo}版，{dateText(d.publishedAt)}公开
                        {d.earlier.length > 0 && `，另有 ${d.earlier.length} 个更早版本`}）
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p>
        开放数据：<a href="/api/public/documents">/api/public/documents</a>（全部已公开文件的 JSON 索引）
      </p>
    </main>
  );
}

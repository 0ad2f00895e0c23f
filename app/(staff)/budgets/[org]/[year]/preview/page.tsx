import { notFound } from 'next/navigation';
import { prisma } from '@/lib/db/client';
import { loadDraftDisclosure } from '@/lib/data/budget/load-draft-disclosure';
import { requirePageUser } from '@/lib/auth/page-user';
import { isAppError } from '@/lib/errors/app-error';
import { ReportTable } from '@/components/report/report-table';
import { CheckList } from '@/components/document/check-list';
import { StaffingList } from '@/components/document/staffing-list';
import { NarrativeSections } from '@/components/document/narrative-sections';
import { ExportButtons } from '@/components/document/export-buttons';
import { EXPORT_FORMATS, EXPORT_LABELS, staffFilePath } from '@/lib/document/public-links';

export const dynamic = 'force-dynamic';

type Params = Promise<{ org: string; year: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { org, year } = await params;
  return { title: `${org} ${year}年度预算预览 — 预算通` };
}

export default async function BudgetPreviewPage({ params }: { params: Params }) {
  const { org, year } = await params;
  if (!/^\d{3,12}$/.test(org) || !/^\d{4}$/.test(year)) notFound();
  const user = await requirePageUser(`/budgets/${org}/${year}/preview`);
  // Derived in the year's template, as the version submitted from it will be frozen.
  const { disclosure, input } = await loadDraftDisclosure(prisma(), user, org, Number(year)).catch((e) => {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) notFound();
    throw e;
  });
  const doc = disclosure.document;
  return (
    <main>
      <h1>
        {doc.org.name}
        {doc.year}年度{doc.scope === 'DEPARTMENT' ? '部门' : '单位'}预算公开（预览）
      </h1>
      <ExportButtons links={EXPORT_FORMATS.map((f) => ({ format: f, label: EXPORT_LABELS[f], href: staffFilePath(doc.year, doc.org.code, f) }))} />
      <nav className="toc" aria-label="目录">
        <ol>
          {doc.tables.map((t) => (
            <li key={t.no}>
              <a href={`#table-${t.no}`}>
                表{t.no} {t.title}
              </a>
            </li>
          ))}
          <li>
            <a href="#narrative">情况说明</a>
          </li>
          <li>
            <a href="#checks-heading">勾稽校验</a>
          </li>
        </ol>
      </nav>
      <CheckList checks={doc.checks} />
      <h2 id="profile">第一部分 概况</h2>
      <StaffingList staffing={input.org.staffing} />
      <h2>
        第二部分 {doc.year}年{doc.scope === 'DEPARTMENT' ? '部门' : '单位'}预算报表
      </h2>
      {doc.tables.map((t) => (
        <ReportTable key={t.no} table={t} />
      ))}
      <h2 id="narrative">
        第三部分 {doc.year}年度{doc.scope === 'DEPARTMENT' ? '部门' : '单位'}预算情况说明
      </h2>
      <NarrativeSections sections={doc.narrative} />
    </main>
  );
}

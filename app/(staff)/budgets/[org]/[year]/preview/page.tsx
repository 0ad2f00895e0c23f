import Link from 'next/link';
import { notFound } from 'next/navigation';
import { prisma } from '@/lib/db/client';
import { loadDraftDisclosure } from '@/lib/data/budget/load-draft-disclosure';
import { requirePageUser } from '@/lib/auth/page-user';
import { isAppError } from '@/lib/errors/app-error';
import { disclosureHtml } from '@/lib/document/html/disclosure-html';
import { documentTitle, scopeWord } from '@/lib/document/frozen-disclosure';
import { EXPORT_FORMATS, EXPORT_LABELS, staffFilePath } from '@/lib/document/public-links';
import { workspacePath } from '@/lib/document/workspace-links';
import { refNamesOf } from '@/lib/document/check-refs';
import { CheckList } from '@/components/document/check-list';
import { ExportButtons } from '@/components/document/export-buttons';

import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@/app/(public)/public.css';

export const dynamic = 'force-dynamic';

type Params = Promise<{ org: string; year: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { org, year } = await params;
  return { title: `${org} ${year}年度预算预览 — 预算通` };
}

/** The whole document the public will see, rendered by the public page's renderer from the current draft. */
export default async function BudgetPreviewPage({ params }: { params: Params }) {
  const { org, year } = await params;
  if (!/^\d{3,12}$/.test(org) || !/^\d{4}$/.test(year)) notFound();
  const user = await requirePageUser(`/budgets/${org}/${year}/preview`);
  const { disclosure, input } = await loadDraftDisclosure(prisma(), user, org, Number(year)).catch((e) => {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) notFound();
    throw e;
  });
  const doc = disclosure.document;
  const editor = user.role === 'ACCOUNTANT' && doc.scope === 'UNIT' && input.units.length === 1;
  const links = editor ? { org: doc.org.code, year: doc.year, names: refNamesOf(input.units[0]) } : undefined;
  return (
    <main className="public-document staff-preview">
      <p className="draft-banner" role="note">
        <strong>草稿预览</strong>：按当前填报数据生成，尚未公开；公开后公众看到的就是这份文本。
        {editor && <Link href={workspacePath(doc.org.code, doc.year)}>返回编制</Link>}
      </p>
      <header className="doc-cover">
        <h1>
          <span>{doc.org.name}</span>
          <span>
            {doc.year}年度{scopeWord(doc)}预算公开（预览）
          </span>
        </h1>
        <p className="muted">
          {scopeWord(doc)}编码 {doc.org.code} · {documentTitle(doc)} · 草稿
        </p>
      </header>
      <ExportButtons links={EXPORT_FORMATS.map((f) => ({ format: f, label: EXPORT_LABELS[f], href: staffFilePath(doc.year, doc.org.code, f) }))} />
      <CheckList checks={doc.checks} links={links} />
      <article className="disclosure" dangerouslySetInnerHTML={{ __html: disclosureHtml(disclosure) }} />
    </main>
  );
}

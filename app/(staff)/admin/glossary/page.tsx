import { prisma } from '@/lib/db/client';
import { requirePageUser } from '@/lib/auth/page-user';
import { can } from '@/lib/auth/permissions';
import { listGlossary } from '@/lib/data/admin/glossary';
import { saveGlossaryEntryAction } from '@/lib/actions/admin';
import Link from 'next/link';
import { ActionForm } from '@/components/workflow/action-form';
import { GlossaryEntryFields } from '@/components/admin/glossary-entry-fields';
import { DEFAULT_TEMPLATE_ID, isTemplateId, templateOptions } from '@/lib/domain/templates';

export const dynamic = 'force-dynamic';
export const metadata = { title: '名词解释 — 预算通' };

export default async function AdminGlossaryPage({ searchParams }: { searchParams: Promise<{ template?: string }> }) {
  const user = await requirePageUser('/admin/glossary');
  if (!can(user, 'glossary.manage')) return null; // the admin layout shows the refusal
  const asked = (await searchParams).template ?? DEFAULT_TEMPLATE_ID;
  const templateId = isTemplateId(asked) ? asked : DEFAULT_TEMPLATE_ID;
  const entries = await listGlossary(prisma(), user, templateId);
  const options = templateOptions();
  return (
    <main>
      <h1>名词解释</h1>
      <p className="muted">
        每个公开模板有自己的默认名词解释，使用该模板的预算年度公开时采用；修改一个模板的名词解释不影响其他模板。某一年度要单独修改，请到
        <Link href="/admin/years">预算年度</Link>的“名词解释与固定表述”（已单独修改的年度不再采用这里的默认词条）。
      </p>
      <nav aria-label="公开模板">
        <ul>
          {options.map((t) => (
            <li key={t.id}>
              {t.id === templateId ? <strong aria-current="page">{t.label}</strong> : <Link href={`/admin/glossary?template=${t.id}`}>{t.label}</Link>}
            </li>
          ))}
        </ul>
      </nav>
      <ul className="card-list">
        {entries.map((e) => (
          <li key={e.id} className="card">
            <ActionForm action={saveGlossaryEntryAction} hidden={{ id: String(e.id), templateId }} submitLabel="保存">
              <GlossaryEntryFields term={e.term} definition={e.definition} sortOrder={e.sortOrder} />
            </ActionForm>
          </li>
        ))}
      </ul>
      <h2>新增名词</h2>
      <ActionForm action={saveGlossaryEntryAction} hidden={{ templateId }} submitLabel="新增">
        <GlossaryEntryFields term="" definition="" sortOrder={(entries.at(-1)?.sortOrder ?? 0) + 1} />
      </ActionForm>
    </main>
  );
}

import Link from 'next/link';
import { notFound } from 'next/navigation';
import { prisma } from '@/lib/db/client';
import { requirePageUser } from '@/lib/auth/page-user';
import { can } from '@/lib/auth/permissions';
import { getYearTemplateSettings } from '@/lib/data/admin/year-template-texts';
import { deleteYearGlossaryEntryAction, resetYearGlossaryAction, saveYearGlossaryEntryAction, saveYearPhraseAction } from '@/lib/actions/year-template-texts';
import { ActionForm } from '@/components/workflow/action-form';
import { GlossaryEntryFields } from '@/components/admin/glossary-entry-fields';
import { isAppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';
export const metadata = { title: '名词解释与固定表述 — 预算通' };

export default async function YearTemplateTextsPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: raw } = await params;
  const user = await requirePageUser(`/admin/years/${raw}/template`);
  if (!can(user, 'fiscalYear.manage')) return null; // the admin layout shows the refusal
  const year = Number(raw);
  if (!Number.isInteger(year)) notFound();
  const settings = await getYearTemplateSettings(prisma(), user, year).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound();
    throw e;
  });
  const y = String(year);
  const own = settings.glossarySource === 'year';
  return (
    <main>
      <p>
        <Link href="/admin/years">← 预算年度</Link>
      </p>
      <h1>
        {year}年度 名词解释与固定表述（{settings.templateLabel}）
      </h1>
      <p className="muted">
        这里的修改只用于{year}年度的{settings.templateLabel}
        ，不影响其他年度和其他模板。已公开的版本保留公开时的文字；修改后再次提交、公开的版本采用新文字，预览立即采用。
      </p>

      <section aria-labelledby="year-glossary-h">
        <h2 id="year-glossary-h">名词解释</h2>
        <p role="note" className={own ? 'form-ok' : 'muted'}>
          {own ? (
            <>当前采用：本年度单独修改的名词解释（共{settings.glossary.length}条）。</>
          ) : (
            <>
              当前采用：模板默认的名词解释（共{settings.glossary.length}条，在<Link href={`/admin/glossary?template=${settings.templateId}`}>名词解释</Link>
              中维护）。保存下面任一条时，本年度会先复制模板的全部词条，此后只改本年度。
            </>
          )}
        </p>
        {own && (
          <ActionForm
            action={resetYearGlossaryAction}
            hidden={{ year: y }}
            submitLabel="恢复模板默认"
            confirm="删除本年度单独修改的名词解释，改用模板默认的词条？"
            className="inline-form"
          />
        )}
        <ul className="card-list">
          {settings.glossary.map((e) => (
            <li key={e.term} className="card">
              <ActionForm action={saveYearGlossaryEntryAction} hidden={{ year: y, originalTerm: e.term }} submitLabel="保存">
                <GlossaryEntryFields term={e.term} definition={e.definition} sortOrder={e.sortOrder} />
              </ActionForm>
              <ActionForm
                action={deleteYearGlossaryEntryAction}
                hidden={{ year: y, term: e.term }}
                submitLabel={`删除“${e.term}”`}
                confirm={`从${year}年度的名词解释中删除“${e.term}”？`}
                className="inline-form"
              />
            </li>
          ))}
        </ul>
        <h3>新增名词</h3>
        <ActionForm action={saveYearGlossaryEntryAction} hidden={{ year: y }} submitLabel="新增">
          <GlossaryEntryFields term="" definition="" sortOrder={(settings.glossary.at(-1)?.sortOrder ?? 0) + 1} />
        </ActionForm>
      </section>

      <section aria-labelledby="year-phrases-h">
        <h2 id="year-phrases-h">固定表述</h2>
        <p className="muted">
          模板印在公开文件中的标题、表注和固定语句。花括号中的占位符（如 {'{year}'}、{'{scope}'}）由系统按本年度数据自动填入，修改时必须保留。
        </p>
        <ul className="card-list">
          {settings.phrases.map((p) => (
            <li key={p.key} className="card" aria-label={`固定表述：${p.label}`}>
              <h3>{p.label}</h3>
              <p className="muted">
                模板默认：{p.defaultText}
                {p.placeholders.length > 0 && <>（须保留：{p.placeholders.map((n) => `{${n}}`).join('、')}）</>}
              </p>
              <p>{p.override === null ? '当前采用：模板默认' : '当前采用：本年度修改'}</p>
              <ActionForm action={saveYearPhraseAction} hidden={{ year: y, key: p.key }} submitLabel="保存表述">
                <label>
                  {p.label}
                  <textarea name="text" defaultValue={p.override ?? p.defaultText} required maxLength={500} rows={2} />
                </label>
              </ActionForm>
              {p.override !== null && (
                <ActionForm action={saveYearPhraseAction} hidden={{ year: y, key: p.key, reset: '1' }} submitLabel="恢复默认" className="inline-form" />
              )}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

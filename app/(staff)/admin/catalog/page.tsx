import { prisma } from '@/lib/db/client';
import { requirePageUser } from '@/lib/auth/page-user';
import { can } from '@/lib/auth/permissions';
import { listFiscalYears } from '@/lib/data/admin/fiscal-years';
import { importCatalogAction } from '@/lib/actions/admin';
import { CATALOG_KIND_LABELS } from '@/lib/domain/catalog/validate-catalog';
import { ActionForm } from '@/components/workflow/action-form';
import { FileChooser } from '@/components/ui/file-chooser';

export const dynamic = 'force-dynamic';
export const metadata = { title: '科目导入 — 预算通' };

export default async function AdminCatalogPage() {
  const user = await requirePageUser('/admin/catalog');
  if (!can(user, 'catalog.manage')) return null; // the admin layout shows the refusal
  const years = await listFiscalYears(prisma(), user);
  return (
    <main>
      <h1>科目导入</h1>
      <p className="muted">
        上传某年度的官方科目表（CSV、TSV 或 XLSX，含 编码/名称/级次 列）。文件中任何一行有误时不导入任何数据，并列出出错的行；仍被预算使用的科目不会被删除。
      </p>
      <ActionForm action={importCatalogAction} submitLabel="上传并导入" className="stack-form narrow-form">
        <label>
          预算年度
          <select name="year">
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.name}（现有功能科目 {y._count.functionSubjects} 条）
              </option>
            ))}
          </select>
        </label>
        <label>
          科目类别
          <select name="kind">
            {Object.entries(CATALOG_KIND_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <FileChooser name="file" label="科目文件" accept=".csv,.tsv,.xlsx" required />
      </ActionForm>
    </main>
  );
}

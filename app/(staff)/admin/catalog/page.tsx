import { prisma } from '@/lib/db/client';
import { requirePageUser } from '@/lib/auth/page-user';
import { can } from '@/lib/auth/permissions';
import { listFiscalYears } from '@/lib/data/admin/fiscal-years';
import { confirmCatalogAction, previewCatalogAction } from '@/lib/actions/catalog-import';
import { CATALOG_KIND_LABELS } from '@/lib/domain/catalog/validate-catalog';
import { CatalogImportForm } from '@/components/admin/catalog-import-form';

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
        上传某年度的官方科目表（CSV、TSV 或 XLSX，含 编码/名称/级次
        列）。先预览将新增、更名和删除的科目，确认后才导入；文件中任何一行有误时不导入任何数据并列出出错的行；文件缺少仍被支出明细使用的科目时拒绝导入并列出这些科目。
      </p>
      <CatalogImportForm
        years={years.map((y) => ({ year: y.year, label: `${y.name}（现有功能科目 ${y._count.functionSubjects} 条）` }))}
        kinds={Object.entries(CATALOG_KIND_LABELS).map(([kind, label]) => ({ kind, label }))}
        preview={previewCatalogAction}
        confirm={confirmCatalogAction}
      />
    </main>
  );
}

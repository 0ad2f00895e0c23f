import { prisma } from '@/lib/db/client';
import { requirePageUser } from '@/lib/auth/page-user';
import { can } from '@/lib/auth/permissions';
import { listFiscalYears } from '@/lib/data/admin/fiscal-years';
import { listCatalogEntries } from '@/lib/data/admin/catalog-entries';
import { confirmCatalogAction, previewCatalogAction } from '@/lib/actions/catalog-import';
import { CATALOG_KIND_LABELS, type CatalogKind } from '@/lib/domain/catalog/validate-catalog';
import { CatalogImportForm } from '@/components/admin/catalog-import-form';
import { CatalogEntriesTable } from '@/components/admin/catalog-entries-table';

export const dynamic = 'force-dynamic';
export const metadata = { title: '科目导入 — 预算通' };

type Search = Promise<{ year?: string; kind?: string; prefix?: string }>;

const MAX_SHOWN = 200;
const IMPORT_KINDS = { ...CATALOG_KIND_LABELS, ECON_MAPPING: '经济科目对照表（部门经济科目 → 政府经济科目）' };

export default async function AdminCatalogPage({ searchParams }: { searchParams: Search }) {
  const s = await searchParams;
  const user = await requirePageUser('/admin/catalog');
  if (!can(user, 'catalog.manage')) return null; // the admin layout shows the refusal
  const years = await listFiscalYears(prisma(), user);
  const year = years.find((y) => String(y.year) === s.year)?.year ?? years.find((y) => y.isOpen)?.year ?? years[0]?.year;
  const kind: CatalogKind = s.kind && s.kind in CATALOG_KIND_LABELS ? (s.kind as CatalogKind) : 'FUNCTION';
  const prefix = /^\d{1,7}$/.test(s.prefix ?? '') ? s.prefix! : '';
  const entries = year !== undefined ? await listCatalogEntries(prisma(), user, year, kind, prefix) : [];
  return (
    <main>
      <h1>科目导入</h1>
      <p className="muted">
        上传某年度的官方科目表（CSV、TSV 或 XLSX，含 编码/名称/级次 列），或经济科目对照表（含 部门经济科目/行政单位政府经济科目/事业单位政府经济科目
        列）。先预览将新增、更名和删除的内容，确认后才导入；文件中任何一行有误时不导入任何数据并列出出错的行；文件缺少仍被支出明细使用的科目，或对照表会使编制中年度的支出明细搭配无效时，拒绝导入并列出。
      </p>
      <CatalogImportForm
        years={years.map((y) => ({ year: y.year, label: `${y.name}（现有功能科目 ${y._count.functionSubjects} 条）` }))}
        kinds={Object.entries(IMPORT_KINDS).map(([kind, label]) => ({ kind, label }))}
        preview={previewCatalogAction}
        confirm={confirmCatalogAction}
      />
      <h2>单个科目维护</h2>
      <p className="muted">
        添加、更名或停用单个科目（编制中的年度）。停用的科目不再供填报选择，已有支出明细和已冻结的版本仍保留并显示该科目；停用一个科目同时停用其下级科目。
      </p>
      <form method="get" className="inline-form" aria-label="选择科目表">
        <label>
          年度
          <select name="year" defaultValue={year}>
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.name}
                {y.isOpen ? '' : '（已结束）'}
              </option>
            ))}
          </select>
        </label>
        <label>
          类别
          <select name="kind" defaultValue={kind}>
            {Object.entries(CATALOG_KIND_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          编码开头 <input name="prefix" defaultValue={prefix} maxLength={7} inputMode="numeric" placeholder="如 205" />
        </label>
        <button type="submit">显示科目</button>
      </form>
      {entries.length > MAX_SHOWN && (
        <p className="muted">
          共 {entries.length} 条，仅显示前 {MAX_SHOWN} 条；请输入编码开头筛选。
        </p>
      )}
      {year !== undefined && <CatalogEntriesTable year={year} kind={kind} kindLabel={CATALOG_KIND_LABELS[kind]} entries={entries.slice(0, MAX_SHOWN)} />}
    </main>
  );
}

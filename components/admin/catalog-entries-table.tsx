import { ActionForm } from '@/components/workflow/action-form';
import { addCatalogEntryAction, renameCatalogEntryAction, setCatalogEntryRetiredAction } from '@/lib/actions/catalog-entries';

export interface CatalogEntryRowView {
  code: string;
  name: string;
  retired: boolean;
}

/** 单个科目维护: add an entry, rename or retire (停用) / re-enable each listed entry of one year and kind. */
export function CatalogEntriesTable({ year, kind, kindLabel, entries }: { year: number; kind: string; kindLabel: string; entries: CatalogEntryRowView[] }) {
  const at = { year: String(year), kind };
  return (
    <>
      <ActionForm action={addCatalogEntryAction} hidden={at} submitLabel="添加科目" className="inline-form">
        <label>
          新科目编码 <input name="code" required maxLength={7} inputMode="numeric" />
        </label>
        <label>
          新科目名称 <input name="name" required maxLength={100} />
        </label>
        {kind === 'DEPT_ECONOMIC' && (
          <>
            <label>
              对应政府经济科目（行政单位） <input name="govCodeAdmin" maxLength={5} inputMode="numeric" />
            </label>
            <label>
              （事业单位） <input name="govCodeInstitution" maxLength={5} inputMode="numeric" aria-label="对应政府经济科目（事业单位）" />
            </label>
            <span className="muted">款级科目可填写对照关系；留空则按对照表的类级规则校验。</span>
          </>
        )}
      </ActionForm>
      <table className="data" aria-label={`${year}年${kindLabel}科目`}>
        <thead>
          <tr>
            <th>编码</th>
            <th>名称（可更名）</th>
            <th>状态</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.code} data-code={e.code}>
              <td>{e.code}</td>
              <td>
                <ActionForm action={renameCatalogEntryAction} hidden={{ ...at, code: e.code }} submitLabel="更名" className="inline-form">
                  <input name="name" aria-label={`${e.code} 名称`} defaultValue={e.name} required maxLength={100} />
                </ActionForm>
              </td>
              <td>
                <ActionForm
                  action={setCatalogEntryRetiredAction}
                  hidden={{ ...at, code: e.code, retired: String(!e.retired) }}
                  submitLabel={e.retired ? '启用' : '停用'}
                  confirm={e.retired ? undefined : `停用 ${e.code} ${e.name} 及其下级科目？停用后不再供填报选择，已有支出明细仍保留该科目。`}
                  className="inline-form"
                >
                  <span>{e.retired ? '已停用' : '使用中'}</span>
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

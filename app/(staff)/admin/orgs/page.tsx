import { prisma } from '@/lib/db/client';
import { requirePageUser } from '@/lib/auth/page-user';
import { can } from '@/lib/auth/permissions';
import { listOrganizations } from '@/lib/data/admin/organizations';
import { createOrganizationAction, updateOrganizationAction } from '@/lib/actions/admin';
import { UNIT_KIND_LABELS } from '@/lib/domain/types';
import { REVIEW_LEVEL_LABELS } from '@/lib/domain/review-chain';
import { ActionForm } from '@/components/workflow/action-form';

export const dynamic = 'force-dynamic';
export const metadata = { title: '单位管理 — 预算通' };

function KindSelect({ value }: { value: string | null }) {
  return (
    <select name="unitKind" defaultValue={value ?? ''} aria-label="单位类型">
      <option value="">（部门无本级预算，或不单列预算的机构）</option>
      {Object.entries(UNIT_KIND_LABELS).map(([k, v]) => (
        <option key={k} value={k}>
          {v}
        </option>
      ))}
    </select>
  );
}

export default async function AdminOrgsPage() {
  const user = await requirePageUser('/admin/orgs');
  if (!can(user, 'org.manage')) return null; // the admin layout shows the refusal
  const orgs = await listOrganizations(prisma(), user);
  return (
    <main>
      <h1>单位管理</h1>
      <section aria-labelledby="new-org-heading">
        <h2 id="new-org-heading">新建部门或单位</h2>
        <p className="muted">合署办公、不单列预算的机构（如执法大队）：不选单位类型、不勾选“是部门”，填写上级部门编码；它只列入部门的机构设置，不编制预算。</p>
        <ActionForm action={createOrganizationAction} submitLabel="创建" className="stack-form narrow-form">
          <label>
            单位编码
            <input name="code" required pattern="[0-9]{3,12}" />
          </label>
          <label>
            单位名称
            <input name="name" required maxLength={100} />
          </label>
          <label>
            单位类型
            <KindSelect value={null} />
          </label>
          <label>
            <span>
              <input type="checkbox" name="isDepartment" /> 是部门
            </span>
          </label>
          <label>
            上级部门编码
            <input name="parentCode" pattern="[0-9]{3,12}" />
          </label>
        </ActionForm>
      </section>
      <h2>全部部门与单位</h2>
      <p className="muted">审核层级按部门设置：两级审核时，所属单位提交的预算先由主管部门审核人转报财政，再由财政局审核人批复。</p>
      <table className="data" aria-label="单位列表">
        <thead>
          <tr>
            <th>编码</th>
            <th>上级</th>
            <th>部门</th>
            <th>名称、类型与状态</th>
          </tr>
        </thead>
        <tbody>
          {orgs.map((o) => (
            <tr key={o.id}>
              <td>{o.code}</td>
              <td>{o.parent?.code ?? ''}</td>
              <td>{o.isDepartment ? '是' : ''}</td>
              <td>
                <ActionForm action={updateOrganizationAction} hidden={{ orgId: o.id }} submitLabel="保存" className="inline-form">
                  <input name="name" defaultValue={o.name} required maxLength={100} aria-label={`${o.code} 名称`} size={24} />
                  <KindSelect value={o.unitKind} />
                  {o.isDepartment && (
                    <select name="reviewLevels" defaultValue={String(o.reviewLevels)} aria-label={`${o.code} 审核层级`}>
                      {Object.entries(REVIEW_LEVEL_LABELS).map(([k, v]) => (
                        <option key={k} value={k}>
                          {v}
                        </option>
                      ))}
                    </select>
                  )}
                  <label>
                    <input type="checkbox" name="disabled" defaultChecked={o.disabled} /> 停用
                  </label>
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

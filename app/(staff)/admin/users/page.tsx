import { prisma } from '@/lib/db/client';
import { requirePageUser } from '@/lib/auth/page-user';
import { can, ROLE_LABELS } from '@/lib/auth/permissions';
import { listUsers } from '@/lib/data/admin/users';
import { createUserAction, resetPasswordAction, setUserDisabledAction, setUserUnitsAction } from '@/lib/actions/admin';
import { ActionForm } from '@/components/workflow/action-form';

export const dynamic = 'force-dynamic';
export const metadata = { title: '用户管理 — 预算通' };

export default async function AdminUsersPage() {
  const user = await requirePageUser('/admin/users');
  if (!can(user, 'user.manage')) return null; // the admin layout shows the refusal
  const users = await listUsers(prisma(), user);
  return (
    <main>
      <h1>用户管理</h1>
      <section aria-labelledby="new-user-heading">
        <h2 id="new-user-heading">新建用户</h2>
        <ActionForm action={createUserAction} submitLabel="创建用户" className="stack-form narrow-form">
          <label>
            用户名
            <input name="username" required pattern="[A-Za-z0-9_.\-]{3,64}" />
          </label>
          <label>
            姓名
            <input name="displayName" required maxLength={50} />
          </label>
          <label>
            角色
            <select name="role" defaultValue="ACCOUNTANT">
              {Object.entries(ROLE_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label>
            初始密码（至少10位，含字母和数字）
            <input name="password" type="password" required minLength={10} autoComplete="new-password" />
          </label>
          <label>
            绑定单位编码（填报人，多个用逗号分隔；主管部门审核人填一个部门编码）
            <input name="units" placeholder="如 901001；主管部门审核人如 901" />
          </label>
        </ActionForm>
      </section>
      <h2>全部用户</h2>
      <table className="data" aria-label="用户列表">
        <thead>
          <tr>
            <th>用户名</th>
            <th>姓名</th>
            <th>角色</th>
            <th>状态</th>
            <th>绑定单位</th>
            <th>重置密码</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-username={u.username}>
              <td>{u.username}</td>
              <td>{u.displayName}</td>
              <td>{ROLE_LABELS[u.role]}</td>
              <td>
                <ActionForm
                  action={setUserDisabledAction}
                  hidden={{ userId: u.id, disabled: String(!u.disabled) }}
                  submitLabel={u.disabled ? '启用' : '停用'}
                  className="inline-form"
                >
                  <span>{u.disabled ? '已停用' : '正常'}</span>
                </ActionForm>
              </td>
              <td>
                {u.role === 'ACCOUNTANT' || u.role === 'DEPT_REVIEWER' ? (
                  <ActionForm action={setUserUnitsAction} hidden={{ userId: u.id }} submitLabel="保存" className="inline-form">
                    <input name="units" aria-label={`${u.username} 绑定单位`} defaultValue={u.units.map((x) => x.org.code).join(',')} size={14} />
                  </ActionForm>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>
                <ActionForm action={resetPasswordAction} hidden={{ userId: u.id }} submitLabel="重置" className="inline-form">
                  <input name="password" type="password" aria-label={`${u.username} 新密码`} minLength={10} required size={12} autoComplete="new-password" />
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

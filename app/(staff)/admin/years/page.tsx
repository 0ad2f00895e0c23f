import { prisma } from '@/lib/db/client';
import { requirePageUser } from '@/lib/auth/page-user';
import { can } from '@/lib/auth/permissions';
import { listFiscalYears } from '@/lib/data/admin/fiscal-years';
import { createFiscalYearAction, setFiscalYearOpenAction } from '@/lib/actions/admin';
import { ActionForm } from '@/components/workflow/action-form';

export const dynamic = 'force-dynamic';
export const metadata = { title: '预算年度 — 预算通' };

export default async function AdminYearsPage() {
  const user = await requirePageUser('/admin/years');
  if (!can(user, 'fiscalYear.manage')) return null; // the admin layout shows the refusal
  const years = await listFiscalYears(prisma(), user);
  return (
    <main>
      <h1>预算年度</h1>
      <ActionForm action={createFiscalYearAction} submitLabel="新建年度" className="inline-form">
        <label>
          年份 <input name="year" type="number" min={2000} max={2100} required />
        </label>
      </ActionForm>
      <table className="data" aria-label="预算年度列表">
        <thead>
          <tr>
            <th>年度</th>
            <th>功能科目数</th>
            <th>预算数</th>
            <th>状态</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <td>{y.name}</td>
              <td className="amount">{y._count.functionSubjects}</td>
              <td className="amount">{y._count.budgets}</td>
              <td>
                <ActionForm
                  action={setFiscalYearOpenAction}
                  hidden={{ year: String(y.year), isOpen: String(!y.isOpen) }}
                  submitLabel={y.isOpen ? '结束编制' : '开放编制'}
                  className="inline-form"
                >
                  <span>{y.isOpen ? '编制中' : '已结束'}</span>
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

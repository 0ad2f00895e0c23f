import { prisma } from '@/lib/db/client';
import { requirePageUser } from '@/lib/auth/page-user';
import { can } from '@/lib/auth/permissions';
import { listFiscalYears } from '@/lib/data/admin/fiscal-years';
import { createFiscalYearAction, setFiscalYearOpenAction, setFiscalYearTemplateAction } from '@/lib/actions/admin';
import { templateOptions } from '@/lib/domain/templates';
import { ActionForm } from '@/components/workflow/action-form';
import Link from 'next/link';

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
      <p className="muted">
        公开模板决定该年度预算的报表、名词解释和公开文件的版式；已提交或已公开的版本保留其冻结时的模板，更改模板不影响它们。每个年度可单独修改所用模板的名词解释和固定表述（标题、表注等），不影响其他年度和其他模板。
      </p>
      <table className="data" aria-label="预算年度列表">
        <thead>
          <tr>
            <th>年度</th>
            <th>功能科目数</th>
            <th>预算数</th>
            <th>状态</th>
            <th>公开模板</th>
            <th>模板文字</th>
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
              <td>
                <ActionForm action={setFiscalYearTemplateAction} hidden={{ year: String(y.year) }} submitLabel="更改模板" className="inline-form">
                  <select name="templateId" defaultValue={y.templateId} aria-label={`${y.name}公开模板`}>
                    {templateOptions().map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.label}
                      </option>
                    ))}
                  </select>
                </ActionForm>
              </td>
              <td>
                <Link href={`/admin/years/${y.year}/template`} aria-label={`${y.name}名词解释与固定表述`}>
                  名词解释与固定表述
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

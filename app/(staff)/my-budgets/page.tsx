import Link from 'next/link';
import { prisma } from '@/lib/db/client';
import { can } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/page-user';
import { listReadableBudgets } from '@/lib/data/workflow/get-budget-workflow';
import { StatusTag } from '@/components/workflow/status-tag';

export const dynamic = 'force-dynamic';
export const metadata = { title: '我的预算 — 预算通' };

export default async function MyBudgetsPage() {
  const user = await requirePageUser('/my-budgets');
  if (!can(user, 'budget.read')) {
    return (
      <main>
        <h1>我的预算</h1>
        <p role="alert">当前账号不负责编制预算。</p>
      </main>
    );
  }
  const budgets = await listReadableBudgets(prisma(), user);
  return (
    <main>
      <h1>我的预算</h1>
      {budgets.length === 0 && <p>尚未绑定任何预算单位，请联系系统管理员。</p>}
      <ul className="card-list">
        {budgets.map((b) => (
          <li key={b.id} className="card" data-org={b.org.code}>
            <Link href={`/workflow/${b.id}`}>
              {b.org.name}
              {b.year}年度预算
            </Link>
            <StatusTag status={b.status} />
            {b._count.comments > 0 && <span className="tag">审核意见 {b._count.comments} 条</span>}
          </li>
        ))}
      </ul>
    </main>
  );
}

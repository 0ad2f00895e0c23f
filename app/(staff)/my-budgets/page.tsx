import Link from 'next/link';
import { prisma } from '@/lib/db/client';
import { can } from '@/lib/auth/permissions';
import { homePathFor } from '@/lib/auth/home-path';
import { requirePageUser } from '@/lib/auth/page-user';
import { listMyUnits } from '@/lib/data/budget/list-my-units';
import { MyUnitCard } from '@/components/budget/my-unit-card';

export const dynamic = 'force-dynamic';
export const metadata = { title: '我的预算 — 预算通' };

export default async function MyBudgetsPage() {
  const user = await requirePageUser('/my-budgets');
  if (!can(user, 'budget.read')) {
    return (
      <main>
        <h1>我的预算</h1>
        <p role="alert">当前账号不负责编制预算。</p>
        <p>
          <Link href={homePathFor(user)}>前往我的工作页面</Link>
        </p>
      </main>
    );
  }
  const units = await listMyUnits(prisma(), user);
  return (
    <main>
      <h1>我的预算</h1>
      {units.length === 0 &&
        (user.role === 'ACCOUNTANT' ? (
          <p>尚未绑定任何预算单位，请联系系统管理员。</p>
        ) : (
          <p>
            您未绑定预算单位。各单位提交的预算请在<Link href="/review">审核队列</Link>中查看。
          </p>
        ))}
      <div className="my-units">
        {units.map((u) => (
          <MyUnitCard key={u.id} unit={u} />
        ))}
      </div>
    </main>
  );
}

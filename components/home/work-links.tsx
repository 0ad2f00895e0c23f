import Link from 'next/link';
import { ROLE_LABELS, type SessionUser } from '@/lib/auth/permissions';

const WORK: Record<SessionUser['role'], { href: string; label: string; text: string }> = {
  ACCOUNTANT: { href: '/my-budgets', label: '我的预算', text: '编制、提交本单位预算，查看审核意见。' },
  REVIEWER: { href: '/review', label: '审核队列', text: '审核各单位提交的预算，批复和公开。' },
  DEPT_REVIEWER: { href: '/review', label: '审核队列', text: '审核本部门所属单位提交的预算，转报财政或退回修改。' },
  ADMIN: { href: '/admin', label: '系统管理', text: '管理用户、单位、预算年度、科目和名词解释。' },
};

/** The signed-in user's way to their work; anonymous visitors get the sign-in link instead. */
export function WorkLinks({ user }: { user: SessionUser | null }) {
  if (!user) {
    return (
      <section className="card" aria-labelledby="work-heading">
        <h2 id="work-heading">单位填报与审核</h2>
        <p>
          单位填报人、财政局审核人和系统管理员请<Link href="/login">登录</Link>后办理预算编制和审核。
        </p>
      </section>
    );
  }
  const w = WORK[user.role];
  return (
    <section className="card" aria-labelledby="work-heading">
      <h2 id="work-heading">我的工作</h2>
      <p>
        {user.displayName}（{ROLE_LABELS[user.role]}）：<Link href={w.href}>{w.label}</Link>
        <span className="muted"> — {w.text}</span>
      </p>
    </section>
  );
}

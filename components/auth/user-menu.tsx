import Link from 'next/link';
import { getSessionUser } from '@/lib/auth/session';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { SignOutButton } from './sign-out-button';

/** The header's right side: who is signed in, their start page and sign-out; or a sign-in link. */
export async function UserMenu() {
  const user = await getSessionUser();
  if (!user) {
    return (
      <nav className="user-menu" aria-label="用户">
        <Link href="/login">登录</Link>
      </nav>
    );
  }
  return (
    <nav className="user-menu" aria-label="用户">
      {user.role === 'ACCOUNTANT' && <Link href="/my-budgets">我的预算</Link>}
      {(user.role === 'REVIEWER' || user.role === 'DEPT_REVIEWER') && <Link href="/review">审核队列</Link>}
      {user.role === 'ADMIN' && <Link href="/admin">系统管理</Link>}
      <span data-testid="signed-in-user">
        {user.displayName}（{ROLE_LABELS[user.role]}）
      </span>
      <SignOutButton />
    </nav>
  );
}

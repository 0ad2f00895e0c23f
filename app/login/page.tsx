import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/session';
import { homePathFor, safeCallbackUrl } from '@/lib/auth/home-path';
import { LoginForm } from './login-form';

export const dynamic = 'force-dynamic';
export const metadata = { title: '登录 — 预算通' };

type Search = Promise<{ callbackUrl?: string }>;

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const { callbackUrl } = await searchParams;
  const user = await getSessionUser();
  if (user) redirect(safeCallbackUrl(callbackUrl) ?? homePathFor(user));
  return (
    <main className="narrow">
      <h1>登录预算通</h1>
      <p className="muted">单位填报人、财政局审核人和系统管理员请使用分配的账号登录。公众查阅已公开的预算无需登录。</p>
      <LoginForm callbackUrl={safeCallbackUrl(callbackUrl) ?? '/login'} />
    </main>
  );
}

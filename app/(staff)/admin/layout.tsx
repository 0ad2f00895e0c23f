import Link from 'next/link';
import { requirePageUser } from '@/lib/auth/page-user';
import { ADMIN_SECTIONS } from './admin-sections';

export const dynamic = 'force-dynamic';

/** Admin screens; every page's data call checks the admin permissions again. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser('/admin');
  if (user.role !== 'ADMIN') {
    return (
      <main>
        <h1>系统管理</h1>
        <p role="alert">无权访问系统管理。</p>
      </main>
    );
  }
  return (
    <>
      <nav className="admin-nav" aria-label="系统管理">
        <Link href="/admin">概览</Link>
        {ADMIN_SECTIONS.map((s) => (
          <Link key={s.href} href={s.href}>
            {s.label}
          </Link>
        ))}
      </nav>
      {children}
    </>
  );
}

import Link from 'next/link';
import { requirePageUser } from '@/lib/auth/page-user';

export const dynamic = 'force-dynamic';

const SECTIONS = [
  ['/admin/users', '用户'],
  ['/admin/orgs', '单位'],
  ['/admin/years', '预算年度'],
  ['/admin/catalog', '科目导入'],
  ['/admin/glossary', '名词解释'],
] as const;

/** Admin screens; every page's data call checks the admin permissions again. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser('/admin/users');
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
        {SECTIONS.map(([href, label]) => (
          <Link key={href} href={href}>
            {label}
          </Link>
        ))}
      </nav>
      {children}
    </>
  );
}

import Link from 'next/link';
import { ADMIN_SECTIONS } from './admin-sections';

export const dynamic = 'force-dynamic';

export const metadata = { title: '系统管理 — 预算通' };

/** /admin: every admin screen with what it is for; the layout has already refused anyone but an admin. */
export default function AdminIndexPage() {
  return (
    <main>
      <h1>系统管理</h1>
      <ul className="card-list admin-index">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.href} className="card">
            <h2>
              <Link href={s.href}>{s.label}</Link>
            </h2>
            <p className="muted">{s.description}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}

import { redirect } from 'next/navigation';

export const dynamic = 'force-dynamic';

/** /admin opens the first admin screen; the layout has already refused anyone but an admin. */
export default function AdminIndexPage() {
  redirect('/admin/users');
}

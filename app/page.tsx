import { prisma } from '@/lib/db/client';
import { getSessionUser } from '@/lib/auth/session';
import { listPublishedDocuments } from '@/lib/data/public/public-documents';
import { WorkLinks } from '@/components/home/work-links';
import { PublishedList } from '@/components/home/published-list';

export const dynamic = 'force-dynamic';

/** Everyone sees the published documents; a signed-in user also gets the way to their work. Never a draft. */
export default async function HomePage() {
  const [user, docs] = await Promise.all([getSessionUser(), listPublishedDocuments(prisma())]);
  return (
    <main>
      <h1>部门预算编制与公开</h1>
      <WorkLinks user={user} />
      <PublishedList docs={docs} />
    </main>
  );
}

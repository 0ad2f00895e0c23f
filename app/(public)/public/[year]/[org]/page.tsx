import { PublicDocumentView, loadPublicDocumentOr404, publicDocumentMetadata } from '@/components/public/public-document-page';

export const dynamic = 'force-dynamic';

type Params = Promise<{ year: string; org: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { year, org } = await params;
  return publicDocumentMetadata(year, org);
}

export default async function PublicDocumentPage({ params }: { params: Params }) {
  const { year, org } = await params;
  return <PublicDocumentView d={await loadPublicDocumentOr404(year, org)} pinned={false} />;
}

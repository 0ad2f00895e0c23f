import { PublicDocumentView, loadPublicDocumentOr404, publicDocumentMetadata } from '@/components/public/public-document-page';

export const dynamic = 'force-dynamic';

type Params = Promise<{ year: string; org: string; versionNo: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { year, org, versionNo } = await params;
  return publicDocumentMetadata(year, org, versionNo);
}

export default async function PublicDocumentVersionPage({ params }: { params: Params }) {
  const { year, org, versionNo } = await params;
  return <PublicDocumentView d={await loadPublicDocumentOr404(year, org, versionNo)} pinned />;
}

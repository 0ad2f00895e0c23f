import { etagResponse } from '@/lib/public-page/etag-body';
import { fontFile, pageAsset } from '@/lib/public-page/page-assets';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

type Params = Promise<{ name: string }>;

const FOREVER = 'public, max-age=31536000, immutable';

/** The public document page's stylesheet and script (content-hashed names) and its font files. */
export async function GET(request: Request, { params }: { params: Params }) {
  const { name } = await params;
  const found = await pageAsset(name);
  if (found) {
    const cache = found.current ? FOREVER : 'public, no-cache';
    return etagResponse(request, found.asset.body, { 'Content-Type': found.asset.contentType, 'Cache-Control': cache });
  }
  const font = await fontFile(name);
  if (!font) return new Response('未找到', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const type = name.endsWith('.woff2') ? 'font/woff2' : 'font/woff';
  return new Response(new Uint8Array(font), { headers: { 'Content-Type': type, 'Cache-Control': 'public, max-age=2592000' } });
}

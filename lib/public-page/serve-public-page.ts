import 'server-only';
import type { PrismaClient } from '../generated/prisma/client';
import { getPublicDocument, type PublicDocument } from '../data/public/public-documents';
import { etagBody, etagResponse, type EtagBody } from './etag-body';
import { pageAssetUrls } from './page-assets';
import { publicNotFoundHtml, publicPageHtml, type PageAssets } from './public-page-html';

// Serves /public/{year}/{org} and /public/{year}/{org}/v/{N}. Which version is shown (and which others
// exist) is read from the database on every request, one indexed query, so every instance shows a new
// publication at once. The rendered page is kept per process under a key naming everything it shows
// (the version, the list of published versions, a 部门预算's units, the asset names): a published version
// never changes, so an entry is never stale, only unused.

const LIMIT = 64;
const pages = new Map<string, EtagBody>();

function remember(key: string, make: () => EtagBody): EtagBody {
  const hit = pages.get(key);
  if (hit) {
    pages.delete(key);
    pages.set(key, hit); // most recently used last
    return hit;
  }
  const made = make();
  pages.set(key, made);
  if (pages.size > LIMIT) pages.delete(pages.keys().next().value as string);
  return made;
}

/** Everything the page shows besides the frozen version itself. */
function pageKey(d: PublicDocument, pinned: boolean, assets: PageAssets): string {
  const versions = d.versions.map((v) => [v.versionId, v.versionNo, v.publishedAt.toISOString(), v.correctionNote]);
  return JSON.stringify([d.versionId, pinned, versions, d.units, assets.css, assets.js]);
}

const HTML = 'text/html; charset=utf-8';
// The latest URL is revalidated on every use (a 304 costs one query); a pinned version's figures never
// change, only the note that a later correction exists, so it may be reused for a few minutes.
const LATEST_CACHE = 'public, no-cache';
const PINNED_CACHE = 'public, max-age=300';

let notFoundBody: { css: string; body: EtagBody } | null = null;

function notFound(request: Request, assets: PageAssets): Response {
  if (notFoundBody?.css !== assets.css) notFoundBody = { css: assets.css, body: etagBody(publicNotFoundHtml(assets)) };
  return etagResponse(request, notFoundBody.body, { 'Content-Type': HTML, 'Cache-Control': 'no-store' }, 404);
}

/** The public document page; a malformed address, an unknown organisation and a draft all get the same 404. */
export async function servePublicPage(db: PrismaClient, request: Request, year: string, org: string, versionNo?: string): Promise<Response> {
  const assets = await pageAssetUrls();
  if (!/^\d{4}$/.test(year) || (versionNo !== undefined && !/^[1-9]\d{0,5}$/.test(versionNo))) return notFound(request, assets);
  const d = await getPublicDocument(db, org, Number(year), versionNo === undefined ? undefined : Number(versionNo));
  if (!d) return notFound(request, assets);
  const pinned = versionNo !== undefined;
  const body = remember(pageKey(d, pinned, assets), () => etagBody(publicPageHtml(d, pinned, assets)));
  return etagResponse(request, body, {
    'Content-Type': HTML,
    'Cache-Control': pinned ? PINNED_CACHE : LATEST_CACHE,
    'X-Version-No': String(d.versionNo),
  });
}

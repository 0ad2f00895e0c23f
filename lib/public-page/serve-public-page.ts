import 'server-only';
import type { PrismaClient } from '../generated/prisma/client';
import { getPublicDocument, type PublicDocument } from '../data/public/public-documents';
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy } from '../security/security-headers';
import { etagBody, etagResponse, type EtagBody } from './etag-body';
import { pageAssetUrls } from './page-assets';
import { publicationStamp } from './publication-stamp';
import { publicNotFoundHtml, publicPageHtml, type PageAssets } from './public-page-html';

// Serves /public/{year}/{org} and /public/{year}/{org}/v/{N}. What an address shows is kept per process
// with the publication stamp it was found under (lib/public-page/publication-stamp.ts); while the stamp
// is unchanged the answer is the kept bytes, with no query of its own and no rendering. When anything is
// published, on any instance, the next request finds the stamp changed and looks the address up again.
// The rendered page is kept under a key naming everything it shows (the version, the list of published
// versions, a 部门预算's units, the asset names): a published version never changes, so a new lookup
// usually finds the same page. The proxy does not run here (proxy.ts): the security headers are set below.

const LIMIT = 64;

/** A small map that forgets the least recently used entry beyond its limit. */
function lru<T>() {
  const entries = new Map<string, T>();
  return {
    get(key: string): T | undefined {
      const hit = entries.get(key);
      if (hit !== undefined) {
        entries.delete(key);
        entries.set(key, hit);
      }
      return hit;
    },
    set(key: string, value: T) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > LIMIT) entries.delete(entries.keys().next().value as string);
    },
  };
}

const pages = lru<EtagBody>();

/** What an address answered under a publication stamp: a page, or null for the 404. */
interface Found {
  stamp: string;
  page: { body: EtagBody; versionNo: number } | null;
}
const addresses = lru<Found>();

/** Everything the page shows besides the frozen version itself. */
function pageKey(d: PublicDocument, pinned: boolean, assets: PageAssets): string {
  const versions = d.versions.map((v) => [v.versionId, v.versionNo, v.publishedAt.toISOString(), v.correctionNote]);
  return JSON.stringify([d.versionId, pinned, versions, d.units, assets.css, assets.js]);
}

const HTML = 'text/html; charset=utf-8';
// The latest URL is revalidated on every use (a 304 needs no query while nothing new is published); a
// pinned version's figures never change, only the note that a later correction exists, so it may be
// reused for a few minutes.
const LATEST_CACHE = 'public, no-cache';
const PINNED_CACHE = 'public, max-age=300';

// The page has no inline script, so its policy needs no per-request nonce.
const SECURITY_HEADERS = { 'Content-Security-Policy': contentSecurityPolicy(null, process.env.NODE_ENV === 'development'), ...STATIC_SECURITY_HEADERS };

let notFoundBody: { css: string; body: EtagBody } | null = null;

function notFound(assets: PageAssets): PageAnswer {
  if (notFoundBody?.css !== assets.css) notFoundBody = { css: assets.css, body: etagBody(publicNotFoundHtml(assets)) };
  return { status: 404, body: notFoundBody.body, headers: { 'Content-Type': HTML, 'Cache-Control': 'no-store', ...SECURITY_HEADERS } };
}

/** What an address answers: the status, the kept body and every header but the body's own. */
export interface PageAnswer {
  status: 200 | 404;
  body: EtagBody;
  headers: Record<string, string>;
}

async function lookUp(db: PrismaClient, year: string, org: string, versionNo: string | undefined, assets: PageAssets): Promise<Found['page']> {
  const d = await getPublicDocument(db, org, Number(year), versionNo === undefined ? undefined : Number(versionNo));
  if (!d) return null;
  const key = pageKey(d, versionNo !== undefined, assets);
  let body = pages.get(key);
  if (!body) {
    body = etagBody(publicPageHtml(d, versionNo !== undefined, assets));
    pages.set(key, body);
  }
  return { body, versionNo: d.versionNo };
}

/**
 * The public document page; a malformed address, an unknown organisation and a draft all get the same 404.
 * readStamp reads the publication stamp (by default through db).
 */
export async function publicPageAnswer(
  db: PrismaClient,
  address: { year: string; org: string; versionNo?: string },
  readStamp: () => Promise<string> = () => publicationStamp(db),
): Promise<PageAnswer> {
  const { year, org, versionNo } = address;
  const [assets, stamp] = await Promise.all([pageAssetUrls(), readStamp()]);
  if (!/^\d{4}$/.test(year) || (versionNo !== undefined && !/^[1-9]\d{0,5}$/.test(versionNo))) return notFound(assets);
  const key = `${year}/${org}/${versionNo ?? ''}`;
  let found = addresses.get(key);
  if (found?.stamp !== stamp) {
    found = { stamp, page: await lookUp(db, year, org, versionNo, assets) };
    addresses.set(key, found);
  }
  if (!found.page) return notFound(assets);
  return {
    status: 200,
    body: found.page.body,
    headers: {
      'Content-Type': HTML,
      'Cache-Control': versionNo === undefined ? LATEST_CACHE : PINNED_CACHE,
      'X-Version-No': String(found.page.versionNo),
      ...SECURITY_HEADERS,
    },
  };
}

/** The page as the route handler sends it (Next.js compresses it on the way out). */
export async function servePublicPage(db: PrismaClient, request: Request, year: string, org: string, versionNo?: string): Promise<Response> {
  const { status, body, headers } = await publicPageAnswer(db, { year, org, versionNo });
  return etagResponse(request, body, headers, status);
}

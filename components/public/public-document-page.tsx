import { cache } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { prisma } from '@/lib/db/client';
import { getPublicDocument, type PublicDocument } from '@/lib/data/public/public-documents';
import { documentTitle } from '@/lib/document/frozen-disclosure';
import { EXPORT_FORMATS, EXPORT_LABELS, publicAttachmentPath, publicFilePath, publicPagePath } from '@/lib/document/public-links';
import { ExportButtons } from '@/components/document/export-buttons';
import { disclosureHtml } from '@/lib/document/html/disclosure-html';
import { versionMemo } from '@/lib/document/version-memo';
import { beijingDateTime } from '@/lib/format/beijing-time';

function dateTime(iso: string | Date): string {
  return beijingDateTime(iso);
}

const readPublicDocument = cache((org: string, year: number, versionNo: number | undefined) => getPublicDocument(prisma(), org, year, versionNo));

// The document body is the same for every reader of a version: built once, then served as HTML.
const bodyMemo = versionMemo<string>(32);

/** Parses the route parameters; anything malformed is a 404 like an unknown organisation. */
export async function loadPublicDocumentOr404(year: string, org: string, versionNo?: string): Promise<PublicDocument> {
  if (!/^\d{4}$/.test(year) || (versionNo !== undefined && !/^[1-9]\d{0,5}$/.test(versionNo))) notFound();
  const d = await readPublicDocument(org, Number(year), versionNo === undefined ? undefined : Number(versionNo));
  if (!d) notFound();
  return d;
}

/** Page title; an unpublished document gets the same title as an unknown one (notFound is left to the page). */
export async function publicDocumentMetadata(year: string, org: string, versionNo?: string) {
  const d =
    /^\d{4}$/.test(year) && (versionNo === undefined || /^[1-9]\d{0,5}$/.test(versionNo))
      ? await readPublicDocument(org, Number(year), versionNo === undefined ? undefined : Number(versionNo))
      : null;
  if (!d) return { title: '预算公开 — 预算通' };
  return { title: `${documentTitle(d.document)}${d.versionNo === d.latestVersionNo ? '' : `（第${d.versionNo}版）`} — 预算通` };
}

/** A published document with its version notes, download buttons and the document itself. */
export function PublicDocumentView({ d, pinned }: { d: PublicDocument; pinned: boolean }) {
  const doc = d.document;
  const isLatest = d.versionNo === d.latestVersionNo;
  const v = pinned ? d.versionNo : undefined;
  const links = EXPORT_FORMATS.map((f) => ({ format: f, label: EXPORT_LABELS[f], href: publicFilePath(doc.year, doc.org.code, f, v) }));
  const others = d.versions.filter((x) => x.versionNo !== d.versionNo);
  return (
    <main className="public-document">
      <p className="breadcrumb">
        <Link href="/public">预算公开</Link> › {doc.year}年度 › {doc.org.name}
      </p>
      <header className="doc-cover">
        <h1>
          <span>{doc.org.name}</span>
          <span>
            {doc.year}年度{doc.scope === 'DEPARTMENT' ? '部门' : '单位'}预算公开
          </span>
        </h1>
        <p className="muted">
          {doc.scope === 'DEPARTMENT' ? '部门' : '单位'}编码 {doc.org.code} · 第{d.versionNo}版 · {dateTime(d.publishedAt)}公开
        </p>
      </header>
      {!isLatest && (
        <p className="version-warning" role="note">
          这是较早的第{d.versionNo}版，已被更正。<Link href={publicPagePath(doc.year, doc.org.code)}>查看最新的第{d.latestVersionNo}版</Link>
        </p>
      )}
      {d.correctionNote && (
        <section className="correction" aria-labelledby="correction-h">
          <h2 id="correction-h">更正说明（第{d.versionNo}版）</h2>
          <p>{d.correctionNote}</p>
        </section>
      )}
      {others.length > 0 && (
        <section className="versions" aria-labelledby="versions-h">
          <h2 id="versions-h">其他公开版本</h2>
          <ul>
            {others.map((o) => (
              <li key={o.versionNo}>
                <Link href={o.versionNo === d.latestVersionNo ? publicPagePath(doc.year, doc.org.code) : publicPagePath(doc.year, doc.org.code, o.versionNo)}>
                  第{o.versionNo}版
                </Link>
                ，{dateTime(o.publishedAt)}公开{o.correctionNote ? `。更正说明：${o.correctionNote}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {d.scope === 'DEPARTMENT' && d.units.length > 0 && <DepartmentUnits year={doc.year} units={d.units} />}
      <ExportButtons links={links} />
      <article
        className="disclosure"
        dangerouslySetInnerHTML={{
          __html: bodyMemo(d.versionId, () => disclosureHtml(d, { attachmentHref: (id) => publicAttachmentPath(doc.year, doc.org.code, id) })),
        }}
      />
    </main>
  );
}

/** A 部门预算's units, each linked to its own published 单位预算. */
function DepartmentUnits({ year, units }: { year: number; units: PublicDocument['units'] }) {
  return (
    <section className="department-units" aria-labelledby="department-units-h">
      <h2 id="department-units-h">本部门所属单位的单位预算</h2>
      <ul>
        {units.map((u) => (
          <li key={u.code}>
            {u.published ? (
              <Link href={publicPagePath(year, u.code)}>
                {u.code} {u.name}
              </Link>
            ) : (
              `${u.code} ${u.name}（单位预算尚未公开）`
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

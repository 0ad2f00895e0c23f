import 'server-only';
import type { PublicDocument } from '../data/public/public-documents';
import { documentTitle } from '../document/frozen-disclosure';
import { disclosureHtml } from '../document/html/disclosure-html';
import { esc } from '../document/html/table-html';
import { EXPORT_FORMATS, EXPORT_LABELS, publicAttachmentPath, publicFilePath, publicPagePath } from '../document/public-links';
import { beijingDateTime } from '../format/beijing-time';

// The public document page as one complete HTML document: no inline script and no per-request value, so
// the same bytes serve every reader (see public-page-cache.ts). The markup mirrors the site's other pages
// (the header of app/layout.tsx without the signed-in user's menu, which public pages never read).

export interface PageAssets {
  css: string;
  js: string;
}

function shell(title: string, assets: PageAssets, main: string): string {
  return (
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${esc(title)}</title><meta name="description" content="单位预算编制、审核与预算公开系统">` +
    `<link rel="icon" href="/icon.svg" type="image/svg+xml"><link rel="stylesheet" href="${assets.css}">` +
    `<script src="${assets.js}" defer></script></head><body>` +
    '<header class="site-header"><a href="/" class="brand">预算通</a><span class="muted">部门预算编制与公开</span>' +
    '<a href="/public">预算公开</a></header>' +
    main +
    '</body></html>'
  );
}

/** The same page for an unknown organisation, an unpublished budget and a missing version. */
export function publicNotFoundHtml(assets: PageAssets): string {
  return shell(
    '预算公开 — 预算通',
    assets,
    '<main class="public-index"><h1>未找到该预算公开文件</h1><p>该单位在所选年度没有已公开的预算，或链接有误。</p>' +
      '<p><a href="/public">返回预算公开目录</a></p></main>',
  );
}

const link = (href: string, text: string) => `<a href="${esc(href)}">${esc(text)}</a>`;

/** A published document with its version notes, download buttons and the document itself. */
export function publicPageHtml(d: PublicDocument, pinned: boolean, assets: PageAssets): string {
  const doc = d.document;
  const isLatest = d.versionNo === d.latestVersionNo;
  const scopeWord = doc.scope === 'DEPARTMENT' ? '部门' : '单位';
  const title = `${documentTitle(doc)}${isLatest ? '' : `（第${d.versionNo}版）`} — 预算通`;
  const others = d.versions.filter((x) => x.versionNo !== d.versionNo);
  let main = `<main class="public-document"><p class="breadcrumb">${link('/public', '预算公开')} › ${doc.year}年度 › ${esc(doc.org.name)}</p>`;
  main +=
    `<header class="doc-cover"><h1><span>${esc(doc.org.name)}</span><span>${doc.year}年度${scopeWord}预算公开</span></h1>` +
    `<p class="muted">${scopeWord}编码 ${esc(doc.org.code)} · 第${d.versionNo}版 · ${beijingDateTime(d.publishedAt)}公开</p></header>`;
  if (!isLatest) {
    main += `<p class="version-warning" role="note">这是较早的第${d.versionNo}版，已被更正。${link(publicPagePath(doc.year, doc.org.code), `查看最新的第${d.latestVersionNo}版`)}</p>`;
  }
  if (d.correctionNote) {
    main += `<section class="correction" aria-labelledby="correction-h"><h2 id="correction-h">更正说明（第${d.versionNo}版）</h2><p>${esc(d.correctionNote)}</p></section>`;
  }
  if (others.length > 0) {
    const items = others.map((o) => {
      const href = publicPagePath(doc.year, doc.org.code, o.versionNo === d.latestVersionNo ? undefined : o.versionNo);
      const note = o.correctionNote ? `。更正说明：${esc(o.correctionNote)}` : '';
      return `<li>${link(href, `第${o.versionNo}版`)}，${beijingDateTime(o.publishedAt)}公开${note}</li>`;
    });
    main += `<section class="versions" aria-labelledby="versions-h"><h2 id="versions-h">其他公开版本</h2><ul>${items.join('')}</ul></section>`;
  }
  if (d.scope === 'DEPARTMENT' && d.units.length > 0) {
    const items = d.units.map(
      (u) => `<li>${u.published ? link(publicPagePath(doc.year, u.code), `${u.code} ${u.name}`) : esc(`${u.code} ${u.name}（单位预算尚未公开）`)}</li>`,
    );
    main += `<section class="department-units" aria-labelledby="department-units-h"><h2 id="department-units-h">本部门所属单位的单位预算</h2><ul>${items.join('')}</ul></section>`;
  }
  const v = pinned ? d.versionNo : undefined;
  const buttons = EXPORT_FORMATS.map(
    (f) => `<li><a class="button" href="${esc(publicFilePath(doc.year, doc.org.code, f, v))}" download data-format="${f}">${esc(EXPORT_LABELS[f])}</a></li>`,
  );
  // The download buttons work as plain links; the page script adds progress and failure messages.
  main += `<div class="export-buttons"><ul aria-label="导出与下载">${buttons.join('')}</ul><div class="export-status" aria-live="polite"></div></div>`;
  main += `<article class="disclosure">${disclosureHtml(d, { attachmentHref: (id) => publicAttachmentPath(doc.year, doc.org.code, id) })}</article></main>`;
  return shell(title, assets, main);
}

import { documentTitle, type FrozenDisclosure } from '../../document/frozen-disclosure';
import { disclosureHtml } from '../../document/html/disclosure-html';
import { esc } from '../../document/html/table-html';
import { PDF_CSS } from './pdf-css';
import { beijingDate } from '../../format/beijing-time';

// The print page of a whole document for Chromium's PDF printer: a cover, then the same fragment the
// public page shows, with the 目录's page numbers filled in on the second pass.

/** pages: outline id → page number (1-based, as printed in the footer). */
export function documentHtml(d: FrozenDisclosure, fontCss: string, pages: Map<string, number> = new Map()): string {
  const doc = d.document;
  const version = d.versionNo ? `第${d.versionNo}版${d.publishedAt ? ` · ${beijingDate(d.publishedAt)}公开` : ''}` : '预览稿（未公开）';
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(documentTitle(doc))}</title><style>${fontCss}${PDF_CSS}</style></head><body>` +
    `<section class="cover"><h1><span>${esc(doc.org.name)}</span><span>${doc.year}年度${doc.scope === 'DEPARTMENT' ? '部门' : '单位'}预算公开</span></h1>` +
    `<p class="version">${esc(version)}</p>${d.correctionNote ? `<p class="correction">更正说明：${esc(d.correctionNote)}</p>` : ''}</section>` +
    `<article class="disclosure">${disclosureHtml(d, { pages })}</article></body></html>`
  );
}

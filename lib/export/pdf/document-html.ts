import { yuanText } from '../../domain/money';
import type { DerivedTable } from '../../domain/types';
import { documentCharts } from '../../document/document-charts';
import { documentTitle, type FrozenDisclosure } from '../../document/frozen-disclosure';
import { PERFORMANCE_ANCHOR, PERFORMANCE_HEADING, chineseNumeral, documentOutline, partTitles } from '../../document/outline';
import { performanceGrid, type GridCell } from '../../document/performance-grid';
import { PDF_CSS } from './pdf-css';

// The print HTML of a whole document for Chromium's PDF printer: the public page's content without
// its navigation, each table on a new page with its header repeated, and a 目录 whose page numbers
// are filled in on the second pass.

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const paragraphs = (text: string, cls = 'indent') =>
  text.split('\n').filter(Boolean).map((p) => `<p class="${cls}">${esc(p)}</p>`).join('');

function reportTable(t: DerivedTable): string {
  const head = t.header
    .map((row) => `<tr>${row.map((c) => `<th${c.colSpan ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}>${esc(c.text)}</th>`).join('')}</tr>`)
    .join('');
  const body = t.rows
    .map((row, r) => `<tr>${row.map((text, c) => (t.exact[r]?.[c] != null ? `<td class="num" title="${esc(yuanText(t.exact[r][c]!))} 元">${esc(text)}</td>` : `<td>${esc(text)}</td>`)).join('')}</tr>`)
    .join('');
  return `<section class="table-page" id="table-${t.no}">
<p class="table-label">预算公开表${chineseNumeral(t.no)}</p>
<h3 class="table-title">${esc(t.title)}</h3>
<div class="table-meta"><span>单位名称：${esc(t.orgName)}</span><span>单位：${esc(t.unit)}</span></div>
<table class="report"><thead>${head}</thead><tbody>${body}</tbody></table>
${t.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('')}
</section>`;
}

function gridTable(rows: GridCell[][]): string {
  const cell = (c: GridCell) => {
    const tag = c.header ? 'th' : 'td';
    const attrs = `${c.colSpan ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}${c.align ? ` class="${c.align}"` : ''}`;
    return `<${tag}${attrs}>${esc(c.text)}</${tag}>`;
  };
  return `<table class="grid">${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</table>`;
}

/** pages: outline id → page number (1-based, as printed in the footer); missing ids print blank. */
export function documentHtml(d: FrozenDisclosure, fontCss: string, pages: Map<string, number> = new Map()): string {
  const doc = d.document;
  const parts = partTitles(doc);
  const charts = documentCharts(d);
  const toc = documentOutline(doc)
    .map((e) => `<li class="l${e.level}"><a href="#${e.id}"><span class="t">${esc(e.label)}</span><span class="dots"></span><span class="p">${pages.get(e.id) ?? ''}</span></a></li>`)
    .join('');
  const narrative = doc.narrative
    .map((s) => {
      let html = `<section id="narrative-${s.no}"><h3>${esc(`${s.no}、${s.title}`)}</h3>${paragraphs(s.text)}`;
      for (const c of charts.filter((x) => x.after === s.no)) {
        html += `<figure class="chart"><figcaption>${esc(c.title)}</figcaption>${c.note ? `<p class="chart-note">${esc(c.note)}</p>` : ''}${c.svg ?? ''}</figure>`;
      }
      if (s.no === '十' && doc.projects.length > 0) {
        html += `<section id="${PERFORMANCE_ANCHOR}"><h3 class="annex">${esc(PERFORMANCE_HEADING)}</h3>`;
        html += doc.projects
          .map((p) => `<div class="perf"><p class="perf-title">${esc(p.title)}</p><p class="perf-year">${esc(p.yearLabel)}</p>${gridTable(performanceGrid(p))}</div>`)
          .join('');
        html += '</section>';
      }
      if (s.no === '十二' && d.attachments.length > 0) {
        html += `<p><strong>附件：</strong></p><ol>${d.attachments.map((a) => `<li>${esc(a.title)}（${esc(a.fileName)}）</li>`).join('')}</ol>`;
      }
      return html + '</section>';
    })
    .join('');
  const s = d.profile.staffing;
  const version = d.versionNo ? `第${d.versionNo}版${d.publishedAt ? ` · ${d.publishedAt.slice(0, 10)}公开` : ''}` : '预览稿（未公开）';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(documentTitle(doc))}</title>
<style>${fontCss}${PDF_CSS}</style></head><body>
<section class="cover"><h1><span>${esc(doc.org.name)}</span><span>${doc.year}年度${doc.scope === 'DEPARTMENT' ? '部门' : '单位'}预算公开</span></h1>
<p class="version">${esc(version)}</p>${d.correctionNote ? `<p class="correction">更正说明：${esc(d.correctionNote)}</p>` : ''}</section>
<nav class="toc"><h2>目 录</h2><ol>${toc}</ol></nav>
<section class="part" id="part-1"><h2>${esc(parts.profile)}</h2>
<h3 id="profile-duties">一、本单位职责</h3>${paragraphs(d.profile.duties)}
<h3 id="profile-structure">二、机构设置情况</h3>${paragraphs(d.profile.structure)}
<p class="indent">内设科室数${s.internalDivisions}个，核定编制数${s.authorizedHeadcount}个，实际在编人数${s.actualHeadcount}人，其他人员${s.otherPersonnel}人。</p></section>
<section class="part" id="part-2"><h2>${esc(parts.tables)}</h2>${doc.tables.map(reportTable).join('')}</section>
<section class="part" id="part-3"><h2>${esc(parts.narrative)}</h2>${narrative}</section>
<section class="part" id="part-4"><h2>${esc(parts.glossary)}</h2>${d.glossary.map((g, i) => `<p class="indent"><strong>${chineseNumeral(i + 1)}、${esc(g.term)}：</strong>${esc(g.definition)}</p>`).join('')}</section>
</body></html>`;
}

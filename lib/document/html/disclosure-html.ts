import { documentCharts, type DocumentChart } from '../document-charts';
import type { FrozenDisclosure } from '../frozen-disclosure';
import { PERFORMANCE_ANCHOR, PERFORMANCE_HEADING, chineseNumeral, documentOutline, isShanghai, partTitles } from '../outline';
import { shanghaiBodyHtml } from './shanghai-body-html';
import { performanceGrid } from '../performance-grid';
import { esc, gridTableHtml, paragraphs, reportTableHtml } from './table-html';
import { staffingItems } from '../../domain/unknown-figures';

// The whole disclosure document (目录 and four parts, in the seed's order) as one HTML fragment: the
// public page shows it, the PDF prints it. Built once per published version and kept (see callers).

export interface DisclosureHtmlOptions {
  /** Page numbers for the 目录 (PDF); without them the 目录 is a list of links. */
  pages?: Map<string, number>;
  /** Link for an attachment download, if attachments are served. */
  attachmentHref?: (id: string) => string;
}

function chartHtml(c: DocumentChart): string {
  return (
    `<figure class="doc-chart" id="${c.id}" aria-labelledby="${c.id}-title"><figcaption id="${c.id}-title">${esc(c.title)}</figcaption>` +
    (c.note ? `<p class="chart-note">${esc(c.note)}</p>` : '') +
    (c.svg ? `<div class="chart-svg">${c.svg}</div>` : '') +
    `</figure>`
  );
}

export function tocHtml(d: FrozenDisclosure, pages?: Map<string, number>): string {
  const items = documentOutline(d.document)
    .map((e) => {
      const page = pages ? `<span class="toc-dots" aria-hidden="true"></span><span class="toc-page">${pages.get(e.id) ?? ''}</span>` : '';
      return `<li class="toc-level-${e.level}"><a href="#${e.id}"><span class="toc-label">${esc(e.label)}</span>${page}</a></li>`;
    })
    .join('');
  return `<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">目 录</h2><ol>${items}</ol></nav>`;
}

function narrativeHtml(d: FrozenDisclosure, o: DisclosureHtmlOptions): string {
  const doc = d.document;
  const charts = documentCharts(d);
  return doc.narrative
    .map((s) => {
      const id = `narrative-${s.no}`;
      let html = `<section id="${id}" aria-labelledby="${id}-h"><h3 id="${id}-h">${esc(`${s.no}、${s.title}`)}</h3>${paragraphs(s.text)}`;
      html += charts
        .filter((c) => c.after === s.no)
        .map(chartHtml)
        .join('');
      if (s.no === '十' && doc.projects.length > 0) {
        html += `<section id="${PERFORMANCE_ANCHOR}" class="performance-tables" aria-labelledby="${PERFORMANCE_ANCHOR}-h"><h4 id="${PERFORMANCE_ANCHOR}-h">${esc(PERFORMANCE_HEADING)}</h4>`;
        html += doc.projects
          .map(
            (p, i) =>
              `<div class="performance-table" id="project-${esc(p.projectCode)}"><p class="performance-title">${esc(p.title)}</p><p class="performance-year">${esc(p.yearLabel)}</p>` +
              gridTableHtml(`${i + 1}. ${p.projectName} 项目支出绩效目标表`, performanceGrid(p)) +
              `</div>`,
          )
          .join('');
        html += `</section>`;
      }
      if (s.no === '十二' && d.attachments.length > 0) {
        const items = d.attachments.map(
          (a) => `<li>${o.attachmentHref ? `<a href="${esc(o.attachmentHref(a.id))}">${esc(a.title)}</a>` : esc(a.title)}（${esc(a.fileName)}）</li>`,
        );
        html += `<div class="attachments"><h4>附件</h4><ol>${items.join('')}</ol></div>`;
      }
      return html + `</section>`;
    })
    .join('');
}

export function disclosureHtml(d: FrozenDisclosure, o: DisclosureHtmlOptions = {}): string {
  if (isShanghai(d.document)) return tocHtml(d, o.pages) + shanghaiBodyHtml(d, o);
  const doc = d.document;
  const parts = partTitles(doc);
  const s = d.profile.staffing;
  const staffing = staffingItems(s)
    .map((i) => `<div><dt>${i.label}</dt><dd>${i.value}</dd></div>`)
    .join('');
  const part = (no: number, title: string, body: string) =>
    `<section id="part-${no}" class="doc-part" aria-labelledby="part-${no}-h"><h2 id="part-${no}-h">${esc(title)}</h2>${body}</section>`;
  return (
    tocHtml(d, o.pages) +
    part(
      1,
      parts.profile,
      `<h3 id="profile-duties">${esc(parts.duties)}</h3>${paragraphs(d.profile.duties)}` +
        `<h3 id="profile-structure">${esc(parts.structure)}</h3>${paragraphs(d.profile.structure)}<dl class="staffing">${staffing}</dl>`,
    ) +
    part(
      2,
      parts.tables,
      `<p class="amount-hint">每个金额单元格可悬停或用 Tab 键聚焦，显示精确到元的金额。</p>` + doc.tables.map((t) => reportTableHtml(t)).join(''),
    ) +
    part(3, parts.narrative, `<div class="narrative">${narrativeHtml(d, o)}</div>`) +
    part(
      4,
      parts.glossary,
      `<ol class="glossary">${d.glossary.map((g, i) => `<li><strong>${chineseNumeral(i + 1)}、${esc(g.term)}：</strong>${esc(g.definition)}</li>`).join('')}</ol>`,
    )
  );
}

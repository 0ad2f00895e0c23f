import type { FrozenDisclosure } from '../frozen-disclosure';
import { PERFORMANCE_ANCHOR, PERFORMANCE_HEADING, SHANGHAI_GLOSSARY_ANCHOR, chineseNumeral, shanghaiOutline } from '../outline';
import { performanceGrid } from '../performance-grid';
import type { DisclosureHtmlOptions } from './disclosure-html';
import { tableLabels } from '../table-labels';
import { esc, gridTableHtml, paragraphs, reportTableHtml } from './table-html';

// The body of a document in 上海市's template, in its references' order: 主要职能, 机构设置, 名词解释,
// 预算编制说明, 预算表 (nine tables), 其他相关情况说明, 项目经费情况说明. Headings print the 目录's labels.

export function shanghaiBodyHtml(d: FrozenDisclosure, o: DisclosureHtmlOptions): string {
  const doc = d.document;
  const label = new Map(shanghaiOutline(doc).map((e) => [e.id, e.label]));
  const part = (id: string, body: string) =>
    `<section id="${id}" class="doc-part" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(label.get(id) ?? '')}</h2>${body}</section>`;
  const glossary = `<ol class="glossary">${d.glossary.map((g, i) => `<li><strong>（${chineseNumeral(i + 1)}）${esc(g.term)}：</strong>${esc(g.definition)}</li>`).join('')}</ol>`;
  const tables = doc.tables.map((t) => reportTableHtml(t, tableLabels(doc, t))).join('');
  const [explanation, ...rest] = doc.narrative;
  // The projects' 绩效目标表 follow 项目经费情况说明, the last section.
  const performance =
    doc.projects.length > 0
      ? `<section id="${PERFORMANCE_ANCHOR}" class="performance-tables" aria-labelledby="${PERFORMANCE_ANCHOR}-h"><h3 id="${PERFORMANCE_ANCHOR}-h">${esc(PERFORMANCE_HEADING)}</h3>` +
        doc.projects
          .map(
            (p, i) =>
              `<div class="performance-table" id="project-${esc(p.projectCode)}"><p class="performance-title">${esc(p.title)}</p><p class="performance-year">${esc(p.yearLabel)}</p>` +
              gridTableHtml(`${i + 1}. ${p.projectName} 项目支出绩效目标表`, performanceGrid(p)) +
              `</div>`,
          )
          .join('') +
        `</section>`
      : '';
  const attachments =
    d.attachments.length > 0
      ? `<div class="attachments"><h3>附件</h3><ol>${d.attachments
          .map((a) => `<li>${o.attachmentHref ? `<a href="${esc(o.attachmentHref(a.id))}">${esc(a.title)}</a>` : esc(a.title)}（${esc(a.fileName)}）</li>`)
          .join('')}</ol></div>`
      : '';
  return (
    part('profile-duties', paragraphs(d.profile.duties)) +
    part('profile-structure', paragraphs(d.profile.structure)) +
    part(SHANGHAI_GLOSSARY_ANCHOR, glossary) +
    (explanation ? part(`narrative-${explanation.no}`, `<div class="narrative">${paragraphs(explanation.text)}</div>`) : '') +
    part('part-2', `<p class="amount-hint">每个金额单元格可悬停或用 Tab 键聚焦，显示精确到分的金额。</p>${tables}`) +
    rest.map((s) => part(`narrative-${s.no}`, `<div class="narrative">${paragraphs(s.text)}</div>`)).join('') +
    performance +
    attachments
  );
}

import { yuanText } from '../../domain/money';
import type { DerivedTable } from '../../domain/types';
import { shanxiTableLabels, type TableLabels } from '../table-labels';
import type { GridCell } from '../performance-grid';

// HTML strings of the document's tables, shared by the public page and the PDF. The caption holds
// the title and the 单位名称 / 单位 line; the table's accessible name is the title alone.

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text paragraphs (separated by newlines) of a narrative or profile text. */
export const paragraphs = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((p) => `<p class="indent">${esc(p)}</p>`)
    .join('');

const span = (c: { colSpan?: number; rowSpan?: number }) =>
  `${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;

export function reportTableHtml(t: DerivedTable, labels: TableLabels = shanxiTableLabels(t)): string {
  const id = `table-${t.no}`;
  const head = t.header
    .map((row) => `<tr>${row.map((c) => `<th scope="${c.colSpan && c.colSpan > 1 ? 'colgroup' : 'col'}"${span(c)}>${esc(c.text)}</th>`).join('')}</tr>`)
    .join('');
  const body = t.rows
    .map((row, r) => {
      const cells = row.map((text, c) => {
        const exact = t.exact[r]?.[c];
        if (exact == null) return c === 0 ? `<th scope="row">${esc(text)}</th>` : `<td>${esc(text)}</td>`;
        return `<td class="amount" title="${esc(yuanText(exact))} 元" data-exact="${esc(exact)}"${text ? ' tabindex="0"' : ''}>${esc(text)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return (
    `<section class="report-table table-page" id="${id}" aria-labelledby="${id}-title">` +
    (labels.label ? `<p class="table-label">${esc(labels.label)}</p>` : '') +
    `<div class="report-table-scroll" tabindex="0" role="region" aria-labelledby="${id}-title">` +
    `<table class="data report" aria-labelledby="${id}-title"><caption><span class="table-title" id="${id}-title">${esc(t.title)}</span>` +
    `<span class="table-meta"><span>${esc(labels.orgLabel)}：${esc(t.orgName)}</span><span>单位：${esc(t.unit)}</span></span></caption>` +
    `<thead>${head}</thead><tbody>${body}</tbody></table></div>` +
    t.notes.map((n) => `<p class="report-note">${esc(n)}</p>`).join('') +
    `</section>`
  );
}

export function gridTableHtml(caption: string, rows: GridCell[][]): string {
  const cell = (c: GridCell) =>
    c.header
      ? `<th scope="${c.colSpan && c.colSpan > 1 ? 'colgroup' : 'row'}"${span(c)}>${esc(c.text)}</th>`
      : `<td${span(c)}${c.align ? ` class="align-${c.align}"` : ''}>${esc(c.text)}</td>`;
  return (
    `<div class="report-table-scroll" tabindex="0" role="region" aria-label="${esc(caption)}">` +
    `<table class="data grid"><caption>${esc(caption)}</caption><tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table></div>`
  );
}

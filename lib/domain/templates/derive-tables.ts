// Lays the one TableContext out in a template's tables. The figures never differ between templates:
// only which sums appear where, under which titles and in which unit.
import { tablesOf } from '../tables';
import type { TableContext } from '../tables/context';
import { NO_DATA_NOTE, TAIL_DIFFERENCE_NOTE, type Cell } from '../tables/layout';
import type { DerivedTable } from '../types';
import { headerRows } from './layouts/cells';
import { economicLayoutRows } from './layouts/economic-layout';
import { functionLayoutRows } from './layouts/function-layout';
import { summaryRows } from './layouts/summary-layout';
import { threePublicOperatingRow } from './layouts/three-public-layout';
import { phraseText, type PhraseOverrides } from './fixed-phrases';
import type { DisclosureTemplate, MoneyFormat, ResolvedMoneyFormat, Scope, TableLayout, TemplateTable } from './types';

function fill(template: DisclosureTemplate, text: string, year: number, scope: Scope): string {
  return text.replace('{year}', String(year)).replace('{scope}', template.scopePrefix[scope]).replace('{scopeShort}', template.scopeShort[scope]);
}

export function templateTitle(template: DisclosureTemplate, table: TemplateTable, year: number, scope: Scope): string {
  return fill(template, table.title, year, scope);
}

function notesOf(template: DisclosureTemplate, table: TemplateTable, year: number, scope: Scope, empty: boolean, phrases?: PhraseOverrides): string[] {
  if (!empty) return template.tableNotes.withData;
  if (!table.emptyFund) return template.tableNotes.empty;
  return [phraseText(template.id, phrases, 'note.emptyFund', { scope: template.scopeShort[scope], year: String(year), fund: table.emptyFund })];
}

/** The base tables' fixed notes (尾差, 无数据) in the year's wording. */
function baseNotes(template: DisclosureTemplate, notes: string[], phrases?: PhraseOverrides): string[] {
  if (!phrases) return notes;
  return notes.map((n) =>
    n === TAIL_DIFFERENCE_NOTE
      ? phraseText(template.id, phrases, 'note.tailDifference')
      : n === NO_DATA_NOTE
        ? phraseText(template.id, phrases, 'note.noData')
        : n,
  );
}

function moneyOf(template: DisclosureTemplate, table: TemplateTable, scope: Scope, cents: boolean): ResolvedMoneyFormat {
  const own = table.byScope?.[scope]?.money ?? table.money;
  const format: MoneyFormat = own === 'by-scope' ? template.moneyByScope[scope] : own;
  return { ...format, decimals: format.decimals === 'auto' ? (cents ? 2 : 0) : format.decimals };
}

/** Whether any line amount has 分 (for money formats with decimals 'auto'). */
function anyCents(ctx: TableContext): boolean {
  return ctx.units.some((u) => u.lines.some((l) => /\.\d*[1-9]/.test(l.amount)));
}

interface Laid {
  rows: Cell[][];
  header: string[][];
  empty: boolean;
}

function layOut(ctx: TableContext, layout: TableLayout, money: ResolvedMoneyFormat): Laid {
  switch (layout.kind) {
    case 'income-expenditure-summary':
      return { ...summaryRows(ctx, layout, money), header: layout.header };
    case 'function': {
      const { rows, columns, empty } = functionLayoutRows(ctx, layout.rows, layout.columns, money);
      // A column left out (e.g. 上年结转 at zero) drops its head too.
      const keep = new Set(columns.map((c) => c.head));
      const dropped = layout.columns.map((c, i) => (keep.has(c.head) ? -1 : 4 + i)).filter((i) => i >= 0);
      const header = layout.header.map((row) => row.filter((_, i) => !dropped.includes(i)));
      return { rows, header, empty };
    }
    case 'economic':
      return { ...economicLayoutRows(ctx, layout.rows, layout.columns, money), header: layout.header };
    case 'three-public-operating':
      return { rows: [threePublicOperatingRow(ctx, money)], header: layout.header, empty: false };
    case 'shanxi':
      throw new Error('山西表样由 tablesOf 生成');
  }
}

/**
 * The template's tables; base (the thirteen tables of tablesOf) is reused when already derived. `phrases`
 * (the year's overrides of the template's fixed phrases) words the notes.
 */
export function templateTables(
  template: DisclosureTemplate,
  ctx: TableContext,
  scope: Scope,
  base?: DerivedTable[],
  phrases?: PhraseOverrides,
): DerivedTable[] {
  const needsBase = template.tables.some((t) => t.layout.kind === 'shanxi');
  const shanxi = needsBase ? (base ?? tablesOf(ctx)) : [];
  const cents = template.tables.some((t) => t.layout.kind !== 'shanxi') && anyCents(ctx);
  return template.tables.map((table) => {
    const title = templateTitle(template, table, ctx.year, scope);
    if (table.layout.kind === 'shanxi') {
      const laid = shanxi[table.layout.no - 1];
      return { ...laid, no: table.no, title, notes: baseNotes(template, laid.notes, phrases) };
    }
    const money = moneyOf(template, table, scope, cents);
    const layout = table.byScope?.[scope]?.layout ?? table.layout;
    const { rows, header, empty } = layOut(ctx, layout, money);
    return {
      no: table.no,
      title,
      orgName: ctx.orgName,
      unit: money.unit,
      header: headerRows(header),
      rows: rows.map((row) => row.map((c) => c.text)),
      exact: rows.map((row) => row.map((c) => c.exact)),
      notes: notesOf(template, table, ctx.year, scope, empty, phrases),
      empty,
    };
  });
}

// Lays the one TableContext out in a template's tables. The figures never differ between templates:
// only which sums appear where, under which titles and in which unit.
import { tablesOf } from '../tables';
import type { TableContext } from '../tables/context';
import type { Cell } from '../tables/layout';
import type { DerivedTable } from '../types';
import { headerRows } from './layouts/cells';
import { economicLayoutRows } from './layouts/economic-layout';
import { functionLayoutRows } from './layouts/function-layout';
import { summaryRows } from './layouts/summary-layout';
import { threePublicOperatingRow } from './layouts/three-public-layout';
import type { DisclosureTemplate, MoneyFormat, Scope, TemplateTable } from './types';

export function templateTitle(template: DisclosureTemplate, table: TemplateTable, year: number, scope: Scope): string {
  return table.title
    .replace('{year}', String(year))
    .replace('{scope}', template.scopePrefix[scope])
    .replace('{scopeShort}', template.scopeShort[scope]);
}

function moneyOf(template: DisclosureTemplate, table: TemplateTable, scope: Scope): MoneyFormat {
  return table.money === 'by-scope' ? template.moneyByScope[scope] : table.money;
}

interface Laid {
  rows: Cell[][];
  header: string[][];
  empty: boolean;
}

function layOut(ctx: TableContext, table: TemplateTable, money: MoneyFormat): Laid {
  const layout = table.layout;
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

/** The template's tables; base (the thirteen tables of tablesOf) is reused when already derived. */
export function templateTables(
  template: DisclosureTemplate,
  ctx: TableContext,
  scope: Scope,
  base?: DerivedTable[],
): DerivedTable[] {
  const needsBase = template.tables.some((t) => t.layout.kind === 'shanxi');
  const shanxi = needsBase ? (base ?? tablesOf(ctx)) : [];
  return template.tables.map((table) => {
    const title = templateTitle(template, table, ctx.year, scope);
    if (table.layout.kind === 'shanxi') return { ...shanxi[table.layout.no - 1], no: table.no, title };
    const money = moneyOf(template, table, scope);
    const { rows, header, empty } = layOut(ctx, table, money);
    return {
      no: table.no,
      title,
      orgName: ctx.orgName,
      unit: money.unit,
      header: headerRows(header),
      rows: rows.map((row) => row.map((c) => c.text)),
      exact: rows.map((row) => row.map((c) => c.exact)),
      notes: empty ? template.tableNotes.empty : template.tableNotes.withData,
      empty,
    };
  });
}

import { stripUnsafeDeep } from '../text/unsafe-characters';
import ExcelJS from 'exceljs';
import type { UnitBudget, YearCatalogs } from '../domain/types';
import { INDICATOR_TREE } from '../domain/projects/indicator-tree';
import { PROJECT_ATTRIBUTES, PROJECT_CATEGORIES } from '../domain/entry-labels';
import {
  codeLabel,
  FUNDING_LEVELS,
  INDICATOR_HEADERS,
  KIND_TEXT,
  LINE_HEADERS,
  LIST_SHEETS,
  MAX_TEMPLATE_ROWS,
  PROJECT_HEADERS,
  PROJECT_TEXT_FIELDS,
  SCOPE_TEXT,
  SHEETS,
  SOURCE_TEXT,
  TIMING_TEXT,
} from './entry-layout';

type Validations = { add(address: string, v: ExcelJS.DataValidation): void };
const dv = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: Validations }).dataValidations;

function listSheet(wb: ExcelJS.Workbook, name: string, columns: string[][]): string[] {
  const ws = wb.addWorksheet(name, { state: 'veryHidden' });
  columns.forEach((values, c) => values.forEach((v, r) => (ws.getCell(r + 1, c + 1).value = v)));
  return columns.map((values, c) => `'${name}'!$${String.fromCharCode(65 + c)}$1:$${String.fromCharCode(65 + c)}$${Math.max(1, values.length)}`);
}

function listRule(ws: ExcelJS.Worksheet, col: number, formula: string, what: string) {
  const letter = ws.getColumn(col).letter;
  dv(ws).add(`${letter}2:${letter}${MAX_TEMPLATE_ROWS + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: `${what}不在列表中`,
    error: `请从下拉列表中选择${what}`,
  });
}

function header(ws: ExcelJS.Worksheet, titles: readonly string[], widths: number[]) {
  ws.addRow([...titles]).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  titles.forEach((_, i) => (ws.getColumn(i + 1).width = widths[i] ?? 14));
}

/**
 * The entry workbook of a unit and year: 支出明细, 项目 and 绩效指标 sheets with the year's catalogues as
 * drop-down lists on hidden sheets. With `data` the sheets carry the current budget (export), else only headers (template).
 */
export async function writeEntryWorkbook(rawCatalogs: YearCatalogs, rawData: UnitBudget | null, rawTitle: string): Promise<Buffer> {
  // Characters XML cannot hold would corrupt the file.
  const [catalogs, data, title] = [stripUnsafeDeep(rawCatalogs), stripUnsafeDeep(rawData), stripUnsafeDeep(rawTitle)];
  const wb = new ExcelJS.Workbook();
  wb.creator = '预算通';
  wb.title = title;
  const names = (rows: { code: string; name: string }[], len: number) => new Map(rows.filter((r) => r.code.length === len).map((r) => [r.code, r.name]));
  const fn = names(catalogs.functions, 7);
  const de = names(catalogs.deptEconomic, 5);
  const ge = names(catalogs.govEconomic, 5);

  const lines = wb.addWorksheet(SHEETS.lines);
  header(lines, LINE_HEADERS, [16, 34, 10, 18, 26, 26, 16, 14, 18]);
  for (const l of data?.lines ?? []) {
    const row = lines.addRow([
      l.id,
      codeLabel(l.functionCode, fn),
      KIND_TEXT[l.kind],
      l.projectCode ?? '',
      codeLabel(l.deptEconCode, de),
      codeLabel(l.govEconCode, ge),
      SOURCE_TEXT[l.source],
      TIMING_TEXT[l.timing],
      Number(l.amount),
    ]);
    row.getCell(9).numFmt = '#,##0.00';
  }
  const projects = wb.addWorksheet(SHEETS.projects);
  header(projects, PROJECT_HEADERS, [18, 30, 10, 14, 22, 10]);
  for (const p of data?.projects ?? []) {
    const fund = (f: typeof p.fundingYear) => FUNDING_LEVELS.map((l) => (f[l] === undefined ? null : Number(f[l])));
    projects.addRow([
      p.code,
      p.name,
      p.originYear,
      p.category,
      p.attribute,
      p.period ?? '',
      ...fund(p.fundingPeriod),
      ...fund(p.fundingYear),
      ...PROJECT_TEXT_FIELDS.map(([k]) => p[k]),
    ]);
  }
  const indicators = wb.addWorksheet(SHEETS.indicators);
  header(indicators, INDICATOR_HEADERS, [18, 10, 12, 14, 30, 8, 12, 10, 24]);
  for (const p of data?.projects ?? []) {
    for (const [scope, list] of [
      ['PERIOD', p.indicatorsPeriod],
      ['YEAR', p.indicatorsYear],
    ] as const) {
      for (const i of list) {
        indicators.addRow([
          p.code,
          SCOPE_TEXT[scope],
          i.level1,
          i.level2,
          i.name,
          i.value.comparator ?? '',
          i.value.number ?? '',
          i.value.unit ?? '',
          i.value.text ?? '',
        ]);
      }
    }
  }
  for (const ws of [projects, indicators]) ws.getColumn(ws === projects ? 1 : 7).numFmt = '@';

  const [fnList] = listSheet(wb, LIST_SHEETS.functions, [[...fn].map(([c, n]) => `${c} ${n}`)]);
  const [deList] = listSheet(wb, LIST_SHEETS.deptEcon, [[...de].map(([c, n]) => `${c} ${n}`)]);
  const [geList] = listSheet(wb, LIST_SHEETS.govEcon, [[...ge].map(([c, n]) => `${c} ${n}`)]);
  const level2 = [...new Set(INDICATOR_TREE.flatMap((g) => g.level2))];
  const [kinds, sources, timings, scopes, level1s, level2s, comparators, categories, attributes] = listSheet(wb, LIST_SHEETS.options, [
    Object.values(KIND_TEXT),
    Object.values(SOURCE_TEXT),
    Object.values(TIMING_TEXT),
    Object.values(SCOPE_TEXT),
    INDICATOR_TREE.map((g) => g.level1),
    level2,
    ['≥', '≤', '=', '>', '<'],
    PROJECT_CATEGORIES,
    PROJECT_ATTRIBUTES,
  ]);
  const projectList = `'${SHEETS.projects}'!$A$2:$A$${MAX_TEMPLATE_ROWS + 1}`;
  [
    [2, fnList, '功能科目'],
    [3, kinds, '支出类型'],
    [4, projectList, '项目编码'],
    [5, deList, '部门经济科目'],
    [6, geList, '政府经济科目'],
    [7, sources, '资金来源'],
    [8, timings, '当年/上年结转'],
  ].forEach(([c, f, w]) => listRule(lines, c as number, f as string, w as string));
  dv(lines).add(`I2:I${MAX_TEMPLATE_ROWS + 1}`, {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 999999999999.99],
    showErrorMessage: true,
    error: '金额须为不小于0、小于1万亿元的数字',
  });
  listRule(projects, 4, categories, '项目类别');
  listRule(projects, 5, attributes, '项目属性');
  [
    [1, projectList, '项目编码'],
    [2, scopes, '目标期间'],
    [3, level1s, '一级指标'],
    [4, level2s, '二级指标'],
    [6, comparators, '比较符'],
  ].forEach(([c, f, w]) => listRule(indicators, c as number, f as string, w as string));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

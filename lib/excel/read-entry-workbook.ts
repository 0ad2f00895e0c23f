import { openXlsx, type SheetRead, type SheetRow } from './xlsx/read-xlsx';
import type { FundSource, FundTiming, Indicator, ProjectFunding, SpendingKind } from '../domain/types';

type GoalScope = 'PERIOD' | 'YEAR';
import type { LineInput } from '../data/entry/line-rules';
import {
  codeOf,
  FUNDING_LEVELS,
  INDICATOR_HEADERS,
  KIND_TEXT,
  LINE_HEADERS,
  LINES_OVER_LIMIT,
  MAX_LINE_ROWS,
  overLimit,
  PROJECT_HEADERS,
  PROJECT_TEXT_FIELDS,
  reverse,
  SCOPE_TEXT,
  SHEETS,
  SOURCE_TEXT,
  TIMING_TEXT,
} from './entry-layout';

export interface RowError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface ParsedIndicator {
  row: number;
  projectCode: string;
  scope: GoalScope | string;
  indicator: Indicator;
}

export interface ParsedWorkbook {
  lines: (LineInput & { row: number })[];
  projects: { row: number; raw: Record<string, unknown> }[];
  indicators: ParsedIndicator[];
  errors: RowError[];
  /** 支出明细 has more than MAX_LINE_ROWS rows: it was not read. */
  linesOverLimit?: boolean;
}

type Sheet = { rows: SheetRow[]; col: Map<string, number> };

const NOT_A_WORKBOOK: RowError = { sheet: '', row: 0, column: '', message: '文件不是有效的 Excel（.xlsx）工作簿' };

/** The sheet with its header row (row 1) read; null, with errors, when it or one of `headers` is missing. */
function openSheet(read: SheetRead | null, name: string, headers: readonly string[], errors: RowError[]): Sheet | null {
  if (!read) {
    errors.push({ sheet: name, row: 0, column: '', message: `缺少工作表“${name}”，请使用本系统下载的模板` });
    return null;
  }
  const col = new Map<string, number>();
  const header = read.rows[0]?.row === 1 ? read.rows[0].cells : [];
  header.forEach((text, c) => col.set(text, c));
  const missing = headers.filter((h) => !col.has(h));
  for (const h of missing) errors.push({ sheet: name, row: 1, column: h, message: `缺少列“${h}”` });
  return missing.length > 0 ? null : { rows: read.rows, col };
}

/** Each row below the header with a value under one of the headers; `get` reads a cell by its column's header. */
function eachDataRow(s: Sheet, fn: (get: (h: string) => string, row: number) => void) {
  const columns = [...s.col.values()];
  for (const { row, cells } of s.rows) {
    if (row === 1 || columns.every((c) => (cells[c] ?? '') === '')) continue;
    fn((h) => cells[s.col.get(h)!] ?? '', row);
  }
}

const KIND = reverse(KIND_TEXT);
const TIMING = reverse(TIMING_TEXT);
const SOURCE = reverse(SOURCE_TEXT);
const SCOPE = reverse(SCOPE_TEXT);

/** Reads an entry workbook into rows; only structural problems are reported here, field rules run on apply. */
export async function readEntryWorkbook(buffer: ArrayBuffer | Uint8Array): Promise<ParsedWorkbook> {
  const content = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const errors: RowError[] = [];
  let reads: (SheetRead | null)[];
  try {
    const wb = await openXlsx(content);
    // Each sheet is read only up to the row limit (+ its header): a longer sheet is refused, not loaded.
    reads = [
      await wb.readSheet(SHEETS.lines, MAX_LINE_ROWS + 1),
      await wb.readSheet(SHEETS.projects, MAX_LINE_ROWS + 1),
      await wb.readSheet(SHEETS.indicators, MAX_LINE_ROWS + 1),
    ];
  } catch {
    return { lines: [], projects: [], indicators: [], errors: [NOT_A_WORKBOOK] };
  }
  const out: ParsedWorkbook = { lines: [], projects: [], indicators: [], errors };
  const lines = openSheet(reads[0], SHEETS.lines, LINE_HEADERS, errors);
  if (lines && reads[0]?.overLimit) {
    out.linesOverLimit = true;
    errors.push({ sheet: SHEETS.lines, row: 0, column: '', message: LINES_OVER_LIMIT });
  } else if (lines) {
    eachDataRow(lines, (get, row) => {
      out.lines.push({
        row,
        key: get('行号') || `R${row}`,
        functionCode: codeOf(get('功能科目')),
        kind: (KIND.get(get('支出类型')) ?? get('支出类型')) as SpendingKind,
        projectCode: get('项目编码') || null,
        deptEconCode: codeOf(get('部门经济科目')),
        govEconCode: codeOf(get('政府经济科目')),
        source: (SOURCE.get(get('资金来源')) ?? get('资金来源')) as FundSource,
        timing: (TIMING.get(get('当年/上年结转')) ?? get('当年/上年结转')) as FundTiming,
        amount: get('金额（元）'),
      });
    });
  }
  const projects = openSheet(reads[1], SHEETS.projects, PROJECT_HEADERS, errors);
  if (projects && reads[1]?.overLimit) errors.push({ sheet: SHEETS.projects, row: 0, column: '', message: overLimit(SHEETS.projects) });
  else if (projects) {
    eachDataRow(projects, (get, row) => {
      const funding = (prefix: string): ProjectFunding =>
        Object.fromEntries(FUNDING_LEVELS.map((l, i) => [l, get(PROJECT_HEADERS[(prefix === '实施期' ? 6 : 11) + i])]).filter(([, v]) => v !== ''));
      const year = get('设立年度');
      out.projects.push({
        row,
        raw: {
          code: get('项目编码'),
          name: get('项目名称'),
          originYear: /^\d{4}$/.test(year) ? Number(year) : year,
          category: get('项目类别'),
          attribute: get('项目属性'),
          period: get('项目期') || null,
          fundingPeriod: funding('实施期'),
          fundingYear: funding('年度'),
          ...Object.fromEntries(PROJECT_TEXT_FIELDS.map(([k, label]) => [k, get(label)])),
          indicatorsPeriod: [],
          indicatorsYear: [],
        },
      });
    });
  }
  const indicators = openSheet(reads[2], SHEETS.indicators, INDICATOR_HEADERS, errors);
  if (indicators && reads[2]?.overLimit) errors.push({ sheet: SHEETS.indicators, row: 0, column: '', message: overLimit(SHEETS.indicators) });
  else if (indicators) {
    eachDataRow(indicators, (get, row) => {
      out.indicators.push({
        row,
        projectCode: get('项目编码'),
        scope: SCOPE.get(get('目标期间')) ?? get('目标期间'),
        indicator: {
          level1: get('一级指标'),
          level2: get('二级指标'),
          name: get('三级指标'),
          value: {
            comparator: (get('比较符') || null) as Indicator['value']['comparator'],
            number: get('数值') || null,
            unit: get('单位') || null,
            text: get('文字指标值') || null,
          },
        },
      });
    });
  }
  return out;
}

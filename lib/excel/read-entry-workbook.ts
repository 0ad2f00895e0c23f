import ExcelJS from 'exceljs';
import { MAX_LINE_ROWS } from './count-sheet-rows';
import type { FundSource, FundTiming, Indicator, ProjectFunding, SpendingKind } from '../domain/types';

type GoalScope = 'PERIOD' | 'YEAR';
import type { LineInput } from '../data/entry/line-rules';
import {
  codeOf,
  FUNDING_LEVELS,
  INDICATOR_HEADERS,
  KIND_TEXT,
  LINE_HEADERS,
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
}

export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v)
    return v.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  if ('text' in v) return String(v.text).trim();
  if ('error' in v) return '';
  return '';
}

type Sheet = { ws: ExcelJS.Worksheet; col: Map<string, number> };

function openSheet(wb: ExcelJS.Workbook, name: string, headers: readonly string[], errors: RowError[]): Sheet | null {
  const ws = wb.getWorksheet(name);
  if (!ws) {
    errors.push({ sheet: name, row: 0, column: '', message: `缺少工作表“${name}”，请使用本系统下载的模板` });
    return null;
  }
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((cell, c) => col.set(cellText(cell.value), c));
  const missing = headers.filter((h) => !col.has(h));
  for (const h of missing) errors.push({ sheet: name, row: 1, column: h, message: `缺少列“${h}”` });
  return missing.length > 0 ? null : { ws, col };
}

function eachDataRow(s: Sheet, fn: (get: (h: string) => string, raw: (h: string) => ExcelJS.CellValue, row: number) => void) {
  s.ws.eachRow({ includeEmpty: false }, (r, n) => {
    if (n === 1) return;
    const raw = (h: string) => r.getCell(s.col.get(h)!).value;
    const get = (h: string) => cellText(raw(h));
    if ([...s.col.keys()].every((h) => get(h) === '')) return;
    fn(get, raw, n);
  });
}

const KIND = reverse(KIND_TEXT);
const TIMING = reverse(TIMING_TEXT);
const SOURCE = reverse(SOURCE_TEXT);
const SCOPE = reverse(SCOPE_TEXT);

/** Reads an entry workbook into rows; only structural problems are reported here, field rules run on apply. */
export async function readEntryWorkbook(buffer: ArrayBuffer | Uint8Array): Promise<ParsedWorkbook> {
  const wb = new ExcelJS.Workbook();
  const errors: RowError[] = [];
  try {
    await wb.xlsx.load(buffer as ArrayBuffer);
  } catch {
    return { lines: [], projects: [], indicators: [], errors: [{ sheet: '', row: 0, column: '', message: '文件不是有效的 Excel（.xlsx）工作簿' }] };
  }
  const out: ParsedWorkbook = { lines: [], projects: [], indicators: [], errors };
  const lines = openSheet(wb, SHEETS.lines, LINE_HEADERS, errors);
  if (lines && lines.ws.actualRowCount > MAX_LINE_ROWS + 1) {
    errors.push({ sheet: SHEETS.lines, row: 0, column: '', message: `工作表“${SHEETS.lines}”超过${MAX_LINE_ROWS}行，请删除多余的行或分批导入` });
  } else if (lines) {
    eachDataRow(lines, (get, _raw, row) => {
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
  const projects = openSheet(wb, SHEETS.projects, PROJECT_HEADERS, errors);
  if (projects) {
    eachDataRow(projects, (get, _raw, row) => {
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
  const indicators = openSheet(wb, SHEETS.indicators, INDICATOR_HEADERS, errors);
  if (indicators) {
    eachDataRow(indicators, (get, _raw, row) => {
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

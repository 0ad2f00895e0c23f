import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CatalogInputRow } from '../domain/catalog/validate-catalog';

/** A problem with the file itself (type, encoding, header); the message is shown to the user. */
export class CatalogFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogFileError';
  }
}

export const SUPPORTED_CATALOG_EXTENSIONS = ['.csv', '.tsv', '.xlsx'] as const;

type Column = 'code' | 'name' | 'level';
const HEADER_ALIASES: Record<Column, string[]> = {
  code: ['编码', '代码', '科目编码', '科目代码', 'code'],
  name: ['名称', '科目名称', 'name'],
  level: ['级次', '级别', '层级', 'level'],
};
const HEADER_HINT = '表头应包含“编码”（code）和“名称”（name）列，可选“级次”（level）列';
const HEADER_SEARCH_ROWS = 10;

/** One row of cells with its row number as the user sees it (first line or row = 1). */
export interface RawRow {
  rowNumber: number;
  cells: string[];
}

export const normalizeHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .toLowerCase();

function columnOf(header: string): Column | null {
  const h = normalizeHeader(header);
  for (const col of Object.keys(HEADER_ALIASES) as Column[]) {
    if (HEADER_ALIASES[col].includes(h)) return col;
  }
  return null;
}

/** Splits delimited text into records; quoted fields may hold the delimiter, "" and line breaks. */
export function splitDelimited(text: string, delimiter: ',' | '\t'): RawRow[] {
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const endRecord = () => {
    cells.push(field);
    rows.push({ rowNumber: startLine, cells });
    cells = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delimiter) {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else {
      field += ch;
    }
  }
  if (quoted) throw new CatalogFileError(`第${startLine}行：引号未闭合`);
  if (field !== '' || cells.length > 0) endRecord();
  return rows;
}

function decodeText(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    try {
      // Excel in a Chinese locale saves CSV as GBK.
      return new TextDecoder('gbk').decode(data);
    } catch {
      throw new CatalogFileError('文件编码无法识别，请另存为UTF-8编码后重新上传');
    }
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

async function readXlsxRows(data: Uint8Array): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
  } catch {
    throw new CatalogFileError('无法读取Excel文件，请确认文件为.xlsx格式且未损坏');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new CatalogFileError('Excel文件中没有工作表');
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push({ rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

export const isBlank = (row: RawRow) => row.cells.every((c) => c.trim() === '');

function toCatalogRows(raw: RawRow[]): CatalogInputRow[] {
  const rows = raw.filter((r) => !isBlank(r));
  if (rows.length === 0) throw new CatalogFileError('文件为空');

  const headerIndex = rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((r) => r.cells.some((c) => columnOf(c) === 'code') && r.cells.some((c) => columnOf(c) === 'name'));
  if (headerIndex < 0) {
    const first = rows[0];
    const has = (col: Column) => first.cells.some((c) => columnOf(c) === col);
    const missing = [!has('code') && '“编码”', !has('name') && '“名称”'].filter(Boolean).join('和');
    throw new CatalogFileError(`第${first.rowNumber}行表头缺少${missing}列（${HEADER_HINT}）`);
  }

  const header = rows[headerIndex];
  const index: Partial<Record<Column, number>> = {};
  header.cells.forEach((c, i) => {
    const col = columnOf(c);
    if (col && index[col] === undefined) index[col] = i;
  });
  const cell = (r: RawRow, col: Column) => {
    const i = index[col];
    return i === undefined ? '' : (r.cells[i] ?? '').trim();
  };

  return rows.slice(headerIndex + 1).map((r) => {
    const row: CatalogInputRow = { rowNumber: r.rowNumber, code: cell(r, 'code'), name: cell(r, 'name') };
    if (index.level !== undefined) row.level = cell(r, 'level');
    return row;
  });
}

/** The rows of an uploaded CSV, TSV or XLSX file; fileName decides the format by its extension. */
export async function readRawRows(data: Uint8Array, fileName: string): Promise<RawRow[]> {
  const ext = path.extname(fileName).toLowerCase();
  switch (ext) {
    case '.csv':
      return splitDelimited(decodeText(data), ',');
    case '.tsv':
      return splitDelimited(decodeText(data), '\t');
    case '.xlsx':
      return readXlsxRows(data);
    default:
      throw new CatalogFileError(`不支持的文件类型“${ext || '无扩展名'}”，请上传 ${SUPPORTED_CATALOG_EXTENSIONS.join('、')} 格式的文件`);
  }
}

/** Parses an uploaded catalogue; fileName decides the format by its extension. */
export async function parseCatalogBuffer(data: Uint8Array, fileName: string): Promise<CatalogInputRow[]> {
  return toCatalogRows(await readRawRows(data, fileName));
}

export async function parseCatalogFile(filePath: string): Promise<CatalogInputRow[]> {
  const ext = path.extname(filePath).toLowerCase();
  if (!(SUPPORTED_CATALOG_EXTENSIONS as readonly string[]).includes(ext)) {
    return parseCatalogBuffer(new Uint8Array(), filePath);
  }
  let data: Buffer;
  try {
    data = await readFile(filePath);
  } catch {
    throw new CatalogFileError(`无法读取文件“${path.basename(filePath)}”`);
  }
  return parseCatalogBuffer(data, filePath);
}

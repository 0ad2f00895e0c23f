import path from 'node:path';
import { cellText, isDateFormatId, type CellContext } from './cell-text';
import { entryChunks, zipEntries, type ZipEntry } from './zip-archive';
import { scanXml, type XmlHandler } from './xml-scanner';

// A streaming reader of .xlsx worksheets as rows of cell texts: the archive's parts are inflated and scanned as
// they stream, without building a workbook object model. Only what reading cell values needs is read: the
// workbook's sheet list and date system, shared strings, the styles' number formats (dates), merged cells.

export class NotAWorkbook extends Error {}

/** Inflated size allowed for one part: far above any workbook within the upload limit, far below memory. */
const MAX_PART_BYTES = 256 * 1024 * 1024;
const MAX_COLUMN = 16_384;

export interface SheetRow {
  row: number;
  /** Cell texts by 1-based column; empty cells are absent. */
  cells: string[];
}

export interface SheetRead {
  rows: SheetRow[];
  /** More than `maxRows` rows with a value: reading stopped there. */
  overLimit: boolean;
}

export interface XlsxWorkbook {
  sheetNames: string[];
  readSheet(name: string, maxRows?: number): Promise<SheetRead | null>;
}

type Parts = Map<string, ZipEntry>;

async function scanPart(content: Uint8Array, parts: Parts, name: string, handler: XmlHandler): Promise<boolean> {
  const entry = parts.get(name.toLowerCase());
  if (!entry) return false;
  await scanXml(entryChunks(content, entry, MAX_PART_BYTES), handler);
  return true;
}

const ignore = () => {};

/** The relationships of a part: id → target part name (resolved), type. External targets are left out. */
async function relationships(content: Uint8Array, parts: Parts, part: string) {
  const dir = path.posix.dirname(part);
  const rels = new Map<string, { target: string; type: string }>();
  await scanPart(content, parts, path.posix.join(dir, '_rels', `${path.posix.basename(part)}.rels`), {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
      const target = a.Target.startsWith('/') ? a.Target.slice(1) : path.posix.normalize(path.posix.join(dir, a.Target));
      rels.set(a.Id, { target, type: a.Type ?? '' });
    },
    close: ignore,
    text: ignore,
  });
  return rels;
}

function textCollector(element: string, strings: string[]): XmlHandler {
  let inside = false;
  let phonetic = 0;
  let inText = false;
  let parts: string[] = [];
  return {
    open(name) {
      if (name === element) {
        inside = true;
        parts = [];
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inside && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === element && inside) {
        strings.push(parts.join(''));
        inside = false;
      }
    },
    text(t) {
      if (inText) parts.push(t);
    },
  };
}

async function dateStyles(content: Uint8Array, parts: Parts, stylesPart: string | undefined): Promise<Set<number>> {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  if (stylesPart) {
    await scanPart(content, parts, stylesPart, {
      open(name, a) {
        if (name === 'numFmts') inNumFmts = true;
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'numFmt' && inNumFmts) custom.set(parseInt(a.numFmtId, 10), a.formatCode ?? '');
        else if (name === 'xf' && inCellXfs) formats.push(parseInt(a.numFmtId ?? '0', 10) || 0);
      },
      close(name) {
        if (name === 'numFmts') inNumFmts = false;
        else if (name === 'cellXfs') inCellXfs = false;
      },
      text: ignore,
    });
  }
  return new Set(formats.flatMap((id, style) => (isDateFormatId(id, custom) ? [style] : [])));
}

/** "AB12" → [12, 28]; [0, 0] when not a cell reference. */
function cellRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const row = parseInt(ref.slice(i), 10);
  return [Number.isFinite(row) ? row : 0, col];
}

class Stop extends Error {}

async function readSheetRows(content: Uint8Array, parts: Parts, part: string, ctx: CellContext, maxRows: number): Promise<SheetRead> {
  const byRow = new Map<number, string[]>();
  const merges: string[] = [];
  let ordered = true;
  let lastRow = 0;
  let nextRow = 1;
  let cells: string[] | null = null;
  let rowNo = 0;
  let hasValue = false;
  let col = 0;
  let nextCol = 1;
  let type = 'n';
  let style = 0;
  let formula = false;
  let v = '';
  let inline = '';
  let capture = 0; // 1: <v>, 2: <t> of an inline string
  let inInline = false;
  let phonetic = 0;
  let overLimit = false;
  const handler: XmlHandler = {
    open(name, a) {
      switch (name) {
        case 'row':
          rowNo = a.r ? parseInt(a.r, 10) : nextRow;
          nextRow = rowNo + 1;
          cells = [];
          hasValue = false;
          nextCol = 1;
          break;
        case 'c':
          col = a.r ? cellRef(a.r)[1] : nextCol;
          nextCol = col + 1;
          type = a.t ?? 'n';
          style = a.s ? parseInt(a.s, 10) : 0;
          formula = false;
          v = '';
          inline = '';
          break;
        case 'v':
          capture = 1;
          break;
        case 'f':
          formula = true;
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inInline && phonetic === 0) capture = 2;
          break;
        case 'mergeCell':
          if (a.ref) merges.push(a.ref);
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          capture = 0;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          if (!cells || col < 1 || col > MAX_COLUMN) break;
          const text = cellText(type, style, formula, v, inline, ctx);
          if (text !== '') {
            cells[col] = text;
            hasValue = true;
          }
          break;
        }
        case 'row': {
          if (!cells || !hasValue) break;
          const existing = byRow.get(rowNo);
          if (existing) cells.forEach((t, c) => (existing[c] = t));
          else {
            if (byRow.size >= maxRows) {
              overLimit = true;
              throw new Stop();
            }
            byRow.set(rowNo, cells);
            if (rowNo < lastRow) ordered = false;
            lastRow = rowNo;
          }
          cells = null;
          break;
        }
      }
    },
    text(t) {
      if (capture === 1) v += t;
      else if (capture === 2) inline += t;
    },
  };
  try {
    await scanPart(content, parts, part, handler);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  const keys = [...byRow.keys()];
  if (!ordered) keys.sort((a, b) => a - b);
  if (!overLimit) for (const ref of merges) copyMerged(byRow, ref);
  return { rows: keys.map((row) => ({ row, cells: byRow.get(row)! })), overLimit };
}

/** A merged range reads as its top-left cell's value in each of its cells (on the rows that have values). */
function copyMerged(byRow: Map<number, string[]>, ref: string) {
  const [from, to = from] = ref.split(':');
  const [r1, c1] = cellRef(from);
  const [r2, c2] = cellRef(to);
  if (r1 < 1 || c1 < 1 || r2 < r1 || c2 < c1 || c2 > MAX_COLUMN) return;
  const master = byRow.get(r1)?.[c1];
  const rows = r2 - r1 < byRow.size ? Array.from({ length: r2 - r1 + 1 }, (_, i) => r1 + i) : [...byRow.keys()].filter((r) => r >= r1 && r <= r2);
  for (const r of rows) {
    const cells = byRow.get(r);
    if (!cells) continue;
    for (let c = c1; c <= c2; c++) {
      if (r === r1 && c === c1) continue;
      if (master === undefined) delete cells[c];
      else cells[c] = master;
    }
  }
}

/** Opens a .xlsx: its sheet list, date system, shared strings and date styles. Throws NotAWorkbook when it is none. */
export async function openXlsx(content: Uint8Array): Promise<XlsxWorkbook> {
  let parts: Parts;
  try {
    parts = zipEntries(content);
  } catch {
    throw new NotAWorkbook('not a zip archive');
  }
  const root = await relationships(content, parts, '');
  const workbookPart = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const sheets: { name: string; rid: string }[] = [];
  let date1904 = false;
  const found = await scanPart(content, parts, workbookPart, {
    open(name, a) {
      if (name === 'sheet' && a.name !== undefined) sheets.push({ name: a.name, rid: a.id ?? '' });
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
    close: ignore,
    text: ignore,
  });
  if (!found) throw new NotAWorkbook('no workbook part');
  const rels = await relationships(content, parts, workbookPart);
  const relOfType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const sharedStrings: string[] = [];
  const sharedPart = relOfType('/sharedStrings');
  if (sharedPart) await scanPart(content, parts, sharedPart, textCollector('si', sharedStrings));
  const ctx: CellContext = { sharedStrings, dateStyles: await dateStyles(content, parts, relOfType('/styles')), date1904 };
  return {
    sheetNames: sheets.map((s) => s.name),
    async readSheet(name, maxRows = Number.POSITIVE_INFINITY) {
      const sheet = sheets.find((s) => s.name === name);
      const part = sheet && rels.get(sheet.rid)?.target;
      if (!part) return null;
      if (!parts.has(part.toLowerCase())) throw new NotAWorkbook(`missing part ${part}`);
      return readSheetRows(content, parts, part, ctx, maxRows);
    },
  };
}

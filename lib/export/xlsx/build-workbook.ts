import { stripUnsafeDeep } from '../../text/unsafe-characters';
import ExcelJS from 'exceljs';
import type { DerivedTable } from '../../domain/types';
import { documentTitle, type FrozenDisclosure } from '../../document/frozen-disclosure';
import { chineseNumeral } from '../../document/outline';
import { tableLabels } from '../../document/table-labels';
import { performanceGrid, type GridCell } from '../../document/performance-grid';
import { placeGrid, textWidth, type SpanCell } from '../grid-layout';

// One sheet per table in the official layout (title, 单位名称, 单位：万元, merged multi-row header,
// amounts as numbers formatted 0.00, notes), then one sheet per 项目支出绩效目标表.

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };
const FONT = '宋体';

function sheetName(prefix: string, title: string, used: Set<string>): string {
  let name = `${prefix} ${title}`.replace(/[\\/*?:[\]]/g, '').slice(0, 31);
  for (let i = 2; used.has(name); i++) name = `${name.slice(0, 28)}(${i})`;
  used.add(name);
  return name;
}

function writeGrid(
  ws: ExcelJS.Worksheet,
  top: number,
  rows: SpanCell[][],
  style: (cell: SpanCell, row: number) => Partial<ExcelJS.Style>,
  value: (cell: SpanCell, row: number, col: number) => ExcelJS.CellValue,
) {
  const grid = placeGrid(rows);
  for (const p of grid.cells) {
    const r = top + p.row;
    const c = 1 + p.col;
    if (p.rowSpan > 1 || p.colSpan > 1) ws.mergeCells(r, c, r + p.rowSpan - 1, c + p.colSpan - 1);
    const cell = ws.getCell(r, c);
    cell.value = value(p.cell, p.row, p.col);
    Object.assign(cell, { style: { ...style(p.cell, p.row), border: BORDER } });
    for (let dr = 0; dr < p.rowSpan; dr++) for (let dc = 0; dc < p.colSpan; dc++) ws.getCell(r + dr, c + dc).border = BORDER;
  }
  return grid;
}

function titleRows(ws: ExcelJS.Worksheet, cols: number, title: string, left: string, right: string) {
  ws.mergeCells(1, 1, 1, cols);
  const t = ws.getCell(1, 1);
  t.value = title;
  t.font = { name: FONT, size: 14, bold: true };
  t.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 26;
  const half = Math.max(1, Math.floor(cols / 2));
  if (half > 1) ws.mergeCells(2, 1, 2, half);
  ws.getCell(2, 1).value = left;
  ws.getCell(2, 1).font = { name: FONT, size: 10 };
  if (cols > half) {
    if (cols - half > 1) ws.mergeCells(2, half + 1, 2, cols);
    ws.getCell(2, half + 1).value = right;
    ws.getCell(2, half + 1).alignment = { horizontal: 'right' };
    ws.getCell(2, half + 1).font = { name: FONT, size: 10 };
  }
}

/** 万元 as printed (0.00); 元 grouped by thousands, with 分 when the document prints them. */
function amountFormat(t: DerivedTable, text: string): string {
  if (t.unit !== '元' && !text.includes(',')) return '0.00';
  return text.includes('.') ? '#,##0.00' : '#,##0';
}

function addTableSheet(wb: ExcelJS.Workbook, t: DerivedTable, used: Set<string>, orgLabel: string) {
  const ws = wb.addWorksheet(sheetName(`表${chineseNumeral(t.no)}`, t.title.replace(/^\d{4}年/, ''), used), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const cols = Math.max(t.header[0]?.reduce((n, c) => n + (c.colSpan ?? 1), 0) ?? 0, ...t.rows.map((r) => r.length));
  titleRows(ws, cols, t.title, `${orgLabel}：${t.orgName}`, `单位：${t.unit}`);
  const headerTop = 3;
  writeGrid(
    ws,
    headerTop,
    t.header,
    () => ({ font: { name: FONT, size: 10, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, fill: HEADER_FILL }),
    (c) => c.text,
  );
  const bodyTop = headerTop + t.header.length;
  t.rows.forEach((row, r) => {
    row.forEach((text, c) => {
      const cell = ws.getCell(bodyTop + r, c + 1);
      const isAmount = t.exact[r]?.[c] != null;
      if (isAmount && text !== '') {
        cell.value = Number(text.replace(/,/g, ''));
        cell.numFmt = amountFormat(t, text);
        cell.alignment = { horizontal: 'right' };
      } else {
        cell.value = text;
        cell.alignment = { horizontal: isAmount ? 'right' : 'left', wrapText: true };
      }
      cell.font = { name: FONT, size: 10 };
      cell.border = BORDER;
    });
  });
  let next = bodyTop + t.rows.length + 1;
  for (const note of t.notes) {
    ws.getCell(next, 1).value = note;
    ws.getCell(next, 1).font = { name: FONT, size: 9 };
    next++;
  }
  for (let c = 1; c <= cols; c++) {
    const widths = t.rows.map((r) => textWidth(r[c - 1] ?? ''));
    ws.getColumn(c).width = Math.min(40, Math.max(10, ...widths) + 2);
  }
  ws.views = [{ state: 'frozen', ySplit: bodyTop - 1 }];
  ws.pageSetup.printTitlesRow = `${headerTop}:${bodyTop - 1}`;
}

function performanceValue(cell: GridCell): ExcelJS.CellValue {
  if (cell.align === 'right' && /^[\d,]+(\.\d+)?$/.test(cell.text)) return Number(cell.text.replace(/,/g, ''));
  return cell.text;
}

function addPerformanceSheet(wb: ExcelJS.Workbook, d: FrozenDisclosure, index: number, used: Set<string>) {
  const p = d.document.projects[index];
  const ws = wb.addWorksheet(sheetName(`绩效${index + 1}`, p.projectName, used), {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  titleRows(ws, 8, `${p.title}${p.yearLabel}`, `项目编码：${p.projectCode}`, '金额单位：元');
  writeGrid(
    ws,
    3,
    performanceGrid(p),
    (c) => {
      const cell = c as GridCell;
      return {
        font: { name: FONT, size: 10, bold: !!cell.header },
        alignment: { horizontal: cell.header ? 'center' : (cell.align ?? 'left'), vertical: 'middle', wrapText: true },
        ...(cell.header ? { fill: HEADER_FILL } : {}),
        ...(cell.align === 'right' ? { numFmt: '#,##0.##' } : {}),
      };
    },
    (c) => performanceValue(c as GridCell),
  );
  [14, 12, 14, 20, 12, 12, 20, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export async function buildWorkbook(frozen: FrozenDisclosure): Promise<Buffer> {
  const d = stripUnsafeDeep(frozen); // characters XML cannot hold would corrupt the file
  const wb = new ExcelJS.Workbook();
  wb.creator = '预算通';
  wb.title = documentTitle(d.document);
  wb.created = d.publishedAt ? new Date(d.publishedAt) : new Date();
  const used = new Set<string>();
  for (const t of d.document.tables) addTableSheet(wb, t, used, tableLabels(d.document, t).orgLabel);
  d.document.projects.forEach((_, i) => addPerformanceSheet(wb, d, i, used));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

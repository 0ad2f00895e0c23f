import { AlignmentType, Bookmark, BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { DerivedTable } from '../../domain/types';
import type { GridCell } from '../../document/performance-grid';

// The Word building blocks every template's document is made of.

export const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };

export const para = (
  text: string,
  opts: { indent?: boolean; bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) =>
  new Paragraph({
    alignment: opts.align,
    indent: opts.indent ? { firstLine: 420 } : undefined,
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: opts.bold, size: opts.size })],
  });

export const heading = (text: string, level: 1 | 2, id: string, pageBreakBefore = false) =>
  new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore,
    spacing: { before: 240, after: 120 },
    children: [new Bookmark({ id: id.replace(/[^A-Za-z0-9_]/g, '_'), children: [new TextRun(text)] })],
  });

function cell(text: string, o: { header?: boolean; colSpan?: number; rowSpan?: number; align?: GridCell['align'] }): TableCell {
  const alignment = o.align === 'right' ? AlignmentType.RIGHT : o.align === 'center' || o.header ? AlignmentType.CENTER : AlignmentType.LEFT;
  return new TableCell({
    columnSpan: o.colSpan,
    rowSpan: o.rowSpan,
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    shading: o.header ? { fill: 'F2F2F2' } : undefined,
    children: [new Paragraph({ alignment, children: [new TextRun({ text, bold: o.header, size: 17 })] })],
  });
}

export function reportTable(t: DerivedTable): Table {
  const head = t.header.map(
    (row) =>
      new TableRow({ tableHeader: true, cantSplit: true, children: row.map((c) => cell(c.text, { header: true, colSpan: c.colSpan, rowSpan: c.rowSpan })) }),
  );
  const body = t.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, c) => cell(text, { align: t.exact[r]?.[c] != null ? 'right' : 'left' })),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...head, ...body] });
}

export function gridTable(rows: GridCell[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((row) => new TableRow({ children: row.map((c) => cell(c.text, c)) })),
  });
}

import type { DisclosureInput } from '../domain/types';
import type { FrozenDisclosure } from '../document/frozen-disclosure';
import type { ExportFormat } from '../document/public-links';
import { expenditureLinesCsv } from './csv/expenditure-lines-csv';
import { buildDocx } from './docx/build-docx';
import { buildPdf } from './pdf/build-pdf';
import { buildWorkbook } from './xlsx/build-workbook';

// Every file is written from the frozen document (and, for the CSV, the frozen input lines):
// nothing is recomputed here. The writers load large packages (Chromium's driver, exceljs, docx), so a route
// that usually serves stored files imports this module only when it has to write one; names and types are in
// lib/export/export-files.ts.

export async function renderExport(format: ExportFormat, d: FrozenDisclosure, input: () => Promise<DisclosureInput | null>): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return buildPdf(d);
    case 'xlsx':
      return buildWorkbook(d);
    case 'docx':
      return buildDocx(d);
    case 'json':
      return Buffer.from(JSON.stringify(d.document, null, 2) + '\n', 'utf8');
    case 'csv': {
      const lines = await input();
      if (!lines) throw new Error('找不到该版本的支出明细');
      return Buffer.from(expenditureLinesCsv(lines), 'utf8');
    }
  }
}

import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export const MAX_LINE_ROWS = 50_000;

/**
 * Streams through the workbook and answers whether the named sheet has more than `limit` rows, before the
 * whole workbook is loaded into memory. Stops reading as soon as the limit is passed. A file that cannot be
 * streamed answers false: the full reader then reports it as not a workbook.
 */
export async function sheetRowsExceed(content: Uint8Array, sheetName: string, limit: number): Promise<boolean> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(content)]), {
    entries: 'emit',
    sharedStrings: 'ignore',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  try {
    for await (const sheet of reader) {
      // The sheet's name is known when workbook.xml came first in the archive (as in every file Excel or
      // this system writes); otherwise every sheet is held to the limit.
      const name: unknown = Reflect.get(sheet, 'name');
      if (name !== undefined && name !== sheetName) {
        // Read through, never skip: the reader deletes a sheet's temp file once the next sheet is asked for, and a
        // skipped sheet's file stream may not have opened yet (an uncaught ENOENT).
        for await (const _row of sheet);
        continue;
      }
      let rows = 0;
      for await (const _row of sheet) {
        if (++rows > limit + 1) return true; // + the header row
      }
    }
    return false;
  } catch {
    return false;
  }
}

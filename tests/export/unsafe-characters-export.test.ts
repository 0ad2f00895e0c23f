import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPublicDocument, type PublicDocument } from '../../lib/data/public/public-documents';
import { buildDocx } from '../../lib/export/docx/build-docx';
import { buildWorkbook } from '../../lib/export/xlsx/build-workbook';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// A frozen document holding characters XML cannot carry (stored before entry refused them) still
// exports to a readable DOCX and XLSX: the writers strip them.

let t: TestDatabase;
let d: PublicDocument;
const BAD = '\u0000\u0001\uFFFE\uFFFF\u001B';

beforeAll(async () => {
  t = await createTestDatabase();
  const published = await getPublicDocument(t.db, '029', 2026);
  if (!published) throw new Error('示例未公开');
  d = structuredClone(published);
  d.document.org.name = `阳泉市${BAD}市场监督管理局`;
});
afterAll(async () => t?.drop());

describe('writers strip characters XML cannot hold', () => {
  it('DOCX', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(d));
    const xml = await zip.file('word/document.xml')!.async('string');
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).toContain('阳泉市市场监督管理局');
  });

  it('XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await buildWorkbook(d)) as unknown as ArrayBuffer);
    const texts = wb.worksheets.flatMap((ws) => [String(ws.getCell(2, 1).value ?? '')]);
    expect(texts.join('')).toContain('阳泉市市场监督管理局');
    expect(texts.join('')).not.toContain('\uFFFE');
  });
});

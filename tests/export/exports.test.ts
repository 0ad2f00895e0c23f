import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPublicDocument, type PublicDocument } from '../../lib/data/public/public-documents';
import { documentOutline } from '../../lib/document/outline';
import { buildDocx } from '../../lib/export/docx/build-docx';
import { buildPdf, pdfPageTexts } from '../../lib/export/pdf/build-pdf';
import { closeBrowser } from '../../lib/export/pdf/chromium';
import { buildWorkbook } from '../../lib/export/xlsx/build-workbook';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// Every export is written from the published (frozen) sample and read back.

let t: TestDatabase;
let d: PublicDocument;

beforeAll(async () => {
  t = await createTestDatabase();
  const published = await getPublicDocument(t.db, '029', 2026);
  if (!published) throw new Error('示例未公开');
  d = published;
});
afterAll(async () => {
  await closeBrowser();
  await t?.drop();
});

const squash = (s: string) => s.replace(/\s+/g, '');

describe('PDF', () => {
  let pages: string[];
  beforeAll(async () => {
    const pdf = await buildPdf(d);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    pages = await pdfPageTexts(pdf);
  }, 120_000);

  it('shows all thirteen tables, each title on its own page, and the key totals', () => {
    expect(d.document.tables).toHaveLength(13);
    const all = squash(pages.join('\n'));
    for (const table of d.document.tables) {
      expect(all).toContain(squash(table.title));
      expect(pages.filter((p) => squash(p).includes(`预算公开表`) && squash(p).includes(squash(table.title))).length).toBeGreaterThan(0);
    }
    for (const total of ['2197.30', '2190.36', '1681.76', '515.54', '6.94']) expect(all).toContain(total);
    expect(all).toContain('单位名称：阳泉市市场监督管理局');
    expect(all).toContain('单位：万元');
    expect(all).toContain('一般公共预算当年拨款结构图');
    expect(all).toContain('三公经费分布图');
    expect(all).toContain('第四部分名词解释');
  });

  it('prints a 目录 whose page numbers are the pages the headings are on', () => {
    const tocPages = pages.slice(0, 4).map((p) => p.split('\n').map(squash).filter(Boolean));
    const tocLines = tocPages.flat();
    const outline = documentOutline(d.document);
    for (const entry of outline) {
      const at = tocLines.indexOf(squash(entry.label));
      expect(at, entry.label).toBeGreaterThan(-1);
      const number = tocLines.slice(at + 1).find((l) => /^\d+$/.test(l));
      const page = Number(number);
      expect(page, entry.label).toBeGreaterThan(2);
      const text = squash(pages[page - 1]);
      const table = /^table-(\d+)$/.exec(entry.id);
      const heading = table ? d.document.tables[Number(table[1]) - 1].title : entry.label;
      expect(text, `${entry.label} → 第${page}页`).toContain(squash(heading));
      expect(text, `第${page}页的页脚`).toContain(`—${page}—`);
    }
  });
});

describe('XLSX', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildWorkbook(d)) as unknown as ArrayBuffer);
  });

  it('has one sheet per table and one per performance table', () => {
    expect(wb.worksheets).toHaveLength(13 + d.document.projects.length);
    expect(wb.worksheets[0].name).toBe('表一 预算收支总表');
  });

  it('holds the engine rows cell by cell, amounts as numbers formatted 0.00', () => {
    d.document.tables.forEach((table, i) => {
      const ws = wb.worksheets[i];
      expect(ws.getCell(1, 1).value).toBe(table.title);
      expect(ws.getCell(2, 1).value).toBe(`单位名称：${table.orgName}`);
      const top = 3 + table.header.length;
      table.rows.forEach((row, r) => {
        row.forEach((text, c) => {
          const cell = ws.getCell(top + r, c + 1);
          if (table.exact[r][c] != null && text !== '') {
            expect(typeof cell.value, `${table.title} ${r},${c}`).toBe('number');
            expect((cell.value as number).toFixed(2)).toBe(text);
            expect(cell.numFmt).toBe('0.00');
          } else {
            expect(cell.value ?? '', `${table.title} ${r},${c}`).toBe(text);
          }
        });
      });
      for (const [k, note] of table.notes.entries()) expect(ws.getCell(top + table.rows.length + 1 + k, 1).value).toBe(note);
    });
  });

  it('merges the multi-row headers as printed', () => {
    const t1 = wb.worksheets[0];
    expect(t1.getCell('A3').value).toBe('收入');
    expect(t1.getCell('B3').isMerged).toBe(true);
    expect(t1.getCell('B3').master.address).toBe('A3');
    const t4 = wb.worksheets[3];
    expect(t4.getCell('A4').value).toBe('项目');
    expect(t4.getCell('A5').master.address).toBe('A4');
  });
});

describe('DOCX', () => {
  it('contains the thirteen tables as Word tables with their titles', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(d));
    const xml = await zip.file('word/document.xml')!.async('string');
    const tables = xml.match(/<w:tbl>/g) ?? [];
    // 13 report tables, 2 chart data tables and one per performance table
    expect(tables.length).toBe(13 + 2 + d.document.projects.length);
    const text = xml.replace(/<[^>]+>/g, '');
    for (const table of d.document.tables) expect(text).toContain(table.title);
    expect(text).toContain('2197.30');
    expect(xml).toContain('<w:tblHeader/>');
  });
});

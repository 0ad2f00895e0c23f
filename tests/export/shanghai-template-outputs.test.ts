import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { deriveDocument } from '../../lib/domain/derive-document';
import { getTemplate } from '../../lib/domain/templates';
import { referenceInput } from '../../lib/domain/templates/__fixtures__/reference-input';
import { putuoFinanceBureau2025 } from '../../lib/domain/templates/__fixtures__/shanghai-putuo-finance-bureau-2025';
import { SHANGHAI_GLOSSARY } from '../../lib/domain/templates/shanghai/glossary';
import { draftDisclosure } from '../../lib/document/frozen-disclosure';
import { disclosureHtml } from '../../lib/document/html/disclosure-html';
import { documentOutline } from '../../lib/document/outline';
import { buildDocx } from '../../lib/export/docx/build-docx';
import { buildWorkbook } from '../../lib/export/xlsx/build-workbook';

// The Putuo 财政局 2025 部门预算 (a Shanghai reference) rendered by every output: the 目录 and headings of
// Shanghai's documents, 部门 titles, 编制部门, amounts in 元 with 分, and the references' empty-table notes.

const input = referenceInput(putuoFinanceBureau2025);
const doc = deriveDocument(input, 'shanghai');
const d = draftDisclosure(
  input,
  doc,
  SHANGHAI_GLOSSARY.map((g) => ({ term: g.term, definition: g.text })),
);
const titles = doc.tables.map((t) => t.title);

describe('a document in the Shanghai template', () => {
  it('has the references’ 目录: six parts with the nine tables under 五、部门预算表', () => {
    const outline = documentOutline(doc);
    expect(outline.filter((e) => e.level === 1).map((e) => e.label)).toEqual([
      '一、部门主要职能',
      '二、部门机构设置',
      '三、名词解释',
      '四、部门预算编制说明',
      '五、部门预算表',
      '六、其他相关情况说明',
      '七、项目经费情况说明',
    ]);
    expect(outline.filter((e) => e.level === 2).map((e) => e.label)).toEqual(titles.map((t, i) => `${i + 1}. ${t}`));
    expect(titles[0]).toBe('2025年部门财务收支预算总表');
    expect(titles).toHaveLength(getTemplate('shanghai').tables.length);
  });

  it('prints the page and PDF body with 编制部门, 元 with 分 and the empty-table notes', () => {
    const html = disclosureHtml(d);
    for (const e of documentOutline(doc)) expect(html).toContain(`id="${e.id}"`);
    expect(html).toContain('编制部门：');
    expect(html).not.toContain('单位名称：');
    expect(html).not.toContain('预算公开表');
    expect(html).toContain('31,214,205.80');
    expect(html).toContain('注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。');
    expect(html).toContain('注：本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。');
    expect(html).toContain('（一）基本支出预算：');
    expect(html.match(/class="performance-table"/g)).toHaveLength(doc.projects.length);
  });

  it('writes the workbook with the nine titles, 编制部门 and 元 amounts as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await buildWorkbook(d)).buffer);
    expect(wb.worksheets.slice(0, titles.length).map((w) => String(w.getCell(1, 1).value))).toEqual(titles);
    const first = wb.worksheets[0];
    expect(String(first.getCell(2, 1).value)).toBe(`编制部门：${doc.org.name}`);
    const amounts: { value: unknown; numFmt: string }[] = [];
    first.eachRow((row) => row.eachCell((c) => typeof c.value === 'number' && amounts.push({ value: c.value, numFmt: c.numFmt })));
    expect(amounts.some((a) => a.value === 31214205.8 && a.numFmt === '#,##0.00')).toBe(true);
  });

  it('writes the Word document in the same order', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(d));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    const order = ['一、部门主要职能', '三、名词解释', '四、部门预算编制说明', '五、部门预算表', ...titles, '六、其他相关情况说明'].map((s) => text.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('编制部门：');
  });
});

import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NotAWorkbook, openXlsx } from './read-xlsx';

/** A ZIP archive of the given parts (deflated, or stored when `stored`), as Excel and other writers produce them. */
function zip(parts: Record<string, string>, stored = false): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const raw = Buffer.from(text, 'utf8');
    const data = stored ? raw : deflateRawSync(raw);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** A workbook of one sheet "数据" (and an empty "其他"), written the way hand-made or third-party files are. */
function workbook(
  sheetData: string,
  opts: { sharedStrings?: string; styles?: string; date1904?: boolean; prefix?: string; after?: string; stored?: boolean } = {},
) {
  const x = opts.prefix ? `${opts.prefix}:` : '';
  const ns = opts.prefix ? `xmlns:${opts.prefix}` : 'xmlns';
  const rels = [
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>`,
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>`,
    opts.sharedStrings
      ? `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
      : '',
    opts.styles ? `<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` : '',
  ].join('');
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const parts: Record<string, string> = {
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': `<?xml version="1.0"?><${x}workbook ${ns}="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${
      opts.date1904 ? `<${x}workbookPr date1904="1"/>` : ''
    }<${x}sheets><${x}sheet name="数据" sheetId="1" r:id="rId1"/><${x}sheet name="其他" sheetId="2" r:id="rId2"/></${x}sheets></${x}workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><${x}worksheet ${ns}="${main}"><${x}sheetData>${sheetData}</${x}sheetData>${opts.after ?? ''}</${x}worksheet>`,
    'xl/worksheets/sheet2.xml': `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData/></worksheet>`,
  };
  if (opts.sharedStrings) parts['xl/sharedStrings.xml'] = `<?xml version="1.0"?><sst xmlns="${main}">${opts.sharedStrings}</sst>`;
  if (opts.styles) parts['xl/styles.xml'] = `<?xml version="1.0"?><styleSheet xmlns="${main}">${opts.styles}</styleSheet>`;
  return zip(parts, opts.stored);
}

async function rows(content: Uint8Array, sheet = '数据') {
  const read = await (await openXlsx(content)).readSheet(sheet);
  return read?.rows.map((r) => ({ row: r.row, cells: Object.fromEntries(Object.entries(r.cells)) }));
}

describe('the streaming .xlsx reader', () => {
  it('reads shared strings (plain and rich text, phonetic runs left out), inline strings and formula results', async () => {
    const content = workbook(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>内联</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 富文本 </t></r></is></c></row>` +
        `<row r="2"><c r="A2" t="str"><f>A1&amp;"x"</f><v> 公式文本 </v></c><c r="B2"><f>1+2</f><v>3</v></c><c r="C2" t="b"><f>TRUE()</f><v>1</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2"><f>A9</f></c></row>`,
      {
        sharedStrings: `<si><t xml:space="preserve">  行号 </t></si><si><r><t>2013801</t></r><r><rPr><i/></rPr><t> 行政运行</t></r><rPh sb="0" eb="1"><t>ギョウ</t></rPh></si>`,
      },
    );
    expect(await rows(content)).toEqual([
      { row: 1, cells: { 1: '行号', 2: '2013801 行政运行', 3: '内联 富文本' } },
      { row: 2, cells: { 1: '公式文本', 2: '3', 3: 'true' } },
    ]);
  });

  it('reads numbers as the shortest text of their double, and date-formatted numbers as dates in either date system', async () => {
    const styles = `<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/><numFmt numFmtId="177" formatCode="#,##0.00&quot;元&quot;"/></numFmts>
      <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="4"/></cellXfs>
      <dxfs><dxf><numFmt numFmtId="178" formatCode="yyyy"/></dxf></dxfs>`;
    const data = `<row r="1"><c r="A1"><v>1234.5699999999999</v></c><c r="B1"><v>0.30000000000000004</v></c><c r="C1" s="1"><v>46037</v></c><c r="D1" s="2"><v>46037</v></c><c r="E1" s="3"><v>500000</v></c><c r="F1" s="4"><v>1E3</v></c><c r="G1" t="d"><v>2026-01-15T00:00:00</v></c></row>`;
    expect(await rows(workbook(data, { styles }))).toEqual([
      { row: 1, cells: { 1: '1234.57', 2: '0.30000000000000004', 3: '2026-01-15', 4: '2026-01-15', 5: '500000', 6: '1000', 7: '2026-01-15' } },
    ]);
    expect((await rows(workbook(data, { styles, date1904: true })))?.[0].cells[3]).toBe('2030-01-16');
  });

  it('reads prefixed elements, cells and rows without references, entities, CDATA and comments, and a stored archive', async () => {
    const data = `<x:row><x:c t="inlineStr"><x:is><x:t>a &amp; b &lt;c&gt; &#x4E2D;&#25991;</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row><!-- a comment with <row> -->
      <x:row><x:c r="C2" t="inlineStr"><x:is><x:t><![CDATA[<不是标签>]]></x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row>`;
    const expected = [
      { row: 1, cells: { 1: 'a & b <c> 中文', 2: '1' } },
      { row: 2, cells: { 3: '<不是标签>', 4: '2' } },
    ];
    expect(await rows(workbook(data, { prefix: 'x' }))).toEqual(expected);
    expect(await rows(workbook(data, { prefix: 'x', stored: true }))).toEqual(expected);
  });

  it('leaves out empty rows and cells, and reads a merged range as its top-left value', async () => {
    const data = `<row r="1" spans="1:3"><c r="A1" s="1"/><c r="B1" t="s"><v>0</v></c></row><row r="3"><c r="A3"><v>7</v></c><c r="B3" t="str"><v>   </v></c></row><row r="4"><c r="A4"/><c r="B4"><v>8</v></c></row><row r="5" customFormat="1"/>`;
    expect(await rows(workbook(data, { sharedStrings: '<si><t>x</t></si>', after: '<mergeCells count="1"><mergeCell ref="A3:A4"/></mergeCells>' }))).toEqual([
      { row: 1, cells: { 2: 'x' } },
      { row: 3, cells: { 1: '7' } },
      { row: 4, cells: { 1: '7', 2: '8' } },
    ]);
  });

  it('stops past the row limit, and tells a missing sheet from a file that is no workbook', async () => {
    const data = Array.from({ length: 5 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const wb = await openXlsx(workbook(data));
    expect(wb.sheetNames).toEqual(['数据', '其他']);
    expect(await wb.readSheet('数据', 5)).toMatchObject({ overLimit: false });
    expect(await wb.readSheet('数据', 4)).toMatchObject({ overLimit: true });
    expect(await wb.readSheet('其他')).toEqual({ rows: [], overLimit: false });
    expect(await wb.readSheet('没有')).toBeNull();
    await expect(openXlsx(new TextEncoder().encode('not excel'))).rejects.toBeInstanceOf(NotAWorkbook);
    await expect(openXlsx(zip({ 'a.txt': 'x' }))).rejects.toBeInstanceOf(NotAWorkbook);
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { INDICATOR_HEADERS, LINE_HEADERS, PROJECT_HEADERS, SHEETS } from './entry-layout';
import { readEntryWorkbook } from './read-entry-workbook';

type Row = ExcelJS.CellValue[];

const LINES: Row[] = [
  [...LINE_HEADERS],
  // Codes and amounts typed as text, thousands separators, padding: read as the text shows.
  ['L1', '2013801 行政运行', '基本支出', null, '30101 基本工资', '50101 工资奖金津补贴', '一般公共预算', '当年预算安排', ' 1,234.50 '],
  [],
  // Numbers as numbers, a rich-text label, a formula with its cached result.
  [
    'L2',
    { richText: [{ text: '2013801' }, { text: ' 行政运行', font: { bold: true } }] },
    '项目支出',
    'P001',
    30102,
    50101,
    '一般公共预算',
    '上年结转',
    { formula: 'SUM(1000,0.25)', result: 1000.25 },
  ],
  [null, null, null, null, null, null, null, null, null],
  // No 行号: the row number stands in; an unknown 支出类型 stays as typed for the field rules.
  [null, '2013801', '其他支出', '', '30101', '50101', '单位资金', '当年预算安排', 500000],
];
const PROJECTS: Row[] = [
  [...PROJECT_HEADERS],
  [
    'P001',
    '信息化运维',
    2025,
    '一般项目',
    '经常性项目',
    '',
    100000,
    null,
    null,
    null,
    null,
    50000,
    null,
    null,
    null,
    null,
    '概况',
    ...Array(9).fill(''),
    new Date(Date.UTC(2026, 0, 15)),
  ],
];
const INDICATORS: Row[] = [[...INDICATOR_HEADERS], ['P001', '年度', '产出指标', '数量指标', '运维系统数', '≥', '3', '个', '']];

async function written(streaming: boolean, edit?: (wb: { addWorksheet(name: string): { addRow(r: Row): unknown } }) => void): Promise<Uint8Array> {
  const sheets: [string, Row[]][] = [
    ['说明', [['本表由手工编辑']]],
    [SHEETS.lines, LINES],
    [SHEETS.projects, PROJECTS],
    [SHEETS.indicators, INDICATORS],
  ];
  if (!streaming) {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of sheets) {
      const ws = wb.addWorksheet(name);
      rows.forEach((r) => ws.addRow(r));
      if (name === SHEETS.projects) ws.getCell('AA2').numFmt = 'yyyy"年"m"月"d"日"';
    }
    edit?.(wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  // The streaming writer without shared strings: plain strings as t="str", rich text as inline strings.
  const chunks: Buffer[] = [];
  const stream = new (await import('node:stream')).PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => {
      const row = ws.addRow(r);
      if (name === SHEETS.projects && i === 1) row.getCell(27).numFmt = 'yyyy"年"m"月"d"日"';
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

const EXPECTED_LINES = [
  {
    row: 2,
    key: 'L1',
    functionCode: '2013801',
    kind: 'BASIC',
    projectCode: null,
    deptEconCode: '30101',
    govEconCode: '50101',
    source: 'GENERAL',
    timing: 'CURRENT',
    amount: '1,234.50',
  },
  {
    row: 4,
    key: 'L2',
    functionCode: '2013801',
    kind: 'PROJECT',
    projectCode: 'P001',
    deptEconCode: '30102',
    govEconCode: '50101',
    source: 'GENERAL',
    timing: 'CARRYOVER',
    amount: '1000.25',
  },
  {
    row: 6,
    key: 'R6',
    functionCode: '2013801',
    kind: '其他支出',
    projectCode: null,
    deptEconCode: '30101',
    govEconCode: '50101',
    source: 'UNIT_OWN',
    timing: 'CURRENT',
    amount: '500000',
  },
];

describe('readEntryWorkbook', () => {
  for (const streaming of [false, true]) {
    it(`reads a hand-edited workbook written ${streaming ? 'with inline strings' : 'with shared strings'}: text and numbers, rich text, formulas, dates, empty rows, extra sheets`, async () => {
      const parsed = await readEntryWorkbook(await written(streaming));
      expect(parsed.errors).toEqual([]);
      expect(parsed.lines).toEqual(EXPECTED_LINES);
      expect(parsed.projects).toHaveLength(1);
      expect(parsed.projects[0].raw).toMatchObject({
        code: 'P001',
        originYear: 2025,
        period: null,
        fundingPeriod: { CENTRAL: '100000' },
        fundingYear: { CENTRAL: '50000' },
        overview: '概况',
        filledAt: '2026-01-15',
      });
      expect(parsed.indicators).toEqual([
        {
          row: 2,
          projectCode: 'P001',
          scope: 'YEAR',
          indicator: { level1: '产出指标', level2: '数量指标', name: '运维系统数', value: { comparator: '≥', number: '3', unit: '个', text: null } },
        },
      ]);
    });
  }

  it('names a missing sheet and a missing column, and refuses a file that is no workbook', async () => {
    const content = await written(false, (wb) => wb.addWorksheet('多余'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(content) as unknown as ArrayBuffer);
    wb.removeWorksheet(wb.getWorksheet(SHEETS.indicators)!.id);
    wb.getWorksheet(SHEETS.lines)!.getCell('I1').value = '金额';
    const parsed = await readEntryWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(parsed.errors).toEqual([
      { sheet: SHEETS.lines, row: 1, column: '金额（元）', message: '缺少列“金额（元）”' },
      { sheet: SHEETS.indicators, row: 0, column: '', message: `缺少工作表“${SHEETS.indicators}”，请使用本系统下载的模板` },
    ]);
    expect(parsed.lines).toEqual([]);
    expect(parsed.projects).toHaveLength(1);
    expect((await readEntryWorkbook(new TextEncoder().encode('PK not a zip'))).errors).toEqual([
      { sheet: '', row: 0, column: '', message: '文件不是有效的 Excel（.xlsx）工作簿' },
    ]);
  });
});

describe('readEntryWorkbook row limits', () => {
  it('refuses a 绩效指标 sheet of more than 50,000 rows (as 项目 and 支出明细) without reading it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(SHEETS.lines).addRow([...LINE_HEADERS]);
    wb.addWorksheet(SHEETS.projects).addRow([...PROJECT_HEADERS]);
    const ws = wb.addWorksheet(SHEETS.indicators);
    ws.addRow([...INDICATOR_HEADERS]);
    for (let i = 0; i <= 50_000; i++) ws.addRow(['P001', '年度', '产出指标', '数量指标', `指标${i}`, '≥', '1', '个', '']);
    const parsed = await readEntryWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(parsed.errors).toEqual([{ sheet: SHEETS.indicators, row: 0, column: '', message: '工作表“绩效指标”超过50,000行，请删除多余的行或分批导入' }]);
    expect(parsed.indicators).toEqual([]);
  }, 120_000);
});

import { FUND_SOURCE_LABELS, type DisclosureInput } from '../../domain/types';

// Open data: the frozen expenditure lines of a document, one row per line, 元 exact. UTF-8 with a
// byte-order mark so that Excel opens the Chinese headers correctly.

const HEADER = [
  '单位编码',
  '单位名称',
  '功能科目编码',
  '功能科目名称',
  '支出类型',
  '项目编码',
  '项目名称',
  '部门经济科目编码',
  '部门经济科目名称',
  '政府经济科目编码',
  '政府经济科目名称',
  '资金来源',
  '资金性质',
  '金额（元）',
];

/** The last column is the amount, a number; every other cell is text. */
const AMOUNT_COLUMN = HEADER.length - 1;

/**
 * A text cell that a spreadsheet would run as a formula (= + - @, or a leading tab or CR) gets the
 * apostrophe prefix spreadsheets use for literal text; amounts stay numbers.
 */
export function csvField(value: string, column: number): string {
  const text = column !== AMOUNT_COLUMN && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function expenditureLinesCsv(input: DisclosureInput): string {
  const names = (entries: { code: string; name: string }[]) => new Map(entries.map((e) => [e.code, e.name]));
  const fn = names(input.catalogs.functions);
  const dept = names(input.catalogs.deptEconomic);
  const gov = names(input.catalogs.govEconomic);
  const rows = [HEADER];
  for (const u of input.units) {
    const projects = new Map(u.projects.map((p) => [p.code, p.name]));
    for (const l of u.lines) {
      rows.push([
        u.unit.code,
        u.unit.name,
        l.functionCode,
        fn.get(l.functionCode) ?? '',
        l.kind === 'BASIC' ? '基本支出' : '项目支出',
        l.projectCode ?? '',
        l.projectCode ? (projects.get(l.projectCode) ?? '') : '',
        l.deptEconCode,
        dept.get(l.deptEconCode) ?? '',
        l.govEconCode,
        gov.get(l.govEconCode) ?? '',
        FUND_SOURCE_LABELS[l.source],
        l.timing === 'CURRENT' ? '当年预算安排' : '上年结转',
        l.amount,
      ]);
    }
  }
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

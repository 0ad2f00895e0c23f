import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCatalogRows } from '../domain/catalog/validate-catalog';
import { CATALOG_DIR } from '../../prisma/seed-data/catalogs/load-catalogs';
import { CatalogFileError, parseCatalogBuffer, parseCatalogFile, splitDelimited } from './parse-catalog-file';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'catalog-parse-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

async function writeXlsx(name: string, rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('科目');
  rows.forEach((r) => sheet.addRow(r));
  wb.addWorksheet('其他').addRow(['编码', '名称']);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('parseCatalogFile', () => {
  it('reads a UTF-8 CSV with BOM, quoted fields and CRLF', async () => {
    const file = await write('f.csv', '\uFEFF编码,名称,级次\r\n201,一般公共服务支出,类\r\n"20103","政府办公厅（室）及相关机构事务, 含""机关服务""",款\r\n');
    expect(await parseCatalogFile(file)).toEqual([
      { rowNumber: 2, code: '201', name: '一般公共服务支出', level: '类' },
      { rowNumber: 3, code: '20103', name: '政府办公厅（室）及相关机构事务, 含"机关服务"', level: '款' },
    ]);
  });

  it('keeps the file row numbers across blank lines and multi-line fields', async () => {
    const file = await write('g.csv', 'code,name\n\n201,"一般公共\n服务支出"\n202,外交支出\n');
    expect(await parseCatalogFile(file)).toEqual([
      { rowNumber: 3, code: '201', name: '一般公共\n服务支出' },
      { rowNumber: 5, code: '202', name: '外交支出' },
    ]);
  });

  it('reads a TSV with English headers in any order', async () => {
    const file = await write('e.tsv', 'Level\tName\tCode\n类\t工资福利支出\t301\n款\t基本工资\t30101\n');
    expect(await parseCatalogFile(file)).toEqual([
      { rowNumber: 2, code: '301', name: '工资福利支出', level: '类' },
      { rowNumber: 3, code: '30101', name: '基本工资', level: '款' },
    ]);
  });

  it('reads a GBK-encoded CSV saved by Excel', async () => {
    const gbk = Buffer.from([0xb1, 0xe0, 0xc2, 0xeb, 0x2c, 0xc3, 0xfb, 0xb3, 0xc6, 0x0a]); // 编码,名称\n
    const file = await write('gbk.csv', Buffer.concat([gbk, Buffer.from('201,x\n')]));
    expect(await parseCatalogFile(file)).toEqual([{ rowNumber: 2, code: '201', name: 'x' }]);
  });

  it('reads the first sheet of an xlsx with numeric codes', async () => {
    const file = await writeXlsx('a.xlsx', [
      ['名称', '级次', '编码'],
      ['一般公共服务支出', '类', 201],
      [null, null, null],
      ['市场监督管理事务', '款', '20138'],
    ]);
    expect(await parseCatalogFile(file)).toEqual([
      { rowNumber: 2, code: '201', name: '一般公共服务支出', level: '类' },
      { rowNumber: 4, code: '20138', name: '市场监督管理事务', level: '款' },
    ]);
  });

  it('finds the header below a title row', async () => {
    const file = await writeXlsx('t.xlsx', [['2026年支出功能分类科目'], ['科目编码', '科目名称'], ['201', '一般公共服务支出']]);
    expect(await parseCatalogFile(file)).toEqual([{ rowNumber: 3, code: '201', name: '一般公共服务支出' }]);
  });

  it('rejects an unknown extension in Chinese', async () => {
    await expect(parseCatalogFile(path.join(dir, 'a.xls'))).rejects.toThrow('不支持的文件类型“.xls”，请上传 .csv、.tsv、.xlsx 格式的文件');
    await expect(parseCatalogBuffer(new Uint8Array(), 'noext')).rejects.toBeInstanceOf(CatalogFileError);
  });

  it('rejects missing columns in Chinese', async () => {
    const csv = await write('m.csv', '编码,说明\n201,x\n');
    await expect(parseCatalogFile(csv)).rejects.toThrow('第1行表头缺少“名称”列');
    const xlsx = await writeXlsx('m.xlsx', [
      ['科目', '金额'],
      ['201', '1'],
    ]);
    await expect(parseCatalogFile(xlsx)).rejects.toThrow('第1行表头缺少“编码”和“名称”列');
  });

  it('rejects an empty file, a broken xlsx and an unclosed quote', async () => {
    await expect(parseCatalogFile(await write('empty.csv', '\uFEFF\n\n'))).rejects.toThrow('文件为空');
    await expect(parseCatalogFile(await write('bad.xlsx', 'not a zip'))).rejects.toThrow('无法读取Excel文件');
    await expect(parseCatalogFile(await write('q.csv', 'code,name\n201,"abc\n'))).rejects.toThrow('第2行：引号未闭合');
  });

  it('reports a file that cannot be read', async () => {
    await expect(parseCatalogFile(path.join(dir, 'missing.csv'))).rejects.toThrow('无法读取文件“missing.csv”');
  });
});

describe('round trip', () => {
  it('parses and validates the shipped 2026 function catalogue', async () => {
    const rows = await parseCatalogFile(path.join(CATALOG_DIR, '2026', 'functions.tsv'));
    expect(rows[0]).toEqual({ rowNumber: 2, code: '201', name: '一般公共服务支出', level: '类' });
    expect(validateCatalogRows('FUNCTION', rows).ok).toBe(true);
  });
});

describe('splitDelimited', () => {
  it('keeps empty trailing fields', () => {
    expect(splitDelimited('a,,\n', ',')).toEqual([{ rowNumber: 1, cells: ['a', '', ''] }]);
  });
});

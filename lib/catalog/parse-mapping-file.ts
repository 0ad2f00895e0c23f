import type { MappingColumn, MappingInputRow } from '../domain/catalog/validate-mapping';
import { CatalogFileError, isBlank, normalizeHeader, readRawRows } from './parse-catalog-file';

// Reads an uploaded 经济科目对照表 (CSV, TSV or XLSX): one row per 部门经济科目 with the 政府经济科目 of
// 行政/参公 units and of 事业单位. The header may stand in any of the first ten rows.

const HEADER_ALIASES: Record<MappingColumn, string[]> = {
  deptCode: ['部门经济科目', '部门经济科目编码', '部门经济分类', '部门预算支出经济分类', 'dept_code'],
  govCodeAdmin: ['行政单位政府经济科目', '政府经济科目（行政）', '政府经济科目(行政)', '行政单位', 'gov_code_admin'],
  govCodeInstitution: ['事业单位政府经济科目', '政府经济科目（事业）', '政府经济科目(事业)', '事业单位', 'gov_code_institution'],
};
const ALIASES = new Map(Object.entries(HEADER_ALIASES).flatMap(([col, names]) => names.map((n) => [normalizeHeader(n), col as MappingColumn])));
const HEADER_HINT = '表头应包含“部门经济科目”“行政单位政府经济科目”“事业单位政府经济科目”三列（或 dept_code、gov_code_admin、gov_code_institution）';

export async function parseMappingBuffer(data: Uint8Array, fileName: string): Promise<MappingInputRow[]> {
  const rows = (await readRawRows(data, fileName)).filter((r) => !isBlank(r));
  if (rows.length === 0) throw new CatalogFileError('文件为空');
  const columnsOf = (cells: string[]) => cells.map((c) => ALIASES.get(normalizeHeader(c)) ?? null);
  const headerIndex = rows.slice(0, 10).findIndex((r) => new Set(columnsOf(r.cells).filter(Boolean)).size === 3);
  if (headerIndex < 0) throw new CatalogFileError(`第${rows[0].rowNumber}行：找不到表头（${HEADER_HINT}）`);
  const index: Partial<Record<MappingColumn, number>> = {};
  columnsOf(rows[headerIndex].cells).forEach((col, i) => {
    if (col && index[col] === undefined) index[col] = i;
  });
  const cell = (cells: string[], col: MappingColumn) => (cells[index[col]!] ?? '').trim();
  return rows.slice(headerIndex + 1).map((r) => ({
    rowNumber: r.rowNumber,
    deptCode: cell(r.cells, 'deptCode'),
    govCodeAdmin: cell(r.cells, 'govCodeAdmin'),
    govCodeInstitution: cell(r.cells, 'govCodeInstitution'),
  }));
}

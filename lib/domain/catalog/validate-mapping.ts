// Checks of an uploaded 两套支出经济分类科目对照表 (部门经济科目 → 政府经济科目 for 行政/参公 and 事业单位). Pure: no I/O.
import { mappingRowProblems, type EconMappingEntry } from './econ-pairs';

export const MAPPING_COLUMN_LABELS = {
  deptCode: '部门经济科目',
  govCodeAdmin: '行政单位政府经济科目',
  govCodeInstitution: '事业单位政府经济科目',
} as const;
export type MappingColumn = keyof typeof MAPPING_COLUMN_LABELS;

export interface MappingInputRow {
  rowNumber: number; // as the user sees it in the file (header = 1)
  deptCode: string;
  govCodeAdmin: string;
  govCodeInstitution: string;
}

export interface MappingError {
  rowNumber: number;
  column: MappingColumn | null;
  message: string;
}

export type MappingValidation = { ok: true; entries: EconMappingEntry[] } | { ok: false; errors: MappingError[] };

/** The year's 款 (5-digit) codes with their names, against which the mapping's codes are checked. */
export interface MappingCatalogs {
  year: number;
  deptEcon: ReadonlyMap<string, string>;
  govEcon: ReadonlyMap<string, string>;
}

export function validateMappingRows(rows: readonly MappingInputRow[], catalogs: MappingCatalogs): MappingValidation {
  const errors: MappingError[] = [];
  const fail = (rowNumber: number, column: MappingColumn | null, problem: string) =>
    errors.push({ rowNumber, column, message: `第${rowNumber}行${column ? ` ${MAPPING_COLUMN_LABELS[column]}列` : ''}：${problem}` });
  if (rows.length === 0) return { ok: false, errors: [{ rowNumber: 0, column: null, message: '文件中没有任何对照关系' }] };

  const firstRow = new Map<string, number>();
  const entries: EconMappingEntry[] = [];
  for (const row of rows) {
    const entry = { deptCode: row.deptCode.trim(), govCodeAdmin: row.govCodeAdmin.trim(), govCodeInstitution: row.govCodeInstitution.trim() };
    let valid = true;
    for (const column of Object.keys(MAPPING_COLUMN_LABELS) as MappingColumn[]) {
      const code = entry[column];
      const dept = column === 'deptCode';
      const [first, catalog, name] = dept ? ['3', catalogs.deptEcon, '部门预算支出经济分类'] : ['5', catalogs.govEcon, '政府预算支出经济分类'];
      if (!code) fail(row.rowNumber, column, '编码为空');
      else if (!/^\d{5}$/.test(code) || !code.startsWith(first)) fail(row.rowNumber, column, `“${code}”应为以${first}开头的5位款级编码`);
      else if (!catalog.has(code)) fail(row.rowNumber, column, `${code} 不在${catalogs.year}年${name}的款级科目中`);
      else continue;
      valid = false;
    }
    if (entry.deptCode) {
      const earlier = firstRow.get(entry.deptCode);
      if (earlier !== undefined) {
        fail(row.rowNumber, 'deptCode', `${entry.deptCode} 重复（与第${earlier}行相同）`);
        continue;
      }
      firstRow.set(entry.deptCode, row.rowNumber);
    }
    if (!valid) continue;
    for (const p of mappingRowProblems(entry)) {
      const column = p.column === 'admin' ? 'govCodeAdmin' : 'govCodeInstitution';
      fail(row.rowNumber, column, `${entry.deptCode} 按对照表的类级规则应对应 ${p.allowed.join(' 或 ')} 开头的政府经济科目，而不是 ${entry[column]}`);
      valid = false;
    }
    if (valid) entries.push(entry);
  }
  if (errors.length > 0) {
    errors.sort((a, b) => a.rowNumber - b.rowNumber);
    return { ok: false, errors };
  }
  return { ok: true, entries };
}

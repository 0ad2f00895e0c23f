// Structural checks of an uploaded classification catalogue. Pure: no I/O.

export type CatalogKind = 'FUNCTION' | 'DEPT_ECONOMIC' | 'GOV_ECONOMIC';
export type CatalogLevel = '类' | '款' | '项';

export const CATALOG_KIND_LABELS: Record<CatalogKind, string> = {
  FUNCTION: '支出功能分类',
  DEPT_ECONOMIC: '部门预算支出经济分类',
  GOV_ECONOMIC: '政府预算支出经济分类',
};

export const MAX_CATALOG_NAME_LENGTH = 100;

export interface CatalogInputRow {
  rowNumber: number; // as the user sees it in the file (header = 1)
  code: string;
  name: string;
  level?: string;
}

export interface ValidCatalogEntry {
  code: string;
  name: string;
  level: CatalogLevel;
  parentCode: string | null;
}

export interface CatalogError {
  rowNumber: number;
  code: string;
  message: string;
}

export type CatalogValidation = { ok: true; entries: ValidCatalogEntry[] } | { ok: false; errors: CatalogError[] };

const LEVEL_BY_LENGTH: Record<number, CatalogLevel> = { 3: '类', 5: '款', 7: '项' };
const PARENT_LENGTH: Record<CatalogLevel, number | null> = { 类: null, 款: 3, 项: 5 };

const RULES: Record<CatalogKind, { lengths: number[]; firstDigit: string; lengthText: string }> = {
  FUNCTION: { lengths: [3, 5, 7], firstDigit: '2', lengthText: '3位（类）、5位（款）或7位（项）' },
  DEPT_ECONOMIC: { lengths: [3, 5], firstDigit: '3', lengthText: '3位（类）或5位（款）' },
  GOV_ECONOMIC: { lengths: [3, 5], firstDigit: '5', lengthText: '3位（类）或5位（款）' },
};

export function levelOfCode(code: string): CatalogLevel | null {
  return LEVEL_BY_LENGTH[code.length] ?? null;
}

export function parentCodeOf(code: string): string | null {
  const level = levelOfCode(code);
  const len = level ? PARENT_LENGTH[level] : null;
  return len ? code.slice(0, len) : null;
}

function where(rowNumber: number, code: string): string {
  return code ? `第${rowNumber}行 编码${code}` : `第${rowNumber}行`;
}

export function validateCatalogRows(kind: CatalogKind, rows: readonly CatalogInputRow[]): CatalogValidation {
  const rule = RULES[kind];
  const label = CATALOG_KIND_LABELS[kind];
  const errors: CatalogError[] = [];
  const fail = (rowNumber: number, code: string, problem: string) => errors.push({ rowNumber, code, message: `${where(rowNumber, code)}：${problem}` });

  if (rows.length === 0) {
    return { ok: false, errors: [{ rowNumber: 0, code: '', message: `文件中没有任何${label}科目` }] };
  }

  const firstRowOfCode = new Map<string, number>();
  const candidates: { row: CatalogInputRow; entry: ValidCatalogEntry }[] = [];

  for (const row of rows) {
    const code = (row.code ?? '').trim();
    const name = (row.name ?? '').trim();
    const levelText = (row.level ?? '').trim();
    let valid = true;

    if (!code) {
      fail(row.rowNumber, code, '编码为空');
      continue;
    }
    if (!/^\d+$/.test(code) || !rule.lengths.includes(code.length)) {
      fail(row.rowNumber, code, `${label}编码应为${rule.lengthText}数字`);
      valid = false;
    } else if (!code.startsWith(rule.firstDigit)) {
      fail(row.rowNumber, code, `${label}编码应以${rule.firstDigit}开头`);
      valid = false;
    }
    if (!name) {
      fail(row.rowNumber, code, '名称为空');
      valid = false;
    } else if ([...name].length > MAX_CATALOG_NAME_LENGTH) {
      fail(row.rowNumber, code, `名称超过${MAX_CATALOG_NAME_LENGTH}个字符`);
      valid = false;
    }
    const level = /^\d+$/.test(code) && rule.lengths.includes(code.length) ? levelOfCode(code) : null;
    if (levelText) {
      const allowed = rule.lengths.map((n) => LEVEL_BY_LENGTH[n]);
      if (!allowed.includes(levelText as CatalogLevel)) {
        fail(row.rowNumber, code, `级次“${levelText}”无效，应为${allowed.join('、')}`);
        valid = false;
      } else if (level && levelText !== level) {
        fail(row.rowNumber, code, `级次“${levelText}”与编码位数不符（${code.length}位编码应为${level}）`);
        valid = false;
      }
    }

    const earlier = firstRowOfCode.get(code);
    if (earlier !== undefined) {
      fail(row.rowNumber, code, `编码重复（与第${earlier}行相同）`);
      continue;
    }
    firstRowOfCode.set(code, row.rowNumber);
    if (valid && level) {
      candidates.push({ row, entry: { code, name, level, parentCode: parentCodeOf(code) } });
    }
  }

  for (const { row, entry } of candidates) {
    if (entry.parentCode && !firstRowOfCode.has(entry.parentCode)) {
      fail(row.rowNumber, entry.code, `上级科目${entry.parentCode}不存在`);
    }
  }

  if (errors.length > 0) {
    errors.sort((a, b) => a.rowNumber - b.rowNumber);
    return { ok: false, errors };
  }
  return { ok: true, entries: candidates.map((c) => c.entry) };
}

/** The problems of one catalogue entry an admin adds or renames, each naming its field (编码 or 名称). */
export function catalogEntryProblems(kind: CatalogKind, code: string | null, name: string): { field: '编码' | '名称'; message: string }[] {
  const rule = RULES[kind];
  const label = CATALOG_KIND_LABELS[kind];
  const out: { field: '编码' | '名称'; message: string }[] = [];
  if (code !== null) {
    if (!code) out.push({ field: '编码', message: '编码不能为空' });
    else if (!/^\d+$/.test(code) || !rule.lengths.includes(code.length)) out.push({ field: '编码', message: `${label}编码应为${rule.lengthText}数字` });
    else if (!code.startsWith(rule.firstDigit)) out.push({ field: '编码', message: `${label}编码应以${rule.firstDigit}开头` });
  }
  if (!name) out.push({ field: '名称', message: '名称不能为空' });
  else if ([...name].length > MAX_CATALOG_NAME_LENGTH) out.push({ field: '名称', message: `名称超过${MAX_CATALOG_NAME_LENGTH}个字符` });
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  else if (/[\u0000-\u001f\u007f]/.test(name)) out.push({ field: '名称', message: '名称不能包含控制字符' });
  return out;
}

// Which 政府预算支出经济分类 款 a 部门预算支出经济分类 款 may be booked with. Pure: no I/O.
// The year's econ_mapping (两套支出经济分类科目对照表) decides per 款; where a 部门经济科目 has no mapping
// row, the 对照表's class rules below decide by prefix.

export interface EconMappingEntry {
  deptCode: string;
  govCodeAdmin: string; // 行政单位 / 参公事业单位
  govCodeInstitution: string; // 事业单位
}

/**
 * The 对照表's class rules (财政部《政府收支分类科目》, 两套支出经济分类科目对照表, 2018 onward): the government
 * codes each 部门经济分类 类 goes to, for 机关 (行政/参公) and for 事业单位. 基本建设 arranged by the 发展改革
 * department (309, 311) is the (二) column; every other capital spending (310, 312) the (一) column.
 */
export const ECON_CLASS_RULES: Record<string, { admin: readonly string[]; institution: readonly string[] }> = {
  '301': { admin: ['501', '50501'], institution: ['50501'] },
  '302': { admin: ['502', '50502'], institution: ['50502'] },
  '303': { admin: ['509'], institution: ['509'] },
  '307': { admin: ['511'], institution: ['511'] },
  '309': { admin: ['504', '50602'], institution: ['50602'] },
  '310': { admin: ['503', '50601'], institution: ['50601'] },
  '311': { admin: ['50802'], institution: ['50802'] },
  '312': { admin: ['507', '50801'], institution: ['507', '50801'] },
  '313': { admin: ['510'], institution: ['510'] },
  '399': { admin: ['599'], institution: ['599'] },
};

const isInstitution = (unitKind: string) => unitKind === 'INSTITUTION';

/**
 * The 政府经济科目 a unit of this kind may use with a mapped 部门经济科目: an institution its own column only; an
 * administrative unit its column, or the institution column for what it pays for its institutions.
 */
export function allowedGovCodes(entry: EconMappingEntry, unitKind: string): string[] {
  return isInstitution(unitKind) ? [entry.govCodeInstitution] : [...new Set([entry.govCodeAdmin, entry.govCodeInstitution])];
}

/** The class-rule prefixes for a 部门经济科目 without a mapping row; null when its 类 has no rule. */
export function allowedGovPrefixes(deptCode: string, unitKind: string): readonly string[] | null {
  const rule = ECON_CLASS_RULES[deptCode.slice(0, 3)];
  if (!rule) return null;
  return isInstitution(unitKind) ? rule.institution : rule.admin;
}

/** Whether a mapping row's two government codes follow the class rules of its 部门经济科目. */
export function mappingRowProblems(entry: EconMappingEntry): { column: 'admin' | 'institution'; allowed: readonly string[] }[] {
  const rule = ECON_CLASS_RULES[entry.deptCode.slice(0, 3)];
  if (!rule) return [];
  const out: { column: 'admin' | 'institution'; allowed: readonly string[] }[] = [];
  if (!rule.admin.some((p) => entry.govCodeAdmin.startsWith(p))) out.push({ column: 'admin', allowed: rule.admin });
  if (!rule.institution.some((p) => entry.govCodeInstitution.startsWith(p))) out.push({ column: 'institution', allowed: rule.institution });
  return out;
}

/** A mapping indexed by 部门经济科目, built once per mapping array. */
const indexes = new WeakMap<readonly EconMappingEntry[], Map<string, EconMappingEntry>>();
export function mappingIndex(mapping: readonly EconMappingEntry[]): Map<string, EconMappingEntry> {
  let index = indexes.get(mapping);
  if (!index) {
    index = new Map(mapping.map((m) => [m.deptCode, m]));
    indexes.set(mapping, index);
  }
  return index;
}

/**
 * Whether (dept, gov) is a valid pair for a unit of this kind: the mapping row decides when there is one, else
 * the class rules. Returns the allowed codes or prefixes when not, null when allowed or not judged.
 */
export function econPairViolation(
  dept: string,
  gov: string,
  unitKind: string,
  mapping: readonly EconMappingEntry[],
): { by: 'mapping' | 'class'; allowed: readonly string[] } | null {
  const entry = mappingIndex(mapping).get(dept);
  if (entry) {
    const allowed = allowedGovCodes(entry, unitKind);
    return allowed.includes(gov) ? null : { by: 'mapping', allowed };
  }
  const prefixes = allowedGovPrefixes(dept, unitKind);
  if (!prefixes || prefixes.some((p) => gov.startsWith(p))) return null;
  return { by: 'class', allowed: prefixes };
}

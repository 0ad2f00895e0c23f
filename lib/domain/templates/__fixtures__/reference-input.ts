// Builds an engine input (DisclosureInput) from the figures a published Shanghai document prints:
// basic spending by 功能科目 项 split into 人员经费 / 公用经费, project spending by 项, and the
// 部门经济分类 款 of basic (and, for 三公, project) spending. Lines are paired by filling the 项
// amounts with the 款 amounts in order (人员 with 301/303, 公用 with the rest), so every marginal
// the nine tables print is reproduced exactly.
import { centsToYuan, parseCents } from '../../tables/cents';
import { loadCatalogs } from '../../../../prisma/seed-data/catalogs/load-catalogs';
import type { CatalogEntry, DisclosureInput, ExpenditureLine, FundSource, OrgInfo, Project, SpendingKind, UnitBudget, UnitKind } from '../../types';

export interface ReferenceBudget {
  year: number;
  scope: 'UNIT' | 'DEPARTMENT';
  org: { code: string; name: string; kind: UnitKind };
  /** 类/款/项 codes and names as the document prints them. */
  functions: [string, string][];
  /** 部门经济分类 类/款 codes and names as printed; omit to keep the official catalogue's names. */
  deptEconomic?: [string, string][];
  /** Basic spending by 项: [code, 人员经费, 公用经费, source]. */
  basic: [string, string, string, FundSource?][];
  /** Project spending by 项: [code, amount, source]. */
  project: [string, string, FundSource?][];
  personnelEcon: [string, string][];
  publicEcon: [string, string][];
  /** 部门经济科目 of project spending that the tables show (三公); the rest is booked to 30299. */
  projectEcon?: [string, string][];
  /** 公用经费 of a subordinate 事业 unit (a 部门 whose 机关运行经费 is below its 公用经费). */
  institutionPublic?: { name: string; amount: string };
}

interface Portion {
  key: string;
  amount: bigint;
  source?: FundSource;
}

const toCents = (yuanText: string) => parseCents(yuanText.replace(/,/g, ''), yuanText);
const toYuan = centsToYuan;

/** Pairs two lists of amounts with equal totals (north-west corner rule). */
function pairUp(left: Portion[], right: Portion[], what: string): { left: Portion; right: Portion; amount: bigint }[] {
  const total = (list: Portion[]) => list.reduce((s, p) => s + p.amount, 0n);
  if (total(left) !== total(right)) throw new Error(`${what}: ${total(left)} ≠ ${total(right)} 分`);
  const l = left.map((p) => ({ ...p })).filter((p) => p.amount > 0n);
  const r = right.map((p) => ({ ...p })).filter((p) => p.amount > 0n);
  const pairs: { left: Portion; right: Portion; amount: bigint }[] = [];
  let i = 0;
  let j = 0;
  while (i < l.length && j < r.length) {
    const amount = l[i].amount < r[j].amount ? l[i].amount : r[j].amount;
    pairs.push({ left: l[i], right: r[j], amount });
    l[i].amount -= amount;
    r[j].amount -= amount;
    if (l[i].amount === 0n) i++;
    if (r[j].amount === 0n) j++;
  }
  return pairs;
}

function withNames(official: CatalogEntry[], printed: [string, string][] | undefined): CatalogEntry[] {
  if (!printed) return official;
  const names = new Map(printed);
  const merged = official.map((e) => ({ code: e.code, name: names.get(e.code) ?? e.name }));
  for (const [code, name] of printed) if (!merged.some((e) => e.code === code)) merged.push({ code, name });
  return merged;
}

function project(code: string, unitCode: string, year: number, amount: string): Project {
  return {
    code,
    name: `项目${code}`,
    unitCode,
    originYear: year,
    category: '其他运转类',
    attribute: '经常性项目（长期开展）',
    period: null,
    fundingPeriod: { CITY_COUNTY: amount },
    fundingYear: { CITY_COUNTY: amount },
    overview: '',
    basis: '',
    necessity: '',
    safeguards: '',
    plan: '',
    goalPeriod: '',
    goalYear: '',
    indicatorsPeriod: [],
    indicatorsYear: [],
    manager: '',
    handler: '',
    phone: '',
    filledAt: '',
  };
}

/** Moves basic 公用经费 lines worth amount (splitting the last one) out of lines, for a 事业 unit. */
function moveToInstitution(lines: ExpenditureLine[], amount: bigint): ExpenditureLine[] {
  const moved: ExpenditureLine[] = [];
  let left = amount;
  for (const line of lines) {
    if (left === 0n) break;
    if (line.kind !== 'BASIC' || /^30[13]/.test(line.deptEconCode)) continue;
    const value = parseCents(line.amount, line.id);
    const take = value < left ? value : left;
    moved.push({ ...line, id: `${line.id}-SY`, amount: centsToYuan(take) });
    line.amount = centsToYuan(value - take);
    left -= take;
  }
  if (left !== 0n) throw new Error('事业单位公用经费超过公用经费总额');
  return moved;
}

export function referenceInput(doc: ReferenceBudget): DisclosureInput {
  const official = loadCatalogs(2026);
  const lines: ExpenditureLine[] = [];
  const add = (functionCode: string, kind: SpendingKind, deptEconCode: string, source: FundSource, amount: bigint) =>
    lines.push({
      id: `L${lines.length + 1}`,
      functionCode,
      kind,
      projectCode: kind === 'PROJECT' ? `P${functionCode}` : null,
      deptEconCode,
      govEconCode: deptEconCode.startsWith('303') ? '50905' : deptEconCode.startsWith('310') ? '50306' : deptEconCode.startsWith('301') ? '50101' : '50201',
      source,
      timing: 'CURRENT',
      amount: toYuan(amount),
    });
  const econ = (list: [string, string][]): Portion[] => list.map(([key, a]) => ({ key, amount: toCents(a) }));
  const basic = (column: 1 | 2): Portion[] => doc.basic.map((row) => ({ key: row[0], amount: toCents(row[column]), source: row[3] }));
  for (const p of pairUp(basic(1), econ(doc.personnelEcon), '人员经费')) add(p.left.key, 'BASIC', p.right.key, p.left.source ?? 'GENERAL', p.amount);
  for (const p of pairUp(basic(2), econ(doc.publicEcon), '公用经费')) add(p.left.key, 'BASIC', p.right.key, p.left.source ?? 'GENERAL', p.amount);
  const projects: Portion[] = doc.project.map(([key, a, source]) => ({ key, amount: toCents(a), source }));
  const special = econ(doc.projectEcon ?? []);
  const rest = projects.reduce((s, p) => s + p.amount, 0n) - special.reduce((s, p) => s + p.amount, 0n);
  for (const p of pairUp(projects, [...special, { key: '30299', amount: rest }], '项目支出')) {
    add(p.left.key, 'PROJECT', p.right.key, p.left.source ?? 'GENERAL', p.amount);
  }
  const institutionLines = doc.institutionPublic ? moveToInstitution(lines, toCents(doc.institutionPublic.amount)) : [];
  const org: OrgInfo = {
    ...doc.org,
    duties: '',
    structure: '',
    staffing: { internalDivisions: 0, authorizedHeadcount: 0, actualHeadcount: 0, otherPersonnel: 0 },
  };
  const zero = '0';
  const unit: UnitBudget = {
    unit: org,
    lines: lines.filter((l) => l.amount !== '0.00'),
    projects: doc.project.map(([code, amount]) => project(`P${code}`, org.code, doc.year, amount.replace(/,/g, ''))),
    procurement: [],
    procurementReserve: { sme: null, smallMicro: null },
    assets: {
      asOf: `${doc.year - 1}-12-31`,
      plannedPurchases: {},
      vehicleQuota: 0,
      vehicles: { LEADER: 0, CONFIDENTIAL: 0, EMERGENCY: 0, LAW_ENFORCEMENT: 0, SPECIAL_TECHNICAL: 0, INSTITUTION_BUSINESS: 0, OTHER: 0 },
      officeArea: zero,
      equipmentOver50: 0,
      equipmentOver100: 0,
    },
    priorYear: {
      totalIncome: zero,
      totalExpenditure: zero,
      generalCurrentExpenditure: zero,
      threePublic: { abroad: zero, reception: zero, vehiclePurchase: zero, vehicleOperation: zero },
      operatingCost: zero,
    },
    reasons: {
      totalChange: '',
      generalChange: '',
      threePublicChange: '',
      abroadChange: '',
      receptionChange: '',
      vehiclePurchaseChange: '',
      vehicleOperationChange: '',
      operatingCostChange: '',
      procurementNote: '',
      otherNote: '',
    },
    carriedOver: [],
  };
  const units = [unit];
  if (doc.institutionPublic) {
    const code = `${org.code}-SY`;
    units.push({
      ...unit,
      unit: { ...org, code, name: doc.institutionPublic.name, kind: 'INSTITUTION' },
      lines: institutionLines,
      projects: [],
    });
  }
  return {
    year: doc.year,
    scope: doc.scope,
    org,
    units,
    catalogs: {
      functions: withNames(official.functions, doc.functions),
      deptEconomic: withNames(official.deptEconomic, doc.deptEconomic),
      govEconomic: official.govEconomic,
    },
  };
}

/** Printed table body: one row per line, cells separated by │. */
export function grid(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split('│'));
}

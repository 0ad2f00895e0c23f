import { isPersonnel } from '../aggregate';
import { THREE_PUBLIC_CODES } from '../disclosure-codes';
import { parseCentsSmall } from './cents';
import type { CatalogEntry, DisclosureInput, UnitBudget } from '../types';
import { Slice, sliceFor } from './slice';

/** 三公经费 items and the 部门经济科目 that book them. */
export type ThreePublicItem = 'ABROAD' | 'RECEPTION' | 'VEHICLE_PURCHASE' | 'VEHICLE_OPERATION';
export const THREE_PUBLIC_ECON: Record<string, ThreePublicItem> = {
  [THREE_PUBLIC_CODES.abroad]: 'ABROAD',
  [THREE_PUBLIC_CODES.reception]: 'RECEPTION',
  [THREE_PUBLIC_CODES.vehiclePurchase]: 'VEHICLE_PURCHASE',
  [THREE_PUBLIC_CODES.vehicleOperation]: 'VEHICLE_OPERATION',
};

/** Basic spending of one (部门经济科目, 政府经济科目) pair. */
export interface EconPair {
  deptCode: string;
  govCode: string;
  personnel: boolean; // 人员经费 (301/303) rather than 公用经费
  slice: Slice;
}

export interface UnitSums {
  unit: UnitBudget;
  /** 公用经费: basic lines outside 301/303. */
  publicBasic: Slice;
  /** Project lines by project code. */
  projects: Map<string, Slice>;
  projectTotal: Slice;
}

/** Everything the thirteen tables read, gathered in one pass over the lines. */
export interface TableContext {
  year: number;
  orgName: string;
  units: UnitBudget[];
  all: Slice;
  /** Keyed by 类 (3), 款 (5) and 项 (7) function code. */
  byFunction: Map<string, Slice>;
  /** 人员经费 (basic lines of 301/303), keyed like byFunction (类, 款 and 项). */
  personnelByFunction: Map<string, Slice>;
  /** The keys of byFunction in tree order (a code sorts right before its children). */
  functionCodes: string[];
  /** Basic lines keyed by "dept|gov" economic codes. */
  basicByEconPair: Map<string, EconPair>;
  threePublic: Map<ThreePublicItem, Slice>;
  byUnit: UnitSums[];
  /**
   * Every line under each 3-, 5- and 7-digit prefix of its 功能科目 code that the code is long enough
   * for: the slice under a key is exactly the lines whose code starts with it (what the narrative and
   * the checks ask for; byFunction is the tables' own tree).
   */
  functionPrefixes: Map<string, Slice>;
  /** Every line by its 部门经济科目 code. */
  byDeptEcon: Map<string, Slice>;
  /** Every line that names a project, by project code, across all units. */
  byProjectCode: Map<string, Slice>;
  lineCount: number;
  functionName(code: string): string;
  deptEconName(code: string): string;
  govEconName(code: string): string;
  projectName(unit: UnitBudget, projectCode: string): string;
}

const nameMaps = new WeakMap<readonly CatalogEntry[], Map<string, string>>();

function namesOf(entries: readonly CatalogEntry[]): Map<string, string> {
  let names = nameMaps.get(entries);
  if (!names) {
    names = new Map(entries.map((e) => [e.code, e.name]));
    nameMaps.set(entries, names);
  }
  return names;
}

function nameLookup(entries: readonly CatalogEntry[], kind: string): (code: string) => string {
  const names = namesOf(entries);
  return (code) => names.get(code) ?? `（${kind}${code}不在目录中）`;
}

/**
 * The per-code sums spread over the function trees, visiting codes in first-line order so the maps
 * are filled in the same order as line by line. byFunction adds a line to its 3- and 5-digit prefix
 * and its own code (the tables' tree); functionPrefixes only to the prefixes the code is long enough for.
 */
function spreadFunctionCodes(byCode: Map<string, Slice>, ctx: Pick<TableContext, 'byFunction' | 'functionPrefixes'>) {
  for (const [code, slice] of byCode) {
    for (const prefix of [code.slice(0, 3), code.slice(0, 5), code]) sliceFor(ctx.byFunction, prefix).addSlice(slice);
    for (const length of [3, 5, 7]) {
      if (code.length >= length) sliceFor(ctx.functionPrefixes, code.slice(0, length)).addSlice(slice);
    }
  }
}

type SharedSums = Pick<
  TableContext,
  'all' | 'byFunction' | 'personnelByFunction' | 'basicByEconPair' | 'threePublic' | 'functionPrefixes' | 'byDeptEcon' | 'byProjectCode'
>;

/** basicByEconPair's entries by 部门经济科目 then 政府经济科目 (no key string built per line). */
type PairIndex = Map<string, Map<string, EconPair>>;

function unitSums(unit: UnitBudget, ctx: SharedSums, byFunctionCode: Map<string, Slice>, personnelByCode: Map<string, Slice>, pairs: PairIndex): UnitSums {
  const sums: UnitSums = { unit, publicBasic: new Slice(), projects: new Map(), projectTotal: new Slice() };
  for (const line of unit.lines) {
    const amount = parseCentsSmall(line.amount, line.id);
    const kind = line.kind;
    const cell = Slice.cellOf(line.source, line.timing, kind);
    ctx.all.addAt(cell, amount);
    sliceFor(byFunctionCode, line.functionCode).addAt(cell, amount);
    sliceFor(ctx.byDeptEcon, line.deptEconCode).addAt(cell, amount);
    if (line.projectCode !== null) sliceFor(ctx.byProjectCode, line.projectCode).addAt(cell, amount);
    if (kind === 'BASIC') {
      let pair = pairs.get(line.deptEconCode)?.get(line.govEconCode);
      if (!pair) {
        const key = `${line.deptEconCode}|${line.govEconCode}`;
        pair = ctx.basicByEconPair.get(key);
        if (!pair) {
          pair = { deptCode: line.deptEconCode, govCode: line.govEconCode, personnel: isPersonnel(line), slice: new Slice() };
          ctx.basicByEconPair.set(key, pair);
        }
        let byGov = pairs.get(line.deptEconCode);
        if (!byGov) pairs.set(line.deptEconCode, (byGov = new Map()));
        byGov.set(line.govEconCode, pair);
      }
      pair.slice.addAt(cell, amount);
      if (pair.personnel) sliceFor(personnelByCode, line.functionCode).addAt(cell, amount);
      else sums.publicBasic.addAt(cell, amount);
    } else if (line.projectCode) {
      sliceFor(sums.projects, line.projectCode).addAt(cell, amount);
      sums.projectTotal.addAt(cell, amount);
    }
  }
  return sums;
}

export function buildContext(input: DisclosureInput): TableContext {
  const shared: SharedSums = {
    all: new Slice(),
    byFunction: new Map<string, Slice>(),
    personnelByFunction: new Map<string, Slice>(),
    basicByEconPair: new Map<string, EconPair>(),
    threePublic: new Map<ThreePublicItem, Slice>(),
    functionPrefixes: new Map<string, Slice>(),
    byDeptEcon: new Map<string, Slice>(),
    byProjectCode: new Map<string, Slice>(),
  };
  const byFunctionCode = new Map<string, Slice>();
  const personnelByCode = new Map<string, Slice>();
  const pairs: PairIndex = new Map();
  const byUnit = input.units.map((unit) => unitSums(unit, shared, byFunctionCode, personnelByCode, pairs));
  spreadFunctionCodes(byFunctionCode, shared);
  // 三公经费 are the lines of four 部门经济科目: their slices, read once the lines are added up.
  for (const [code, item] of Object.entries(THREE_PUBLIC_ECON)) {
    const slice = shared.byDeptEcon.get(code);
    if (slice) shared.threePublic.set(item, slice);
  }
  for (const [code, slice] of personnelByCode) {
    for (const prefix of new Set([code.slice(0, 3), code.slice(0, 5), code])) {
      sliceFor(shared.personnelByFunction, prefix).addSlice(slice);
    }
  }
  const projectNames = new Map(input.units.map((u) => [u.unit.code, new Map(u.projects.map((p) => [p.code, p.name]))]));
  return {
    year: input.year,
    orgName: input.org.name,
    units: input.units,
    ...shared,
    functionCodes: [...shared.byFunction.keys()].sort(),
    byUnit,
    lineCount: input.units.reduce((n, u) => n + u.lines.length, 0),
    functionName: nameLookup(input.catalogs.functions, '功能科目'),
    deptEconName: nameLookup(input.catalogs.deptEconomic, '部门经济科目'),
    govEconName: nameLookup(input.catalogs.govEconomic, '政府经济科目'),
    projectName: (unit, code) => projectNames.get(unit.unit.code)?.get(code) ?? code,
  };
}

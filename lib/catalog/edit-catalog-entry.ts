import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { writeAudit, type Actor } from '../audit/write-audit';
import { CATALOG_KIND_LABELS, catalogEntryProblems, parentCodeOf, type CatalogKind } from '../domain/catalog/validate-catalog';
import { conflict, invalid, invalidState, notFound } from '../errors/app-error';
import { invalidateYearSummaries } from '../data/internal/budget-summary';
import { mappingRowProblems } from '../domain/catalog/econ-pairs';
import { MAPPING_COLUMN_LABELS } from '../domain/catalog/validate-mapping';

// Single-entry upkeep of a year's catalogue (add, rename, retire/re-enable), each one transaction with its audit
// record. Entries are never deleted here: lines and frozen versions keep resolving their codes. Every change
// writes the catalogue row it touches (insert or update), so a stamp over the catalogue tables sees it.

type Tx = Prisma.TransactionClient;

export interface CatalogEntryRow {
  code: string;
  name: string;
  parentCode: string | null;
  retiredAt: Date | null;
}

const select = { code: true, name: true, parentCode: true, retiredAt: true } as const;

interface CatalogTable {
  find(code: string): Promise<CatalogEntryRow | null>;
  active(codePrefix: string): Promise<CatalogEntryRow[]>;
  create(code: string, name: string, parentCode: string | null): Promise<CatalogEntryRow>;
  rename(code: string, name: string): Promise<CatalogEntryRow>;
  setRetired(codes: string[], retiredAt: Date | null): Promise<unknown>;
}

/** One year's catalogue of one kind; the three tables have the same columns. */
function table(tx: Tx, year: number, kind: CatalogKind): CatalogTable {
  const key = (code: string) => ({ year_code: { year, code } });
  const family = (prefix: string) => ({ where: { year, code: { startsWith: prefix }, retiredAt: null }, select });
  const many = (codes: string[], retiredAt: Date | null) => ({ where: { year, code: { in: codes } }, data: { retiredAt } });
  if (kind === 'FUNCTION') {
    const t = tx.functionSubject;
    return {
      find: (code) => t.findUnique({ where: key(code), select }),
      active: (prefix) => t.findMany(family(prefix)),
      create: (code, name, parentCode) => t.create({ data: { year, code, name, parentCode }, select }),
      rename: (code, name) => t.update({ where: key(code), data: { name }, select }),
      setRetired: (codes, at) => t.updateMany(many(codes, at)),
    };
  }
  if (kind === 'DEPT_ECONOMIC') {
    const t = tx.deptEconSubject;
    return {
      find: (code) => t.findUnique({ where: key(code), select }),
      active: (prefix) => t.findMany(family(prefix)),
      create: (code, name, parentCode) => t.create({ data: { year, code, name, parentCode }, select }),
      rename: (code, name) => t.update({ where: key(code), data: { name }, select }),
      setRetired: (codes, at) => t.updateMany(many(codes, at)),
    };
  }
  const t = tx.govEconSubject;
  return {
    find: (code) => t.findUnique({ where: key(code), select }),
    active: (prefix) => t.findMany(family(prefix)),
    create: (code, name, parentCode) => t.create({ data: { year, code, name, parentCode }, select }),
    rename: (code, name) => t.update({ where: key(code), data: { name }, select }),
    setRetired: (codes, at) => t.updateMany(many(codes, at)),
  };
}

function throwProblems(problems: { field: string; message: string }[]): void {
  if (problems.length > 0) throw invalid(problems.map((p) => `${p.field}：${p.message}`).join('；'), problems);
}

async function openYear(tx: Tx, year: number): Promise<void> {
  const fy = await tx.fiscalYear.findUnique({ where: { year } });
  if (!fy) throw notFound(`预算年度 ${year}`);
  if (!fy.isOpen) throw invalidState(`${fy.name}已结束，不能修改其科目表`);
}

async function entryOf(tx: Tx, year: number, kind: CatalogKind, code: string): Promise<CatalogEntryRow> {
  const row = await table(tx, year, kind).find(code);
  if (!row) throw notFound(`${year}年${CATALOG_KIND_LABELS[kind]}科目 ${code}`);
  return row;
}

async function run<T>(db: PrismaClient, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(fn, { timeout: 30_000, maxWait: 10_000 });
}

/** The 政府经济科目 a new 部门经济科目 款 is booked with (a row of the year's 两套支出经济分类科目对照表). */
export interface NewEntryMapping {
  govCodeAdmin: string;
  govCodeInstitution: string;
}

async function mappingProblems(tx: Tx, year: number, kind: CatalogKind, code: string, mapping: NewEntryMapping): Promise<{ field: string; message: string }[]> {
  if (kind !== 'DEPT_ECONOMIC' || code.length !== 5) {
    return [{ field: MAPPING_COLUMN_LABELS.govCodeAdmin, message: '只有部门预算支出经济分类的款级（5位）科目可填写对应的政府经济科目' }];
  }
  const problems: { field: string; message: string }[] = [];
  for (const column of ['govCodeAdmin', 'govCodeInstitution'] as const) {
    const gov = mapping[column];
    const field = MAPPING_COLUMN_LABELS[column];
    if (!/^5\d{4}$/.test(gov)) {
      problems.push({ field, message: `“${gov}”应为以5开头的5位款级编码` });
      continue;
    }
    const row = await tx.govEconSubject.findUnique({ where: { year_code: { year, code: gov } }, select: { retiredAt: true } });
    if (!row) problems.push({ field, message: `${gov} 不在${year}年政府预算支出经济分类中` });
    else if (row.retiredAt) problems.push({ field, message: `${gov} 已停用` });
  }
  if (problems.length > 0) return problems;
  return mappingRowProblems({ deptCode: code, ...mapping }).map((p) => {
    const column = p.column === 'admin' ? 'govCodeAdmin' : 'govCodeInstitution';
    return {
      field: MAPPING_COLUMN_LABELS[column],
      message: `${code} 按对照表的类级规则应对应 ${p.allowed.join(' 或 ')} 开头的政府经济科目，而不是 ${mapping[column]}`,
    };
  });
}

/**
 * Adds one entry. A 部门经济科目 款 may come with its row of the 对照表, written in the same transaction; without
 * one, its lines are checked by the 对照表's class rules.
 */
export async function addCatalogEntry(
  db: PrismaClient,
  actor: Actor,
  year: number,
  kind: CatalogKind,
  code: string,
  name: string,
  mapping?: NewEntryMapping,
): Promise<CatalogEntryRow> {
  code = code.trim();
  name = name.trim();
  throwProblems(catalogEntryProblems(kind, code, name));
  const govMapping = mapping && { govCodeAdmin: mapping.govCodeAdmin.trim(), govCodeInstitution: mapping.govCodeInstitution.trim() };
  return run(db, async (tx) => {
    await openYear(tx, year);
    const t = table(tx, year, kind);
    const existing = await t.find(code);
    if (existing) throw conflict(`编码：${code} 已存在（${existing.name}${existing.retiredAt ? '，已停用' : ''}）`);
    const parentCode = parentCodeOf(code);
    if (parentCode) {
      const parent = await t.find(parentCode);
      if (!parent) throw invalid(`编码：上级科目 ${parentCode} 不存在，请先添加上级科目`, [{ field: '编码', message: `上级科目 ${parentCode} 不存在` }]);
      if (parent.retiredAt) throw invalid(`编码：上级科目 ${parentCode} ${parent.name} 已停用`, [{ field: '编码', message: `上级科目 ${parentCode} 已停用` }]);
    }
    if (govMapping) throwProblems(await mappingProblems(tx, year, kind, code, govMapping));
    const row = await t.create(code, name, parentCode);
    if (govMapping) await tx.econMapping.create({ data: { year, deptCode: code, ...govMapping } });
    await invalidateYearSummaries(tx, year);
    await writeAudit(tx, actor, {
      action: 'catalog.entry.add',
      entity: CATALOG_KIND_LABELS[kind],
      entityId: `${year}:${code}`,
      after: { year, kind, code, name, ...(govMapping ? { mapping: govMapping } : {}) },
    });
    return row;
  });
}

export async function renameCatalogEntry(
  db: PrismaClient,
  actor: Actor,
  year: number,
  kind: CatalogKind,
  code: string,
  name: string,
): Promise<CatalogEntryRow> {
  name = name.trim();
  throwProblems(catalogEntryProblems(kind, null, name));
  return run(db, async (tx) => {
    await openYear(tx, year);
    const before = await entryOf(tx, year, kind, code);
    if (before.name === name) throw invalid('名称：与原名称相同，未修改', [{ field: '名称', message: '与原名称相同' }]);
    const row = await table(tx, year, kind).rename(code, name);
    await invalidateYearSummaries(tx, year);
    await writeAudit(tx, actor, {
      action: 'catalog.entry.rename',
      entity: CATALOG_KIND_LABELS[kind],
      entityId: `${year}:${code}`,
      before: { name: before.name },
      after: { name },
    });
    return row;
  });
}

/**
 * Retires an entry and its active descendants (停用), or re-enables one entry whose parent is active. Returns the
 * codes changed.
 */
export async function setCatalogEntryRetired(
  db: PrismaClient,
  actor: Actor,
  year: number,
  kind: CatalogKind,
  code: string,
  retired: boolean,
): Promise<string[]> {
  return run(db, async (tx) => {
    await openYear(tx, year);
    const t = table(tx, year, kind);
    const entry = await entryOf(tx, year, kind, code);
    if (!!entry.retiredAt === retired) throw invalidState(`科目 ${code} ${entry.name}${retired ? '已停用' : '未停用'}`);
    let codes: string[];
    if (retired) {
      const family = await t.active(code);
      codes = family.map((r) => r.code).sort();
    } else {
      if (entry.parentCode) {
        const parent = await entryOf(tx, year, kind, entry.parentCode);
        if (parent.retiredAt) throw invalidState(`上级科目 ${parent.code} ${parent.name} 已停用，请先启用上级科目`);
      }
      codes = [code];
    }
    await t.setRetired(codes, retired ? new Date() : null);
    await invalidateYearSummaries(tx, year);
    await writeAudit(tx, actor, {
      action: retired ? 'catalog.entry.retire' : 'catalog.entry.restore',
      entity: CATALOG_KIND_LABELS[kind],
      entityId: `${year}:${code}`,
      before: { retired: !retired, name: entry.name },
      after: { retired, codes },
    });
    return codes;
  });
}

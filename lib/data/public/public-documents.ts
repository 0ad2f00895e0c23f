import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import type { DisclosureInput } from '../../domain/types';
import { likeLiteral } from '../../db/like-literal';
import { versionMemo } from '../../document/version-memo';
import { frozenDisclosure, type FrozenDisclosure } from '../../document/frozen-disclosure';
import { parseFrozenDocument, parseFrozenSnapshot, type FrozenSnapshot } from '../../document/frozen/frozen-version-format';

// The one public read side. A document is public only through a BudgetVersion with publishedAt set;
// nothing here looks at a draft, so an unpublished budget is indistinguishable from an organisation that
// does not exist. A published version stays public when its organisation is later 停用: what was
// published is a public record. Every page and download renders what readPublishedVersion parses.
//
// The public numbers a budget's published versions 第1版, 第2版 … in the order they were published; a
// submission that was returned before publication is never public and takes no number. So a
// PublishedVersionRef's versionNo is that public number, not BudgetVersion.versionNo.

export interface PublishedVersionRef {
  versionId: string;
  /** The public version number: 1 for the first publication, 2 for the first correction … */
  versionNo: number;
  publishedAt: Date;
  correctionNote: string | null;
}

export type DocumentScope = 'UNIT' | 'DEPARTMENT';

export interface PublishedDocumentSummary extends PublishedVersionRef {
  /** DEPARTMENT for a 部门预算 (department_version), UNIT for a unit's own document. */
  scope: DocumentScope;
  orgCode: string;
  orgName: string;
  department: { code: string; name: string };
  year: number;
  /** Earlier published versions, newest first. */
  earlier: PublishedVersionRef[];
}

const CODE = /^[0-9A-Za-z]{1,20}$/;

export function isPublicOrgCode(code: string): boolean {
  return CODE.test(code);
}

const published = { publishedAt: { not: null } } as const;
const refSelect = { id: true, versionNo: true, publishedAt: true, correctionNote: true } as const;

type PublishedRow = { id: string; versionNo: number; publishedAt: Date | null; correctionNote: string | null };

/** One budget's published rows, newest first, numbered for the public (the oldest is 第1版). */
function numbered(rowsNewestFirst: PublishedRow[]): PublishedVersionRef[] {
  return rowsNewestFirst.map((r, i) => ({
    versionId: r.id,
    versionNo: rowsNewestFirst.length - i,
    publishedAt: r.publishedAt ?? new Date(0),
    correctionNote: r.correctionNote,
  }));
}

/** The latest published version of every budget (optionally one year, or matching a name or code), by year desc then code. */
export async function listPublishedDocuments(db: PrismaClient, filter: { year?: number; q?: string } = {}): Promise<PublishedDocumentSummary[]> {
  const trimmed = filter.q?.trim();
  const q = trimmed ? likeLiteral(trimmed) : undefined;
  const rows = await db.budgetVersion.findMany({
    where: {
      ...published,
      budget: {
        ...(filter.year ? { year: filter.year } : {}),
        ...(q
          ? {
              OR: [
                { org: { name: { contains: q } } },
                { org: { code: { startsWith: q } } },
                { org: { parent: { name: { contains: q } } } },
                { org: { parent: { code: { startsWith: q } } } },
              ],
            }
          : {}),
      },
    },
    orderBy: [{ versionNo: 'desc' }],
    select: {
      ...refSelect,
      budgetId: true,
      budget: { select: { year: true, org: { select: { code: true, name: true, parent: { select: { code: true, name: true } } } } } },
    },
  });
  const byBudget = new Map<string, typeof rows>();
  for (const r of rows) byBudget.set(r.budgetId, [...(byBudget.get(r.budgetId) ?? []), r]);
  const summaries = [...byBudget.values()].map((budgetRows): PublishedDocumentSummary => {
    const [latest, ...earlier] = numbered(budgetRows);
    const org = budgetRows[0].budget.org;
    return {
      ...latest,
      scope: 'UNIT',
      orgCode: org.code,
      orgName: org.name,
      department: org.parent ? { code: org.parent.code, name: org.parent.name } : { code: org.code, name: org.name },
      year: budgetRows[0].budget.year,
      earlier,
    };
  });
  summaries.push(...(await listPublishedDepartments(db, filter.year, q)));
  return summaries.sort((a, b) => b.year - a.year || a.orgCode.localeCompare(b.orgCode));
}

/** The latest published 部门预算 of every department (and year), with its earlier versions. */
async function listPublishedDepartments(db: PrismaClient, year: number | undefined, q: string | undefined): Promise<PublishedDocumentSummary[]> {
  const rows = await db.departmentVersion.findMany({
    where: {
      ...(year ? { year } : {}),
      ...(q ? { department: { OR: [{ name: { contains: q } }, { code: { startsWith: q } }] } } : {}),
    },
    orderBy: [{ versionNo: 'desc' }],
    select: { ...refSelect, year: true, departmentId: true, department: { select: { code: true, name: true } } },
  });
  const byDept = new Map<string, typeof rows>();
  for (const r of rows) byDept.set(`${r.departmentId}/${r.year}`, [...(byDept.get(`${r.departmentId}/${r.year}`) ?? []), r]);
  return [...byDept.values()].map((deptRows) => {
    const [latest, ...earlier] = numbered(deptRows);
    const { code, name } = deptRows[0].department;
    return { ...latest, scope: 'DEPARTMENT', orgCode: code, orgName: name, department: { code, name }, year: deptRows[0].year, earlier };
  });
}

export interface PublicDocument extends FrozenDisclosure {
  versionId: string;
  versionNo: number;
  publishedAt: string;
  latestVersionNo: number;
  /** Every published version of this budget, newest first (the shown one included). */
  versions: PublishedVersionRef[];
  scope: DocumentScope;
  /** A 部门预算's units (from its frozen input), each with whether it has a published document of its own. */
  units: { code: string; name: string; published: boolean }[];
}

/**
 * The published document of an organisation and year: the latest published version, or the given
 * earlier one. null when there is none (unknown organisation, draft, returned or unpublished version).
 */
/** versionNo is the public number (第N版). */
export async function getPublicDocument(db: PrismaClient, orgCode: string, year: number, versionNo?: number): Promise<PublicDocument | null> {
  if (!isPublicOrgCode(orgCode) || !Number.isInteger(year)) return null;
  const unitRows = await db.budgetVersion.findMany({
    where: { ...published, budget: { year, org: { code: orgCode } } },
    orderBy: { versionNo: 'desc' },
    select: refSelect,
  });
  const scope: DocumentScope = unitRows.length > 0 ? 'UNIT' : 'DEPARTMENT';
  const rows =
    scope === 'UNIT'
      ? unitRows
      : await db.departmentVersion.findMany({ where: { year, department: { code: orgCode } }, orderBy: { versionNo: 'desc' }, select: refSelect });
  if (rows.length === 0) return null;
  const versions = numbered(rows);
  const chosen = versionNo === undefined ? versions[0] : versions.find((v) => v.versionNo === versionNo);
  if (!chosen) return null;
  const { snapshot, document } = await readPublishedVersion(db, chosen.versionId);
  const units =
    scope === 'DEPARTMENT'
      ? await publishedUnits(
          db,
          year,
          snapshot.input.units.map((u) => u.unit),
        )
      : [];
  return {
    scope,
    units,
    ...frozenDisclosure(chosen, snapshot, document),
    versionId: chosen.versionId,
    versionNo: chosen.versionNo,
    publishedAt: chosen.publishedAt.toISOString(),
    latestVersionNo: versions[0].versionNo,
    versions,
  };
}

const versionMemoOf = versionMemo<Promise<{ snapshot: FrozenSnapshot; document: ReturnType<typeof parseFrozenDocument> }>>();

/** The units a 部门预算 consolidates, marked with whether each has a published document to link to. */
async function publishedUnits(db: PrismaClient, year: number, units: { code: string; name: string }[]) {
  const rows = await db.budgetVersion.findMany({
    where: { ...published, budget: { year, org: { code: { in: units.map((u) => u.code) } } } },
    select: { budget: { select: { org: { select: { code: true } } } } },
  });
  const withPublic = new Set(rows.map((r) => r.budget.org.code));
  return units.map((u) => ({ code: u.code, name: u.name, published: withPublic.has(u.code) }));
}

/** A published version's frozen columns (a unit's or a department's), parsed once per version and process (they never change). */
function readPublishedVersion(db: PrismaClient, versionId: string) {
  return versionMemoOf(versionId, async () => {
    const row =
      (await db.budgetVersion.findFirst({ where: { id: versionId, ...published }, select: { document: true, snapshot: true } })) ??
      (await db.departmentVersion.findUniqueOrThrow({ where: { id: versionId }, select: { document: true, snapshot: true } }));
    return { snapshot: parseFrozenSnapshot(row.snapshot), document: parseFrozenDocument(row.document) };
  });
}

/** The frozen engine input of a published version, for the expenditure-lines CSV. */
export async function getPublishedInput(db: PrismaClient, versionId: string): Promise<DisclosureInput | null> {
  const exists = (await db.budgetVersion.count({ where: { id: versionId, ...published } })) + (await db.departmentVersion.count({ where: { id: versionId } }));
  return exists ? (await readPublishedVersion(db, versionId)).snapshot.input : null;
}

/**
 * An attachment listed in a published version of (org, year): null unless that version's frozen
 * attachment list names it, so nothing attached to a draft is ever served.
 */
export async function getPublishedAttachment(db: PrismaClient, orgCode: string, year: number, attachmentId: string) {
  if (!/^[0-9a-f-]{36}$/.test(attachmentId)) return null;
  const d = await getPublicDocument(db, orgCode, year);
  if (!d) return null;
  const listed = new Set<string>();
  for (const v of d.versions) for (const a of (await readPublishedVersion(db, v.versionId)).snapshot.attachments) listed.add(a.id);
  if (!listed.has(attachmentId)) return null;
  return db.attachment.findFirst({
    where: { id: attachmentId, budget: { year, org: { code: orgCode } } },
    select: { fileName: true, mimeType: true, content: true, title: true },
  });
}

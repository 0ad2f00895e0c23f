import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { deriveDocument } from '../../domain/derive-document';
import { yearTemplateTexts } from '../internal/disclosure-template';
import type { CatalogEntry, DerivedDocument, DisclosureInput, UnitBudget, YearCatalogs } from '../../domain/types';
import {
  encodeFrozenVersion,
  frozenUnitBudget,
  parseFrozenSnapshot,
  type FrozenSnapshot,
  type FrozenVersionColumns,
} from '../../document/frozen/frozen-version-format';
import { invalidState } from '../../errors/app-error';
import { listNonBudgetBodies, type DepartmentOrg } from './department-units';

type Db = PrismaClient | Prisma.TransactionClient;

// A 部门预算 consolidates the frozen versions of its units — never their live drafts — into one
// DEPARTMENT engine input, frozen in the same format as a unit version.

/** The union of the units' frozen catalogues, by code (the first unit's name wins). */
function mergeCatalogs(all: YearCatalogs[]): YearCatalogs {
  const merge = (pick: (c: YearCatalogs) => CatalogEntry[]) => {
    const byCode = new Map<string, CatalogEntry>();
    for (const c of all) for (const e of pick(c)) if (!byCode.has(e.code)) byCode.set(e.code, e);
    return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  };
  return { functions: merge((c) => c.functions), deptEconomic: merge((c) => c.deptEconomic), govEconomic: merge((c) => c.govEconomic) };
}

/** 机构设置 with the bodies that have no budget of their own (不单列预算) named after it. */
export function structureWithBodies(structure: string, bodies: string[]): string {
  if (bodies.length === 0) return structure;
  const note = `不单列预算的机构：${bodies.join('、')}（其经费在本部门预算中反映）。`;
  return structure.trim() ? `${structure.trim()}\n${note}` : note;
}

/** The DEPARTMENT engine input over the units' frozen budgets (each a unit version's own unit). */
export function consolidateDepartmentInput(dept: DepartmentOrg, year: number, unitSnapshots: FrozenSnapshot[], bodies: string[]): DisclosureInput {
  if (unitSnapshots.length === 0) throw invalidState('该部门没有需编制预算的单位，不能公开部门预算');
  const units: UnitBudget[] = unitSnapshots.map(frozenUnitBudget);
  return {
    year,
    scope: 'DEPARTMENT',
    org: {
      code: dept.code,
      name: dept.name,
      kind: units[0].unit.kind,
      duties: dept.duties,
      structure: structureWithBodies(dept.structure, bodies),
      staffing: {
        internalDivisions: dept.internalDivisions,
        authorizedHeadcount: dept.authorizedHeadcount,
        actualHeadcount: dept.actualHeadcount,
        otherPersonnel: dept.otherPersonnel,
      },
    },
    units,
    catalogs: mergeCatalogs(unitSnapshots.map((s) => s.input.catalogs)),
  };
}

export interface FrozenDepartment {
  columns: FrozenVersionColumns;
  input: DisclosureInput;
  document: DerivedDocument;
}

/**
 * Reads the given unit versions (in unit-code order), consolidates and freezes them with today's glossary.
 * The department's attachments are its units' own: each unit document lists them.
 */
export async function freezeDepartment(db: Db, dept: DepartmentOrg, year: number, unitVersionIds: string[]): Promise<FrozenDepartment> {
  const snapshots: FrozenSnapshot[] = [];
  for (const id of unitVersionIds) {
    const row = await db.budgetVersion.findUniqueOrThrow({ where: { id }, select: { snapshot: true } });
    snapshots.push(parseFrozenSnapshot(row.snapshot));
  }
  const bodies = await listNonBudgetBodies(db, dept.id);
  const input = consolidateDepartmentInput(dept, year, snapshots, bodies);
  const { templateId, glossary, phrases } = await yearTemplateTexts(db, year);
  const document = deriveDocument(input, templateId, phrases);
  return { columns: encodeFrozenVersion({ input, glossary, attachments: [] }, document), input, document };
}

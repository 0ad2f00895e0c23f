import 'server-only';
import type { PrismaClient } from '../../generated/prisma/client';
import { assertCan, assertCanOnUnit, can, type SessionUser } from '../../auth/permissions';
import { notFound } from '../../errors/app-error';
import type { DerivedDocument, OrgInfo, UnitBudget, YearCatalogs } from '../../domain/types';
import { loadUnitBudgetConcurrently } from '../internal/load-unit-budget';
import { loadYearCatalogsWithRetired } from '../budget/year-catalogs';
import { EDITABLE_STATUSES } from './edit-guard';
import { budgetStatusLabel, reviewLevelsOf } from '../../domain/review-chain';
import { deriveWorkspaceDocument } from './derive-workspace-document';
import { isTemplateId } from '../../domain/templates';
import { yearPhraseOverrides } from '../internal/disclosure-template';

export interface EconSuggestion {
  deptCode: string;
  govCodeAdmin: string;
  govCodeInstitution: string;
}

export interface AttachmentInfo {
  id: string;
  title: string;
  fileName: string;
  mimeType: string;
  size: number;
  createdAt: string;
}

export interface WorkspaceData {
  /** The unit's identity; its 单位概况 of this year is `unit.unit` (from the budget row). */
  org: Pick<OrgInfo, 'code' | 'name' | 'kind'> & { id: string };
  year: number;
  yearName: string;
  yearOpen: boolean;
  canEdit: boolean; // the user may edit this unit's budgets (status aside)
  /** statusLabel: as the unit's review chain names the status (已提交 is 待主管部门审核 under two levels). */
  budget: { id: string; status: string; statusLabel: string; version: number; editable: boolean } | null; // not editable once the year is closed
  unit: UnitBudget | null;
  document: DerivedDocument | null;
  catalogs: YearCatalogs;
  /** Codes retired (停用) in the year: still shown on existing lines, not offered by the pickers. */
  retiredCodes: string[];
  econMapping: EconSuggestion[];
  previousYear: { exists: boolean; projects: { code: string; name: string }[] };
  attachments: AttachmentInfo[];
}

/** Everything the budget workspace shows for (unit, year), read only when the user may read the unit's budgets. */
export async function loadWorkspace(db: PrismaClient, user: SessionUser, orgCode: string, year: number): Promise<WorkspaceData> {
  assertCan(user, 'budget.read');
  // The fiscal year is no secret: it is read beside the organisation, and nothing of the unit before the check.
  const [org, fy] = await Promise.all([
    db.organization.findUnique({
      where: { code: orgCode },
      include: { parent: { select: { isDepartment: true, reviewLevels: true } } },
    }),
    db.fiscalYear.findUnique({ where: { year } }),
  ]);
  if (!org || !org.unitKind) throw notFound('单位');
  assertCanOnUnit(user, 'budget.read', org.id, '单位');
  if (!fy) throw notFound(`${year}预算年度`);
  const templateId = isTemplateId(fy.templateId) ? fy.templateId : null;
  const [{ catalogs, retiredCodes }, budget, prevBudget, phrases] = await Promise.all([
    loadYearCatalogsWithRetired(db, year),
    db.budget.findUnique({ where: { orgId_year: { orgId: org.id, year } }, select: { id: true, status: true, version: true } }),
    db.budget.findUnique({
      where: { orgId_year: { orgId: org.id, year: year - 1 } },
      select: { projectPlans: { select: { name: true, project: { select: { code: true } } }, orderBy: { sortOrder: 'asc' } } },
    }),
    templateId ? yearPhraseOverrides(db, year, templateId) : undefined,
  ]);
  const [unit, attachments] = budget
    ? await Promise.all([
        loadUnitBudgetConcurrently(db, budget.id),
        db.attachment.findMany({
          where: { budgetId: budget.id },
          select: { id: true, title: true, fileName: true, mimeType: true, size: true, createdAt: true },
          orderBy: { createdAt: 'asc' },
        }),
      ])
    : [null, []];
  const document = unit ? deriveWorkspaceDocument({ year, scope: 'UNIT', org: unit.unit, units: [unit], catalogs }, fy.templateId, phrases) : null;
  const inThisYear = new Set(unit?.projects.map((p) => p.code) ?? []);
  const canEdit = can(user, 'budget.edit', org.id);
  return {
    org: { id: org.id, code: org.code, name: org.name, kind: org.unitKind },
    year,
    yearName: fy.name,
    yearOpen: fy.isOpen,
    canEdit,
    budget: budget
      ? {
          id: budget.id,
          status: budget.status,
          statusLabel: budgetStatusLabel(budget.status, reviewLevelsOf(org)),
          version: budget.version,
          editable: canEdit && fy.isOpen && (EDITABLE_STATUSES as readonly string[]).includes(budget.status),
        }
      : null,
    unit,
    document,
    catalogs,
    retiredCodes: [...retiredCodes],
    econMapping: catalogs.econMapping ?? [],
    previousYear: {
      exists: !!prevBudget,
      projects: (prevBudget?.projectPlans ?? []).filter((p) => !inThisYear.has(p.project.code)).map((p) => ({ code: p.project.code, name: p.name })),
    },
    attachments: attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
  };
}

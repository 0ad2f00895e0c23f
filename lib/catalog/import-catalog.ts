import { inTransaction, type DbOrTx } from '../db/in-transaction';
import { CATALOG_KIND_LABELS, parentCodeOf, type CatalogKind } from '../domain/catalog/validate-catalog';
import { writeAudit, type Actor } from '../audit/write-audit';
import { conflict, invalid, notFound } from '../errors/app-error';
import { describeCatalogPlan, inUseMessage, planCatalogImport, type CatalogImportEntry, type CatalogPlan } from './plan-catalog-import';
import { invalidateYearSummaries } from '../data/internal/budget-summary';

export type { CatalogImportEntry } from './plan-catalog-import';

export interface CatalogImportResult {
  inserted: number;
  renamed: number;
  unchanged: number;
  removed: number;
  keptInUse: string[]; // always empty: an import that would remove a used code is refused
}

export interface CatalogImportOptions {
  /** Removals are applied only when confirmed (after the admin saw the plan, or `--confirm` on the CLI). */
  confirmRemovals?: boolean;
  /** The digest of the plan the admin confirmed: the import is refused when the plan has changed since. */
  expectDigest?: string;
}

/** Refusals of a plan: codes still in use, unconfirmed removals, a plan changed since it was shown. */
export function assertPlanApplicable(plan: CatalogPlan, opts: CatalogImportOptions): void {
  if (plan.inUse.length > 0) throw invalid(inUseMessage(plan));
  if (opts.expectDigest !== undefined && opts.expectDigest !== plan.digest) {
    throw conflict('科目表或文件内容在预览后已变化，本次未导入；请重新上传并预览');
  }
  if (plan.removed.length > 0 && !opts.confirmRemovals) {
    throw invalid(`本次导入将删除 ${plan.removed.length} 个科目，须先预览并确认后才能导入；${describeCatalogPlan(plan).join('；')}`);
  }
}

/**
 * Replaces one year's catalogue of one kind with already-validated entries, in one transaction with its
 * audit record. The plan is computed again inside the transaction; codes that budget lines use are never
 * removed (the import is refused with their list), and removals need confirmation.
 */
export async function importCatalog(
  db: DbOrTx,
  actor: Actor,
  year: number,
  kind: CatalogKind,
  entries: CatalogImportEntry[],
  opts: CatalogImportOptions = {},
): Promise<CatalogImportResult> {
  const sorted = [...entries].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
  return inTransaction(
    db,
    async (tx) => {
      const fy = await tx.fiscalYear.findUnique({ where: { year } });
      if (!fy) throw notFound(`预算年度 ${year}`);
      const plan = await planCatalogImport(tx, year, kind, sorted);
      assertPlanApplicable(plan, opts);
      const renamed = new Map(plan.renamed.map((r) => [r.code, r.to]));
      const added = new Set(plan.added.map((a) => a.code));
      for (const e of sorted) {
        const data = { year, code: e.code, name: e.name, parentCode: parentCodeOf(e.code) };
        const to = renamed.get(e.code);
        if (kind === 'FUNCTION') {
          if (added.has(e.code)) await tx.functionSubject.create({ data });
          else if (to !== undefined) await tx.functionSubject.update({ where: { year_code: { year, code: e.code } }, data: { name: to } });
        } else if (kind === 'DEPT_ECONOMIC') {
          if (added.has(e.code)) await tx.deptEconSubject.create({ data });
          else if (to !== undefined) await tx.deptEconSubject.update({ where: { year_code: { year, code: e.code } }, data: { name: to } });
        } else if (added.has(e.code)) await tx.govEconSubject.create({ data });
        else if (to !== undefined) await tx.govEconSubject.update({ where: { year_code: { year, code: e.code } }, data: { name: to } });
      }
      // Children before parents.
      const removed = plan.removed.map((r) => r.code).sort((a, b) => b.length - a.length || a.localeCompare(b));
      let count = 0;
      for (const code of removed) {
        if (kind === 'FUNCTION') count += (await tx.functionSubject.deleteMany({ where: { year, code } })).count;
        else if (kind === 'DEPT_ECONOMIC') {
          await tx.econMapping.deleteMany({ where: { year, deptCode: code } });
          count += (await tx.deptEconSubject.deleteMany({ where: { year, code } })).count;
        } else {
          await tx.econMapping.deleteMany({ where: { year, OR: [{ govCodeAdmin: code }, { govCodeInstitution: code }] } });
          count += (await tx.govEconSubject.deleteMany({ where: { year, code } })).count;
        }
      }
      const result: CatalogImportResult = {
        inserted: plan.added.length,
        renamed: plan.renamed.length,
        unchanged: plan.unchanged,
        removed: count,
        keptInUse: [],
      };
      // The year's drafts may now pass or fail other code checks: their counts become 未计算.
      await invalidateYearSummaries(tx, year);
      await writeAudit(tx, actor, {
        action: 'catalog.import',
        entity: CATALOG_KIND_LABELS[kind],
        entityId: String(year),
        after: { year, kind, count: sorted.length, ...result, removedCodes: removed, renamedCodes: plan.renamed, mappingRowsRemoved: plan.mappingRowsRemoved },
      });
      return result;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

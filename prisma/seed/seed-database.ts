import type { PrismaClient } from '../../lib/generated/prisma/client';
import { writeAudit, type Actor } from '../../lib/audit/write-audit';
import { hashPassword } from '../../lib/auth/password';
import { saveUnitBudget } from '../../lib/data/internal/save-unit-budget';
import { checkCounts, storeBudgetSummary } from '../../lib/data/internal/budget-summary';
import { profileFromInfo } from '../../lib/data/internal/load-unit-budget';
import { loadDisclosureInput } from '../../lib/data/budget/load-disclosure-input';
import { freezeVersion } from '../../lib/data/internal/freeze-version';
import type { OrgInfo, UnitBudget } from '../../lib/domain/types';
import { demoUsers } from '../seed-data/demo-users';
import { glossary } from '../seed-data/glossary';
import { yangquanUnitBudget } from '../seed-data/yangquan-2026';
import { sampleDepartment } from '../seed-data/sample-department';
import { seedCatalogs } from './seed-catalogs';

const SEED_ACTOR: Actor = { id: null, name: '系统初始化' };
const YEAR = 2026;

/** True when the database holds no fiscal year yet (a fresh database). */
export async function isEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.fiscalYear.count()) === 0;
}

export async function seedDatabase(db: PrismaClient): Promise<void> {
  await db.fiscalYear.createMany({
    data: [
      { year: 2025, name: '2025年度', isOpen: false },
      { year: YEAR, name: '2026年度', isOpen: true },
      { year: 2027, name: '2027年度', isOpen: true },
    ],
  });
  await seedCatalogs(db, SEED_ACTOR, YEAR);
  await seedCatalogs(db, SEED_ACTOR, 2027, YEAR);

  const yq = yangquanUnitBudget();
  const yqOrg = await createOrg(db, yq.unit, { isDepartment: true, parentId: null });
  await seedBudget(db, yqOrg, yq);

  const dept = sampleDepartment();
  const deptOrg = await db.organization.create({
    data: { code: dept.department.code, name: dept.department.name, isDepartment: true, duties: dept.department.duties },
  });
  for (const unit of dept.units) {
    const id = await createOrg(db, unit.unit, { isDepartment: false, parentId: deptOrg.id });
    await seedBudget(db, id, unit);
  }

  for (const u of demoUsers) {
    const user = await db.user.create({
      data: { username: u.username, displayName: u.displayName, role: u.role, passwordHash: await hashPassword(u.password) },
    });
    for (const code of u.units) {
      const org = await db.organization.findUniqueOrThrow({ where: { code } });
      await db.userUnit.create({ data: { userId: user.id, orgId: org.id } });
    }
  }
  await db.glossaryEntry.createMany({ data: glossary.map((g, i) => ({ sortOrder: i + 1, ...g })) });
  await publishSample(db, yqOrg, yq.unit.code);
}

/** The 029 sample is published (version 1, frozen now); the 901 department's budgets stay drafts. */
async function publishSample(db: PrismaClient, orgId: string, orgCode: string): Promise<void> {
  const input = await loadDisclosureInput(db, orgCode, YEAR);
  if (!input) throw new Error(`示例单位 ${orgCode} 没有 ${YEAR} 年度预算`);
  const frozen = await freezeVersion(db, input);
  await db.$transaction(async (tx) => {
    const budget = await tx.budget.update({ where: { orgId_year: { orgId, year: YEAR } }, data: { status: 'PUBLISHED' } });
    const version = await tx.budgetVersion.create({
      data: { budgetId: budget.id, versionNo: 1, status: 'PUBLISHED', ...frozen.columns, publishedAt: new Date() },
    });
    await storeBudgetSummary(tx, budget.id, checkCounts(frozen.document.checks));
    await writeAudit(tx, SEED_ACTOR, {
      action: 'budget.publish',
      entity: '单位预算',
      entityId: budget.id,
      budgetId: budget.id,
      after: { status: 'PUBLISHED', versionId: version.id, versionNo: 1 },
    });
  });
}

async function createOrg(db: PrismaClient, info: OrgInfo, placement: { isDepartment: boolean; parentId: string | null }): Promise<string> {
  // The organisation's profile is the default a unit's first budget starts from; the seeded
  // budget carries its own copy (saveUnitBudget), which is what the 2026 documents show.
  const org = await db.organization.create({
    data: { code: info.code, name: info.name, unitKind: info.kind, ...placement, ...profileFromInfo(info) },
  });
  return org.id;
}

async function seedBudget(db: PrismaClient, orgId: string, data: UnitBudget): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const budgetId = await saveUnitBudget(tx, orgId, YEAR, data);
      await writeAudit(tx, SEED_ACTOR, {
        action: 'budget.seed',
        entity: '单位预算',
        entityId: budgetId,
        budgetId,
        after: { org: data.unit.code, year: YEAR, lines: data.lines.length, projects: data.projects.length },
      });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

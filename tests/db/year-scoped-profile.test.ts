import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import { listMigrations, migrate } from '../../lib/db/migrate';
import { createEmptyBudget, startFromPreviousYear } from '../../lib/data/entry/create-budget';
import { saveUnitProfile } from '../../lib/data/entry/save-unit-profile';
import { loadWorkspace } from '../../lib/data/entry/load-workspace';
import { loadUnitBudget } from '../../lib/data/internal/load-unit-budget';
import { loadDisclosureInput } from '../../lib/data/budget/load-disclosure-input';
import { deriveDocument } from '../../lib/domain/derive-document';
import { yangquanUnitBudget } from '../../prisma/seed-data/yangquan-2026';
import { sampleDepartment } from '../../prisma/seed-data/sample-department';
import type { SessionUser } from '../../lib/auth/permissions';
import type { OrgInfo } from '../../lib/domain/types';

const MIGRATION = '20261130000200_budget_profile';
const profileOf = (u: OrgInfo) => ({ duties: u.duties, structure: u.structure, staffing: u.staffing });
const ORG_PROFILE = {
  duties: true,
  structure: true,
  internalDivisions: true,
  authorizedHeadcount: true,
  actualHeadcount: true,
  otherPersonnel: true,
} as const;

let t: TestDatabase;
let accountant: SessionUser;

beforeAll(async () => {
  t = await createTestDatabase();
  accountant = await sessionUser(t.db, 'kuaiji901001');
});
afterAll(async () => t?.drop());

describe('单位概况 belongs to the year’s budget', () => {
  it('seeded budgets carry the seed’s profile', async () => {
    const seeded = [yangquanUnitBudget(), ...sampleDepartment().units];
    for (const u of seeded) {
      const unit = await loadUnitBudget(t.db, await budgetIdOf(t.db, u.unit.code, 2026));
      expect(profileOf(unit.unit), u.unit.code).toEqual(profileOf(u.unit));
      const row = await t.db.budget.findFirstOrThrow({ where: { year: 2026, org: { code: u.unit.code } } });
      expect(row.duties).toBe(u.unit.duties);
      expect(row.actualHeadcount).toBe(u.unit.staffing.actualHeadcount);
    }
  });

  it('editing the 2027 draft of 901001 changes neither its 2026 budget, nor its documents, nor the organisation', async () => {
    const id2026 = await budgetIdOf(t.db, '901001', 2026);
    const unitBefore = await loadUnitBudget(t.db, id2026);
    const inputBefore = (await loadDisclosureInput(t.db, '901001', 2026))!;
    const docBefore = deriveDocument(inputBefore);
    const deptDocBefore = deriveDocument((await loadDisclosureInput(t.db, '901', 2026))!);
    // The organisation's default profile differs from the 2026 budget's: 新建 must start from the latter.
    await t.db.organization.update({ where: { code: '901001' }, data: { duties: '部门默认职责（不应出现在预算中）', otherPersonnel: 99 } });
    const orgBefore = await t.db.organization.findUniqueOrThrow({ where: { code: '901001' }, select: ORG_PROFILE });

    const created = await createEmptyBudget(t.db, accountant, { orgCode: '901001', year: 2027 });
    const fresh = await loadUnitBudget(t.db, created.budgetId);
    expect(profileOf(fresh.unit)).toEqual(profileOf(unitBefore.unit));

    const edited = {
      duties: '2027年新职责：负责示例事务的数字化监管。',
      structure: '2027年内设机构调整为8个科室。',
      internalDivisions: 8,
      authorizedHeadcount: 30,
      actualHeadcount: 29,
      otherPersonnel: 5,
    };
    const r = await saveUnitProfile(t.db, accountant, { budgetId: created.budgetId, expectedVersion: created.version, ...edited });
    expect(r.version).toBe(created.version + 1);

    const next = await loadUnitBudget(t.db, created.budgetId);
    expect(next.unit.duties).toBe(edited.duties);
    expect(next.unit.structure).toBe(edited.structure);
    expect(next.unit.staffing).toEqual({ internalDivisions: 8, authorizedHeadcount: 30, actualHeadcount: 29, otherPersonnel: 5 });
    const nextIn = (await loadDisclosureInput(t.db, '901001', 2027))!;
    expect(nextIn.org.duties).toBe(edited.duties);
    expect(nextIn.org.staffing).toEqual(next.unit.staffing); // the document's 单位概况 section is built from input.org

    // 2026: the unit budget, its engine input and its derived document are exactly as before.
    expect(await loadUnitBudget(t.db, id2026)).toEqual(unitBefore);
    const inputAfter = (await loadDisclosureInput(t.db, '901001', 2026))!;
    expect(inputAfter).toEqual(inputBefore);
    expect(deriveDocument(inputAfter)).toEqual(docBefore);
    expect(JSON.stringify(inputAfter)).not.toContain('2027年新职责');
    expect(deriveDocument((await loadDisclosureInput(t.db, '901', 2026))!)).toEqual(deptDocBefore);
    // The organisation's (department-level / default) profile is not touched by the 单位概况 form.
    expect(await t.db.organization.findUniqueOrThrow({ where: { code: '901001' }, select: ORG_PROFILE })).toEqual(orgBefore);

    // The workspace of each year shows that year's profile.
    const ws2026 = await loadWorkspace(t.db, accountant, '901001', 2026);
    const ws2027 = await loadWorkspace(t.db, accountant, '901001', 2027);
    expect(profileOf(ws2026.unit!.unit)).toEqual(profileOf(unitBefore.unit));
    expect(ws2027.unit!.unit.duties).toBe(edited.duties);
    expect(ws2026.document).toEqual(docBefore);

    const audit = await t.db.auditLog.findFirstOrThrow({ where: { budgetId: created.budgetId, action: 'profile.save' } });
    expect(audit.before).toMatchObject({ duties: unitBefore.unit.duties });
    expect(audit.after).toMatchObject({ duties: edited.duties });
  });

  it('沿用上年 copies the previous year’s budget profile, not the organisation’s', async () => {
    const kuaiji2 = await sessionUser(t.db, 'kuaiji901002');
    const id2026 = await budgetIdOf(t.db, '901002', 2026);
    const b2026 = await t.db.budget.findUniqueOrThrow({ where: { id: id2026 } });
    const edited2026 = {
      duties: '2026年度调整后的职责。',
      structure: '2026年度机构设置。',
      internalDivisions: 4,
      authorizedHeadcount: 16,
      actualHeadcount: 15,
      otherPersonnel: 1,
    };
    await saveUnitProfile(t.db, kuaiji2, { budgetId: id2026, expectedVersion: b2026.version, ...edited2026 });
    const org = await t.db.organization.findUniqueOrThrow({ where: { code: '901002' } });
    expect(org.duties).not.toBe(edited2026.duties);

    const { budgetId } = await startFromPreviousYear(t.db, kuaiji2, { orgCode: '901002', year: 2027 });
    const copied = await loadUnitBudget(t.db, budgetId);
    expect(copied.unit.duties).toBe(edited2026.duties);
    expect(copied.unit.structure).toBe(edited2026.structure);
    expect(copied.unit.staffing).toEqual({ internalDivisions: 4, authorizedHeadcount: 16, actualHeadcount: 15, otherPersonnel: 1 });
  });

  it('新建 for a unit without an earlier budget starts from the organisation’s profile', async () => {
    const parent = await t.db.organization.findUniqueOrThrow({ where: { code: '901' } });
    const org = await t.db.organization.create({
      data: {
        code: '901009',
        name: '阳泉市示例新设中心',
        unitKind: 'INSTITUTION',
        parentId: parent.id,
        duties: '新设中心的职责。',
        structure: '新设中心的机构。',
        internalDivisions: 2,
        authorizedHeadcount: 10,
        actualHeadcount: 9,
        otherPersonnel: 0,
      },
    });
    const user = { ...accountant, unitIds: [...accountant.unitIds, org.id] };
    const { budgetId } = await createEmptyBudget(t.db, user, { orgCode: '901009', year: 2027 });
    const unit = await loadUnitBudget(t.db, budgetId);
    expect(profileOf(unit.unit)).toEqual({
      duties: '新设中心的职责。',
      structure: '新设中心的机构。',
      staffing: { internalDivisions: 2, authorizedHeadcount: 10, actualHeadcount: 9, otherPersonnel: 0 },
    });
  });
});

describe(`migration ${MIGRATION}`, () => {
  it('copies each organisation’s profile into its existing budgets', async () => {
    const serverUrl = inject('dbServerUrl');
    const name = `t_${randomBytes(6).toString('hex')}`;
    const at = (db: string) => Object.assign(new URL(serverUrl), { pathname: `/${db}` }).toString();
    const admin = new pg.Client({ connectionString: at('postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const c = new pg.Client({ connectionString: at(name) });
    await c.connect();
    try {
      // The database as it stood before this migration, recorded as Prisma Migrate records it.
      const earlier = listMigrations().filter((m) => m.name < MIGRATION);
      await c.query(`CREATE TABLE "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
        "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
        "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
      for (const m of earlier) {
        await c.query(m.sql);
        await c.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)', [
          randomUUID(),
          m.checksum,
          m.name,
        ]);
      }
      // Rows in the old shape: the profile lives on the organisation only.
      await c.query(`INSERT INTO fiscal_year (year, name) VALUES (2025, '2025年度'), (2026, '2026年度')`);
      const [a, b] = [randomUUID(), randomUUID()];
      await c.query(
        `INSERT INTO organization (id, code, name, unit_kind, duties, structure, internal_divisions, authorized_headcount, actual_headcount, other_personnel, updated_at)
         VALUES ($1, '100001', '甲单位', 'ADMIN', '甲的职责', '甲的机构', 3, 20, 19, 2, now()),
                ($2, '100002', '乙单位', 'INSTITUTION', '乙的职责', '', 1, 5, 5, 0, now())`,
        [a, b],
      );
      await c.query(`INSERT INTO budget (id, org_id, year, updated_at) VALUES ($1, $2, 2025, now()), ($3, $2, 2026, now()), ($4, $5, 2026, now())`, [
        randomUUID(),
        a,
        randomUUID(),
        randomUUID(),
        b,
      ]);

      const applied = await migrate(at(name));
      expect(applied[0]).toBe(MIGRATION);

      const { rows } = await c.query(
        `SELECT o.code, b.year, b.duties, b.structure, b.internal_divisions, b.authorized_headcount, b.actual_headcount, b.other_personnel
         FROM budget b JOIN organization o ON o.id = b.org_id ORDER BY o.code, b.year`,
      );
      expect(rows).toEqual([
        {
          code: '100001',
          year: 2025,
          duties: '甲的职责',
          structure: '甲的机构',
          internal_divisions: 3,
          authorized_headcount: 20,
          actual_headcount: 19,
          other_personnel: 2,
        },
        {
          code: '100001',
          year: 2026,
          duties: '甲的职责',
          structure: '甲的机构',
          internal_divisions: 3,
          authorized_headcount: 20,
          actual_headcount: 19,
          other_personnel: 2,
        },
        {
          code: '100002',
          year: 2026,
          duties: '乙的职责',
          structure: '',
          internal_divisions: 1,
          authorized_headcount: 5,
          actual_headcount: 5,
          other_personnel: 0,
        },
      ]);
      // The organisation keeps its columns (department-level / default profile).
      const org = await c.query(`SELECT duties, actual_headcount FROM organization WHERE code = '100001'`);
      expect(org.rows[0]).toEqual({ duties: '甲的职责', actual_headcount: 19 });
      // Negative staffing is refused on the budget as on the organisation.
      await expect(c.query(`UPDATE budget SET other_personnel = -1`)).rejects.toThrow(/budget_staffing_check/);
    } finally {
      await c.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

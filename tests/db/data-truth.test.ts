import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { budgetIdOf, sessionUser } from '../helpers/session-users';
import { createEmptyBudget, startFromPreviousYear } from '../../lib/data/entry/create-budget';
import { saveNarrativeTexts } from '../../lib/data/entry/save-narrative-texts';
import { saveUnitProfile } from '../../lib/data/entry/save-unit-profile';
import { saveAssets } from '../../lib/data/entry/save-assets';
import { savePriorYearFigures } from '../../lib/data/entry/save-prior-year';
import { saveProcurementReserve } from '../../lib/data/entry/save-procurement-reserve';
import { loadUnitBudget } from '../../lib/data/internal/load-unit-budget';
import { loadDisclosureInput } from '../../lib/data/budget/load-disclosure-input';
import { frozenDisclosure } from '../../lib/document/frozen-disclosure';
import { deriveDocument } from '../../lib/domain/derive-document';
import { parseFrozenDocument, parseFrozenSnapshot } from '../../lib/document/frozen/frozen-version-format';
import type { SessionUser } from '../../lib/auth/permissions';

// Unknown is not zero (blank = NULL = 未填), 沿用上年 markers, reasons without a doubled 主要原因是, and
// versions frozen in format 2 still read after format 3.

let t: TestDatabase;
let accountant: SessionUser;
beforeAll(async () => {
  t = await createTestDatabase();
  accountant = await sessionUser(t.db, 'kuaiji029');
});
afterAll(async () => t?.drop());

const versionOf = async (budgetId: string) => (await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } })).version;
const failing = async (orgCode: string, year: number, rule: string) =>
  deriveDocument((await loadDisclosureInput(t.db, orgCode, year))!)
    .checks.filter((c) => c.rule === rule && !c.passed)
    .map((c) => c.message);

describe('沿用上年', () => {
  it('carries asset figures over marked (never 0), marks copied texts, and clears each mark on save', async () => {
    const { budgetId } = await startFromPreviousYear(t.db, accountant, { orgCode: '029', year: 2027 });
    const next = await loadUnitBudget(t.db, budgetId);
    expect(next.assets.officeArea).toBe('6188');
    expect(next.assets.asOf).toBe('2026-12-31');
    expect(next.carriedOver).toEqual(expect.arrayContaining(['profile', 'assets', 'reasons.totalChange', 'reasons.operatingCostChange']));
    expect(next.carriedOver.filter((c) => c.startsWith('project.'))).toHaveLength(next.projects.length);
    const warnings = await failing('029', 2027, 'CARRIED_OVER_UNREVIEWED');
    expect(warnings).toContain('情况说明 一、收支总计增减原因沿用上年，请核对后保存');

    await saveNarrativeTexts(t.db, accountant, { budgetId, expectedVersion: await versionOf(budgetId), reasons: { totalChange: '人员调整' } });
    const afterText = (await loadUnitBudget(t.db, budgetId)).carriedOver;
    expect(afterText).not.toContain('reasons.totalChange');
    expect(afterText).toContain('reasons.operatingCostChange');

    const u = next.unit;
    await saveUnitProfile(t.db, accountant, {
      budgetId,
      expectedVersion: await versionOf(budgetId),
      duties: u.duties,
      structure: u.structure,
      internalDivisions: '32',
      authorizedHeadcount: '88',
      actualHeadcount: '',
      otherPersonnel: '2',
    });
    const afterProfile = await loadUnitBudget(t.db, budgetId);
    expect(afterProfile.carriedOver).not.toContain('profile');
    expect(afterProfile.unit.staffing.actualHeadcount).toBeNull();
    expect(await failing('029', 2027, 'PROFILE_FIGURE_MISSING')).toEqual(['请填写实际在编人数（单位概况中显示为“未填”）']);
  });

  it('a blank new budget starts with 未填 assets and staffing, not 0', async () => {
    const admin = await sessionUser(t.db, 'kuaiji901001');
    const { budgetId } = await createEmptyBudget(t.db, admin, { orgCode: '901001', year: 2027 });
    const unit = await loadUnitBudget(t.db, budgetId);
    expect(unit.assets.officeArea).toBeNull();
    expect(unit.assets.vehicleQuota).toBeNull();
    expect(unit.priorYear.operatingCost).not.toBeNull(); // derived from the 2026 budget in the system
    const text = deriveDocument((await loadDisclosureInput(t.db, '901001', 2027))!).narrative.find((s) => s.no === '十一')!.text;
    expect(text).toContain('办公用房建筑总面积（未填）');
  });
});

describe('entry writes', () => {
  it('stores a reason without a pasted 主要原因是, so the narrative never doubles it', async () => {
    const budgetId = await budgetIdOf(t.db, '901002');
    const user = await sessionUser(t.db, 'kuaiji901002');
    await saveNarrativeTexts(t.db, user, {
      budgetId,
      expectedVersion: await versionOf(budgetId),
      reasons: { totalChange: '主要原因是：人员增加', otherNote: '原因是保留' },
    });
    const rows = await t.db.narrativeText.findMany({ where: { budgetId, key: { in: ['totalChange', 'otherNote'] } }, orderBy: { key: 'asc' } });
    expect(rows.map((r) => r.text)).toEqual(['原因是保留', '人员增加']);
  });

  it('saves blank prior-year figures, asset counts and reservations as NULL', async () => {
    const budgetId = await budgetIdOf(t.db, '901002');
    const user = await sessionUser(t.db, 'kuaiji901002');
    await savePriorYearFigures(t.db, user, {
      budgetId,
      expectedVersion: await versionOf(budgetId),
      figures: {
        totalIncome: '2000000',
        totalExpenditure: '2000000',
        generalCurrentExpenditure: '',
        abroad: '0',
        reception: '0',
        vehiclePurchase: '0',
        vehicleOperation: '18000',
        operatingCost: '',
      },
    });
    await saveAssets(t.db, user, {
      budgetId,
      expectedVersion: await versionOf(budgetId),
      asOf: '2025-12-31',
      vehicleQuota: '',
      vehicles: { LEADER: '0', CONFIDENTIAL: '0', EMERGENCY: '0', LAW_ENFORCEMENT: '1', SPECIAL_TECHNICAL: '0', INSTITUTION_BUSINESS: '0', OTHER: '' },
      plannedPurchases: { LAW_ENFORCEMENT: '2' },
      officeArea: '',
      equipmentOver50: '1',
      equipmentOver100: '',
    });
    await saveProcurementReserve(t.db, user, { budgetId, expectedVersion: await versionOf(budgetId), sme: '300000', smallMicro: '' });
    const unit = await loadUnitBudget(t.db, budgetId);
    expect(unit.priorYear.generalCurrentExpenditure).toBeNull();
    expect(unit.priorYear.totalIncome).toBe('2000000.00');
    expect(unit.assets).toMatchObject({
      vehicleQuota: null,
      officeArea: null,
      equipmentOver50: 1,
      equipmentOver100: null,
      plannedPurchases: { LAW_ENFORCEMENT: 2 },
    });
    expect(unit.assets.vehicles.OTHER).toBeNull();
    expect(unit.procurementReserve).toEqual({ sme: '300000.00', smallMicro: null });
    await expect(saveProcurementReserve(t.db, user, { budgetId, expectedVersion: await versionOf(budgetId), sme: '100', smallMicro: '200' })).rejects.toThrow(
      '面向小微企业预留金额不能超过面向中小企业预留金额',
    );
  });
});

describe('frozen format 2 after format 3', () => {
  it('reads a version frozen in format 2 (no 未填, none of the new fields) with the fields it implied', async () => {
    const budgetId = await budgetIdOf(t.db, '029');
    const [row] = await t.query<{ snapshot: Record<string, unknown>; document: Record<string, unknown> }>(
      `SELECT snapshot, document FROM budget_version WHERE budget_id = $1 ORDER BY version_no DESC LIMIT 1`,
      [budgetId],
    );
    const input = row.snapshot.input as { units: Record<string, unknown>[] };
    const format2 = {
      ...row.snapshot,
      formatVersion: 2,
      input: {
        ...input,
        units: input.units.map((u) => {
          const { procurementReserve: _r, carriedOver: _c, ...rest } = u;
          const { asOf: _a, plannedPurchases: _p, ...assets } = u.assets as Record<string, unknown>;
          return { ...rest, assets };
        }),
      },
    };
    const parsed = parseFrozenSnapshot(format2);
    expect(parsed.input.units[0].assets.asOf).toBe('2025-12-31');
    expect(parsed.input.units[0].procurementReserve).toEqual({ sme: null, smallMicro: null });
    expect(parsed.input.units[0].carriedOver).toEqual([]);

    await t.query(
      `INSERT INTO budget_version (id, budget_id, version_no, status, snapshot, document, published_at, correction_note)
       VALUES (gen_random_uuid(), $1, 90, 'PUBLISHED', $2::jsonb, $3::jsonb, now(), '更正')`,
      [budgetId, JSON.stringify(format2), JSON.stringify({ ...row.document, formatVersion: 2 })],
    );
    const [stored] = await t.query<{ snapshot: unknown; document: unknown }>(
      `SELECT snapshot, document FROM budget_version WHERE budget_id = $1 AND version_no = 90`,
      [budgetId],
    );
    const disclosure = frozenDisclosure(
      { versionId: 'v90', versionNo: 90, publishedAt: new Date(), correctionNote: '更正' },
      parseFrozenSnapshot(stored.snapshot),
      parseFrozenDocument(stored.document),
    );
    expect(disclosure.profile.staffing.actualHeadcount).toBe(93);
    expect(disclosure.document.tables).toHaveLength(13);
  });
});

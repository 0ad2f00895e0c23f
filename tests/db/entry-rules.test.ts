import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { lineInput, projectInput } from '../helpers/entry-inputs';
import { sessionUser } from '../helpers/session-users';
import { dbFingerprint } from '../helpers/db-fingerprint';
import type { SessionUser } from '../../lib/auth/permissions';
import { AppError } from '../../lib/errors/app-error';
import { appErrorOf } from '../../lib/errors/prisma-errors';
import { createEmptyBudget, startFromPreviousYear } from '../../lib/data/entry/create-budget';
import { saveLines } from '../../lib/data/entry/save-lines';
import { saveProject } from '../../lib/data/entry/save-project';
import { saveNarrativeTexts } from '../../lib/data/entry/save-narrative-texts';
import { saveAssets } from '../../lib/data/entry/save-assets';
import { VEHICLE_KIND_LABELS, type VehicleKind } from '../../lib/domain/types';

// Rules enforced at entry (econ mapping, indicator tree, unsafe characters, equipment counts) and the
// database's refusals of duplicate-create races, all as Chinese messages.

let t: TestDatabase;
let accountant: SessionUser;
let budgetId: string;

const version = async (id = budgetId) => (await t.db.budget.findUniqueOrThrow({ where: { id } })).version;
const line = lineInput;
const project = projectInput;

async function refusedUnchanged(p: () => Promise<unknown>): Promise<AppError> {
  const before = await dbFingerprint(t);
  const e = await p().then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).message).toMatch(/[\u4e00-\u9fff]/);
  expect(await dbFingerprint(t)).toEqual(before);
  return e as AppError;
}

beforeAll(async () => {
  t = await createTestDatabase();
  accountant = await sessionUser(t.db, 'kuaiji029');
  ({ budgetId } = await startFromPreviousYear(t.db, accountant, { orgCode: '029', year: 2027 }));
});
afterAll(async () => t?.drop());

describe('economic classification pairs follow the year’s mapping for the unit’s kind', () => {
  it('refuses a pair the mapping does not allow, naming the line and both codes', async () => {
    const e = await refusedUnchanged(async () =>
      saveLines(t.db, accountant, { budgetId, expectedVersion: await version(), deletes: [], upserts: [line('E1', { govEconCode: '50201' })] }),
    );
    expect(e.message).toContain('支出明细 E1');
    expect(e.message).toContain('30101');
    expect(e.message).toContain('50201');
    expect(e.fieldErrors[0].field).toBe('lines.E1.govEconCode');
  });

  it('accepts the mapped pair', async () => {
    await expect(saveLines(t.db, accountant, { budgetId, expectedVersion: await version(), deletes: [], upserts: [line('E2')] })).resolves.toHaveProperty(
      'version',
    );
  });
});

describe('indicators sit under the 一级指标 that owns their 二级指标', () => {
  it('refuses 社会效益 under 产出指标', async () => {
    const bad = project('029-2027-R1', {
      indicatorsYear: [{ level1: '产出指标', level2: '社会效益', name: '带动就业', value: { comparator: '≥', number: '10', unit: '人' } }],
    });
    const e = await refusedUnchanged(async () => saveProject(t.db, accountant, { budgetId, expectedVersion: await version(), project: bad }));
    expect(e.message).toContain('二级指标“社会效益”不属于一级指标“产出指标”');
  });

  it('accepts 服务对象满意度 under 满意度指标', async () => {
    const ok = project('029-2027-R2', {
      indicatorsYear: [{ level1: '满意度指标', level2: '服务对象满意度', name: '群众满意度', value: { comparator: '≥', number: '90', unit: '%' } }],
    });
    await expect(saveProject(t.db, accountant, { budgetId, expectedVersion: await version(), project: ok })).resolves.toHaveProperty('version');
  });
});

describe('control characters and non-characters are refused with the field named', () => {
  it('U+FFFE in a 情况说明 reason', async () => {
    const e = await refusedUnchanged(async () =>
      saveNarrativeTexts(t.db, accountant, { budgetId, expectedVersion: await version(), reasons: { otherNote: '说明\uFFFE' } }),
    );
    expect(e.message).toContain('十二（二）其他说明含有不允许的控制字符');
    expect(e.message).toContain('U+FFFE');
  });

  it('NUL in a project name; a line break in a single-line field', async () => {
    const e = await refusedUnchanged(async () =>
      saveProject(t.db, accountant, { budgetId, expectedVersion: await version(), project: project('029-2027-R3', { name: '抽检\u0000' }) }),
    );
    expect(e.message).toContain('项目名称');
    const f = await refusedUnchanged(async () =>
      saveProject(t.db, accountant, { budgetId, expectedVersion: await version(), project: project('029-2027-R3', { name: '抽检\n第二行' }) }),
    );
    expect(f.message).toContain('项目名称');
  });

  it('keeps line breaks (\\r\\n as \\n) and tabs in multi-line text', async () => {
    await saveNarrativeTexts(t.db, accountant, { budgetId, expectedVersion: await version(), reasons: { otherNote: '第一行\r\n\t第二行' } });
    const row = await t.db.narrativeText.findUniqueOrThrow({ where: { budgetId_key: { budgetId, key: 'otherNote' } } });
    expect(row.text).toBe('第一行\n\t第二行');
  });
});

describe('equipment counts', () => {
  it('refuses more 100万元 items than 50万元 items before the database CHECK fires', async () => {
    const e = await refusedUnchanged(async () =>
      saveAssets(t.db, accountant, {
        budgetId,
        expectedVersion: await version(),
        vehicleQuota: 1,
        vehicles: Object.fromEntries(Object.keys(VEHICLE_KIND_LABELS).map((k) => [k, 0])) as Record<VehicleKind, number>,
        officeArea: '100',
        equipmentOver50: 1,
        equipmentOver100: 2,
      }),
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('单价100万元以上专用设备台（套）数（2）不能超过单价50万元以上通用设备台（套）数（1）');
  });
});

describe('duplicate-create races give a Chinese conflict', () => {
  it('two simultaneous create-budget calls', async () => {
    const other = await sessionUser(t.db, 'kuaiji901002');
    const results = await Promise.allSettled([0, 1, 2].map(() => createEmptyBudget(t.db, other, { orgCode: '901002', year: 2027 })));
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(failures).toHaveLength(2);
    for (const f of failures) {
      const app = appErrorOf(f.reason);
      expect(app?.code).toBe('CONFLICT');
      expect(app?.message).toMatch(/^[^A-Za-z]*$/); // Chinese, no Prisma text
    }
  });

  it('two simultaneous create-project calls with the same new code', async () => {
    const other = await sessionUser(t.db, 'kuaiji901002');
    const b2026 = (await t.db.budget.findFirstOrThrow({ where: { year: 2026, org: { code: '901002' } } })).id;
    const b2027 = (await t.db.budget.findFirstOrThrow({ where: { year: 2027, org: { code: '901002' } } })).id;
    const results = await Promise.allSettled(
      [b2026, b2027].map(async (id) => saveProject(t.db, other, { budgetId: id, expectedVersion: await version(id), project: project('RACE-1') })),
    );
    for (const r of results) if (r.status === 'rejected') expect(appErrorOf(r.reason)?.message, String(r.reason)).toMatch(/[\u4e00-\u9fff]/);
    for (const r of results) if (r.status === 'rejected') expect(appErrorOf(r.reason)?.code).toMatch(/CONFLICT|VALIDATION/);
  });

  it('maps a foreign-key violation', async () => {
    const e = await t.db.budget.create({ data: { orgId: '00000000-0000-0000-0000-000000000000', year: 2027 } }).catch((x: unknown) => x);
    expect(appErrorOf(e)?.message).toBe('引用的数据不存在或已被删除（例如科目、项目或单位），请刷新后重试');
  });
});

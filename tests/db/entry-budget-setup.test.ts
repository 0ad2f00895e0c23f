import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { sessionUser } from '../helpers/session-users';
import { AppError } from '../../lib/errors/app-error';
import { createEmptyBudget, startFromPreviousYear } from '../../lib/data/entry/create-budget';
import { saveNarrativeTexts } from '../../lib/data/entry/save-narrative-texts';
import { saveProject } from '../../lib/data/entry/save-project';
import { deleteProject } from '../../lib/data/entry/delete-project';
import { uploadAttachment } from '../../lib/data/entry/attachments';
import { saveUnitProfile } from '../../lib/data/entry/save-unit-profile';
import { loadDisclosureInput } from '../../lib/data/budget/load-disclosure-input';
import { deriveDocument } from '../../lib/domain/derive-document';
import type { SessionUser } from '../../lib/auth/permissions';

let t: TestDatabase;
let accountant: SessionUser;

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

const exactOf = (doc: ReturnType<typeof deriveDocument>, tableNo: number, label: string, col: number) => {
  const table = doc.tables.find((x) => x.no === tableNo)!;
  const i = table.rows.findIndex((r) => r.includes(label));
  return table.exact[i][col];
};

beforeAll(async () => {
  t = await createTestDatabase();
  accountant = await sessionUser(t.db, 'kuaiji029');
});
afterAll(async () => t?.drop());

describe('starting a year from the previous one', () => {
  it('copies lines, projects and texts and fills prior-year figures from the previous year’s derived totals', async () => {
    const { budgetId, version } = await startFromPreviousYear(t.db, accountant, { orgCode: '029', year: 2027 });
    expect(version).toBe(1);
    const prevIn = (await loadDisclosureInput(t.db, '029', 2026))!;
    const nextIn = (await loadDisclosureInput(t.db, '029', 2027))!;
    const prev = prevIn.units[0];
    const next = nextIn.units[0];
    expect(next.lines).toEqual(prev.lines);
    expect(next.projects).toEqual(prev.projects);
    expect(next.reasons).toEqual(prev.reasons);
    const prevDoc = deriveDocument(prevIn);
    expect(next.priorYear.totalIncome).toBe(exactOf(prevDoc, 1, '收入总计', 1));
    expect(next.priorYear.totalExpenditure).toBe(exactOf(prevDoc, 1, '收入总计', 3));
    const t10 = prevDoc.tables.find((x) => x.no === 10)!;
    expect(next.priorYear.threePublic.abroad).toBe(exactOf(prevDoc, 10, '因公出国（境）费', 1));
    expect(next.priorYear.threePublic.reception).toBe(exactOf(prevDoc, 10, '公务接待费', 1));
    expect(t10.rows.length).toBeGreaterThan(0);
    const t11 = prevDoc.tables.find((x) => x.no === 11)!;
    expect(Number(next.priorYear.operatingCost)).toBe(Number(t11.exact[0].find((c) => c !== null)));
    expect(Number(next.priorYear.operatingCost)).toBeGreaterThan(0);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { budgetId, action: 'budget.copyPreviousYear' } });
    expect(audit.actorName).toBe('市场监管局填报人');
  });

  it('renames a carried-over project in the new year only: the previous year keeps its name, 类别 and 属性', async () => {
    const before = (await loadDisclosureInput(t.db, '029', 2026))!.units[0].projects[0];
    const b = await t.db.budget.findFirstOrThrow({ where: { year: 2027, org: { code: '029' } } });
    const { unitCode: _unit, ...project } = before;
    const renamed = { ...project, name: `${before.name}（2027年调整）`, category: '其他运转类', attribute: '新增项目' };
    await saveProject(t.db, accountant, { budgetId: b.id, expectedVersion: b.version, project: renamed });
    expect((await loadDisclosureInput(t.db, '029', 2027))!.units[0].projects.find((p) => p.code === before.code)).toMatchObject({
      name: renamed.name,
      category: '其他运转类',
      attribute: '新增项目',
    });
    expect((await loadDisclosureInput(t.db, '029', 2026))!.units[0].projects[0]).toEqual(before);
    await saveProject(t.db, accountant, { budgetId: b.id, expectedVersion: b.version + 1, project });
  });

  it('refuses a second budget for the same year and a year without a previous budget', async () => {
    expect((await rejection(createEmptyBudget(t.db, accountant, { orgCode: '029', year: 2027 }))).code).toBe('CONFLICT');
    const e = await rejection(startFromPreviousYear(t.db, accountant, { orgCode: '029', year: 2025 }));
    expect(e.message).toContain('2025年度已结束编制');
  });
});

describe('projects, texts, profile and attachments', () => {
  it('validates a project with Chinese messages naming the fields and saves nothing', async () => {
    const b = await t.db.budget.findFirstOrThrow({ where: { year: 2027 } });
    const plans = await t.db.projectPlan.count({ where: { budgetId: b.id } });
    const e = await rejection(
      saveProject(t.db, accountant, {
        budgetId: b.id,
        expectedVersion: b.version,
        project: {
          code: 'bad code!',
          name: '',
          originYear: 2027,
          category: '特定目标类',
          attribute: '一次性项目',
          period: null,
          fundingPeriod: { CENTRAL: '1.234' },
          fundingYear: {},
          overview: 'x'.repeat(5001),
          basis: '',
          necessity: '',
          safeguards: '',
          plan: '',
          goalPeriod: '',
          goalYear: '',
          indicatorsPeriod: [
            { level1: '产出', level2: '数量指标', name: '批次', value: { number: '10' } },
            { level1: '产出指标', level2: '数量指标', name: '覆盖率', value: { comparator: '≥' } },
          ],
          indicatorsYear: [],
          manager: '',
          handler: '',
          phone: '',
          filledAt: '',
        },
      }),
    );
    const msgs = e.fieldErrors.map((f) => f.message);
    expect(msgs).toContain('项目编码须为1至40位字母、数字或 -');
    expect(msgs).toContain('项目名称不能为空');
    expect(msgs).toContainEqual(expect.stringContaining('实施期资金 中央财政资金须为不小于0、最多两位小数'));
    expect(msgs).toContain('项目概况不能超过5000个字');
    expect(msgs).toContainEqual(expect.stringContaining('一级指标须为产出指标、效益指标、满意度指标之一'));
    expect(msgs).toContain('三级指标“覆盖率”须填写指标值（数值或文字）');
    expect(await t.db.projectPlan.count({ where: { budgetId: b.id } })).toBe(plans);
    expect((await t.db.budget.findUniqueOrThrow({ where: { id: b.id } })).version).toBe(b.version);
  });

  it('refuses to delete a project that lines still book on', async () => {
    const b = await t.db.budget.findFirstOrThrow({
      where: { year: 2027 },
      include: { lines: { where: { projectId: { not: null } }, include: { project: true }, take: 1 } },
    });
    const e = await rejection(deleteProject(t.db, accountant, { budgetId: b.id, expectedVersion: b.version, projectCode: b.lines[0].project!.code }));
    expect(e.message).toMatch(/仍有 \d+ 行支出明细/);
  });

  it('saves texts and the unit profile with bounded lengths', async () => {
    const b = await t.db.budget.findFirstOrThrow({ where: { year: 2027 } });
    const e = await rejection(saveNarrativeTexts(t.db, accountant, { budgetId: b.id, expectedVersion: b.version, reasons: { totalChange: 'x'.repeat(2001) } }));
    expect(e.message).toContain('一、收支总计增减原因不能超过2000个字');
    const r = await saveNarrativeTexts(t.db, accountant, { budgetId: b.id, expectedVersion: b.version, reasons: { totalChange: '压减一般性支出' } });
    expect(r.version).toBe(b.version + 1);
    const p = await rejection(
      saveUnitProfile(t.db, accountant, {
        budgetId: b.id,
        expectedVersion: r.version,
        duties: 'a',
        structure: 'b',
        internalDivisions: -1,
        authorizedHeadcount: 1,
        actualHeadcount: 1,
        otherPersonnel: 0,
      }),
    );
    expect(p.message).toContain('内设科室数不能为负数');
  });

  it('accepts PDF and UTF-8 text attachments by their bytes and refuses anything else', async () => {
    const b = await t.db.budget.findFirstOrThrow({ where: { year: 2027 } });
    const pdf = new TextEncoder().encode('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const r = await uploadAttachment(t.db, accountant, {
      budgetId: b.id,
      expectedVersion: b.version,
      title: '集中采购目录',
      fileName: 'catalog.pdf',
      content: pdf,
    });
    const a = await t.db.attachment.findUniqueOrThrow({ where: { id: r.id } });
    expect(a.mimeType).toBe('application/pdf');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const e = await rejection(
      uploadAttachment(t.db, accountant, { budgetId: b.id, expectedVersion: r.version, title: '图片', fileName: 'fake.pdf', content: png }),
    );
    expect(e.message).toBe('附件只能是PDF或纯文本（UTF-8）文件');
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
    expect(
      (await rejection(uploadAttachment(t.db, accountant, { budgetId: b.id, expectedVersion: r.version, title: '大文件', fileName: 'big.txt', content: big })))
        .message,
    ).toBe('附件文件不能超过10MB');
    expect(await t.db.attachment.count({ where: { budgetId: b.id } })).toBe(1);
  });
});

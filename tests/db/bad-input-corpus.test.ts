import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { lineInput, projectInput } from '../helpers/entry-inputs';
import { sessionUser } from '../helpers/session-users';
import { dbFingerprint } from '../helpers/db-fingerprint';
import {
  BAD_AMOUNTS,
  BAD_COUNTS,
  BAD_ECON_CODES,
  BAD_FUNCTION_CODES,
  BAD_KINDS,
  BAD_LINE_KEYS,
  BAD_PROCUREMENT_CODES,
  BAD_PROJECT_CODES,
  BAD_SOURCES,
  BAD_TEXTS,
  BAD_TIMINGS,
  HOSTILE_VALID_TEXTS,
  badAttachments,
  badWorkbooks,
} from '../fixtures/bad-inputs';
import type { SessionUser } from '../../lib/auth/permissions';
import { AppError } from '../../lib/errors/app-error';
import { startFromPreviousYear } from '../../lib/data/entry/create-budget';
import { saveLines } from '../../lib/data/entry/save-lines';
import { saveProject } from '../../lib/data/entry/save-project';
import { saveUnitProfile } from '../../lib/data/entry/save-unit-profile';
import { saveNarrativeTexts } from '../../lib/data/entry/save-narrative-texts';
import { saveAssets } from '../../lib/data/entry/save-assets';
import { saveProcurement } from '../../lib/data/entry/save-procurement';
import { savePriorYearFigures } from '../../lib/data/entry/save-prior-year';
import { saveProcurementReserve } from '../../lib/data/entry/save-procurement-reserve';
import { importEntryWorkbook } from '../../lib/data/entry/import-entry-workbook';
import { uploadAttachment } from '../../lib/data/entry/attachments';
import { loadDraftDisclosure } from '../../lib/data/budget/load-draft-disclosure';
import { disclosureHtml } from '../../lib/document/html/disclosure-html';
import { PRIOR_YEAR_LABELS, type PriorYearField } from '../../lib/domain/entry-labels';
import { VEHICLE_KIND_LABELS, type VehicleKind } from '../../lib/domain/types';
import type { LineInput } from '../../lib/data/entry/line-rules';
import type { ProjectInput } from '../../lib/data/entry/project-rules';

// Every entry function of lib/data/entry fed a corpus of bad inputs: each must be refused with a Chinese
// message (no English stack or library text) and leave the database exactly as it was.

let t: TestDatabase;
let user: SessionUser;
let budgetId: string;

const version = async () => (await t.db.budget.findUniqueOrThrow({ where: { id: budgetId } })).version;
// The corpus feeds values outside the types on purpose (unknown kinds, sources, timings).
const line = (over: Record<string, unknown> = {}) => lineInput('BAD1', over as Partial<LineInput>);
const project = (over: Record<string, unknown> = {}) => projectInput('BAD-P1', over as Partial<ProjectInput>);
const procurementItem = (over: Record<string, unknown> = {}) => ({
  id: 'G1',
  category: 'GOODS' as const,
  catalogCode: 'A01',
  name: '办公设备',
  amount: '1000',
  ...over,
});
const profile = (over: Record<string, unknown> = {}) => ({
  duties: '',
  structure: '',
  internalDivisions: 1,
  authorizedHeadcount: 1,
  actualHeadcount: 1,
  otherPersonnel: 0,
  ...over,
});
const vehicles = () => Object.fromEntries(Object.keys(VEHICLE_KIND_LABELS).map((k) => [k, 0])) as Record<VehicleKind, number>;
const assets = (over: Record<string, unknown> = {}) => ({
  vehicleQuota: 1,
  vehicles: vehicles(),
  officeArea: '100',
  equipmentOver50: 0,
  equipmentOver100: 0,
  ...over,
});
const priorYear = (over: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.keys(PRIOR_YEAR_LABELS).map((k) => [k, over[k] ?? '0'])) as Record<PriorYearField, string>;

interface Case {
  name: string;
  run: (v: number) => Promise<unknown>;
}

function buildCases(workbooks: { name: string; content: Uint8Array }[]): Case[] {
  const cases: Case[] = [];
  const add = (name: string, run: Case['run']) => cases.push({ name, run });
  const lines = (l: LineInput) => (v: number) => saveLines(t.db, user, { budgetId, expectedVersion: v, upserts: [l], deletes: [] });
  const proj = (p: ProjectInput) => (v: number) => saveProject(t.db, user, { budgetId, expectedVersion: v, project: p });
  for (const a of BAD_AMOUNTS) {
    add(`saveLines amount ${JSON.stringify(a)}`, lines(line({ amount: a })));
    add(`saveProcurement amount ${JSON.stringify(a)}`, (v) =>
      saveProcurement(t.db, user, { budgetId, expectedVersion: v, items: [procurementItem({ amount: a })] }),
    );
    add(`saveProject 年度资金 ${JSON.stringify(a)}`, proj(project({ fundingYear: { CITY_COUNTY: a } })));
  }
  for (const a of BAD_AMOUNTS.slice(0, 12)) {
    add(`savePriorYearFigures ${JSON.stringify(a)}`, (v) =>
      savePriorYearFigures(t.db, user, { budgetId, expectedVersion: v, figures: priorYear({ totalIncome: a }) }),
    );
  }
  // A blank staffing number or asset count is 未填 (saved as NULL), no longer a bad count.
  for (const c of BAD_COUNTS.filter((c) => c.trim() !== '')) {
    add(`saveUnitProfile 内设科室数 ${JSON.stringify(c)}`, (v) =>
      saveUnitProfile(t.db, user, { budgetId, expectedVersion: v, ...profile({ internalDivisions: c }) }),
    );
    add(`saveAssets 公务用车编制数 ${JSON.stringify(c)}`, (v) => saveAssets(t.db, user, { budgetId, expectedVersion: v, ...assets({ vehicleQuota: c }) }));
  }
  add('saveAssets 100万元以上 > 50万元以上', (v) =>
    saveAssets(t.db, user, { budgetId, expectedVersion: v, ...assets({ equipmentOver50: 1, equipmentOver100: 3 }) }),
  );
  add('saveAssets 截止日期 2025-13-01', (v) => saveAssets(t.db, user, { budgetId, expectedVersion: v, ...assets({ asOf: '2025-13-01' }) }));
  add('saveAssets 计划购置 -1', (v) => saveAssets(t.db, user, { budgetId, expectedVersion: v, ...assets({ plannedPurchases: { LEADER: '-1' } }) }));
  add('saveProcurementReserve 小微 > 中小', (v) => saveProcurementReserve(t.db, user, { budgetId, expectedVersion: v, sme: '100', smallMicro: '200' }));
  add('saveProcurementReserve 中小 -1', (v) => saveProcurementReserve(t.db, user, { budgetId, expectedVersion: v, sme: '-1', smallMicro: null }));
  add('saveAssets 办公用房面积 -1', (v) => saveAssets(t.db, user, { budgetId, expectedVersion: v, ...assets({ officeArea: '-1' }) }));
  for (const c of BAD_FUNCTION_CODES) add(`saveLines 功能科目 ${JSON.stringify(c)}`, lines(line({ functionCode: c })));
  for (const c of BAD_ECON_CODES) {
    add(`saveLines 部门经济科目 ${JSON.stringify(c)}`, lines(line({ deptEconCode: c })));
    add(`saveLines 政府经济科目 ${JSON.stringify(c)}`, lines(line({ govEconCode: c })));
  }
  add('saveLines 经济科目搭配不符对照表', lines(line({ govEconCode: '50201' })));
  for (const k of BAD_LINE_KEYS) add(`saveLines 行号 ${JSON.stringify(k)}`, lines(line({ key: k })));
  for (const k of BAD_KINDS) add(`saveLines 支出类型 ${JSON.stringify(k)}`, lines(line({ kind: k })));
  for (const s of BAD_SOURCES) add(`saveLines 资金来源 ${JSON.stringify(s)}`, lines(line({ source: s })));
  for (const s of BAD_TIMINGS) add(`saveLines 当年/上年结转 ${JSON.stringify(s)}`, lines(line({ timing: s })));
  add('saveLines 项目支出无项目', lines(line({ kind: 'PROJECT' })));
  add('saveLines 项目不在本预算', lines(line({ kind: 'PROJECT', projectCode: 'NOPE-1' })));
  for (const c of BAD_PROJECT_CODES) add(`saveProject 项目编码 ${JSON.stringify(c)}`, proj(project({ code: c })));
  for (const c of BAD_PROCUREMENT_CODES)
    add(`saveProcurement 品目编码 ${JSON.stringify(c)}`, (v) =>
      saveProcurement(t.db, user, { budgetId, expectedVersion: v, items: [procurementItem({ catalogCode: c })] }),
    );
  add(
    'saveProject 二级指标不属于一级指标',
    proj(project({ indicatorsYear: [{ level1: '满意度指标', level2: '数量指标', name: '批次', value: { number: '1' } }] })),
  );
  add('saveProject 一级指标不存在', proj(project({ indicatorsYear: [{ level1: '<script>', level2: '数量指标', name: '批次', value: { number: '1' } }] })));
  add('saveProject 指标值 -1', proj(project({ indicatorsYear: [{ level1: '产出指标', level2: '数量指标', name: '批次', value: { number: '-1' } }] })));
  add('saveProject 设立年度 1e5', proj(project({ originYear: 1e5 })));
  for (const { name, text } of BAD_TEXTS) {
    add(`saveProject 项目名称 ${name}`, proj(project({ name: text })));
    add(`saveProject 项目概况 ${name}`, proj(project({ overview: text })));
    add(`saveProject 三级指标 ${name}`, proj(project({ indicatorsYear: [{ level1: '产出指标', level2: '数量指标', name: text, value: { number: '1' } }] })));
    add(`saveNarrativeTexts ${name}`, (v) => saveNarrativeTexts(t.db, user, { budgetId, expectedVersion: v, reasons: { otherNote: text } }));
    add(`saveUnitProfile 本单位职责 ${name}`, (v) => saveUnitProfile(t.db, user, { budgetId, expectedVersion: v, ...profile({ duties: text }) }));
    add(`saveProcurement 采购项目名称 ${name}`, (v) => saveProcurement(t.db, user, { budgetId, expectedVersion: v, items: [procurementItem({ name: text })] }));
    add(`uploadAttachment 附件标题 ${name}`, (v) =>
      uploadAttachment(t.db, user, { budgetId, expectedVersion: v, title: text, fileName: 'a.txt', content: new TextEncoder().encode('说明') }),
    );
  }
  for (const w of workbooks) {
    add(`importEntryWorkbook ${w.name}`, (v) => importEntryWorkbook(t.db, user, { budgetId, expectedVersion: v, fileName: 'x.xlsx', content: w.content }));
  }
  for (const a of badAttachments()) {
    add(`uploadAttachment ${a.name}`, (v) =>
      uploadAttachment(t.db, user, { budgetId, expectedVersion: v, title: '说明', fileName: 'a.pdf', content: a.content }),
    );
  }
  add('uploadAttachment 文件名过长', (v) =>
    uploadAttachment(t.db, user, {
      budgetId,
      expectedVersion: v,
      title: '说明',
      fileName: `${'a'.repeat(300)}.pdf`,
      content: new TextEncoder().encode('%PDF-1.4'),
    }),
  );
  return cases;
}

const ENGLISH_LEAK =
  /\n\s+at |Prisma|TypeError|ReferenceError|RangeError|ZodError|Invalid input|expected .* received|Unexpected token|is not a function|Cannot read/i;

beforeAll(async () => {
  t = await createTestDatabase();
  user = await sessionUser(t.db, 'kuaiji029');
  ({ budgetId } = await startFromPreviousYear(t.db, user, { orgCode: '029', year: 2027 }));
});
afterAll(async () => t?.drop());

describe('bad-input corpus against lib/data/entry', () => {
  it('refuses every input with a Chinese message and changes nothing', async () => {
    const cases = buildCases(await badWorkbooks());
    expect(cases.length).toBeGreaterThanOrEqual(200);
    const problems: string[] = [];
    const before = await dbFingerprint(t);
    const v = await version();
    for (const c of cases) {
      const e = await c.run(v).then(
        () => null,
        (err: unknown) => err,
      );
      if (!(e instanceof AppError)) {
        problems.push(`${c.name}: ${e === null ? 'accepted' : `not an AppError: ${String(e).slice(0, 200)}`}`);
        continue;
      }
      for (const m of [e.message, ...e.fieldErrors.map((f) => f.message)]) {
        if (!/[\u4e00-\u9fff]/.test(m) || ENGLISH_LEAK.test(m)) problems.push(`${c.name}: ${m.slice(0, 200)}`);
      }
      const after = await dbFingerprint(t);
      if (JSON.stringify(after) !== JSON.stringify(before)) {
        problems.push(`${c.name}: changed the database`);
        break;
      }
    }
    expect(problems).toEqual([]);
  });

  it('stores valid hostile text verbatim and renders it escaped', async () => {
    const [script, img, formula, svg] = HOSTILE_VALID_TEXTS;
    await saveProject(t.db, user, { budgetId, expectedVersion: await version(), project: project({ code: 'XSS-1', name: script, overview: img }) });
    await saveNarrativeTexts(t.db, user, { budgetId, expectedVersion: await version(), reasons: { otherNote: `${formula}\n${svg}` } });
    const p = await t.db.project.findUniqueOrThrow({ where: { code: 'XSS-1' } });
    expect(p.name).toBe(script);
    const note = await t.db.narrativeText.findUniqueOrThrow({ where: { budgetId_key: { budgetId, key: 'otherNote' } } });
    expect(note.text).toBe(`${formula}\n${svg}`);
    const { disclosure } = await loadDraftDisclosure(t.db, user, '029', 2027);
    const html = disclosureHtml(disclosure);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<svg onload');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;');
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { yangquanInput } from '../../prisma/seed-data/yangquan-2026';
import type { DerivedDocument, DisclosureInput } from '../../lib/domain/types';

const dir = mkdtempSync(path.join(os.tmpdir(), 'yst-derive-'));

function derive(input: DisclosureInput, ...flags: string[]) {
  const file = path.join(dir, `in-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(input));
  return spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/derive.ts', '--input', file, ...flags], { encoding: 'utf8' });
}

describe('npm run derive', () => {
  it('prints the derived document as JSON in the documented shape', () => {
    const r = derive(yangquanInput(), '--json');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as DerivedDocument;
    expect(doc.org).toEqual({ code: '029', name: '阳泉市市场监督管理局', kind: 'ADMIN' });
    expect(doc.tables.map((t) => t.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const totals = doc.tables[0].rows.find((row) => row[0] === '收入总计');
    expect(totals).toEqual(['收入总计', '2197.30', '支出总计', '2197.30', '2190.36', '6.94']);
    expect(doc.narrative.map((s) => s.no)).toContain('十一');
    expect(doc.projects).toHaveLength(8);
  });

  it('lists a broken cross-check by rule and figures, and exits 3', () => {
    const input = yangquanInput();
    const project = input.units[0].projects.find((p) => p.code === '029-2026-03')!;
    project.fundingYear = { ...project.fundingYear, CITY_COUNTY: '1300000' };
    const r = derive(input);
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(/\[阻断\] PROJECT_YEAR_FUNDS_EQ_T12 .*市场监管工作经费/);
    expect(r.stdout).toContain('130.00万元');
    expect(r.stdout).toContain('129.00万元');
  });
});

import { describe, expect, it } from 'vitest';
import { auditChanges } from '../../lib/format/audit-diff';
import { auditActionLabel } from '../../lib/format/audit-labels';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('readable audit records', () => {
  it('names actions in Chinese', () => {
    expect(auditActionLabel('lines.save')).toBe('保存支出明细');
    expect(auditActionLabel('budget.importExcel')).toBe('Excel 导入');
  });

  it('shows a lines save as the touched lines’ field changes with formatted amounts and names for codes', () => {
    const before = [
      {
        key: 'L1',
        functionCode: '2013801',
        kind: 'BASIC',
        projectCode: null,
        deptEconCode: '30101',
        govEconCode: '50101',
        source: 'GENERAL',
        timing: 'CURRENT',
        amount: '1000000.00',
      },
      {
        key: 'L2',
        functionCode: '2013801',
        kind: 'BASIC',
        projectCode: null,
        deptEconCode: '30201',
        govEconCode: '50201',
        source: 'GENERAL',
        timing: 'CURRENT',
        amount: '5.00',
      },
    ];
    const after = { upserts: [{ ...before[0], amount: '1200000', timing: 'CARRYOVER' }], deletes: ['L2'] };
    const { changes } = auditChanges('lines.save', before, after);
    expect(changes).toContainEqual({ field: '支出明细 · L1 · 金额（元）', before: '1,000,000.00', after: '1,200,000.00' });
    expect(changes).toContainEqual({ field: '支出明细 · L1 · 当年/上年结转', before: '当年预算安排', after: '上年结转' });
    expect(changes).toContainEqual({ field: '支出明细 · L2 · 金额（元）', before: '5.00', after: '（已删除）' });
    expect(changes.some((c) => c.field.includes('功能科目') && c.field.includes('L1'))).toBe(false);
  });

  it('never shows a UUID, and shows statuses by name', () => {
    const { changes } = auditChanges(
      'budget.submit',
      { status: 'DRAFT' },
      { status: 'SUBMITTED', versionNo: 2, versionId: '0b9c8f1e-1234-4abc-8def-0123456789ab' },
    );
    expect(changes).toContainEqual({ field: '状态', before: '草稿', after: '已提交' });
    expect(JSON.stringify(changes)).not.toMatch(UUID);
  });

  it('shows an Excel import as its file, mode and counts, not the hundreds of rows kept for undoing it', () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ key: `L${i}`, functionCode: '2013801', amount: '1.00' }));
    const { changes, more } = auditChanges(
      'budget.importExcel',
      { lines: rows, projects: [] },
      { fileName: '预算.xlsx', mode: 'append', version: 7, lines: 300, projects: 0, sha256: 'ab'.repeat(32) },
    );
    expect(more).toBe(0);
    expect(changes.map((c) => c.field)).toEqual(['文件名', '导入方式', '数据版本', '支出明细', '项目']);
    expect(changes.find((c) => c.field === '导入方式')?.after).toBe('追加');
  });
});

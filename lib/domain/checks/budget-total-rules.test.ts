import { describe, expect, it } from 'vitest';
import { deriveDocument } from '../derive-document';
import { blockingFailures } from './index';
import { checksOf, failures, sampleWith } from './__fixtures__/sample-checks';

const empty = () => sampleWith((u) => ({ ...u, lines: [], projects: [], procurement: [] }));

describe('BUDGET_NOT_EMPTY', () => {
  it('blocks a budget without any expenditure line, with a Chinese message', () => {
    const checks = checksOf(empty());
    expect(failures(checks, 'BUDGET_NOT_EMPTY')).toEqual(['预算收支总计为0（尚未填报任何支出明细），不能提交']);
    expect(blockingFailures(checks).find((c) => c.rule === 'BUDGET_NOT_EMPTY')).toMatchObject({
      name: '预算收支总计不为0',
      severity: 'BLOCKING',
      figures: [{ label: '收支总计', value: '0.00', display: '0.00万元' }],
      refs: { tables: [1] },
    });
  });

  it('is part of the derived document the workspace preview shows', () => {
    const doc = deriveDocument(empty());
    expect(doc.checks.filter((c) => c.rule === 'BUDGET_NOT_EMPTY' && !c.passed).map((c) => c.message)).toEqual([
      '预算收支总计为0（尚未填报任何支出明细），不能提交',
    ]);
  });

  it('blocks lines that add up to 0 元', () => {
    const zero = sampleWith((u) => ({ ...u, lines: u.lines.map((l) => ({ ...l, amount: '0' })) }));
    expect(failures(checksOf(zero), 'BUDGET_NOT_EMPTY')).toEqual(['预算收支总计为0（支出明细金额合计为0），不能提交']);
  });

  it('passes the sample', () => {
    expect(checksOf(sampleWith()).find((c) => c.rule === 'BUDGET_NOT_EMPTY')).toMatchObject({ passed: true, message: '预算收支总计不为0：通过' });
  });
});

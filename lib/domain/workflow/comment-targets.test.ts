import { describe, expect, it } from 'vitest';
import type { ExpenditureLine } from '../types';
import { commentTargetChanged, commentTargetLabel, lineTargetOptions, type CommentTargetUnit } from './comment-targets';

const line = (id: string, amount: string, projectCode: string | null = null): ExpenditureLine => ({
  id,
  functionCode: '2013801',
  kind: projectCode ? 'PROJECT' : 'BASIC',
  projectCode,
  deptEconCode: '30101',
  govEconCode: '50101',
  source: 'GENERAL',
  timing: 'CURRENT',
  amount,
});

const unit = (lines: readonly ExpenditureLine[], projectName = '市场监管专项'): CommentTargetUnit => ({ lines, projects: [{ code: 'P1', name: projectName }] });

describe('comment targets', () => {
  const before = unit([line('K1', '100.00'), line('K2', '200.00', 'P1')]);

  it('names a line by its row and codes, never by its key', () => {
    expect(lineTargetOptions(before)).toEqual([
      { ref: 'K1', label: '第1行（2013801 / 30101 / 50101，100元）' },
      { ref: 'K2', label: '第2行（2013801 / 30101 / 50101，200元）' },
    ]);
    expect(commentTargetLabel('PROJECT', 'P1', before, new Map())).toBe('项目“市场监管专项”');
    expect(commentTargetLabel('TABLE', '3', before, new Map([['3', '预算支出总表']]))).toBe('表3 预算支出总表');
  });

  it('sees a line changed or deleted, and a project changed through its data or one of its lines', () => {
    const reordered = unit([{ ...line('K2', '200.00', 'P1') }, { ...line('K1', '100.00') }]);
    expect(commentTargetChanged('LINE', 'K1', before, reordered)).toBe(false);
    expect(commentTargetChanged('LINE', 'K1', before, unit([line('K1', '150.00'), line('K2', '200.00', 'P1')]))).toBe(true);
    expect(commentTargetChanged('LINE', 'K1', before, unit([line('K2', '200.00', 'P1')]))).toBe(true);
    expect(commentTargetChanged('PROJECT', 'P1', before, reordered)).toBe(false);
    expect(commentTargetChanged('PROJECT', 'P1', before, unit([line('K1', '100.00'), line('K2', '250.00', 'P1')]))).toBe(true);
    expect(commentTargetChanged('PROJECT', 'P1', before, unit(before.lines, '市场监管专项（调整）'))).toBe(true);
    expect(commentTargetChanged('TABLE', '3', before, reordered)).toBeNull();
    expect(commentTargetChanged('GENERAL', null, before, reordered)).toBeNull();
  });
});

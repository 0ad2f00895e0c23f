import { describe, expect, it } from 'vitest';
import { focusTab, parseWorkspaceFocus, workspaceFocusHref } from './workspace-links';
import { checkRefTargets, refNamesOf } from './check-refs';

describe('workspace focus links', () => {
  it('spells the contract ?focus=<kind>:<ref> and reads it back', () => {
    expect(workspaceFocusHref('029', 2026, { kind: 'line', ref: 'LMX2OSNW319I' })).toBe('/budgets/029/2026?focus=line%3ALMX2OSNW319I');
    expect(workspaceFocusHref('029', 2026, { kind: 'project', ref: '029-2026-03' })).toBe('/budgets/029/2026?focus=project%3A029-2026-03');
    const href = workspaceFocusHref('029', 2026, { kind: 'field', ref: 'reasons.totalChange' });
    expect(parseWorkspaceFocus(new URL(href, 'http://x').searchParams.get('focus'))).toEqual({ kind: 'field', ref: 'reasons.totalChange' });
    expect(parseWorkspaceFocus('table:12')).toEqual({ kind: 'table', ref: '12' });
  });

  it('refuses what is not of the contract', () => {
    for (const bad of [null, '', 'line', 'row:L1', 'line:', 'table:0', 'table:abc', 'line:<script>', 'field:a b']) expect(parseWorkspaceFocus(bad)).toBeNull();
  });

  it('knows the tab of each target', () => {
    expect(focusTab({ kind: 'line', ref: 'L1' })).toBe('lines');
    expect(focusTab({ kind: 'project', ref: 'P' })).toBe('projects');
    expect(focusTab({ kind: 'table', ref: '3' })).toBeNull();
    expect(focusTab({ kind: 'field', ref: 'reasons.generalChange' })).toBe('texts');
    expect(focusTab({ kind: 'field', ref: 'priorYear' })).toBe('texts');
    expect(focusTab({ kind: 'field', ref: 'procurement.P001' })).toBe('procurement');
    expect(focusTab({ kind: 'field', ref: 'duties' })).toBe('profile');
  });

  it('names what a check concerns as the user sees it, the ids staying in the focus', () => {
    const names = refNamesOf({
      lines: [{ id: 'LA' }, { id: 'LMX2OSNW319I' }] as never,
      projects: [{ code: '029-2026-03', name: '食品安全抽检' }] as never,
      procurement: [{ id: 'P001ABC' }] as never,
    });
    const targets = checkRefTargets(
      { lineIds: ['LMX2OSNW319I'], projectCodes: ['029-2026-03'], fields: ['procurement.P001ABC', 'reasons.totalChange'], tables: [4] },
      names,
    );
    expect(targets.map((t) => t.text)).toEqual(['支出明细第2行', '项目 029-2026-03 食品安全抽检', '政府采购第1项', '情况说明：一、收支总计增减原因', '表4']);
    expect(targets[0].focus).toEqual({ kind: 'line', ref: 'LMX2OSNW319I' });
    expect(targets.some((t) => /LMX2|P001ABC/.test(t.text))).toBe(false);
  });
});

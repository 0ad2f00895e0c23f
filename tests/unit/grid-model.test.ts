import { describe, expect, it } from 'vitest';
import { blankLine, buildGridCatalogs, fenOf, newLineKey, sameLine, sumYuan, wanDisplay, yuanDisplay } from '../../components/entry/lines-grid/grid-model';
import { packLines, unpackLines } from '../../components/entry/lines-grid/packed-lines';
import type { ExpenditureLine } from '../../lib/domain/types';

describe('grid money and line helpers', () => {
  it('sums 元 strings exactly and rounds 万元 once, half up', () => {
    const total = sumYuan(['0.10', '0.20', '1,000.00', '4999.70']);
    expect(total.toFixed(2)).toBe('6000.00');
    expect(yuanDisplay(sumYuan(['1234567.5']))).toBe('1,234,567.50');
    expect(wanDisplay(sumYuan(['12345.00']))).toBe('1.23');
    expect(wanDisplay(sumYuan(['12350.00']))).toBe('1.24');
    expect(wanDisplay(sumYuan(['6555.00', '6555.00']))).toBe('1.31');
  });

  it('treats an unparsable amount as zero in sums but as a change against the saved line', () => {
    expect(sumYuan(['abc', '2']).toFixed(2)).toBe('2.00');
    const saved = blankLine({ functionCode: '2013801', deptEconCode: '30101', govEconCode: '50101', amount: '100.00' });
    expect(sameLine({ ...saved, amount: '100' }, saved)).toBe(true);
    expect(sameLine({ ...saved, amount: 'abc' }, saved)).toBe(false);
    expect(sameLine({ ...saved, govEconCode: '50501' }, saved)).toBe(false);
  });

  it('reads plain 元 figures as exact integer 分 and leaves other forms to decimal.js', () => {
    expect(fenOf('100')).toBe(BigInt(10000));
    expect(fenOf('1,234.5')).toBe(BigInt(123450));
    expect(fenOf('-0.07')).toBe(BigInt(-7));
    expect(fenOf('999999999999999.99')).toBe(BigInt('99999999999999999'));
    for (const other of ['', '1.234', '.5', '1e3', 'abc', '1.2.3']) expect(fenOf(other), other).toBeNull();
    expect(sumYuan(['0.1', '0.2', '1.005', '.995']).toFixed(3)).toBe('2.300');
    expect(sumYuan(['999999999999999.99', '0.01']).toFixed(2)).toBe('1000000000000000.00');
    const saved = blankLine({ amount: '1.50' });
    expect(sameLine({ ...saved, amount: '1.5' }, saved)).toBe(true);
    expect(sameLine({ ...saved, amount: '1.500' }, saved)).toBe(true);
    expect(sameLine({ ...saved, amount: '1.51' }, saved)).toBe(false);
  });

  it('suggests the 政府经济科目 by unit kind', () => {
    const catalogs = { functions: [], deptEconomic: [], govEconomic: [] };
    const mapping = [{ deptCode: '30101', govCodeAdmin: '50101', govCodeInstitution: '50501' }];
    expect(buildGridCatalogs(catalogs, [], mapping, 'ADMIN').suggestGov.get('30101')).toBe('50101');
    expect(buildGridCatalogs(catalogs, [], mapping, 'CIVIL_SERVANT_INSTITUTION').suggestGov.get('30101')).toBe('50101');
    expect(buildGridCatalogs(catalogs, [], mapping, 'INSTITUTION').suggestGov.get('30101')).toBe('50501');
  });

  it('makes distinct keys the server accepts', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => newLineKey()));
    expect(keys.size).toBe(1000);
    for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_.-]{1,40}$/);
  });
});

describe('packed lines', () => {
  it('round-trips every field, nulls, repeated values and order', () => {
    const lines = [
      {
        id: 'B1',
        functionCode: '2013801',
        kind: 'BASIC',
        projectCode: null,
        deptEconCode: '30101',
        govEconCode: '50101',
        source: 'GENERAL',
        timing: 'CURRENT',
        amount: '100.25',
      },
      {
        id: 'B2',
        functionCode: '2013802',
        kind: 'PROJECT',
        projectCode: '029-2027-01',
        deptEconCode: '30201',
        govEconCode: '50201',
        source: 'GOV_FUND',
        timing: 'CARRYOVER',
        amount: '0.00',
      },
      {
        id: 'B3',
        functionCode: '2013801',
        kind: 'BASIC',
        projectCode: null,
        deptEconCode: '30101',
        govEconCode: '50101',
        source: 'GENERAL',
        timing: 'CURRENT',
        amount: '-3.5',
      },
    ] as const satisfies readonly ExpenditureLine[];
    const packed = packLines(lines);
    expect(packed.values.functionCode).toEqual(['2013801', '2013802']);
    expect(packed.values.projectCode).toEqual([null, '029-2027-01']);
    expect(unpackLines(JSON.parse(JSON.stringify(packed)))).toEqual(lines.map(({ id, ...l }) => ({ key: id, ...l })));
    expect(unpackLines(packLines([]))).toEqual([]);
  });
});

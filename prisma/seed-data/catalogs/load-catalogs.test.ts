import { describe, expect, it } from 'vitest';
import { loadCatalogRows, loadCatalogs, loadEconMapping, loadFundingSources } from './load-catalogs';
import { validateCatalogRows, type CatalogKind } from '../../../lib/domain/catalog/validate-catalog';
import { FUND_SOURCE_LABELS } from '../../../lib/domain/types';

const KINDS: CatalogKind[] = ['FUNCTION', 'DEPT_ECONOMIC', 'GOV_ECONOMIC'];

describe('2026 seed catalogues', () => {
  it.each(KINDS)('%s validates', (kind) => {
    const rows = loadCatalogRows(2026, kind).map((r, i) => ({ ...r, rowNumber: i + 2 }));
    const result = validateCatalogRows(kind, rows);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has all thirty 类 and the seed codes', () => {
    const { functions, deptEconomic, govEconomic } = loadCatalogs(2026);
    expect(functions.filter((f) => f.code.length === 3)).toHaveLength(30);
    const names = new Map(functions.map((f) => [f.code, f.name]));
    expect(names.get('2013804')).toBe('经营主体管理');
    expect(names.get('2013899')).toBe('其他市场监督管理事务');
    expect(names.get('2100799')).toBe('其他计划生育事务支出');
    const dept = new Map(deptEconomic.map((f) => [f.code, f.name]));
    expect(dept.get('30239')).toBe('其他交通费用');
    expect(dept.get('30309')).toBe('奖励金');
    const gov = new Map(govEconomic.map((f) => [f.code, f.name]));
    expect(gov.get('50299')).toBe('其他商品和服务支出');
    expect(gov.get('50905')).toBe('离退休费');
  });

  it('maps every department 款 to existing government codes', () => {
    const { deptEconomic, govEconomic } = loadCatalogs(2026);
    const gov = new Set(govEconomic.map((g) => g.code));
    const mapping = loadEconMapping(2026);
    const mapped = new Set(mapping.map((m) => m.deptCode));
    for (const d of deptEconomic.filter((d) => d.code.length === 5)) expect(mapped.has(d.code)).toBe(true);
    for (const m of mapping) {
      expect(gov.has(m.govCodeAdmin)).toBe(true);
      expect(gov.has(m.govCodeInstitution)).toBe(true);
    }
    const byDept = new Map(mapping.map((m) => [m.deptCode, m]));
    expect(byDept.get('30101')).toMatchObject({ govCodeAdmin: '50101', govCodeInstitution: '50501' });
    expect(byDept.get('30299')).toMatchObject({ govCodeAdmin: '50299', govCodeInstitution: '50502' });
    expect(byDept.get('30302')).toMatchObject({ govCodeAdmin: '50905', govCodeInstitution: '50905' });
    expect(byDept.get('30309')).toMatchObject({ govCodeAdmin: '50901', govCodeInstitution: '50901' });
  });

  it('lists the five funding sources', () => {
    expect(Object.fromEntries(loadFundingSources(2026).map((f) => [f.code, f.name]))).toEqual(FUND_SOURCE_LABELS);
  });
});

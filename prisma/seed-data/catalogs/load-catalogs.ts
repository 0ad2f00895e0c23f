import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogEntry, FundSource, YearCatalogs } from '../../../lib/domain/types';
import type { CatalogKind } from '../../../lib/domain/catalog/validate-catalog';

export const CATALOG_DIR = path.dirname(fileURLToPath(import.meta.url));

export const CATALOG_FILES: Record<CatalogKind, string> = {
  FUNCTION: 'functions.tsv',
  DEPT_ECONOMIC: 'dept-economic.tsv',
  GOV_ECONOMIC: 'gov-economic.tsv',
};

export interface CatalogRow {
  code: string;
  name: string;
  level: string;
}

export interface EconMappingRow {
  deptCode: string;
  govCodeAdmin: string; // 行政单位 / 参公事业单位
  govCodeInstitution: string; // 事业单位
}

export interface FundingSourceRow {
  code: FundSource;
  name: string;
}

function readTsv(year: number, file: string, dir: string): Record<string, string>[] {
  const full = path.join(dir, String(year), file);
  const text = readFileSync(full, 'utf-8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new Error(`${full}: 文件为空`);
  const header = lines[0].split('\t').map((h) => h.trim());
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

export function loadCatalogRows(year: number, kind: CatalogKind, dir = CATALOG_DIR): CatalogRow[] {
  return readTsv(year, CATALOG_FILES[kind], dir).map((r) => ({ code: r.code, name: r.name, level: r.level }));
}

export function loadEconMapping(year: number, dir = CATALOG_DIR): EconMappingRow[] {
  return readTsv(year, 'econ-mapping.tsv', dir).map((r) => ({
    deptCode: r.dept_code,
    govCodeAdmin: r.gov_code_admin,
    govCodeInstitution: r.gov_code_institution,
  }));
}

export function loadFundingSources(year: number, dir = CATALOG_DIR): FundingSourceRow[] {
  return readTsv(year, 'funding-sources.tsv', dir).map((r) => ({ code: r.code as FundSource, name: r.name }));
}

const toEntries = (rows: CatalogRow[]): CatalogEntry[] => rows.map(({ code, name }) => ({ code, name }));

export function loadCatalogs(year: number, dir = CATALOG_DIR): YearCatalogs {
  return {
    functions: toEntries(loadCatalogRows(year, 'FUNCTION', dir)),
    deptEconomic: toEntries(loadCatalogRows(year, 'DEPT_ECONOMIC', dir)),
    govEconomic: toEntries(loadCatalogRows(year, 'GOV_ECONOMIC', dir)),
    econMapping: loadEconMapping(year, dir),
  };
}

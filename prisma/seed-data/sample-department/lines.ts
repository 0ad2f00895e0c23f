import type { ExpenditureLine, FundSource, FundTiming } from '../../../lib/domain/types';

// 2026 lines of the sample department 阳泉市示例局 (901), 元. The 行政单位 books 501/502
// 政府经济科目; the 事业单位 books 505 (50501/50502) and 506 for capital spending.

interface LineSpec {
  fn: string;
  dept: string;
  gov: string;
  amount: string;
  project?: string;
  source?: FundSource;
  timing?: FundTiming;
}

function toLines(prefix: string, specs: LineSpec[]): ExpenditureLine[] {
  return specs.map((s, i) => ({
    id: `${prefix}${String(i + 1).padStart(3, '0')}`,
    functionCode: s.fn,
    kind: s.project ? 'PROJECT' : 'BASIC',
    projectCode: s.project ?? null,
    deptEconCode: s.dept,
    govEconCode: s.gov,
    source: s.source ?? 'GENERAL',
    timing: s.timing ?? 'CURRENT',
    amount: s.amount,
  }));
}

/** 901001 阳泉市示例局（本级）, 行政单位. */
export const adminUnitLines: ExpenditureLine[] = toLines('S1-', [
  { fn: '2013801', dept: '30101', gov: '50101', amount: '1200000.00' },
  { fn: '2013801', dept: '30102', gov: '50101', amount: '600000.00' },
  { fn: '2013801', dept: '30201', gov: '50201', amount: '80000.00' },
  { fn: '2013801', dept: '30217', gov: '50206', amount: '12000.00' },
  { fn: '2013801', dept: '30231', gov: '50208', amount: '36000.00' },
  { fn: '2080501', dept: '30302', gov: '50905', amount: '250000.00' },
  { fn: '2080505', dept: '30108', gov: '50102', amount: '190000.00' },
  { fn: '2101101', dept: '30110', gov: '50102', amount: '95000.00' },
  { fn: '2210201', dept: '30113', gov: '50103', amount: '140000.00' },
  { fn: '2013899', dept: '30227', gov: '50205', amount: '300000.00', project: '901-2026-01' },
  { fn: '2013899', dept: '30211', gov: '50201', amount: '45000.55', project: '901-2026-01' },
  { fn: '2120803', dept: '30227', gov: '50205', amount: '500000.00', project: '901-2026-02', source: 'GOV_FUND' },
  { fn: '2013899', dept: '30227', gov: '50205', amount: '40000.00', project: '901-2025-01', timing: 'CARRYOVER' },
]);

/** 901002 阳泉市示例事务中心, 事业单位. */
export const institutionLines: ExpenditureLine[] = toLines('S2-', [
  { fn: '2013850', dept: '30101', gov: '50501', amount: '800000.00' },
  { fn: '2013850', dept: '30107', gov: '50501', amount: '300000.00' },
  { fn: '2013850', dept: '30201', gov: '50502', amount: '50000.00' },
  { fn: '2013850', dept: '30231', gov: '50502', amount: '18000.00' },
  { fn: '2013850', dept: '30201', gov: '50502', amount: '25000.00', source: 'UNIT_OWN' },
  { fn: '2080505', dept: '30108', gov: '50501', amount: '120000.00' },
  { fn: '2101102', dept: '30110', gov: '50501', amount: '60000.00' },
  { fn: '2210201', dept: '30113', gov: '50501', amount: '90000.00' },
  { fn: '2013815', dept: '31003', gov: '50602', amount: '400000.00', project: '901-2026-03' },
  { fn: '2013815', dept: '30218', gov: '50502', amount: '60000.00', project: '901-2026-03', source: 'SPECIAL_ACCOUNT' },
  { fn: '2013899', dept: '30227', gov: '50502', amount: '120000.00', project: '901-2026-04', source: 'UNIT_OWN' },
  { fn: '2013815', dept: '31003', gov: '50602', amount: '80000.00', project: '901-2025-02', timing: 'CARRYOVER' },
]);

import type { Assets, DisclosureInput, OrgInfo, PriorYearFigures, UnitBudget } from '../../../lib/domain/types';
import { loadCatalogs } from '../catalogs/load-catalogs';
import { adminUnitLines, institutionLines } from './lines';
import { adminUnitProjects, institutionProjects } from './projects';

// A sample 部门 with two 单位, for consolidated (DEPARTMENT-scope) disclosures.

export const SAMPLE_DEPARTMENT_YEAR = 2026;

const department: OrgInfo = {
  code: '901',
  name: '阳泉市示例局',
  kind: 'ADMIN',
  duties: '负责全市示例事务的监督管理工作。',
  structure: '阳泉市示例局下设本级和1个所属事业单位。',
  staffing: { internalDivisions: 6, authorizedHeadcount: 40, actualHeadcount: 38, otherPersonnel: 3 },
};

const adminUnit: OrgInfo = {
  code: '901001',
  name: '阳泉市示例局（本级）',
  kind: 'ADMIN',
  duties: '负责全市示例事务的行政管理。',
  structure: '内设6个科室。',
  staffing: { internalDivisions: 6, authorizedHeadcount: 25, actualHeadcount: 24, otherPersonnel: 2 },
};

const institution: OrgInfo = {
  code: '901002',
  name: '阳泉市示例事务中心',
  kind: 'INSTITUTION',
  duties: '承担示例事务的检验检测和技术服务。',
  structure: '公益一类事业单位。',
  staffing: { internalDivisions: 3, authorizedHeadcount: 15, actualHeadcount: 14, otherPersonnel: 1 },
};

function assets(vehicles: number): Assets {
  return {
    asOf: '2025-12-31',
    plannedPurchases: {},
    vehicleQuota: vehicles,
    vehicles: {
      LEADER: 0,
      CONFIDENTIAL: 0,
      EMERGENCY: 0,
      LAW_ENFORCEMENT: vehicles,
      SPECIAL_TECHNICAL: 0,
      INSTITUTION_BUSINESS: 0,
      OTHER: 0,
    },
    officeArea: '1200',
    equipmentOver50: 0,
    equipmentOver100: 0,
  };
}

function priorYear(total: string, general: string, reception: string, operation: string, operating: string): PriorYearFigures {
  return {
    totalIncome: total,
    totalExpenditure: total,
    generalCurrentExpenditure: general,
    threePublic: { abroad: '0', reception, vehiclePurchase: '0', vehicleOperation: operation },
    operatingCost: operating,
  };
}

const noReasons = {
  totalChange: '人员变动及项目调整',
  generalChange: '',
  threePublicChange: '',
  abroadChange: '',
  receptionChange: '',
  vehiclePurchaseChange: '',
  vehicleOperationChange: '',
  operatingCostChange: '',
  procurementNote: '',
  otherNote: '',
};

function unitBudgets(): UnitBudget[] {
  return [
    {
      unit: adminUnit,
      lines: adminUnitLines,
      projects: adminUnitProjects,
      procurement: [{ id: 'P-901001-01', category: 'SERVICES', catalogCode: 'C23090100', name: '印刷服务', amount: '30000' }],
      assets: assets(2),
      priorYear: priorYear('3300000', '2800000', '15000', '36000', '130000'),
      reasons: noReasons,
      procurementReserve: { sme: null, smallMicro: null },
      carriedOver: [],
    },
    {
      unit: institution,
      lines: institutionLines,
      projects: institutionProjects,
      procurement: [{ id: 'P-901002-01', category: 'GOODS', catalogCode: 'A02100000', name: '检验检测设备', amount: '400000' }],
      assets: assets(1),
      priorYear: priorYear('2000000', '1700000', '0', '18000', '0'),
      reasons: noReasons,
      procurementReserve: { sme: null, smallMicro: null },
      carriedOver: [],
    },
  ];
}

/** The department and its units, as the database seed stores them. */
export function sampleDepartment(): { department: OrgInfo; units: UnitBudget[] } {
  return { department, units: unitBudgets() };
}

/** The consolidated (部门) disclosure input over both units. */
export function sampleDepartmentInput(): DisclosureInput {
  return {
    year: SAMPLE_DEPARTMENT_YEAR,
    scope: 'DEPARTMENT',
    org: department,
    units: unitBudgets(),
    catalogs: loadCatalogs(SAMPLE_DEPARTMENT_YEAR),
  };
}

/** A unit-scope input for one of the department's units. */
export function sampleUnitInput(unitCode: string): DisclosureInput {
  const unit = unitBudgets().find((u) => u.unit.code === unitCode);
  if (!unit) throw new Error(`示例部门中没有单位 ${unitCode}`);
  return { year: SAMPLE_DEPARTMENT_YEAR, scope: 'UNIT', org: unit.unit, units: [unit], catalogs: loadCatalogs(SAMPLE_DEPARTMENT_YEAR) };
}

// Small hand-made inputs for unit tests of the table engine.
import type { DisclosureInput, ExpenditureLine, OrgInfo, UnitBudget, UnitKind } from '../../types';

let nextId = 1;

export function line(partial: Partial<ExpenditureLine> & Pick<ExpenditureLine, 'functionCode' | 'amount'>): ExpenditureLine {
  return {
    id: `T${nextId++}`,
    kind: 'BASIC',
    projectCode: null,
    deptEconCode: '30201',
    govEconCode: '50201',
    source: 'GENERAL',
    timing: 'CURRENT',
    ...partial,
  };
}

export function org(code: string, name: string, kind: UnitKind = 'ADMIN'): OrgInfo {
  return {
    code,
    name,
    kind,
    duties: '',
    structure: '',
    staffing: { internalDivisions: 0, authorizedHeadcount: 0, actualHeadcount: 0, otherPersonnel: 0 },
  };
}

export function unitBudget(info: OrgInfo, lines: ExpenditureLine[], projectNames: Record<string, string> = {}): UnitBudget {
  return {
    unit: info,
    lines,
    projects: Object.entries(projectNames).map(([code, name]) => ({
      code,
      name,
      unitCode: info.code,
      originYear: 2026,
      category: '特定目标类',
      attribute: '一次性项目',
      period: null,
      fundingPeriod: {},
      fundingYear: {},
      overview: '',
      basis: '',
      necessity: '',
      safeguards: '',
      plan: '',
      goalPeriod: '',
      goalYear: '',
      indicatorsPeriod: [],
      indicatorsYear: [],
      manager: '',
      handler: '',
      phone: '',
      filledAt: '',
    })),
    procurement: [],
    procurementReserve: { sme: null, smallMicro: null },
    assets: {
      asOf: '2025-12-31',
      plannedPurchases: {},
      vehicleQuota: 0,
      vehicles: {
        LEADER: 0,
        CONFIDENTIAL: 0,
        EMERGENCY: 0,
        LAW_ENFORCEMENT: 0,
        SPECIAL_TECHNICAL: 0,
        INSTITUTION_BUSINESS: 0,
        OTHER: 0,
      },
      officeArea: '0',
      equipmentOver50: 0,
      equipmentOver100: 0,
    },
    priorYear: {
      totalIncome: '0',
      totalExpenditure: '0',
      generalCurrentExpenditure: '0',
      threePublic: { abroad: '0', reception: '0', vehiclePurchase: '0', vehicleOperation: '0' },
      operatingCost: '0',
    },
    reasons: {
      totalChange: '',
      generalChange: '',
      threePublicChange: '',
      abroadChange: '',
      receptionChange: '',
      vehiclePurchaseChange: '',
      vehicleOperationChange: '',
      operatingCostChange: '',
      procurementNote: '',
      otherNote: '',
    },
    carriedOver: [],
  };
}

/** A unit-scope input over the given lines with a minimal catalogue. */
export function unitInput(lines: ExpenditureLine[], kind: UnitKind = 'ADMIN'): DisclosureInput {
  const info = org('999', '测试单位', kind);
  return {
    year: 2026,
    scope: 'UNIT',
    org: info,
    units: [unitBudget(info, lines)],
    catalogs: {
      functions: [
        { code: '210', name: '卫生健康支出' },
        { code: '21011', name: '行政事业单位医疗' },
        { code: '2101101', name: '行政单位医疗' },
        { code: '2101102', name: '事业单位医疗' },
      ],
      deptEconomic: [
        { code: '302', name: '商品和服务支出' },
        { code: '30201', name: '办公费' },
      ],
      govEconomic: [{ code: '50201', name: '办公经费' }],
    },
  };
}

import { z } from 'zod';
import type {
  Assets,
  CarriedOverItem,
  DisclosureInput,
  ExpenditureLine,
  Indicator,
  OrgInfo,
  PriorYearFigures,
  ProcurementItem,
  ProcurementReserve,
  Project,
  ProjectFunding,
  UnitBudget,
  YearCatalogs,
} from '../../domain/types';

// zod schemas of the engine input as it is frozen in BudgetVersion.snapshot. Each is annotated with the
// domain type, so a change to lib/domain/types.ts that this file does not follow fails the typecheck.

const money = z.string().regex(/^-?\d+(\.\d{1,2})?$/);
const count = z.number().int();
/** A figure that may be 未填 (null): unknown is not zero. */
const maybeCount = count.nullable();
const maybeMoney = money.nullable();

const unitKind = z.enum(['ADMIN', 'CIVIL_SERVANT_INSTITUTION', 'INSTITUTION']);
const fundSource = z.enum(['GENERAL', 'GOV_FUND', 'STATE_CAPITAL', 'SPECIAL_ACCOUNT', 'UNIT_OWN']);
const fundingLevel = z.enum(['CENTRAL', 'PROVINCIAL', 'CITY_COUNTY', 'SELF_RAISED', 'OTHER']);
const vehicleKind = z.enum(['LEADER', 'CONFIDENTIAL', 'EMERGENCY', 'LAW_ENFORCEMENT', 'SPECIAL_TECHNICAL', 'INSTITUTION_BUSINESS', 'OTHER']);

export const orgInfoSchema: z.ZodType<OrgInfo> = z.object({
  code: z.string(),
  name: z.string(),
  kind: unitKind,
  duties: z.string(),
  structure: z.string(),
  staffing: z.object({ internalDivisions: maybeCount, authorizedHeadcount: maybeCount, actualHeadcount: maybeCount, otherPersonnel: maybeCount }),
});

const lineSchema: z.ZodType<ExpenditureLine> = z.object({
  id: z.string(),
  functionCode: z.string(),
  kind: z.enum(['BASIC', 'PROJECT']),
  projectCode: z.string().nullable(),
  deptEconCode: z.string(),
  govEconCode: z.string(),
  source: fundSource,
  timing: z.enum(['CURRENT', 'CARRYOVER']),
  amount: money,
});

const fundingSchema: z.ZodType<ProjectFunding> = z.partialRecord(fundingLevel, money);

const indicatorSchema: z.ZodType<Indicator> = z.object({
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  value: z.object({
    comparator: z.enum(['≥', '≤', '=', '>', '<']).nullish(),
    number: z.string().nullish(),
    unit: z.string().nullish(),
    text: z.string().nullish(),
  }),
});

const projectSchema: z.ZodType<Project> = z.object({
  code: z.string(),
  name: z.string(),
  unitCode: z.string(),
  originYear: count,
  category: z.string(),
  attribute: z.string(),
  period: z.string().nullable(),
  fundingPeriod: fundingSchema,
  fundingYear: fundingSchema,
  overview: z.string(),
  basis: z.string(),
  necessity: z.string(),
  safeguards: z.string(),
  plan: z.string(),
  goalPeriod: z.string(),
  goalYear: z.string(),
  indicatorsPeriod: z.array(indicatorSchema),
  indicatorsYear: z.array(indicatorSchema),
  manager: z.string(),
  handler: z.string(),
  phone: z.string(),
  filledAt: z.string(),
});

const procurementSchema: z.ZodType<ProcurementItem> = z.object({
  id: z.string(),
  category: z.enum(['GOODS', 'WORKS', 'SERVICES']),
  catalogCode: z.string(),
  name: z.string(),
  amount: money,
});

const assetsSchema: z.ZodType<Assets> = z.object({
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  vehicleQuota: maybeCount,
  vehicles: z.record(vehicleKind, maybeCount),
  officeArea: z.string().nullable(),
  equipmentOver50: maybeCount,
  equipmentOver100: maybeCount,
  plannedPurchases: z.partialRecord(vehicleKind, count),
});

const priorYearSchema: z.ZodType<PriorYearFigures> = z.object({
  totalIncome: maybeMoney,
  totalExpenditure: maybeMoney,
  generalCurrentExpenditure: maybeMoney,
  threePublic: z.object({ abroad: maybeMoney, reception: maybeMoney, vehiclePurchase: maybeMoney, vehicleOperation: maybeMoney }),
  operatingCost: maybeMoney,
});

const reserveSchema: z.ZodType<ProcurementReserve> = z.object({ sme: maybeMoney, smallMicro: maybeMoney });

const carriedOverItem = z.string().regex(/^(profile|assets|reasons\.[A-Za-z]+|project\..+)$/) as z.ZodType<CarriedOverItem>;

const reasonsSchema = z.object({
  totalChange: z.string(),
  generalChange: z.string(),
  threePublicChange: z.string(),
  abroadChange: z.string(),
  receptionChange: z.string(),
  vehiclePurchaseChange: z.string(),
  vehicleOperationChange: z.string(),
  operatingCostChange: z.string(),
  procurementNote: z.string(),
  otherNote: z.string(),
});

export const unitBudgetSchema: z.ZodType<UnitBudget> = z.object({
  unit: orgInfoSchema,
  lines: z.array(lineSchema),
  projects: z.array(projectSchema),
  procurement: z.array(procurementSchema),
  procurementReserve: reserveSchema,
  assets: assetsSchema,
  priorYear: priorYearSchema,
  reasons: reasonsSchema,
  carriedOver: z.array(carriedOverItem),
});

const catalogEntry = z.object({ code: z.string(), name: z.string() });
const catalogsSchema: z.ZodType<YearCatalogs> = z.object({
  functions: z.array(catalogEntry),
  deptEconomic: z.array(catalogEntry),
  govEconomic: z.array(catalogEntry),
  econMapping: z.array(z.object({ deptCode: z.string(), govCodeAdmin: z.string(), govCodeInstitution: z.string() })).optional(),
});

export const disclosureInputSchema: z.ZodType<DisclosureInput> = z.object({
  year: count,
  scope: z.enum(['UNIT', 'DEPARTMENT']),
  org: orgInfoSchema,
  units: z.array(unitBudgetSchema),
  catalogs: catalogsSchema,
});

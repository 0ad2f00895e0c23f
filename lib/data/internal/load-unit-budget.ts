import 'server-only';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type {
  Assets,
  CarriedOverItem,
  ExpenditureLine,
  Indicator,
  IndicatorComparator,
  NarrativeReasons,
  OrgInfo,
  Project,
  ProjectFunding,
  UnitBudget,
  VehicleKind,
} from '../../domain/types';
import { VEHICLE_KIND_LABELS } from '../../domain/types';
import { REASON_LABELS } from '../../domain/entry-labels';
import { defaultAssetsAsOf } from '../../domain/unknown-figures';
import { loadBudgetLines } from './load-budget-lines';

const REASON_KEYS = Object.keys(REASON_LABELS) as (keyof NarrativeReasons)[];

type OrgRow = Pick<Awaited<ReturnType<PrismaClient['organization']['findUniqueOrThrow']>>, 'code' | 'name' | 'unitKind'>;

/** The 单位概况 columns, as both a budget (one year's profile) and an organisation (the default) carry them. */
export const PROFILE_SELECT = {
  duties: true,
  structure: true,
  internalDivisions: true,
  authorizedHeadcount: true,
  actualHeadcount: true,
  otherPersonnel: true,
} as const;

export interface ProfileRow {
  duties: string;
  structure: string;
  internalDivisions: number | null;
  authorizedHeadcount: number | null;
  actualHeadcount: number | null;
  otherPersonnel: number | null;
}

/** The profile columns of a row (a budget's or an organisation's), and nothing else. */
export function profileOf(r: ProfileRow): ProfileRow {
  return {
    duties: r.duties,
    structure: r.structure,
    internalDivisions: r.internalDivisions,
    authorizedHeadcount: r.authorizedHeadcount,
    actualHeadcount: r.actualHeadcount,
    otherPersonnel: r.otherPersonnel,
  };
}

/** The profile columns of an OrgInfo (the engine shape), for writing into a budget row. */
export function profileFromInfo(u: Pick<OrgInfo, 'duties' | 'structure' | 'staffing'>): ProfileRow {
  return { duties: u.duties, structure: u.structure, ...u.staffing };
}

/**
 * A unit's OrgInfo for one year: identity from the organisation, 单位概况 (duties, structure,
 * staffing) from that year's budget row — never from the organisation, whose profile is shared by
 * every year.
 */
export function toOrgInfo(o: OrgRow, profile: ProfileRow): OrgInfo {
  if (!o.unitKind) throw new Error(`组织 ${o.code} 不是预算单位`);
  return {
    code: o.code,
    name: o.name,
    kind: o.unitKind,
    duties: profile.duties,
    structure: profile.structure,
    staffing: {
      internalDivisions: profile.internalDivisions,
      authorizedHeadcount: profile.authorizedHeadcount,
      actualHeadcount: profile.actualHeadcount,
      otherPersonnel: profile.otherPersonnel,
    },
  };
}

/** The budget row with everything of the UnitBudget but its lines. */
function readBudgetRow(db: PrismaClient | Prisma.TransactionClient, budgetId: string) {
  return db.budget.findUniqueOrThrow({
    where: { id: budgetId },
    include: {
      org: { select: { code: true, name: true, unitKind: true } },
      projectPlans: {
        orderBy: { sortOrder: 'asc' },
        include: { project: true, funding: true, indicators: { orderBy: { sortOrder: 'asc' } } },
      },
      procurement: { orderBy: { itemKey: 'asc' } },
      assets: true,
      vehicles: true,
      priorYear: true,
      texts: true,
    },
  });
}

/** Reads one budget back into the engine's UnitBudget shape (money as 元 strings). */
export async function loadUnitBudget(db: PrismaClient | Prisma.TransactionClient, budgetId: string): Promise<UnitBudget> {
  // Sequential: `db` may be a transaction client, which runs one query at a time.
  const b = await readBudgetRow(db, budgetId);
  return toUnitBudget(b, await loadBudgetLines(db, budgetId));
}

/** loadUnitBudget outside a transaction: the budget row and its lines are read at the same time. */
export async function loadUnitBudgetConcurrently(db: PrismaClient, budgetId: string): Promise<UnitBudget> {
  const [b, lines] = await Promise.all([readBudgetRow(db, budgetId), loadBudgetLines(db, budgetId)]);
  return toUnitBudget(b, lines);
}

function toUnitBudget(b: Awaited<ReturnType<typeof readBudgetRow>>, lines: ExpenditureLine[]): UnitBudget {
  const money = (v: { toFixed(n: number): string }) => v.toFixed(2);
  // A figure without a row or column value is 未填 (null), never 0.
  const vehicles = Object.fromEntries(Object.keys(VEHICLE_KIND_LABELS).map((k) => [k, null])) as Record<VehicleKind, number | null>;
  const plannedPurchases: Assets['plannedPurchases'] = {};
  for (const v of b.vehicles) {
    vehicles[v.kind] = v.count;
    if (v.plannedPurchase !== null) plannedPurchases[v.kind] = v.plannedPurchase;
  }
  const assets: Assets = {
    asOf: b.assets?.asOf ? b.assets.asOf.toISOString().slice(0, 10) : defaultAssetsAsOf(b.year),
    vehicleQuota: b.assets?.vehicleQuota ?? null,
    vehicles,
    officeArea: b.assets?.officeArea?.toString() ?? null,
    equipmentOver50: b.assets?.equipmentOver50 ?? null,
    equipmentOver100: b.assets?.equipmentOver100 ?? null,
    plannedPurchases,
  };
  const texts = new Map(b.texts.map((t) => [t.key, t.text]));
  const reasons = Object.fromEntries(REASON_KEYS.map((k) => [k, texts.get(k) ?? ''])) as unknown as NarrativeReasons;
  const py = b.priorYear;
  const maybe = (v: { toFixed(n: number): string } | null | undefined) => (v ? v.toFixed(2) : null);
  const carriedOver: CarriedOverItem[] = [
    ...(b.profileCarriedOver ? (['profile'] as const) : []),
    ...(b.assets?.carriedOver ? (['assets'] as const) : []),
    ...REASON_KEYS.filter((k) => b.texts.some((t) => t.key === k && t.carriedOver)).map((k) => `reasons.${k}` as const),
    ...b.projectPlans.filter((p) => p.carriedOver).map((p) => `project.${p.project.code}` as const),
  ];
  return {
    unit: toOrgInfo(b.org, b),
    lines,
    projects: b.projectPlans.map((plan): Project => {
      const funding = (scope: 'PERIOD' | 'YEAR'): ProjectFunding =>
        Object.fromEntries(plan.funding.filter((f) => f.scope === scope).map((f) => [f.level, money(f.amount)]));
      const indicators = (scope: 'PERIOD' | 'YEAR'): Indicator[] =>
        plan.indicators
          .filter((i) => i.scope === scope)
          .map((i) => ({
            level1: i.level1,
            level2: i.level2,
            name: i.name,
            value: {
              comparator: (i.comparator as IndicatorComparator | null) ?? null,
              number: i.number?.toString() ?? null,
              unit: i.unit,
              text: i.text,
            },
          }));
      return {
        code: plan.project.code,
        name: plan.name,
        unitCode: b.org.code,
        originYear: plan.project.originYear,
        category: plan.category,
        attribute: plan.attribute,
        period: plan.period,
        fundingPeriod: funding('PERIOD'),
        fundingYear: funding('YEAR'),
        overview: plan.overview,
        basis: plan.basis,
        necessity: plan.necessity,
        safeguards: plan.safeguards,
        plan: plan.plan,
        goalPeriod: plan.goalPeriod,
        goalYear: plan.goalYear,
        indicatorsPeriod: indicators('PERIOD'),
        indicatorsYear: indicators('YEAR'),
        manager: plan.manager,
        handler: plan.handler,
        phone: plan.phone,
        filledAt: plan.filledAt,
      };
    }),
    procurement: b.procurement.map((p) => ({
      id: p.itemKey,
      category: p.category,
      catalogCode: p.catalogCode,
      name: p.name,
      amount: money(p.amount),
    })),
    procurementReserve: { sme: maybe(b.smeReserved), smallMicro: maybe(b.smallMicroReserved) },
    assets,
    priorYear: {
      totalIncome: maybe(py?.totalIncome),
      totalExpenditure: maybe(py?.totalExpenditure),
      generalCurrentExpenditure: maybe(py?.generalCurrentExpenditure),
      threePublic: {
        abroad: maybe(py?.abroad),
        reception: maybe(py?.reception),
        vehiclePurchase: maybe(py?.vehiclePurchase),
        vehicleOperation: maybe(py?.vehicleOperation),
      },
      operatingCost: maybe(py?.operatingCost),
    },
    reasons,
    carriedOver,
  };
}

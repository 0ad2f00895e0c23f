import type { DisclosureInput, UnitBudget } from '../../../lib/domain/types';
import { loadCatalogs } from '../catalogs/load-catalogs';
import { lines } from './lines';
import { projects } from './projects';
import { assets, org, priorYear, procurement, reasons } from './unit';

export const YANGQUAN_YEAR = 2026;

/** 阳泉市市场监督管理局's 2026 budget as the seed disclosure publishes it. */
export function yangquanUnitBudget(): UnitBudget {
  return { unit: org, lines, projects, procurement, procurementReserve: { sme: null, smallMicro: null }, assets, priorYear, reasons, carriedOver: [] };
}

/** The unit-scope disclosure input: the unit is its own department. */
export function yangquanInput(): DisclosureInput {
  return {
    year: YANGQUAN_YEAR,
    scope: 'UNIT',
    org,
    units: [yangquanUnitBudget()],
    catalogs: loadCatalogs(YANGQUAN_YEAR),
  };
}

import type { TableContext } from '../tables/context';
import type { DisclosureInput, NarrativeSection } from '../types';
import { expenditureSection, fiscalSection, generalSection, incomeSection, narrativeContext, totalsSection } from './sections-budget';
import { assetsSection, otherSection, performanceSection, procurementSection } from './sections-other';
import { basicSection, operatingCostSection, threePublicSection } from './sections-spending';

export { amountText, changeText, reasonClause } from './phrases';
export { THREE_PUBLIC_CODES, OPERATING_COST_KINDS, operatingCost, operatingCostLines, threePublic } from './figures';

/**
 * 第三部分 情况说明, sections 一 to 十二. Every figure is computed from the lines and the prior-year
 * figures; only the reasons are typed in. Charts are rendered elsewhere and carry no text here.
 */
export function deriveNarrative(input: DisclosureInput, sums?: TableContext): NarrativeSection[] {
  const ctx = narrativeContext(input, sums);
  return [
    totalsSection(ctx),
    incomeSection(ctx),
    expenditureSection(ctx),
    fiscalSection(ctx),
    generalSection(ctx),
    basicSection(ctx),
    threePublicSection(ctx),
    operatingCostSection(ctx),
    procurementSection(ctx),
    performanceSection(ctx),
    assetsSection(ctx),
    otherSection(ctx),
  ];
}
